/**
 * Config files on disk (Node): discovery, reading, policy files, plugins, and the settings and ignore
 * globs of a file by its path. What a config means, without files or paths, is in ./settings.ts.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { type ParseError, parseTree } from 'jsonc-parser';
import type { LintSettings } from '../engine/lint.js';
import { nodeValue } from '../json/parse.js';
import { loadPicomatch } from '../lazy.js';
import { loadPlugins, pluginPath } from '../policy/plugins.js';
import { compilePolicies } from '../policy/policies.js';
import { SuppressionSet } from '../policy/suppressions.js';
import { readRegularFile, whyNotRead } from '../read.js';
import type { AnyRule } from '../rule.js';
import { ConfigError } from './errors.js';
import {
  configRules,
  type LoadedConfig,
  parseConfigText,
  parseYaml,
  type ResolveOptions,
  settingsFor,
} from './settings.js';

export { ConfigError } from './errors.js';
export * from './settings.js';

export const CONFIG_NAMES = ['.ecslintrc.json', '.ecslintrc.yaml', '.ecslintrc.yml', 'ecslint.config.json'];

/**
 * Find the nearest config from a folder up to the repository root (the folder holding `.git`). Outside any
 * repository only the folder itself is looked at: discovery never climbs to `/`.
 */
export function findConfig(startDir: string): string | undefined {
  const start = resolve(startDir);
  let found: string | undefined;
  for (let dir = start; ; dir = dirname(dir)) {
    found ??= CONFIG_NAMES.map((name) => join(dir, name)).find((candidate) => existsSync(candidate));
    if (existsSync(join(dir, '.git'))) return found;
    if (dirname(dir) === dir) return found !== undefined && dirname(found) === start ? found : undefined;
  }
}

/**
 * The repository a folder is in: the nearest folder at or above it that holds `.git`; without one, the
 * folder itself. Plugins and policy files a config names, and a config itself, must be inside it.
 */
export function repositoryOf(dir: string): string {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return resolve(dir);
  }
}

/** Is `path` (real) at or inside the folder `root` (taken real too)? */
function inside(path: string, root: string): boolean {
  let realRoot = root;
  try {
    realRoot = realpathSync(root);
  } catch {}
  return path === realRoot || path.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
}

/** The real path of a file named from inside the repository, refused when a link takes it outside. */
function realInside(path: string, root: string, what: string): string {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return path; // a missing file: reading it says so
  }
  if (!inside(path, root) || inside(real, root)) return real;
  throw new ConfigError(
    `${what} is a symbolic link to a place outside the repository (${root}); ecslint does not follow it`,
  );
}

export interface ConfigReadOptions {
  /** At most this many bytes (default: the document limit, 5 MiB). */
  maxBytes?: number;
}

export function loadConfigFile(path: string, options: ConfigReadOptions = {}): LoadedConfig {
  // A config linked out of its repository (to ~/.npmrc, /proc/self/environ) is not read; nor is anything
  // but a regular file within the size limit (/dev/zero, a FIFO).
  realInside(path, repositoryOf(dirname(path)), `config ${path}`);
  let text: string;
  try {
    text = readRegularFile(path, options.maxBytes);
  } catch (error) {
    const why = whyNotRead(error);
    throw new ConfigError(/^[A-Z]+$/.test(why) ? `cannot read config ${path}: ${why}` : `config ${path} ${why}`);
  }
  const config = parseConfigText(text, path);
  const loaded: LoadedConfig = { path, dir: dirname(path), config, text };
  if (config.suppressions) loaded.suppressions = new SuppressionSet(config.suppressions);
  return loaded;
}

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
export async function loadConfigRules(loaded: LoadedConfig, options: ConfigRulesOptions = {}): Promise<AnyRule[]> {
  if (loaded.rules) return loaded.rules;
  const source = loaded.path ?? 'config';
  const root = repositoryOf(loaded.dir);
  /** A file the config names: inside its repository unless allowed, links resolved. */
  const named = (file: string, what: string): string => {
    if (options.outsideRepository || loaded.path === undefined) return file;
    if (!inside(resolve(file), root) && !inside(realInside(file, root, what), root)) {
      throw new ConfigError(
        `${source}: ${what} is outside the repository (${root}); ecslint loads plugins and policy files only from inside it (--allow-outside-repo lifts this)`,
      );
    }
    return realInside(file, root, what);
  };
  for (const entry of loaded.config.policies ?? []) {
    if (typeof entry !== 'string') continue;
    const file = resolve(loaded.dir, entry);
    named(file, `policy file "${entry}"`);
    let text: string;
    try {
      text = readRegularFile(file, options.maxBytes);
    } catch (error) {
      throw new ConfigError(`${source}: cannot read policy file "${entry}": ${whyNotRead(error)}`);
    }
    const yaml = /\.ya?ml$/i.test(file);
    const doc = yaml ? parseYaml(text, `policy file ${file}`) : parseJson(text, `policy file ${file}`);
    const list = Array.isArray(doc) ? doc : (doc as { policies?: unknown })?.policies;
    if (!Array.isArray(list))
      throw new ConfigError(`policy file ${file} must hold an array of policies or { "policies": [...] }`);
    loaded.rules = [...(loaded.rules ?? []), ...compilePolicies(list, `policy file ${file}`)];
  }
  const specs = loaded.config.plugins ?? [];
  if (options.plugins !== false) for (const spec of specs) named(pluginPath(spec, loaded.dir), `plugin "${spec}"`);
  const rules = configRules(
    loaded.config,
    source,
    loaded.rules,
    options.plugins === false
      ? []
      : await loadPlugins(
          specs,
          loaded.dir,
          source,
          options.pluginTimeoutMs === undefined ? {} : { timeoutMs: options.pluginTimeoutMs },
        ),
  );
  loaded.rules = rules;
  return rules;
}

/** JSON text as a value; an error says the line, never quotes the text (it may be any file's). */
function parseJson(text: string, what: string): unknown {
  const errors: ParseError[] = [];
  let value: unknown;
  try {
    const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    value = root === undefined ? undefined : nodeValue(root);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new ConfigError(`${what} is not valid JSON: nested too deeply`);
  }
  if (errors.length > 0 || value === undefined) {
    const at = errors[0]?.offset ?? 0;
    throw new ConfigError(`${what} is not valid JSON (line ${text.slice(0, at).split(/\r\n|\r|\n/).length})`);
  }
  return value;
}

/**
 * Is a path ignored by the config? `filePath` is absolute or relative to `cwd`; the config's patterns are
 * matched relative to its folder. Nothing is resolved for a config without patterns (every walked entry asks).
 */
export function isIgnored(loaded: LoadedConfig, filePath: string, cwd = process.cwd()): boolean {
  const globs = loaded.config.ignore ?? [];
  if (globs.length === 0) return false;
  const rel = relative(loaded.dir, resolve(cwd, filePath)).split(sep).join('/');
  return loadPicomatch()(globs, { dot: true })(rel);
}

/**
 * Work out each rule's level and options for one file. `filePath` is absolute or relative to the
 * working directory; override globs are matched relative to the config's folder.
 */
export function resolveSettings(
  loaded: LoadedConfig,
  filePath: string,
  rules: readonly AnyRule[],
  options: ResolveOptions = {},
): LintSettings {
  return settingsFor(loaded, relative(loaded.dir, resolve(filePath)).split(sep).join('/'), rules, options);
}
