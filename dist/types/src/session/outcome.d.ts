import type { LintResult, Severity, Summary } from '../types.js';
/** A run's counts: the summary reporters print, and the crashes. */
export interface Outcome extends Summary {
    internalErrors: number;
}
/** Counts for results (more can be added with `add`, as a run streams them). */
export declare function tally(results?: readonly LintResult[]): Outcome & {
    add(result: LintResult): void;
};
/** How many findings are at or above a severity. */
export declare function atOrAboveCount(outcome: Outcome, threshold: Severity): number;
export interface Verdict {
    code: 0 | 1 | 2;
    /** Findings at or above `failOn`. */
    failing: number;
    /** Why the run fails when it is only for --max-warnings. */
    tooManyWarnings?: boolean;
}
/** The exit code of a run. `failOn: 'none'` never fails on findings (a crash still does). */
export declare function exitCode(outcome: Outcome, failOn: Severity | 'none', maxWarnings?: number): Verdict;
