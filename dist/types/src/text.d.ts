/** Every one of them (for replace, which starts from the beginning whatever lastIndex holds). */
export declare const CONTROLS: RegExp;
/**
 * The text on one line: line breaks and control characters written as escapes (`\n`, `\u001b`), as JSON
 * writes them. Values from the document (a container name with a line break in it) then cannot split a
 * finding in two, nor start a line that a CI runner reads as a command (`::error::…`).
 */
export declare function oneLine(text: string): string;
