import type { SourceFile } from './types.js';
/**
 * A file as a reader other than the JSON one (YAML, HCL) gives it: not strict JSON, and its line table made
 * on first use (only a file with findings needs one).
 */
export declare function textSource(text: string, rest: Omit<SourceFile, 'text' | 'lines' | 'strict'>): SourceFile;
/** A file of a format the inputs read that holds nothing to lint: skipped quietly, even when named. */
export declare function notOurs(text: string): SourceFile;
