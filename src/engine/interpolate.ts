const MAX_VALUE = 120;

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
