const MAX_VALUE = 120;

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
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** A template split at its placeholders: text, name, text, name, …, text (always odd in length). */
type Parts = readonly string[];
/** Rule messages are a few hundred templates, each filled for many findings: split once each. */
const SPLIT = new Map<string, Parts>();
const MAX_TEMPLATES = 4096;

function split(template: string): Parts {
  let parts = SPLIT.get(template);
  if (parts === undefined) {
    const out: string[] = [];
    let at = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      out.push(template.slice(at, m.index), m[1] as string, m[0]);
      at = m.index + m[0].length;
    }
    out.push(template.slice(at));
    parts = out;
    if (SPLIT.size < MAX_TEMPLATES) SPLIT.set(template, parts);
  }
  return parts;
}

/** Fill `{{name}}` placeholders; long values are shortened with an ellipsis. */
export function interpolate(template: string, data: Readonly<Record<string, string | number | boolean>> = {}): string {
  const parts = split(template);
  let out = parts[0] as string;
  // Each placeholder is three entries: its name, the placeholder as written, the text after it.
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i] as string;
    if (Object.hasOwn(data, name)) {
      const text = String(data[name]);
      out += text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
    } else {
      out += parts[i + 1] as string;
    }
    out += parts[i + 2] as string;
  }
  return out;
}
