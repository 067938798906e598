/** Turning a file's bytes into text, and saying plainly when they are not UTF-8 JSON. */
export interface DecodeProblem {
    /** The pseudo-rule that reports it (default `json-syntax`). */
    ruleId?: string;
    messageId: string;
    message: string;
    hint?: string;
    /** Offset in the decoded text. */
    offset: number;
    /** The text cannot be JSON at all: nothing else is checked. */
    fatal: boolean;
}
export interface Decoded {
    text: string;
    problem?: DecodeProblem;
}
export declare function decode(bytes: Uint8Array): Decoded;
