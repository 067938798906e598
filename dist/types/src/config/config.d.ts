import type { LintSettings } from '../engine/lint.js';
import type { AnyRule } from '../rule.js';
import { type LoadedConfig, type ResolveOptions } from './settings.js';
export { ConfigError } from './errors.js';
export * from './settings.js';
export declare const CONFIG_NAMES: string[];
/**
 * Find the nearest config from a folder up to the repository root (the folder holding `.git`). Outside any
 * repository only the folder itself is looked at: discovery never climbs to `/`.
 */
export declare function findConfig(startDir: string): string | undefined;
/**
 * The repository a folder is in: the nearest folder at or above it that holds `.git`; without one, the
 * folder itself. Plugins and policy files a config names, and a config itself, must be inside it.
 */
export declare function repositoryOf(dir: string): string;
export interface ConfigReadOptions {
    /** At most this many bytes (default: the document limit, 5 MiB). */
    maxBytes?: number;
}
export declare function loadConfigFile(path: string, options?: ConfigReadOptions): LoadedConfig;
export interface ConfigRulesOptions extends ConfigReadOptions {
    /** Import the plugin modules the config names (default true); false: no code from the repository runs. */
    plugins?: boolean;
    /** Plugins and policy files may be outside the config's repository (`--allow-outside-repo`). */
    outsideRepository?: boolean;
    /** A plugin rule's time limit per file in milliseconds (default 2000; 0: none). */
    pluginTimeoutMs?: number;
}
/**
 * Compile the config's policies and load its plugins (once per config). With `plugins: false` (the Action
 * unless the workflow opts in, an editor in an untrusted workspace) the plugin modules are not imported: no
 * code from the repository runs.
 */
export declare function loadConfigRules(loaded: LoadedConfig, options?: ConfigRulesOptions): Promise<AnyRule[]>;
/**
 * Is a path ignored by the config? `filePath` is absolute or relative to `cwd`; the config's patterns are
 * matched relative to its folder. Nothing is resolved for a config without patterns (every walked entry asks).
 */
export declare function isIgnored(loaded: LoadedConfig, filePath: string, cwd?: string): boolean;
/**
 * Work out each rule's level and options for one file. `filePath` is absolute or relative to the
 * working directory; override globs are matched relative to the config's folder.
 */
export declare function resolveSettings(loaded: LoadedConfig, filePath: string, rules: readonly AnyRule[], options?: ResolveOptions): LintSettings;
