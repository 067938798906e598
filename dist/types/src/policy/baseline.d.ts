import type { LintResult } from '../types.js';
export interface BaselineEntry {
    file: string;
    ruleId: string;
    fingerprint: string;
    message: string;
}
export interface Baseline {
    version: 1;
    findings: BaselineEntry[];
}
export declare function createBaseline(results: readonly LintResult[]): Baseline;
export declare function readBaseline(path: string, limit?: number): Baseline;
/**
 * The results with the findings that the baseline records moved into `suppressed`. Counts matter: two
 * identical findings in the baseline hide two, and a third one shows.
 */
export declare function applyBaseline(results: readonly LintResult[], baseline: Baseline): LintResult[];
/**
 * applyBaseline one result at a time, in the run's order (the counts carry over from file to file). A result
 * the baseline hides nothing of is returned as it is; otherwise a new one.
 */
export declare function baselineFilter(baseline: Baseline): ((result: LintResult) => LintResult) & {
    /** The entries no finding of the run matched so far (stale), in the baseline's order. */
    unused(): BaselineEntry[];
};
