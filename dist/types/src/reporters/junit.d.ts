import type { Reporter } from './types.js';
/** Element text: markup characters escaped, characters XML cannot hold shown as `\uXXXX`. */
export declare const xmlText: (s: string) => string;
/** Attribute values: also quotes, and whitespace kept as character references (parsers normalise it). */
export declare const xmlAttr: (s: string) => string;
/**
 * JUnit XML (Jenkins, GitLab, Azure Pipelines): a testsuite per file, a testcase per finding (errors and
 * warnings fail, notes pass), and one passing testcase for a clean file.
 */
export declare const junit: Reporter;
