/** Plugins: JavaScript modules exporting rules made with `defineRule`, the API of the built-ins. */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../errors.js';
import type { AnyRule } from '../rule.js';
import { POLICY_ID } from './policies.js';

/**
 * The CLI bundle runs in a vm.Script compiled with a V8 code cache (src/frontends/cli/launch.ts), where import() has
 * no loader to call: the launcher, an ES module, lends its own under this key.
 */
const PLUGIN_IMPORT = Symbol.for('ecslint.importPlugin');

const importPlugin = (url: string): Promise<unknown> => {
  const lent = (globalThis as { [PLUGIN_IMPORT]?: (url: string) => Promise<unknown> })[PLUGIN_IMPORT];
  return lent ? lent(url) : import(url);
};

/** The file of a plugin module as a config names it: a path, relative to the config's folder. */
export const pluginPath = (spec: string, dir: string): string => (isAbsolute(spec) ? spec : resolve(dir, spec));

/**
 * Load the rules of each plugin module (default export: an array of rules or `{ rules: [...] }`; or a
 * named `rules` export). Paths are relative to the config's folder. Throws ConfigError for a module that
 * cannot be loaded or exports no valid rules.
 */
export async function loadPlugins(specs: readonly string[], dir: string, source: string): Promise<AnyRule[]> {
  const rules: AnyRule[] = [];
  for (const spec of specs) {
    const path = pluginPath(spec, dir);
    let mod: Record<string, unknown>;
    try {
      mod = (await importPlugin(pathToFileURL(path).href)) as Record<string, unknown>;
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message?.split('\n')[0];
      throw new ConfigError(`${source}: cannot load plugin "${spec}": ${reason}`);
    }
    const exported = mod.default ?? mod;
    const list = Array.isArray(exported) ? exported : (exported as { rules?: unknown }).rules;
    if (!Array.isArray(list) || list.length === 0) {
      throw new ConfigError(
        `${source}: plugin "${spec}" exports no rules (export default [rule, ...] or { rules: [...] })`,
      );
    }
    list.forEach((rule, i) => {
      const id = (rule as AnyRule)?.meta?.id;
      if (typeof id !== 'string' || typeof (rule as AnyRule).check !== 'function') {
        throw new ConfigError(
          `${source}: plugin "${spec}": rule #${i + 1} is not made with defineRule({ meta, check })`,
        );
      }
      if (!POLICY_ID.test(id)) {
        throw new ConfigError(
          `${source}: plugin "${spec}": rule id "${id}" must be namespaced, like "acme/no-public-images"`,
        );
      }
      const meta = (rule as AnyRule).meta;
      if (
        !meta.messages ||
        typeof meta.messages !== 'object' ||
        !['error', 'warning', 'note'].includes(meta.severity)
      ) {
        throw new ConfigError(
          `${source}: plugin "${spec}": rule "${id}" needs meta.messages and meta.severity (error, warning or note)`,
        );
      }
      // A plugin rule is on at its own severity unless the config says otherwise.
      const defaults: Partial<typeof meta> = {
        presets: { recommended: meta.severity, strict: meta.severity },
        references: [],
        category: 'policy',
      };
      rules.push({ ...(rule as AnyRule), meta: Object.assign(defaults, meta) });
    });
  }
  return rules;
}
