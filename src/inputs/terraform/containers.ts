/**
 * A file a Terraform task definition reads its containers from: `container_definitions = file("…")` or
 * `templatefile("…", {…})` (the run finds them: src/session/container-files.ts). It is linted as a
 * container-definitions array, with positions in the file itself.
 *
 * In a template, `${…}` is a template variable. Inside a JSON string it is a placeholder already
 * (`"nginx:${tag}"`); outside one (`"memory": ${memory}`) it is read as a string placeholder of the same
 * length (`"$memory"`, padded with spaces), so the text stays JSON and every offset stays the file's own;
 * values with placeholders are not checked. `$${` is a literal `${`. A template with `%{…}` directives is
 * not JSON until rendered: when it does not parse, it is skipped quietly.
 */
import { LineTable } from '../../json/lines.js';
import { parseDocument } from '../../json/parse.js';
import { notOurs } from '../quiet.js';
import { mapShape } from '../shape.js';
import type { InputProblem, LocatedDocument, SourceFile } from '../types.js';
import { containerKeyProblem, TERRAFORM_CONTAINERS } from './spec.js';

const QUOTE = 34;
const BACKSLASH = 92;
const DOLLAR = 36;
const OPEN = 123;
const CLOSE = 125;

/** The offset just after the `}` that closes the interpolation opened at `start` (`${`), or -1. */
function interpolationEnd(text: string, start: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = start + 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) quoted = false;
    } else if (c === QUOTE) quoted = true;
    else if (c === OPEN) depth++;
    else if (c === CLOSE) {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return -1;
}

/**
 * A JSON string of exactly `length` (≥ 4) characters that ecslint reads as a placeholder: `$name`, the
 * variable's name as far as it fits (`${memory}` is `"$memory"`), padded with spaces.
 */
function placeholder(inner: string, length: number): string {
  let name = inner.trim().replace(/\W/g, '_');
  if (!/^[A-Za-z_]/.test(name)) name = `v${name}`;
  const text = `"$${name.slice(0, length - 3)}"`;
  return text + ' '.repeat(length - text.length);
}

/**
 * The template's text with each `${…}` outside a JSON string replaced by a placeholder string of the same
 * length, and each inside one made safe for the string (a quote or backslash in it becomes `_`).
 */
export function templateAsJson(text: string): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === DOLLAR && text.charCodeAt(i + 1) === DOLLAR && text.charCodeAt(i + 2) === OPEN) {
      i += 2;
      continue;
    }
    if (c === DOLLAR && text.charCodeAt(i + 1) === OPEN) {
      const end = interpolationEnd(text, i);
      if (end === -1) break;
      const span = text.slice(i, end);
      out += text.slice(from, i);
      out += inString ? span.replace(/["\\\r\n]/g, '_') : placeholder(span.slice(2, -1), span.length);
      from = end;
      i = end - 1;
      continue;
    }
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The file as a container-definitions array, decoded as the provider decodes `container_definitions` (keys
 * without regard to case, nulls left out, unknown keys reported: src/inputs/terraform/spec.ts); `template`:
 * read by `templatefile`; `label`: the resource that reads it, prefixed to the findings. Anything but an array is no document (the provider fails to decode it).
 */
export function readContainerFile(input: string, template: boolean, label?: string): SourceFile {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const json = template ? templateAsJson(text) : text;
  const parsed = parseDocument(json, { allowComments: false });
  // Directives (`%{ for … }`) make a template that is JSON only once rendered: nothing to lint here.
  if (parsed.fatal && template && /(^|[^%])%\{/.test(text)) return notOurs(text);
  const documents: LocatedDocument[] = [];
  if (!parsed.fatal && Array.isArray(parsed.value)) {
    const problems: InputProblem[] = [];
    const mapped = mapShape(parsed.value, TERRAFORM_CONTAINERS, {
      dropNull: true,
      caseInsensitive: true,
      unknownKey(key, shape, sourcePath) {
        const problem = containerKeyProblem(label ?? '', key, shape, sourcePath, 0);
        if (problem) problems.push(problem);
        return false;
      },
    });
    const doc: LocatedDocument = {
      kind: 'container-definitions',
      value: mapped.value,
      toSource: mapped.toSource,
      deployPath: 'terraform',
      problems,
    };
    if (label !== undefined) doc.label = label;
    // A template's text is not JSON until rendered: fixes only in a plain file.
    if (!template) doc.fixPath = mapped.fixPath;
    documents.push(doc);
  }
  let lines: LineTable | undefined;
  return {
    kind: documents.length > 0 ? 'container-definitions' : 'unknown',
    text,
    get lines() {
      lines ??= json === text ? parsed.lines : new LineTable(text);
      return lines;
    },
    locator: parsed.locator,
    fatal: parsed.fatal,
    strict: parsed.strict,
    issues: parsed.issues,
    documents,
  };
}
