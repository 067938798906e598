import type { LintResult, Summary } from '../types.js';
import type { Reporter, StreamReporter } from './types.js';
export declare function summarize(results: readonly LintResult[]): Summary;
/** Add a result to a summary. */
export declare function count(summary: Summary, r: LintResult): void;
/** The whole-run reporter of a streaming one: its beginning, every file, its end. */
export declare function fromStream(stream: StreamReporter): Reporter;
/** `3 problems (2 errors, 1 warning, 0 notes) in 2 files; 2 fixable with --fix`. */
export declare function summaryLine(s: Summary): string;
