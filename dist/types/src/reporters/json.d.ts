import type { StreamReporter } from './types.js';
/**
 * The versioned JSON contract (ARCHITECTURE.md): fields are only ever added within a version. The text is
 * what `JSON.stringify({ version, tool, results, summary }, null, 2)` prints, written a file at a time.
 */
export declare const jsonStream: StreamReporter;
export declare const json: import("./types.js").Reporter;
