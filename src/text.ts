/** Text as outputs print it: one finding, one line. */
/** Line breaks and other control characters, which must never reach a one-line-per-finding output. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/;
/** Every one of them (for replace, which starts from the beginning whatever lastIndex holds). */
export const CONTROLS = new RegExp(CONTROL.source, 'g');
const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The text on one line: line breaks and control characters written as escapes (`\n`, `\u001b`), as JSON
 * writes them. Values from the document (a container name with a line break in it) then cannot split a
 * finding in two, nor start a line that a CI runner reads as a command (`::error::…`).
 */
export function oneLine(text: string): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROLS, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A name that starts a line of output (a file name in stylish and compact output, a warning): on one line,
 * and never starting with "::", which a GitHub Actions runner reads as a workflow command
 * (`::add-mask::…`, `::error::…`); such a name is written `./::…`, the same file.
 */
export function lineStart(name: string): string {
  const line = oneLine(name);
  return line.startsWith(':') ? `./${line}` : line;
}
