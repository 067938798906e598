/**
 * The session's post-processing: what happens to each file's result between the engine and the reporters,
 * as an ordered list of steps. Each step takes a result and returns it unchanged, a new result, or
 * `undefined` to drop the file; it never changes the result it is given (the engine's result is final, and
 * what reporters get is frozen). After the last file, a step's `finish` may add results of its own (findings
 * located in a config or baseline file).
 *
 * The order matters and is part of the contract:
 *
 *   1. `documents`     a walk keeps only recognised documents (and unparsable files named like ones)
 *   2. `source`        a clean file's text is not kept (reporters print source lines of findings only)
 *   3. `suppressions`  config suppressions move the findings they match to `suppressed`
 *   4. `baseline`      findings the baseline records move to `suppressed` (counts carry over across files);
 *                      with `reportUnusedBaseline`, stale entries are reported after the last file
 *
 * Last, with the `quiet` option, every result (those the steps add after the last file too) keeps only its
 * errors (src/session/run.ts).
 *
 * The engine has already decided each finding's severity (src/engine/severity.ts) and dropped findings on
 * values with template placeholders (noting them once per file as `template-placeholder`).
 *
 * To add a step (say, grouping mechanical findings, or fixes), write a `Step` below and put it in `STEPS` at
 * its place: after `source` if it needs only findings, before `suppressions` if what it makes should be
 * suppressible, after `baseline` if it should see only what will be shown. State a step keeps across files
 * lives in `RunState` (created once per run in src/session/run.ts).
 */
import { relative } from 'node:path';
import type { LoadedConfig } from '../config/config.js';
import type { levelIn } from '../engine/severity.js';
import { DOCUMENT_NAME } from '../inputs/targets.js';
import type { Baseline, BaselineEntry, baselineFilter } from '../policy/baseline.js';
import { unusedSuppressionResult } from '../policy/suppressions.js';
import type { LintResult } from '../types.js';
import { staleEntries, unusedBaselineResult } from './baseline.js';

/** What a step knows of the file a result is for. */
export interface FileContext {
  /** Absolute path (for a text not read from disk: the name it was given, resolved). */
  absolute: string;
  /** The file's config. */
  config: LoadedConfig;
  /** The user named the file (or handed its text): it is reported whatever it holds. */
  explicit: boolean;
  /** Reported whatever it holds, named or not (a file too large to read). */
  keep?: boolean;
}

/** State of one run that steps share and keep across files. */
export interface RunState {
  /** The working directory: reported file names are relative to it. */
  cwd: string;
  /** Configs that applied to at least one file kept (for their unused suppressions). */
  configsUsed: Set<LoadedConfig>;
  /** The baseline's matcher, when the run has a baseline. */
  baseline?: ReturnType<typeof baselineFilter>;
  /** The baseline file, the files the run linted, and whether (and at what level) to report stale entries. */
  baselineFile?: {
    path: string;
    shown: string;
    baseline: Baseline;
    linted: Set<string>;
    report: boolean;
    level: ReturnType<typeof levelIn>;
  };
  /** The level of unused-suppression for a config file (the severity module's resolution for that path). */
  unusedSuppressionLevel: (config: LoadedConfig) => ReturnType<typeof levelIn>;
  /** Whether the run covers the files as a whole (paths), so that `finish` steps can judge what matched. */
  whole: boolean;
}

export interface Step {
  name: string;
  file?: (result: LintResult, file: FileContext, run: RunState) => LintResult | undefined;
  finish?: (run: RunState) => LintResult[];
}

const slash = (p: string): string => p.replaceAll('\\', '/');

const documents: Step = {
  name: 'documents',
  file: (result, file) =>
    file.explicit ||
    file.keep ||
    result.kind !== 'unknown' ||
    (result.diagnostics.length > 0 && DOCUMENT_NAME.test(file.absolute))
      ? result
      : undefined,
};

const source: Step = {
  name: 'source',
  file: (result, _file, run) =>
    run.whole && result.diagnostics.length === 0 && result.source !== '' ? { ...result, source: '' } : result,
};

const suppressions: Step = {
  name: 'suppressions',
  file: (result, file, run) => {
    if (run.whole) run.configsUsed.add(file.config);
    const set = file.config.suppressions;
    return set ? set.apply(result, slash(relative(file.config.dir, file.absolute))) : result;
  },
  finish: (run) => {
    const out: LintResult[] = [];
    for (const loaded of run.configsUsed) {
      if (!loaded.path || !loaded.suppressions || loaded.text === undefined) continue;
      const level = run.unusedSuppressionLevel(loaded);
      if (level === 'off') continue;
      const shown = slash(relative(run.cwd, loaded.path));
      const note = unusedSuppressionResult(loaded.path, shown, loaded.text, loaded.suppressions, level);
      if (note) out.push(note);
    }
    return out;
  },
};

const baseline: Step = {
  name: 'baseline',
  file: (result, _file, run) => {
    if (!run.baseline) return result;
    run.baselineFile?.linted.add(result.file);
    return run.baseline(result);
  },
  finish: (run) => {
    const file = run.baselineFile;
    if (!file?.report || file.level === 'off') return [];
    const stale = unusedBaselineEntries(run);
    const result = unusedBaselineResult(file.path, file.shown, file.baseline, stale, file.level);
    return result ? [result] : [];
  },
};

/** The baseline's stale entries: unmatched in the files linted, or their file is gone. */
export function unusedBaselineEntries(run: RunState): BaselineEntry[] {
  if (!run.baseline || !run.baselineFile) return [];
  return staleEntries(run.baseline.unused(), run.baselineFile.linted, run.cwd);
}

/** The post-processing steps, in order. */
export const STEPS: readonly Step[] = [documents, source, suppressions, baseline];

/** A result through every step (undefined: the file is dropped). */
export function postProcess(result: LintResult, file: FileContext, run: RunState): LintResult | undefined {
  let out: LintResult | undefined = result;
  for (const step of STEPS) {
    if (!step.file) continue;
    out = step.file(out, file, run);
    if (out === undefined) return undefined;
  }
  return out;
}

/** What the steps add after the last file, in step order. */
export function finishSteps(run: RunState): LintResult[] {
  return STEPS.flatMap((step) => step.finish?.(run) ?? []);
}
