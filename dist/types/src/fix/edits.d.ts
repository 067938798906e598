import type { JsonPath } from '../types.js';
/** One change on a JSON path. Paths name what is in the document; an edit on a missing path is no fix. */
export type Edit = 
/** Remove an object member or an array item (with its comma, and its line when it has one to itself). */
{
    op: 'remove';
    path: JsonPath;
}
/** Give a member or item this value (a JSON value); a missing member is added at the end of its object. */
 | {
    op: 'set';
    path: JsonPath;
    value: unknown;
}
/** Rename an object member's key, keeping its value and place. */
 | {
    op: 'rename';
    path: JsonPath;
    to: string;
}
/** Replace the whole document by the value at `path`, one indentation level shallower. */
 | {
    op: 'unwrap';
    path: JsonPath;
};
/** A fix or suggestion as a rule reports it. */
export interface FixProposal {
    /** What it does, one imperative line: `remove "links"`, `rename "Essential" to "essential"`. */
    message: string;
    edits: readonly Edit[];
}
/** A replacement of `length` characters at a 0-based `offset` (of the text without its byte-order mark). */
export interface OffsetEdit {
    offset: number;
    length: number;
    text: string;
}
/**
 * Text edits for the fixes of one document. The syntax tree is made on the first fix asked for (most files
 * have none) and shared by the rest.
 */
export declare class FixWriter {
    #private;
    constructor(text: string);
    /**
     * The text edits of one fix, sorted and never overlapping; undefined when an edit's path is not in the
     * document (or two edits collide), so that no partial fix is ever offered.
     */
    edits(edits: readonly Edit[]): OffsetEdit[] | undefined;
}
