/** Plugins: JavaScript modules exporting rules made with `defineRule`, the API of the built-ins. */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext, Script } from 'node:vm';
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

/** A plugin rule may take this long on one file (`--plugin-timeout`); then it is an internal-error finding. */
export const DEFAULT_PLUGIN_TIMEOUT_MS = 2000;
/** A plugin module may take this long to load (a top-level await that never settles). */
export const PLUGIN_LOAD_TIMEOUT_MS = 10_000;

/** One line about a thrown value, whatever it is (`throw null` too). */
function describeThrown(error: unknown): string {
  if (error === null || error === undefined) return `it threw ${String(error)}`;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const message = (error as { message?: unknown }).message;
  const text = typeof message === 'string' ? message : String(error);
  return text.split('\n')[0] ?? '';
}

/**
 * Runs a plugin rule's check under V8's watchdog: vm's `timeout` stops whatever JavaScript runs in the call,
 * the plugin's own functions included, so `check() { for (;;) {} }` ends after the time limit instead of
 * hanging the run. The check is synchronous (the engine refuses a promise), so the limit covers all its work.
 */
const WATCHED = new Script('check(task, ctx)', { filename: 'ecslint-plugin-watchdog' });
let sandbox: Record<string, unknown> | undefined;

function watched(rule: AnyRule, ms: number): AnyRule['check'] {
  const check = rule.check;
  return (task, ctx) => {
    sandbox ??= createContext({});
    sandbox.check = check;
    sandbox.task = task;
    sandbox.ctx = ctx;
    try {
      return WATCHED.runInContext(sandbox, { timeout: ms, breakOnSigint: true }) as ReturnType<AnyRule['check']>;
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
        throw new Error(`took longer than ${ms} ms on this file (the time limit of a plugin rule, --plugin-timeout)`);
      }
      throw error;
    } finally {
      sandbox.check = undefined;
      sandbox.task = undefined;
      sandbox.ctx = undefined;
    }
  };
}

/** A module's import, given up after `ms` (the timer does not keep the process alive). */
function importWithin(url: string, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`it did not finish loading within ${ms / 1000} s`)), ms);
    timer.unref();
  });
  return Promise.race([importPlugin(url), late]).finally(() => clearTimeout(timer));
}

/** The file of a plugin module as a config names it: a path, relative to the config's folder. */
export const pluginPath = (spec: string, dir: string): string => (isAbsolute(spec) ? spec : resolve(dir, spec));

/**
 * Load the rules of each plugin module (default export: an array of rules or `{ rules: [...] }`; or a
 * named `rules` export). Paths are relative to the config's folder. Throws ConfigError for a module that
 * cannot be loaded or exports no valid rules.
 */
export async function loadPlugins(
  specs: readonly string[],
  dir: string,
  source: string,
  { timeoutMs = DEFAULT_PLUGIN_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<AnyRule[]> {
  const rules: AnyRule[] = [];
  for (const spec of specs) {
    const path = pluginPath(spec, dir);
    let mod: Record<string, unknown>;
    try {
      mod = (await importWithin(pathToFileURL(path).href, PLUGIN_LOAD_TIMEOUT_MS)) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(`${source}: cannot load plugin "${spec}": ${describeThrown(error)}`);
    }
    if (mod === null || typeof mod !== 'object') {
      throw new ConfigError(`${source}: cannot load plugin "${spec}": it is not a module`);
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
      const loaded = { ...(rule as AnyRule), meta: Object.assign(defaults, meta) };
      // Each call of its check is bounded in time (timeoutMs 0: not bounded).
      if (timeoutMs > 0) loaded.check = watched(loaded, timeoutMs);
      rules.push(loaded);
    });
  }
  return rules;
}
