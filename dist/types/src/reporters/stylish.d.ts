import type { StreamReporter } from './types.js';
export declare const stylishStream: StreamReporter;
/**
 * The default, for people: a gcc-style first line (editors and problem matchers parse it), the source
 * line with the range underlined, the hint and the docs link, then a summary.
 */
export declare const stylish: import("./types.js").Reporter;
