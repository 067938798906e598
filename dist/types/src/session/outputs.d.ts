import type { LintResult } from '../types.js';
import type { FixedFile } from './run.js';
/** `--fix` (write each fixed file atomically) or `--fix-dry-run` (collect a unified diff, write nothing). */
export declare class FixOutput {
    #private;
    constructor(dryRun: boolean, warn?: (message: string) => void);
    /**
     * The session's `onFixed`. A file that cannot be written (read-only, a folder that refuses the temporary
     * file) keeps its text and its findings, with a warning; the other files are still fixed.
     */
    readonly onFixed: (fixed: FixedFile) => undefined | false;
    /** The diff of every fixed file (dry run), in the order of the files. */
    get patch(): string;
    /** "applied 3 fixes in 2 files" (or "would apply …" for a dry run). */
    get summary(): string;
}
/** Write today's findings as a baseline file; returns how many findings it records. */
export declare function writeBaselineFile(cwd: string, path: string, results: readonly LintResult[]): number;
/**
 * Refuses a report (or a baseline) written over a file the run reads: a document it lints, a config, policy
 * or plugin file, or the baseline. Paths are compared real (links resolved), as they will be written.
 */
export declare class WriteGuard {
    #private;
    /** `reports`: the report files; `baselineOut`: the baseline to write, if any. */
    constructor(cwd: string, reports: readonly string[], baselineOut?: string);
    /** Throws when `file` (linted or read by the run) is one of the files to be written. */
    check(file: string, why: 'linted' | 'read'): void;
    /** Throws when a report would go over the baseline the run reads. */
    checkBaseline(baseline: string): void;
}
/**
 * The working directory and the repository root (git's top level, else the working directory), both with
 * symlinks resolved, for reporters that print repository-relative paths (SARIF, GitHub annotations, reviews).
 */
export declare function projectPaths(cwd: string, repoRoot?: (cwd: string) => string | undefined): {
    cwd: string;
    root: string;
};
