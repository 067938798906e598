import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { builtinRules } from '../rules/index.js';
import {
  CONFIG_NAMES,
  checkConfig,
  isIgnored,
  type LoadedConfig,
  loadConfigFile,
  loadConfigRules,
  type ResolveOptions,
  resolveSettings,
} from './config/config.js';
import type { DecodeProblem } from './engine/decode.js';
import { type LintSettings, lintBytes, lintText as lintOne } from './engine/lint.js';
import { UsageError } from './errors.js';
import { collectTargets, DOCUMENT_NAME } from './files.js';
import { applyBaseline, baselineFilter, readBaseline } from './policy/baseline.js';
import { pluginPath } from './policy/plugins.js';
import { unusedSuppressionResult } from './policy/suppressions.js';
import type { AnyRule } from './rule.js';
import type { LintResult } from './types.js';

export interface LintOptions extends ResolveOptions {
  /** Folder that relative paths and reported file names are relative to (default: process.cwd()). */
  cwd?: string;
  /** A config file to use for every file instead of discovering one; `false` for none at all. */
  config?: string | false;
  /** The rules to run instead of the built-in ones (config policies and plugins are added to them). */
  rules?: readonly AnyRule[];
  /** Called with a one-line warning for entries a directory walk cannot read. */
  warn?: (message: string) => void;
  /** Files larger than this many bytes are reported, not read (default 5 MiB). */
  maxFileSize?: number;
  /**
   * Keep each result's text (secrets masked) for reporters that print source lines (default true). Without
   * it, `source` is empty and a run spends no time masking.
   */
  keepSource?: boolean;
  /** A baseline file (from --write-baseline): findings it records are moved to `suppressed`. */
  baseline?: string;
  /** Called once the files to lint are known, with how many there are, before the first is read. */
  onTargets?: (count: number) => void;
}

/** AWS takes at most 64 KiB of task definition; 5 MiB leaves room for describe output and templates. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

const NO_CONFIG = (dir: string): LoadedConfig => ({ path: undefined, dir, config: {} });
const slash = (p: string): string => p.split(sep).join('/');

/**
 * Lint files, folders and globs as the CLI does: discover config, walk folders for recognised
 * documents, lint each, apply suppressions and the baseline. Throws ConfigError or UsageError (exit
 * code 2 in the CLI) for a bad config, policy, plugin, baseline or path; a document never makes it throw.
 */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  return (await lintRun(paths, options)).results;
}

/**
 * `lint`, also returning every rule that could report in the run (built-ins, policies, plugin rules) and
 * the files besides the documents that decided the findings: the config files used, and the policy files
 * and plugin modules they name (absolute paths).
 */
export async function lintRun(
  paths: readonly string[],
  options: LintOptions = {},
): Promise<{ results: LintResult[]; rules: AnyRule[]; configFiles: string[] }> {
  const results: LintResult[] = [];
  const { rules, configFiles } = await lintEach(paths, options, (result) => results.push(result));
  return { results, rules, configFiles };
}

/**
 * `lint`, handing over each result as soon as its file is linted, in the order of the files, instead of
 * keeping them all: a run over thousands of files then holds one document at a time. `rules` lists every rule
 * that could report so far (built-ins, then policies and plugin rules as their configs load), and is complete
 * when the promise settles.
 */
export async function lintEach(
  paths: readonly string[],
  options: LintOptions,
  onResult: (result: LintResult, rules: readonly AnyRule[]) => void,
): Promise<{ rules: AnyRule[]; configFiles: string[] }> {
  const cwd = options.cwd ?? process.cwd();
  const configFor = configResolver(cwd, options.config);
  const listed = configFor.listed;
  const baseline =
    options.baseline === undefined ? undefined : baselineFilter(readBaseline(resolve(cwd, options.baseline)));
  const targets = await collectTargets(paths.length > 0 ? paths : ['.'], {
    cwd,
    warn: options.warn ?? (() => {}),
    isIgnored: (path) => isIgnored(configFor(path), resolve(cwd, path)),
    ...(listed ? { listed } : {}),
  });
  options.onTargets?.(targets.length);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const configsUsed = new Set<LoadedConfig>();
  const rules: AnyRule[] = [...(options.rules ?? builtinRules)];
  const known = new Set(rules.map((r) => r.meta.id));
  const byConfig = new Map<LoadedConfig, { rules: AnyRule[]; settings: LintSettings | undefined }>();
  const emit = (result: LintResult): void => {
    baseline?.(result);
    onResult(result, rules);
  };
  for (const target of targets) {
    const absolute = resolve(cwd, target.path);
    let read: ReturnType<typeof readBounded>;
    try {
      read = readBounded(absolute, maxFileSize);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      if (target.explicit) throw new UsageError(`cannot read ${target.path}: ${code}`);
      options.warn?.(`skipping ${target.path}: ${code}`);
      continue;
    }
    const loaded = configFor(target.path);
    // Rules and settings are worked out once per config (per file only when it has overrides).
    let perConfig = byConfig.get(loaded);
    if (!perConfig) {
      const configRules = [...(options.rules ?? builtinRules), ...(await loadConfigRules(loaded))];
      for (const rule of configRules) {
        if (known.has(rule.meta.id)) continue;
        known.add(rule.meta.id);
        rules.push(rule);
      }
      perConfig = { rules: configRules, settings: undefined };
      byConfig.set(loaded, perConfig);
    }
    let settings = perConfig.settings;
    if (!settings) {
      settings = resolveSettings(loaded, absolute, perConfig.rules, options);
      if (!loaded.config.overrides?.length) perConfig.settings = settings;
    }
    const lintOptions = {
      file: target.path,
      rules: perConfig.rules,
      settings,
      explicit: target.explicit,
      ...(options.keepSource === false ? { keepSource: false } : {}),
    };
    if (read.size !== undefined) {
      // Too large to read: reported like any finding (configured level, fingerprint), walk or not.
      emit(lintOne('', { ...lintOptions, decodeProblem: tooLarge(read.size, maxFileSize, read.exact) }));
      continue;
    }
    const result = lintBytes(read.bytes, lintOptions);
    // A walk keeps only recognised documents, and unparsable files whose names say they are ones.
    if (
      !target.explicit &&
      result.kind === 'unknown' &&
      !(result.diagnostics.length > 0 && DOCUMENT_NAME.test(target.path))
    ) {
      continue;
    }
    // Reporters read the source only to show the lines of findings: a clean file's text is not kept.
    if (result.diagnostics.length === 0) result.source = '';
    loaded.suppressions?.apply(result, slash(relative(loaded.dir, absolute)));
    configsUsed.add(loaded);
    emit(result);
  }
  for (const loaded of configsUsed) {
    if (!loaded.path || !loaded.suppressions || loaded.text === undefined) continue;
    const entry = options.ruleLevels?.['unused-suppression'] ?? loaded.config.rules?.['unused-suppression'];
    if (entry === 'off' || (Array.isArray(entry) && entry[0] === 'off')) continue;
    const note = unusedSuppressionResult(
      loaded.path,
      slash(relative(cwd, loaded.path)),
      loaded.text,
      loaded.suppressions,
    );
    if (note) onResult(note, rules);
  }
  return { rules, configFiles: configFilesOf(configsUsed) };
}

/** The config files, and the policy files and plugin modules they name. */
function configFilesOf(configs: Iterable<LoadedConfig>): string[] {
  const files = new Set<string>();
  for (const loaded of configs) {
    if (loaded.path) files.add(loaded.path);
    for (const entry of loaded.config.policies ?? [])
      if (typeof entry === 'string') files.add(resolve(loaded.dir, entry));
    for (const spec of loaded.config.plugins ?? []) files.add(pluginPath(spec, loaded.dir));
  }
  return [...files];
}

/**
 * Lint a document that is not read from disk (stdin, an editor buffer). `file` names it and finds its
 * config. Given as bytes, it is decoded as files are (a byte-order mark, UTF-16, binary data and invalid
 * UTF-8 are reported), and more than `maxFileSize` bytes are reported, not linted.
 */
export async function lintText(
  text: string | Uint8Array,
  file: string,
  options: LintOptions = {},
): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const loaded = configResolver(cwd, options.config)(file);
  const configRules = await loadConfigRules(loaded, { plugins: options.plugins !== false });
  const rules = [...(options.rules ?? builtinRules), ...configRules];
  const settings = resolveSettings(loaded, resolve(cwd, file), rules, options);
  const lintOptions = {
    file,
    rules,
    settings,
    explicit: true,
    ...(options.keepSource === false ? { keepSource: false } : {}),
  };
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const result =
    typeof text === 'string'
      ? lintOne(text, lintOptions)
      : text.length > limit
        ? lintOne('', { ...lintOptions, decodeProblem: tooLarge(limit, limit, false) })
        : lintBytes(text, lintOptions);
  loaded.suppressions?.apply(result, slash(relative(loaded.dir, resolve(cwd, file))));
  if (options.baseline !== undefined) applyBaseline([result], readBaseline(resolve(cwd, options.baseline)));
  return result;
}

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
    } else if (has(dir, '.git') || dirname(dir) === dir) {
      loaded = none;
    } else {
      loaded = lookup(dirname(dir));
    }
    byDir.set(dir, loaded);
    return loaded;
  };
  const resolver: ConfigResolver = (file) => lookup(dirname(resolve(cwd, file)));
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

/**
 * A file's bytes, never more than `limit` of them: `size` is set instead when the file is larger. One open
 * file handle, so a file that grows or is swapped after the size check, a device such as /dev/zero or a pipe
 * is still read only up to the limit.
 */
function readBounded(
  path: string,
  limit: number,
): { bytes: Uint8Array; size?: undefined } | { size: number; exact: boolean } {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > limit) return { size: stat.size, exact: true };
    // Only the bytes read are ever looked at, so the buffers need no zero-filling.
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, stat.isFile() ? stat.size + 1 : 64 * 1024));
    let chunk = buffer;
    let length = 0;
    for (;;) {
      if (length === chunk.length) {
        if (length > limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const n = readSync(fd, chunk, length, chunk.length - length, null);
      if (n === 0) break;
      length += n;
    }
    // Grown since, or not a regular file: its size is not known, only that it is over the limit.
    if (length > limit) return { size: limit, exact: false };
    return { bytes: chunk.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number, limit: number, exact: boolean): DecodeProblem {
  return {
    ruleId: 'document-kind',
    messageId: 'too-large',
    message: `file is ${exact ? `${size} bytes, over` : 'larger than'} the ${limit}-byte limit for linting; AWS accepts at most 65536 bytes of task definition`,
    hint: 'raise --max-file-size to lint it anyway',
    offset: 0,
    fatal: true,
  };
}

export { checkConfig };
