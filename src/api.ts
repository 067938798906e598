import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { builtinRules } from '../rules/index.js';
import {
  checkConfig,
  findConfig,
  isIgnored,
  type LoadedConfig,
  loadConfigFile,
  type ResolveOptions,
  resolveSettings,
} from './config/config.js';
import { docsUrl, lintBytes, lintText as lintOne } from './engine/lint.js';
import { UsageError } from './errors.js';
import { collectTargets, DOCUMENT_NAME } from './files.js';
import type { AnyRule } from './rule.js';
import type { LintResult } from './types.js';

export interface LintOptions extends ResolveOptions {
  /** Folder that relative paths and reported file names are relative to (default: process.cwd()). */
  cwd?: string;
  /** A config file to use for every file instead of discovering one; `false` for none at all. */
  config?: string | false;
  /** Rules to run besides (or instead of) the built-in ones. */
  rules?: readonly AnyRule[];
  /** Called with a one-line warning for entries a directory walk cannot read. */
  warn?: (message: string) => void;
  /** Files larger than this many bytes are reported, not read (default 5 MiB). */
  maxFileSize?: number;
}

/** AWS takes at most 64 KiB of task definition; 5 MiB leaves room for describe output and templates. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

function tooLarge(file: string, size: number, limit: number): LintResult {
  const range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return {
    file,
    kind: 'unknown',
    source: '',
    diagnostics: [
      {
        ruleId: 'document-kind',
        severity: 'error',
        message: `file is ${size} bytes, over the ${limit}-byte limit for linting; AWS accepts at most 65536 bytes of task definition`,
        hint: 'raise --max-file-size to lint it anyway',
        pointer: '',
        range,
        docsUrl: docsUrl('document-kind'),
        fingerprint: 'too-large',
      },
    ],
  };
}

const NO_CONFIG = (dir: string): LoadedConfig => ({ path: undefined, dir, config: {} });

/**
 * Lint files, folders and globs as the CLI does: discover config, walk folders for recognised
 * documents, lint each. Throws ConfigError or UsageError (exit code 2 in the CLI) for bad config or paths.
 */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules ?? builtinRules;
  const configFor = configResolver(cwd, options.config);
  const targets = await collectTargets(paths.length > 0 ? paths : ['.'], {
    cwd,
    warn: options.warn ?? (() => {}),
    isIgnored: (path) => {
      const loaded = configFor(path);
      return isIgnored(loaded, join(cwd, path));
    },
  });
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const results: LintResult[] = [];
  for (const target of targets) {
    const absolute = resolve(cwd, target.path);
    let bytes: Uint8Array;
    try {
      const size = statSync(absolute).size;
      if (size > maxFileSize) {
        results.push(tooLarge(target.path, size, maxFileSize));
        continue;
      }
      bytes = readFileSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      if (target.explicit) throw new UsageError(`cannot read ${target.path}: ${code}`);
      options.warn?.(`skipping ${target.path}: ${code}`);
      continue;
    }
    const settings = resolveSettings(configFor(target.path), absolute, rules, options);
    const result = lintBytes(bytes, { file: target.path, rules, settings, explicit: target.explicit });
    // A walk keeps only recognised documents, and unparsable files whose names say they are ones.
    if (
      !target.explicit &&
      result.kind === 'unknown' &&
      !(result.diagnostics.length > 0 && DOCUMENT_NAME.test(target.path))
    ) {
      continue;
    }
    results.push(result);
  }
  return results;
}

/** Lint text that is not read from disk (stdin, an editor buffer). `file` names it and finds its config. */
export function lintText(text: string, file: string, options: LintOptions = {}): LintResult {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules ?? builtinRules;
  const loaded = configResolver(cwd, options.config)(file);
  const settings = resolveSettings(loaded, resolve(cwd, file), rules, options);
  return lintOne(text, { file, rules, settings, explicit: true });
}

/** Config for a file: the named one, none, or the nearest one (cached per folder). */
export function configResolver(cwd: string, config: string | false | undefined): (file: string) => LoadedConfig {
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
  return (file) => {
    const dir = dirname(resolve(cwd, file));
    let loaded = byDir.get(dir);
    if (!loaded) {
      const found = findConfig(dir);
      loaded = found ? (byPath.get(found) ?? loadConfigFile(found)) : NO_CONFIG(cwd);
      if (found) byPath.set(found, loaded);
      byDir.set(dir, loaded);
    }
    return loaded;
  };
}

export { checkConfig };
