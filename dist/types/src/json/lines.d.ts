import type { Position, Range } from '../types.js';
/**
 * Converts 0-based UTF-16 offsets into 1-based line and column. Built once per file. A line ends at
 * LF, CRLF or a lone CR, as editors and SARIF viewers count them.
 */
export declare class LineTable {
    #private;
    readonly text: string;
    /** `starts` only from `over`: the line starts of a text with the same line breaks. */
    constructor(text: string, starts?: number[]);
    /**
     * The same lines over `text`, which must have this text's length and line breaks (the source with secrets
     * masked): nothing is scanned again.
     */
    over(text: string): LineTable;
    get lineCount(): number;
    position(offset: number): Position;
    /** The 0-based offset of a 1-based position (clamped to its line and the text). */
    offset(position: Position): number;
    range(offset: number, length: number): Range;
    /**
     * The text of a 1-based line, without its line break; with `from` and `to`, only its columns from `from`
     * (0-based) up to `to` (so a long line is not copied to show a part of it).
     */
    lineText(line: number, from?: number, to?: number): string;
}
/** Remember the lines of a result's source (`lines.text` must be that source). */
export declare function rememberSourceLines(result: {
    source: string;
}, lines: LineTable): void;
/** The lines of a result's source: the engine's table if it is still that text's, else a new one. */
export declare function sourceLines(result: {
    source: string;
}): LineTable;
/** A result made from another (post-processing copies results rather than change them) keeps its lines. */
export declare function carrySourceLines(from: {
    source: string;
}, to: {
    source: string;
}): void;
