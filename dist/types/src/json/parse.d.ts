import { type Node } from 'jsonc-parser';
import { LineTable } from './lines.js';
import { type Locator } from './locator.js';
/** A problem found while reading the text, in 0-based offsets (turned into ranges by the engine). */
export interface SyntaxIssue {
    /** The pseudo-rule that reports it (default `json-syntax`). */
    ruleId?: string;
    messageId: string;
    message: string;
    offset: number;
    length: number;
    hint?: string;
    related?: {
        message: string;
        offset: number;
        length: number;
    }[];
}
export interface ParsedDocument {
    /** The text as linted: a leading byte-order mark is removed so columns match what editors show. */
    text: string;
    lines: LineTable;
    /** Where paths are in the text: what findings need. Well-formed text is located without building a tree. */
    locator: Locator;
    /** The value with JSON.parse semantics: the last duplicate key wins, `__proto__` is an own property. */
    value: unknown;
    /** True when the text is not JSON at all: schema and rules do not run on a guessed tree. */
    fatal: boolean;
    /** True when the text is strict JSON (JSON.parse accepts it) with no duplicate key: the parser's fast path. */
    strict: boolean;
    issues: SyntaxIssue[];
}
export interface ParseOptions {
    /** Comments and trailing commas are accepted silently (template files); otherwise each is an issue. */
    allowComments?: boolean;
    /** Nesting deeper than this is reported instead of parsed (keeps the recursive parser off the stack limit). */
    maxDepth?: number;
}
export declare function parseDocument(input: string, options?: ParseOptions): ParsedDocument;
/** The value of a node, as JSON.parse would give it. Depth is bounded by the token scan. */
export declare function nodeValue(node: Node): unknown;
export { findPlaceholder, hasPlaceholder } from './placeholder.js';
