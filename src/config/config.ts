/**
 * Config files on disk (Node): discovery, reading, policy files, plugins, and the settings and ignore
 * globs of a file by its path. What a config means, without files or paths, is in ./settings.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { LintSettings } from '../engine/lint.js';
import { loadPicomatch } from '../lazy.js';
import { loadPlugins } from '../policy/plugins.js';
import { compilePolicies } from '../policy/policies.js';
import { SuppressionSet } from '../policy/suppressions.js';
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

/** Find the nearest config from a folder up to the repository root (the folder holding `.git`). */
export function findConfig(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new ConfigError(`config ${path} is a directory, not a file`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`cannot read config ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const config = parseConfigText(text, path);
  const loaded: LoadedConfig = { path, dir: dirname(path), config, text };
  if (config.suppressions) loaded.suppressions = new SuppressionSet(config.suppressions);
  return loaded;
}

/**
 * Compile the config's policies and load its plugins (once per config). With `plugins: false` (an editor in
 * an untrusted workspace) the plugin modules are not imported: no code from the repository runs.
 */
export async function loadConfigRules(loaded: LoadedConfig, { plugins = true } = {}): Promise<AnyRule[]> {
  if (loaded.rules) return loaded.rules;
  const source = loaded.path ?? 'config';
  for (const entry of loaded.config.policies ?? []) {
    if (typeof entry !== 'string') continue;
    const file = resolve(loaded.dir, entry);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`${source}: cannot read policy file "${entry}": ${(error as NodeJS.ErrnoException).code}`);
    }
    let doc: unknown;
    try {
      doc = /\.ya?ml$/i.test(file) ? parseYaml(text, `policy file ${file}`) : JSON.parse(text);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(
        `policy file ${file} is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(error as Error).message.split('\n')[0]}`,
      );
    }
    const list = Array.isArray(doc) ? doc : (doc as { policies?: unknown })?.policies;
    if (!Array.isArray(list))
      throw new ConfigError(`policy file ${file} must hold an array of policies or { "policies": [...] }`);
    loaded.rules = [...(loaded.rules ?? []), ...compilePolicies(list, `policy file ${file}`)];
  }
  const rules = configRules(
    loaded.config,
    source,
    loaded.rules,
    plugins ? await loadPlugins(loaded.config.plugins ?? [], loaded.dir, source) : [],
  );
  loaded.rules = rules;
  return rules;
}

/** Is a path (relative to the config folder) ignored by the config? */
export function isIgnored(loaded: LoadedConfig, filePath: string): boolean {
  const globs = loaded.config.ignore ?? [];
  if (globs.length === 0) return false;
  const rel = relative(loaded.dir, resolve(filePath)).split(sep).join('/');
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
