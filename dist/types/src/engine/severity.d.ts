/**
 * Severity: the one place that decides at what level each rule runs for a file, and what severity each of
 * its findings gets. Every rule id follows it, the pseudo-rules (`json-syntax`, `schema`, `document-kind`,
 * `template-placeholder`, `unused-suppression`, `internal-error`) included.
 *
 * The level of a rule for a file, from these sources in this order (a later source replaces an earlier one):
 *
 *   1. `default`       the rule's own `meta.severity` (a pseudo-rule's too)
 *   2. `preset`        `--preset`, else the config's `preset`, else `recommended` (`presetLevel`)
 *   3. `target`        the deploy target's levels (slot for deploy targets: `--target` / config `target`)
 *   4. `config`        the config's `rules`
 *   5. `overrides`     each config `overrides` entry whose `files` match the file, in order
 *   6. `command-line`  `--rule id=level` (a level alone keeps the options set before it)
 *
 * The severity of one finding (`findingSeverity`): the rule's level, except that a finding a rule reports
 * below its own default severity (a milder case) stays that much milder, never above the level.
 *
 * After the engine, the session's post-processing (src/session/steps.ts) never changes a severity: config
 * suppressions, then the baseline, move findings to `suppressed` (counted, shown with --show-suppressed, never
 * failing a run). Findings made outside the engine (`unused-suppression`, located in the config file) take
 * their level from the same resolution, for the config file's own path.
 *
 * A source is added by naming it in `SEVERITY_SOURCES` at its place and handing its entries to
 * `resolveLevels` as a `LevelLayer` (src/config/config.ts `resolveSettings` builds the layers).
 */
import type { RuleMeta } from '../rule.js';
import type { RuleLevel, Severity } from '../types.js';
export type Preset = 'recommended' | 'strict' | 'all';
export declare const PRESETS: readonly Preset[];
/** The levels as ecslint writes them. */
export declare const LEVELS: readonly RuleLevel[];
/** A rule's entry in config `rules` or `--rule`: a level, or a level and its options. */
export type RuleEntry = RuleLevel | [RuleLevel] | [RuleLevel, unknown];
/** The sources of a rule's level, lowest precedence first. */
export declare const SEVERITY_SOURCES: readonly ['default', 'preset', 'target', 'config', 'overrides', 'command-line'];
export type SeveritySource = (typeof SEVERITY_SOURCES)[number];
export declare const SEVERITY_RANK: Readonly<Record<Severity, number>>;
/** Whether a severity is at or above a threshold (`--fail-on`). */
export declare const atOrAbove: (severity: Severity, threshold: Severity) => boolean;
/** Every spelling of a level that is accepted, for messages. */
export declare const LEVEL_SPELLINGS: readonly string[];
/** A level from any accepted spelling (`warn`, `1`, `2`…), or undefined when it is none. */
export declare function toLevel(value: unknown): RuleLevel | undefined;
/** The level of a rule in a preset. `all` turns on every rule at its strict level or default level. */
export declare function presetLevel(meta: RuleMeta, preset: Preset): RuleLevel;
/** A rule's own severity: the pseudo-rule's default, else `error` (rules pass their `meta.severity`). */
export declare const defaultSeverity: (ruleId: string) => Severity;
export interface RuleSetting {
    level: RuleLevel;
    options?: unknown;
}
/** One source of levels, such as the config's `rules` or `--rule`. */
export interface LevelLayer {
    source: SeveritySource;
    /** Where the entries are written, for errors (`.ecslintrc.json: "overrides[0].rules"`). */
    where: string;
    entries: Readonly<Record<string, RuleEntry>>;
}
export interface ResolveLevelsOptions {
    /** An error for an id no rule has (it names the nearest one); undefined to leave the entry unused. */
    unknownRule: (id: string, where: string, source: SeveritySource) => Error | undefined;
    /** The rule's options checked against its schema, with defaults filled in (throws on bad options). */
    checkOptions: (meta: RuleMeta, value: unknown, where: string) => unknown;
}
/**
 * Each rule's level and options, from the preset and the layers in SEVERITY_SOURCES order (layers of one
 * source keep the order given). Rules with an options schema always get their defaults.
 */
export declare function resolveLevels(metas: ReadonlyMap<string, RuleMeta>, preset: Preset, layers: readonly LevelLayer[], options: ResolveLevelsOptions): Map<string, RuleSetting>;
/**
 * The severity of one finding of a rule set to `level` (not `off`). The level replaces the rule's own
 * severity, up or down; a finding the rule reported below its own severity (a milder case) stays that much
 * milder, never above the level.
 */
export declare function findingSeverity(level: Severity, reported: Severity, ruleDefault: Severity): Severity;
/** The level of a rule in resolved settings: a rule not listed is off, a pseudo-rule at its default. */
export declare function levelIn(rules: ReadonlyMap<string, RuleSetting>, ruleId: string): RuleLevel;
