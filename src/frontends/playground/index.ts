/**
 * The playground's way into ecslint: a document and the text of a config in, a result and its reports out.
 * Bundled for the browser by scripts/build-playground.mjs (with src/lazy.browser.ts for src/lazy.ts); the
 * page in playground/ is the user interface. Everything it does is done below it: this is wiring only.
 */
import { builtinRules } from '../../../rules/index.js';
import { ConfigError } from '../../config/errors.js';
import { type ConfigFile, configRules, parseConfigText, presetLevel, settingsFor } from '../../config/settings.js';
import { lintText } from '../../engine/lint.js';
import { PSEUDO_RULES } from '../../engine/pseudo-rules.js';
import { applyFixes, type FixedText, fixUntilStable } from '../../fix/index.js';
import { SuppressionSet } from '../../policy/suppressions.js';
import { json } from '../../reporters/json.js';
import { sarif } from '../../reporters/sarif.js';
import type { AnyRule, RuleMeta } from '../../rule.js';
import type { Fix, LintResult } from '../../types.js';
import { VERSION } from '../../version.js';

export { KIND_NAMES } from '../../inputs/detect.js';
export { VERSION };

/** What the config panel stands for: the file a user would keep it in (messages name it). */
export const CONFIG_NAME = 'ecslint.config.json';

export interface PlaygroundRun {
  result: LintResult;
  /** Every rule that could report (built-ins, pseudo-rules, the config's policies), for reports. */
  rules: RuleMeta[];
  /** Why the config was not used (the run then used the default settings), in one line. */
  configError?: string;
}

/**
 * Lint `text` as a file named `file` (the name helps tell a Dockerrun file) with the config given as JSON
 * text. A bad config never stops the lint: the defaults are used and `configError` says why.
 */
export function lintInBrowser(text: string, configText: string, file: string): PlaygroundRun {
  let config: ConfigFile = {};
  let rules: AnyRule[] = [...builtinRules];
  let configError: string | undefined;
  let settings: ReturnType<typeof settingsFor>;
  try {
    config = browserConfig(parseConfigText(configText, CONFIG_NAME));
    rules = [...builtinRules, ...configRules(config, CONFIG_NAME)];
    settings = settingsFor({ path: CONFIG_NAME, dir: '', config }, file, rules);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    configError = error.message;
    config = {};
    rules = [...builtinRules];
    settings = settingsFor({ path: CONFIG_NAME, dir: '', config }, file, rules);
  }
  const linted = lintText(text, { file, rules, settings, explicit: true });
  // Suppressions give a new result (the engine's is never changed after it returns).
  const result = config.suppressions ? new SuppressionSet(config.suppressions).apply(linted, file) : linted;
  const metas = [...PSEUDO_RULES, ...rules.map((r) => r.meta)];
  return configError === undefined ? { result, rules: metas } : { result, rules: metas, configError };
}

/** A page has no files next to it: policy files and plugins (which run code) are refused by name. */
function browserConfig(config: ConfigFile): ConfigFile {
  if (config.plugins?.length) {
    throw new ConfigError(
      `invalid config ${CONFIG_NAME}: "plugins" run JavaScript from files, which the playground does not load; write the rule as a declarative policy under "policies"`,
    );
  }
  const file = config.policies?.find((p) => typeof p === 'string');
  if (file !== undefined) {
    throw new ConfigError(
      `invalid config ${CONFIG_NAME}: policy file "${file}" cannot be read in the browser; paste its policies into "policies" instead`,
    );
  }
  return config;
}

/** The JSON or SARIF report of a run, as `ecslint --format json|sarif` writes it. */
export function report(format: 'json' | 'sarif', run: PlaygroundRun): string {
  const ctx = { rules: run.rules, version: VERSION };
  return (format === 'json' ? json : sarif)([run.result], ctx);
}

/** The text with one fix (a finding's fix or one of its suggestions) applied. */
export const applyFix = (text: string, fix: Fix): string => applyFixes(text, [fix]).text;

/** "Fix all": every safe fix, pass after pass, as `--fix` applies them (never on a syntax error). */
export function fixAll(text: string, configText: string, file: string): Promise<FixedText> {
  return fixUntilStable(text, (current) => lintInBrowser(current, configText, file).result.diagnostics);
}

/**
 * The config of a rule's example (its README's "Try it" link): the recommended preset, with the rule turned on
 * at its own level when the preset leaves it off, and the example's options.
 */
export function exampleConfig(ruleId: string, options?: unknown): string {
  const meta = [...PSEUDO_RULES, ...builtinRules.map((r) => r.meta)].find((m) => m.id === ruleId);
  const level = meta && presetLevel(meta, 'recommended') === 'off' ? meta.severity : undefined;
  const entry = options === undefined ? level : [level ?? meta?.severity ?? 'error', options];
  const config = { preset: 'recommended', ...(entry === undefined ? {} : { rules: { [ruleId]: entry } }) };
  return `${JSON.stringify(config, null, 2)}\n`;
}
