/** Which config applies to each file of a run: the one named, none, or the nearest one (discovery). */
import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import {
  CONFIG_NAMES,
  type LoadedConfig,
  loadConfigFile,
  loadConfigRules,
  type Preset,
  resolveSettings,
} from '../config/config.js';
import type { DeployTarget } from '../engine/group.js';
import { ruleOptions, type SessionOptions } from './run.js';

const NO_CONFIG = (dir: string): LoadedConfig => ({ path: undefined, dir, config: {} });

/** Config for a file: the named one, none, or the nearest one (cached per folder). */
export type ConfigResolver = ((file: string) => LoadedConfig) & {
  /**
   * Discovery only: the names a folder holds, as a directory walk read them, so that looking for a config
   * there asks the file system only about names the folder has.
   */
  listed?: (dir: string, names: readonly string[]) => void;
};

/** Names whose presence discovery asks about: the config names, and `.git`, where it stops. */
const DISCOVERY_NAMES = new Set([...CONFIG_NAMES, '.git']);

export function configResolver(cwd: string, config: string | false | undefined): ConfigResolver {
  if (config === false) {
    const none = NO_CONFIG(cwd);
    return () => none;
  }
  if (typeof config === 'string') {
    const loaded = loadConfigFile(isAbsolute(config) ? config : join(cwd, config));
    return () => loaded;
  }
  const byPath = new Map<string, LoadedConfig>();
  const byDir = new Map<string, LoadedConfig>();
  /** Per folder a walk read: which discovery names it may hold (compared without case, as some disks are). */
  const candidates = new Map<string, ReadonlySet<string>>();
  const NOTHING: ReadonlySet<string> = new Set();
  const none = NO_CONFIG(cwd);
  const has = (dir: string, name: string): boolean => {
    const listing = candidates.get(dir);
    return (listing === undefined || listing.has(name)) && existsSync(join(dir, name));
  };
  const top = resolve(cwd);
  const within = (dir: string): boolean => dir.startsWith(top.endsWith(sep) ? top : top + sep);
  /** Is there a `.git` at or above the folder? (remembered per folder) */
  const repos = new Map<string, boolean>();
  const inRepository = (dir: string): boolean => {
    let answer = repos.get(dir);
    if (answer === undefined) {
      answer = has(dir, '.git') || (dirname(dir) !== dir && inRepository(dirname(dir)));
      repos.set(dir, answer);
    }
    return answer;
  };
  // What findConfig does, with every folder on the way up remembered: a walk of thousands of folders
  // looks at each folder's config names once, not once per folder below it.
  const lookup = (dir: string): LoadedConfig => {
    let loaded = byDir.get(dir);
    if (loaded) return loaded;
    const name = CONFIG_NAMES.find((n) => has(dir, n));
    const found = name === undefined ? undefined : join(dir, name);
    if (found) {
      loaded = byPath.get(found) ?? loadConfigFile(found);
      byPath.set(found, loaded);
    } else if (has(dir, '.git') || dirname(dir) === dir || (!inRepository(dir) && (dir === top || !within(dir)))) {
      // Discovery stops at the repository root; outside any repository, at the working directory (or, for a
      // file outside it, at the file's own folder): a /tmp/.ecslintrc.json never applies to /tmp/x/td.json.
      loaded = none;
    } else {
      loaded = lookup(dirname(dir));
    }
    byDir.set(dir, loaded);
    return loaded;
  };
  // By the folder as written (a walk asks about every entry of a folder, and again for each file it lints).
  const byWrittenDir = new Map<string, LoadedConfig>();
  const resolver: ConfigResolver = (file) => {
    const name = basename(file);
    // `..` or `.` as the last step names a folder above or at its written one: resolved as it is.
    if (name === '..' || name === '.' || name === '') return lookup(dirname(resolve(cwd, file)));
    const dir = dirname(file);
    let loaded = byWrittenDir.get(dir);
    if (loaded === undefined) {
      loaded = lookup(dirname(resolve(cwd, file)));
      byWrittenDir.set(dir, loaded);
    }
    return loaded;
  };
  resolver.listed = (dir, names) => {
    let found: ReadonlySet<string> = NOTHING;
    for (const n of names) {
      const lower = n.toLowerCase();
      if (DISCOVERY_NAMES.has(lower)) found = new Set([...found, lower]);
    }
    candidates.set(dir, found);
  };
  return resolver;
}

/** The settings that apply to a file (--print-config): its config, preset, and every rule's level and options. */
export interface EffectiveConfig {
  file: string;
  config: string | null;
  preset: Preset;
  allowComments: boolean;
  /** The deploy target (docs/targets.md): --target, else the config's, else an inferred one, else aws-cli. */
  target: DeployTarget;
  rules: Record<string, unknown>;
}

export async function effectiveConfig(file: string, options: SessionOptions = {}): Promise<EffectiveConfig> {
  const cwd = options.cwd ?? process.cwd();
  const loaded = configResolver(cwd, options.config)(file);
  // The config's policies and plugin rules are settings like any rule's.
  const rules = [...(options.rules ?? builtinRules), ...(await loadConfigRules(loaded, ruleOptions(options)))];
  const settings = resolveSettings(loaded, resolve(cwd, file), rules, options);
  const levels: Record<string, unknown> = {};
  for (const [id, s] of [...settings.rules].sort(([a], [b]) => (a < b ? -1 : 1))) {
    levels[id] = s.options === undefined ? s.level : [s.level, s.options];
  }
  return {
    file,
    config: loaded.path ?? null,
    preset: options.preset ?? loaded.config.preset ?? 'recommended',
    allowComments: settings.allowComments ?? false,
    target: settings.target ?? 'aws-cli',
    rules: levels,
  };
}
