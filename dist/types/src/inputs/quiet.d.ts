import type { SourceFile } from './types.js';
/** A file of a format the inputs read that holds nothing to lint: skipped quietly, even when named. */
export declare function notOurs(text: string): SourceFile;
