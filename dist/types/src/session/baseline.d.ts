import { type Baseline, type BaselineEntry } from '../policy/baseline.js';
import type { LintResult, Severity } from '../types.js';
/** The unmatched entries that are stale: their file was linted in this run, or no longer exists. */
export declare function staleEntries(unmatched: readonly BaselineEntry[], linted: ReadonlySet<string>, cwd: string): BaselineEntry[];
/** A finding per stale entry, located at the entry in the baseline file. */
export declare function unusedBaselineResult(path: string, shownPath: string, baseline: Baseline, stale: readonly BaselineEntry[], severity: Severity): LintResult | undefined;
/** Rewrite a baseline file without its stale entries; returns how many were removed. */
export declare function pruneBaseline(path: string, stale: readonly BaselineEntry[]): number;
