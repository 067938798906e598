/** What the scanners of strict JSON text (text JSON.parse accepted) share: character codes, string ends. */
export declare const TAB = 9;
export declare const LF = 10;
export declare const CR = 13;
export declare const SPACE = 32;
export declare const QUOTE = 34;
export declare const COMMA = 44;
export declare const BACKSLASH = 92;
export declare const OPEN_BRACKET = 91;
export declare const CLOSE_BRACKET = 93;
export declare const OPEN_BRACE = 123;
export declare const CLOSE_BRACE = 125;
/**
 * The offset just after the string that starts at `start` (a `"`) in strict JSON text: its closing `"` is the
 * first one after an even run of backslashes.
 */
export declare function stringEnd(text: string, start: number): number;
