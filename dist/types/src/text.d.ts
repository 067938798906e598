/** Every one of them (for replace, which starts from the beginning whatever lastIndex holds). */
export declare const CONTROLS: RegExp;
/**
 * The text on one line: line breaks and control characters written as escapes (`\n`, `\u001b`), as JSON
 * writes them. Values from the document (a container name with a line break in it) then cannot split a
 * finding in two, nor start a line that a CI runner reads as a command (`::error::…`).
 */
export declare function oneLine(text: string): string;
/**
 * A name that starts a line of output (a file name in stylish and compact output, a warning): on one line,
 * and never starting with "::", which a GitHub Actions runner reads as a workflow command
 * (`::add-mask::…`, `::error::…`); such a name is written `./::…`, the same file.
 */
export declare function lineStart(name: string): string;
