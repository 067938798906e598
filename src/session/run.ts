/**
 * One run of ecslint, the only run path: inputs (paths, folders, globs; or one text such as stdin) →
 * documents → engine → post-processing (src/session/steps.ts) → results → the caller (a reporter, the
 * library's return value). The CLI, the library API (src/api.ts) and the Action are adapters over it.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import {
  type ConfigRulesOptions,
  isIgnored,
  type LoadedConfig,
  loadConfigRules,
  type ResolveOptions,
  resolveSettings,
} from '../config/config.js';
import { decode } from '../engine/decode.js';
import { type LintSettings, type LintTextOptions, lintBytes, lintText } from '../engine/lint.js';
import { levelIn } from '../engine/severity.js';
import { UsageError } from '../errors.js';
import { fixUntilStable } from '../fix/loop.js';
import { DEFAULT_MAX_FILE_SIZE, readBounded, tooLarge } from '../inputs/read.js';
import { collectTargets } from '../inputs/targets.js';
import { carrySourceLines } from '../json/lines.js';
import { type BaselineEntry, baselineFilter, readBaseline } from '../policy/baseline.js';
import { pluginPath } from '../policy/plugins.js';
import type { AnyRule } from '../rule.js';
import type { DocumentKind, LintResult } from '../types.js';
import { configResolver } from './config.js';
import { type ContainerFileTarget, findContainerFiles } from './container-files.js';
import { RunPairing } from './pairs.js';
import { type FileContext, finishSteps, postProcess, type RunState, unusedBaselineEntries } from './steps.js';

const slash = (p: string): string => p.replaceAll('\\', '/');

export interface SessionOptions extends ResolveOptions {
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
  /** Lint files the config's `ignore` patterns exclude (`--no-ignore`). */
  noIgnore?: boolean;
  /**
   * Report baseline entries that match no finding in the files linted (or whose file is gone) as
   * `unused-suppression` findings in the baseline file (`--report-unused-baseline`).
   */
  reportUnusedBaseline?: boolean;
  /**
   * `--fix`: apply each file's safe fixes pass after pass (src/fix/loop.ts; never on a file with a syntax
   * error or one not valid UTF-8) and hand over each changed text. The results are then those of the fixed
   * texts. The session writes nothing: the caller writes the file (`--fix`) or shows the diff (`--fix-dry-run`).
   * A caller that could not write the file returns `false`: the file's results are then those of its text as
   * it is.
   */
  onFixed?: (fixed: FixedFile) => undefined | false;
  /** Plugins and policy files may be outside the config's repository (`--allow-outside-repo`). */
  outsideRepository?: boolean;
  /** A plugin rule's time limit per file in milliseconds (default 2000; 0: none). */
  pluginTimeoutMs?: number;
  /** Findings of one rule in one file beyond this many are counted, not listed (default 100; 0: all). */
  maxFindingsPerRule?: number;
  /** Keep only errors in the results (`--quiet`): warnings and notes are neither shown nor counted. */
  quiet?: boolean;
}

/** A file whose fixes changed its text. */
export interface FixedFile {
  /** As reported (relative to the working directory). */
  file: string;
  absolute: string;
  before: string;
  after: string;
  /** How many fixes were applied. */
  applied: number;
}

/** What loadConfigRules is told by a run's options. */
export function ruleOptions(options: SessionOptions): ConfigRulesOptions {
  return {
    plugins: options.plugins !== false,
    ...(options.outsideRepository ? { outsideRepository: true } : {}),
    ...(options.pluginTimeoutMs === undefined ? {} : { pluginTimeoutMs: options.pluginTimeoutMs }),
  };
}

/** Said once per config when it names plugins that are not loaded (the Action without allow-plugins). */
function skippedPlugins(loaded: LoadedConfig, options: SessionOptions): void {
  if (options.plugins !== false || !loaded.config.plugins?.length || !loaded.path) return;
  options.warn?.(
    `${loaded.path} names plugins (${loaded.config.plugins.length}); they were not loaded, as no code from the repository runs unless the workflow allows it (allow-plugins: true)`,
  );
}

/** What a run reads: files, folders and globs (`paths`), or one text not read from disk, named `file`. */
export type SessionInput = { paths: readonly string[] } | { text: string | Uint8Array; file: string };

/** Called with each file's final result as soon as it is ready, and every rule that could report so far. */
export type OnResult = (result: LintResult, rules: readonly AnyRule[]) => void;

/** The outcome of a run. Results are frozen: nothing after the session changes them. */
export interface SessionResult {
  /** Every result, in the order of the files (empty when the run handed them to `onResult` instead). */
  readonly results: readonly LintResult[];
  /** Every rule that could report in the run: built-ins, then policies and plugin rules as configs loaded. */
  readonly rules: readonly AnyRule[];
  /** The config files used, and the policy files and plugin modules they name (absolute paths). */
  readonly configFiles: readonly string[];
  /** Baseline entries that matched no finding in the files linted, or whose file is gone (stale). */
  readonly unusedBaseline: readonly BaselineEntry[];
}

/**
 * Lint the inputs. Throws ConfigError or UsageError (exit code 2 in the CLI) for a bad config, policy,
 * plugin, baseline or path; a document never makes it throw. With `onResult`, each result is handed over as
 * soon as its file is done and not kept, so a run over thousands of files holds one document at a time.
 */
export async function runSession(
  input: SessionInput,
  options: SessionOptions = {},
  onResult?: OnResult,
): Promise<SessionResult> {
  const cwd = options.cwd ?? process.cwd();
  const configFor = configResolver(cwd, options.config);
  const rules: AnyRule[] = [...(options.rules ?? builtinRules)];
  const known = new Set(rules.map((r) => r.meta.id));
  const results: LintResult[] = [];
  const emit = (full: LintResult): void => {
    const result = options.quiet ? errorsOnly(full) : full;
    freeze(result);
    if (onResult) onResult(result, rules);
    else results.push(result);
  };
  const byConfig = new Map<LoadedConfig, { rules: AnyRule[]; settings: LintSettings | undefined }>();
  /** The rules and settings for a file: worked out once per config (per file only when it has overrides). */
  const settingsFor = async (loaded: LoadedConfig, absolute: string) => {
    let perConfig = byConfig.get(loaded);
    if (!perConfig) {
      skippedPlugins(loaded, options);
      const configRules = [
        ...(options.rules ?? builtinRules),
        ...(await loadConfigRules(loaded, ruleOptions(options))),
      ];
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
    return { rules: perConfig.rules, settings };
  };
  const whole = 'paths' in input;
  const run: RunState = {
    cwd,
    configsUsed: new Set(),
    whole,
    // The config's own path decides: its rules, the overrides that match it, --rule.
    unusedSuppressionLevel: (loaded) =>
      levelIn(
        resolveSettings(loaded, loaded.path ?? cwd, byConfig.get(loaded)?.rules ?? [], options).rules,
        'unused-suppression',
      ),
  };
  if (options.baseline !== undefined) {
    const path = resolve(cwd, options.baseline);
    const baseline = readBaseline(path);
    run.baseline = baselineFilter(baseline);
    run.baselineFile = { path, shown: options.baseline, baseline, linted: new Set(), report: false, level: 'note' };
    if (options.reportUnusedBaseline) {
      // The baseline file's own settings decide the level, as for unused suppressions in a config.
      const loaded = configFor(path);
      run.baselineFile.report = true;
      run.baselineFile.level = levelIn((await settingsFor(loaded, path)).settings.rules, 'unused-suppression');
    }
  }
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;

  type Read = { bytes: Uint8Array } | { text: string } | { size: number; exact: boolean };
  // Services, AppSpecs and run-task inputs wait for the end of a run, then are linted with the task
  // definition they run (src/session/pairs.ts); a text on its own pairs with its folder's task definitions.
  const pairing = new RunPairing<{ file: string; explicit: boolean; read: Read }>(cwd);
  const lintOne = async (
    file: string,
    explicit: boolean,
    read: Read,
    paired?: LintTextOptions['pairing'],
    containerFile?: ContainerFileTarget,
    absolute = resolve(cwd, file),
  ): Promise<void> => {
    const loaded = configFor(file);
    const { rules: fileRules, settings } = await settingsFor(loaded, absolute);
    let seen: { kind: DocumentKind; value: unknown } | undefined;
    const lintOptions: LintTextOptions = {
      file,
      rules: fileRules,
      settings,
      explicit,
      ...(containerFile ? { containerFile: { template: containerFile.template, label: containerFile.label } } : {}),
      ...(options.keepSource === false ? { keepSource: false } : {}),
      ...(options.maxFindingsPerRule === undefined ? {} : { maxFindingsPerRule: options.maxFindingsPerRule }),
      // A Terraform service whose task definition is in another .tf file of its folder (the same module).
      resolvePair: (address: string) => pairing.terraformTask(dirname(absolute), address),
      ...(paired
        ? { pairing: paired }
        : {
            onDocument: (kind: DocumentKind, value: unknown) => {
              seen = { kind, value };
              // A whole run lints a service, AppSpec or run-task input once, at its end, paired: not twice.
              return whole && RunPairing.waits(kind) ? 'defer' : undefined;
            },
          }),
    };
    // Too large to read: reported like any finding (configured level, fingerprint), walk or not.
    let result =
      'size' in read
        ? lintText('', { ...lintOptions, decodeProblem: tooLarge(read.size, maxFileSize, read.exact) })
        : 'text' in read
          ? lintText(read.text, lintOptions)
          : lintBytes(read.bytes, lintOptions);
    const found = seen as { kind: DocumentKind; value: unknown } | undefined;
    if (found && RunPairing.waits(found.kind)) {
      const item = { file, absolute, kind: found.kind, value: found.value, loaded, payload: { file, explicit, read } };
      if (whole) {
        pairing.defer(item);
        return;
      }
      pairing.indexFolder(dirname(absolute), absolute);
      await lintOne(file, explicit, read, pairing.pairingFor(item));
      return;
    }
    if (found) pairing.addTask(file, absolute, found.kind, found.value);
    if (options.onFixed && !('size' in read) && result.diagnostics.some((d) => d.fix)) {
      const decoded = 'text' in read ? { text: read.text } : decode(read.bytes);
      if (!decoded.problem) {
        const before = decoded.text;
        const rel = relative(loaded.dir, absolute).split(sep).join('/');
        // What a config suppression hides is not fixed either.
        const shown = (r: LintResult): LintResult => loaded.suppressions?.apply(r, rel) ?? r;
        let last = { text: before, result };
        const fixed = await fixUntilStable(before, (text) => {
          if (text !== last.text) last = { text, result: lintText(text, lintOptions) };
          return shown(last.result).diagnostics;
        });
        if (fixed.text !== before) {
          if (last.text !== fixed.text) last = { text: fixed.text, result: lintText(fixed.text, lintOptions) };
          const taken = options.onFixed({ file, absolute, before, after: fixed.text, applied: fixed.applied.length });
          if (taken !== false) result = last.result;
        }
      }
    }
    const context: FileContext = { absolute, config: loaded, explicit, keep: 'size' in read };
    const final = postProcess(result, context, run);
    if (final === undefined) return;
    carrySourceLines(result, final);
    emit(final);
  };

  if ('paths' in input) {
    const targets = await collectTargets(input.paths.length > 0 ? input.paths : ['.'], {
      cwd,
      warn: options.warn ?? (() => {}),
      isIgnored: (path) => !options.noIgnore && isIgnored(configFor(path), path, cwd),
      ignored: (path) => {
        const loaded = configFor(path);
        const where = loaded.path === undefined ? 'the config' : slash(relative(cwd, loaded.path));
        options.warn?.(`${path} is ignored by a pattern in "ignore" of ${where}; use --no-ignore to lint it`);
      },
      ...(configFor.listed ? { listed: configFor.listed } : {}),
    });
    // Files the .tf files read their containers from: linted as such, where the walk meets them or after it.
    const containerFiles = findContainerFiles(
      targets.filter((t) => t.path.endsWith('.tf')).map((t) => t.path),
      cwd,
      maxFileSize,
      options.warn ?? (() => {}),
    );
    const referenced = [...containerFiles.keys()].filter((abs) => !targets.some((t) => resolve(cwd, t.path) === abs));
    options.onTargets?.(targets.length + referenced.length);
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
      const containers = containerFiles.get(absolute);
      await lintOne(target.path, target.explicit || containers !== undefined, read, undefined, containers, absolute);
    }
    for (const absolute of referenced) {
      const target = containerFiles.get(absolute) as ContainerFileTarget;
      let read: ReturnType<typeof readBounded>;
      try {
        read = readBounded(absolute, maxFileSize);
      } catch (error) {
        options.warn?.(`skipping ${target.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        continue;
      }
      // Named by a .tf file: anything but a container-definitions array is reported.
      await lintOne(target.file, true, read, undefined, target);
    }
    for (const item of pairing.deferred) {
      const { file, explicit, read } = item.payload;
      await lintOne(file, explicit, read, pairing.pairingFor(item));
    }
    for (const result of finishSteps(run)) emit(result);
  } else {
    const { text } = input;
    // Given as bytes, a text is decoded as files are; more than maxFileSize bytes are reported, not linted.
    await lintOne(
      input.file,
      true,
      typeof text === 'string'
        ? { text }
        : text.length > maxFileSize
          ? { size: maxFileSize, exact: false }
          : { bytes: text },
    );
  }
  return Object.freeze({
    results: Object.freeze(results),
    rules,
    configFiles: Object.freeze(configFilesOf(run.configsUsed)),
    unusedBaseline: Object.freeze(run.baselineFile ? unusedBaselineEntries(run) : []),
  });
}

/** The config files, and the policy files and plugin modules they name (the language server watches them). */
export function configFilesOf(configs: Iterable<LoadedConfig>): string[] {
  const files = new Set<string>();
  for (const loaded of configs) {
    if (loaded.path) files.add(loaded.path);
    for (const entry of loaded.config.policies ?? [])
      if (typeof entry === 'string') files.add(resolve(loaded.dir, entry));
    for (const spec of loaded.config.plugins ?? []) files.add(pluginPath(spec, loaded.dir));
  }
  return [...files];
}

/** A result with only its errors (`quiet`). */
function errorsOnly(result: LintResult): LintResult {
  if (result.diagnostics.every((d) => d.severity === 'error')) return result;
  const out = { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') };
  carrySourceLines(result, out);
  return out;
}

/** A result as reporters get it: it and its lists of findings cannot be changed. */
function freeze(result: LintResult): void {
  Object.freeze(result.diagnostics);
  if (result.suppressed) Object.freeze(result.suppressed);
  Object.freeze(result);
}
