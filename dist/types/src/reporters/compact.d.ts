import type { StreamReporter } from './types.js';
/** One line per finding, for problem matchers: `path:line:column: severity: message [rule-id]`. */
export declare const compactStream: StreamReporter;
export declare const compact: import("./types.js").Reporter;
