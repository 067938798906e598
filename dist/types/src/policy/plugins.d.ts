import type { AnyRule } from '../rule.js';
/** The file of a plugin module as a config names it: a path, relative to the config's folder. */
export declare const pluginPath: (spec: string, dir: string) => string;
/**
 * Load the rules of each plugin module (default export: an array of rules or `{ rules: [...] }`; or a
 * named `rules` export). Paths are relative to the config's folder. Throws ConfigError for a module that
 * cannot be loaded or exports no valid rules.
 */
export declare function loadPlugins(specs: readonly string[], dir: string, source: string): Promise<AnyRule[]>;
