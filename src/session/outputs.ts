/**
 * What a run writes besides its reports: the files `--fix` changes (or the diff `--fix-dry-run` shows), a new
 * baseline, and the guard that keeps reports from being written over what the run reads. Front ends choose;
 * the writing is here, once.
 */
import { isAbsolute, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { unifiedDiff } from '../fix/diff.js';
import { loadChildProcess } from '../lazy.js';
import { createBaseline } from '../policy/baseline.js';
import type { LintResult } from '../types.js';
import { realOrSelf, realWritePath, writeAtomic } from './report.js';
import type { FixedFile } from './run.js';

/** `--fix` (write each fixed file atomically) or `--fix-dry-run` (collect a unified diff, write nothing). */
export class FixOutput {
  readonly #dryRun: boolean;
  readonly #patches: string[] = [];
  #files = 0;
  #applied = 0;

  constructor(dryRun: boolean, warn: (message: string) => void = () => {}) {
    this.#dryRun = dryRun;
    this.#warn = warn;
  }

  /** Told why a file's fixes could not be written (the run goes on with its findings as they are). */
  readonly #warn: (message: string) => void;

  /**
   * The session's `onFixed`. A file that cannot be written (read-only, a folder that refuses the temporary
   * file) keeps its text and its findings, with a warning; the other files are still fixed.
   */
  readonly onFixed = (fixed: FixedFile): undefined | false => {
    if (fixed.file.startsWith('<') && !this.#dryRun) {
      throw new UsageError('--fix cannot write to stdin; use --fix-dry-run to see the fixes as a diff');
    }
    if (this.#dryRun) this.#patches.push(unifiedDiff(fixed.file, fixed.before, fixed.after));
    else {
      try {
        writeAtomic(fixed.absolute, fixed.after);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        const why = error.message
          .replace(`refusing to write ${fixed.absolute}: `, '')
          .replace(`cannot write ${fixed.absolute}: `, '');
        this.#warn(`not fixing ${fixed.file}: ${why}; its findings are reported as they are`);
        return false;
      }
    }
    this.#files++;
    this.#applied += fixed.applied;
    return undefined;
  };

  /** The diff of every fixed file (dry run), in the order of the files. */
  get patch(): string {
    return this.#patches.join('');
  }

  /** "applied 3 fixes in 2 files" (or "would apply …" for a dry run). */
  get summary(): string {
    const n = this.#applied;
    const f = this.#files;
    return `${this.#dryRun ? 'would apply' : 'applied'} ${n} ${n === 1 ? 'fix' : 'fixes'} in ${f} ${f === 1 ? 'file' : 'files'}`;
  }
}

/** Write today's findings as a baseline file; returns how many findings it records. */
export function writeBaselineFile(cwd: string, path: string, results: readonly LintResult[]): number {
  const baseline = createBaseline(results);
  writeAtomic(resolve(cwd, path), `${JSON.stringify(baseline, null, 2)}\n`, cwd);
  return baseline.findings.length;
}

/**
 * Refuses a report (or a baseline) written over a file the run reads: a document it lints, a config, policy
 * or plugin file, or the baseline. Paths are compared real (links resolved), as they will be written.
 */
export class WriteGuard {
  readonly #cwd: string;
  /** The report files, real. */
  readonly #reports: Set<string>;
  /** The report files and the baseline to write, real. */
  readonly #written: Set<string>;

  /** `reports`: the report files; `baselineOut`: the baseline to write, if any. */
  constructor(cwd: string, reports: readonly string[], baselineOut?: string) {
    this.#cwd = cwd;
    this.#reports = new Set(reports.map((p) => this.#real(p)));
    this.#written = new Set(this.#reports);
    if (baselineOut !== undefined) this.#written.add(this.#real(baselineOut));
  }

  #real(path: string): string {
    return realWritePath(resolve(this.#cwd, path));
  }

  /** Throws when `file` (linted or read by the run) is one of the files to be written. */
  check(file: string, why: 'linted' | 'read'): void {
    if (this.#written.size > 0 && this.#written.has(this.#real(file))) {
      throw new UsageError(
        `refusing to write a report over ${file}, which ${why === 'linted' ? 'is being linted' : 'the run reads'}`,
      );
    }
  }

  /** Throws when a report would go over the baseline the run reads. */
  checkBaseline(baseline: string): void {
    if (this.#reports.has(this.#real(baseline))) {
      throw new UsageError(`refusing to write a report over the baseline ${baseline}`);
    }
  }
}

/**
 * The working directory and the repository root (git's top level, else the working directory), both with
 * symlinks resolved, for reporters that print repository-relative paths (SARIF, GitHub annotations, reviews).
 */
export function projectPaths(
  cwd: string,
  repoRoot?: (cwd: string) => string | undefined,
): { cwd: string; root: string } {
  const real = realOrSelf(resolve(cwd));
  if (repoRoot) return { cwd: real, root: repoRoot(real) ?? real };
  try {
    // child_process is loaded here, for the formats that need the repository root, not at start.
    const top = loadChildProcess()
      .execFileSync('git', ['rev-parse', '--show-toplevel'], {
        cwd: real,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 10_000,
      })
      .trim();
    return { cwd: real, root: top === '' || !isAbsolute(top) ? real : realOrSelf(top) };
  } catch {
    return { cwd: real, root: real };
  }
}
