import type { LintSettings } from '../engine/lint.js';
import type { AnyRule } from '../rule.js';
import { type LoadedConfig, type ResolveOptions } from './settings.js';
export { ConfigError } from './errors.js';
export * from './settings.js';
export declare const CONFIG_NAMES: string[];
/** Find the nearest config from a folder up to the repository root (the folder holding `.git`). */
export declare function findConfig(startDir: string): string | undefined;
export declare function loadConfigFile(path: string): LoadedConfig;
/**
 * Compile the config's policies and load its plugins (once per config). With `plugins: false` (an editor in
 * an untrusted workspace) the plugin modules are not imported: no code from the repository runs.
 */
export declare function loadConfigRules(loaded: LoadedConfig, { plugins }?: {
    plugins?: boolean | undefined;
}): Promise<AnyRule[]>;
/** Is a path (relative to the config folder) ignored by the config? */
export declare function isIgnored(loaded: LoadedConfig, filePath: string): boolean;
/**
 * Work out each rule's level and options for one file. `filePath` is absolute or relative to the
 * working directory; override globs are matched relative to the config's folder.
 */
export declare function resolveSettings(loaded: LoadedConfig, filePath: string, rules: readonly AnyRule[], options?: ResolveOptions): LintSettings;
