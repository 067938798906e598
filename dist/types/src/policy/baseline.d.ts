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
export declare function readBaseline(path: string): Baseline;
/**
 * Move findings that the baseline records into `suppressed`. Counts matter: two identical findings in
 * the baseline hide two, and a third one shows.
 */
export declare function applyBaseline(results: LintResult[], baseline: Baseline): void;
/** applyBaseline one result at a time, in the run's order (the counts carry over from file to file). */
export declare function baselineFilter(baseline: Baseline): (result: LintResult) => void;
