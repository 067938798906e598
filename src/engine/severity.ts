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
import { PSEUDO_RULES } from './pseudo-rules.js';

export type Preset = 'recommended' | 'strict' | 'all';
export const PRESETS: readonly Preset[] = ['recommended', 'strict', 'all'];
/** The levels as ecslint writes them. */
export const LEVELS: readonly RuleLevel[] = ['off', 'note', 'warning', 'error'];

/** A rule's entry in config `rules` or `--rule`: a level, or a level and its options. */
export type RuleEntry = RuleLevel | [RuleLevel] | [RuleLevel, unknown];

/** The sources of a rule's level, lowest precedence first. */
export const SEVERITY_SOURCES = ['default', 'preset', 'target', 'config', 'overrides', 'command-line'] as const;
export type SeveritySource = (typeof SEVERITY_SOURCES)[number];

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { note: 0, warning: 1, error: 2 };

/** Whether a severity is at or above a threshold (`--fail-on`). */
export const atOrAbove = (severity: Severity, threshold: Severity): boolean =>
  SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];

/**
 * The other spellings of a level that ESLint users write: `warn`, and the numbers 0 (off), 1 (warning) and
 * 2 (error), as numbers or strings. ecslint's own `note` has no number.
 */
const LEVEL_ALIASES: Readonly<Record<string, RuleLevel>> = {
  warn: 'warning',
  '0': 'off',
  '1': 'warning',
  '2': 'error',
};

/** Every spelling of a level that is accepted, for messages. */
export const LEVEL_SPELLINGS: readonly string[] = [...LEVELS, 'warn', '0', '1', '2'];

/** A level from any accepted spelling (`warn`, `1`, `2`…), or undefined when it is none. */
export function toLevel(value: unknown): RuleLevel | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? LEVEL_ALIASES[String(value)] : undefined;
  if (typeof value !== 'string') return undefined;
  if ((LEVELS as readonly string[]).includes(value)) return value as RuleLevel;
  return Object.hasOwn(LEVEL_ALIASES, value) ? LEVEL_ALIASES[value] : undefined;
}

/** The level of a rule in a preset. `all` turns on every rule at its strict level or default level. */
export function presetLevel(meta: RuleMeta, preset: Preset): RuleLevel {
  if (preset === 'all') return meta.presets.strict === 'off' ? meta.severity : meta.presets.strict;
  return meta.presets[preset];
}

/** The default severity of each pseudo-rule (what the engine uses when the settings do not name one). */
const PSEUDO_DEFAULT = new Map<string, Severity>(PSEUDO_RULES.map((m) => [m.id, m.severity]));

/** A rule's own severity: the pseudo-rule's default, else `error` (rules pass their `meta.severity`). */
export const defaultSeverity = (ruleId: string): Severity => PSEUDO_DEFAULT.get(ruleId) ?? 'error';

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
export function resolveLevels(
  metas: ReadonlyMap<string, RuleMeta>,
  preset: Preset,
  layers: readonly LevelLayer[],
  options: ResolveLevelsOptions,
): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  for (const meta of metas.values()) settings.set(meta.id, { level: presetLevel(meta, preset) });
  const rank = (l: LevelLayer): number => SEVERITY_SOURCES.indexOf(l.source);
  const ordered = layers.map((l, i) => [l, i] as const).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j);
  for (const [layer] of ordered) {
    for (const [id, entry] of Object.entries(layer.entries)) {
      const meta = metas.get(id);
      if (!meta) {
        const error = options.unknownRule(id, layer.where, layer.source);
        if (error) throw error;
        continue;
      }
      const [level, ruleOptions] = Array.isArray(entry) ? entry : [entry];
      const setting: RuleSetting = { level };
      const where = layer.source === 'command-line' ? `${layer.where} ${id}` : `${layer.where}."${id}"`;
      // A level alone on the command line keeps the options the config gave (as ESLint's --rule does).
      const kept = layer.source === 'command-line' && ruleOptions === undefined ? settings.get(id)?.options : undefined;
      if (kept !== undefined) setting.options = kept;
      else if (ruleOptions !== undefined || meta.options) {
        const checked = options.checkOptions(meta, ruleOptions, where);
        if (checked !== undefined) setting.options = checked;
      }
      settings.set(id, setting);
    }
  }
  for (const meta of metas.values()) {
    const s = settings.get(meta.id);
    if (s && s.options === undefined && meta.options) s.options = options.checkOptions(meta, undefined, meta.id);
  }
  return settings;
}

/**
 * The severity of one finding of a rule set to `level` (not `off`). The level replaces the rule's own
 * severity, up or down; a finding the rule reported below its own severity (a milder case) stays that much
 * milder, never above the level.
 */
export function findingSeverity(level: Severity, reported: Severity, ruleDefault: Severity): Severity {
  const milder = SEVERITY_RANK[reported] < SEVERITY_RANK[ruleDefault];
  return milder && SEVERITY_RANK[reported] < SEVERITY_RANK[level] ? reported : level;
}

/** The level of a rule in resolved settings: a rule not listed is off, a pseudo-rule at its default. */
export function levelIn(rules: ReadonlyMap<string, RuleSetting>, ruleId: string): RuleLevel {
  return rules.get(ruleId)?.level ?? PSEUDO_DEFAULT.get(ruleId) ?? 'off';
}
