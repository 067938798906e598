import type { AnyRule } from '../rule.js';
/** A plugin rule may take this long on one file (`--plugin-timeout`); then it is an internal-error finding. */
export declare const DEFAULT_PLUGIN_TIMEOUT_MS = 2000;
/** A plugin module may take this long to load (a top-level await that never settles). */
export declare const PLUGIN_LOAD_TIMEOUT_MS = 10000;
/** The file of a plugin module as a config names it: a path, relative to the config's folder. */
export declare const pluginPath: (spec: string, dir: string) => string;
/**
 * Load the rules of each plugin module (default export: an array of rules or `{ rules: [...] }`; or a
 * named `rules` export). Paths are relative to the config's folder. Throws ConfigError for a module that
 * cannot be loaded or exports no valid rules.
 */
export declare function loadPlugins(specs: readonly string[], dir: string, source: string, { timeoutMs }?: {
    timeoutMs?: number;
}): Promise<AnyRule[]>;
