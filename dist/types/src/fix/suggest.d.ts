import type { Diagnostic, Fix } from '../types.js';
/** The lines `startLine`..`endLine` (1-based, inclusive) of a text, and what they read after a fix. */
export interface LineSuggestion {
    startLine: number;
    endLine: number;
    /** The new lines, without line breaks; none: the lines are removed. */
    lines: string[];
    /** What the change does (the fix's message). */
    message: string;
    /** A safe fix (`--fix` applies it), or one of the finding's suggestions. */
    safe: boolean;
}
export interface SuggestOptions {
    /** At most this many lines are replaced (default 20): a longer change is for `--fix`, not a review. */
    maxLines?: number;
    /**
     * The text as reporters show it, secret values masked (a result's `source`). When a replaced line holds a
     * masked value, no suggestion is made: a review comment would print the secret.
     */
    masked?: string;
}
/** A finding's change for a review: its safe fix, or, if it has none, its first suggestion. */
export declare function reviewFix(d: Diagnostic): {
    fix: Fix;
    safe: boolean;
} | undefined;
/**
 * The whole lines a finding's fix (or first suggestion) changes in `text` (the text it was linted from), and
 * how they read after it. Undefined when there is no fix, the fix does not apply, the lines span more than
 * `maxLines`, a line holds a masked secret, or the text has CR line breaks (a suggestion's lines are written
 * with LF).
 */
export declare function suggestLines(text: string, d: Diagnostic, options?: SuggestOptions): LineSuggestion | undefined;
