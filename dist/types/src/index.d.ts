/** ecslint as a library: the same calls the CLI, the Action and the pre-commit hook make. */
export { builtinRules } from '../rules/index.js';
export { type LintOptions, lint, lintText } from './api.js';
export { CONFIG_NAMES, ConfigError, type ConfigFile, checkConfig, findConfig, type LoadedConfig, loadConfigFile, type Preset, presetLevel, resolveSettings, } from './config/config.js';
export { type LintSettings, type LintTextOptions, lintText as lintDocument, type RuleSetting } from './engine/lint.js';
export { PSEUDO_RULES } from './engine/pseudo-rules.js';
export { UsageError } from './errors.js';
export { reporters } from './reporters/all.js';
export { FORMATS, type Format, loadReporter, type Reporter, type ReporterContext, summarize, } from './reporters/index.js';
export * from './rule.js';
export type * from './types.js';
export { VERSION } from './version.js';
