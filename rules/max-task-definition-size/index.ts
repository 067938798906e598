import { defineRule, OUTPUT_ONLY_TASK_FIELDS, type TaskView } from '../../src/rule.js';
import type { DocumentKind } from '../../src/types.js';
import { containers } from '../_helpers/index.js';

/** The service's limit on a task definition, in bytes (aws-facts §4.1). */
export const MAX_BYTES = 65_536;
/** Above this share of the limit, warn: a few more variables and the next deploy fails. */
export const WARN_RATIO = 0.9;

const grouped = (n: number): string => n.toLocaleString('en-US');
const encoder = new TextEncoder();

/** Characters that JSON.stringify escapes (controls, `"`, `\\`) or that take more than one UTF-8 byte. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what JSON escapes
const NOT_PLAIN = /[\u0000-\u001f"\\\u007f-\uffff]/;

/** UTF-8 bytes of a string as JSON.stringify writes it, quotes included. */
function stringBytes(s: string): number {
  if (!NOT_PLAIN.test(s)) return s.length + 2;
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
    else if (c === 34 || c === 92) n += 2;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else n += 6; // a lone surrogate: `\udxxx`
    } else if (c >= 0xdc00 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}

/** No character takes more than 6 bytes in JSON (`\u001f`, a lone surrogate): a bound read from lengths alone. */
const mostStringBytes = (s: string): number => s.length * 6 + 2;

/**
 * UTF-8 bytes of `JSON.stringify(value)`, counted without building the string (and its UTF-8 copy);
 * undefined when stringify writes nothing. `text` measures each string and key: exactly, or an upper
 * bound. Anything but plain JSON data (a `toJSON`, a class instance) is measured by JSON.stringify.
 */
function measure(value: unknown, text: (s: string) => number, skip?: readonly string[]): number | undefined {
  if (typeof value === 'string') return text(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (value === null) return 4;
  if (Array.isArray(value)) {
    let n = value.length === 0 ? 2 : value.length + 1;
    for (let i = 0; i < value.length; i++) n += measure(value[i], text) ?? 4;
    return n;
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const record = value as Record<string, unknown>;
    let n = 1;
    for (const key in record) {
      if (!Object.hasOwn(record, key) || skip?.includes(key)) continue;
      const size = measure(record[key], text);
      if (size !== undefined) n += text(key) + 2 + size;
    }
    return n === 1 ? 2 : n;
  }
  const sent =
    skip && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).filter(([k]) => !skip.includes(k)))
      : value;
  const json = JSON.stringify(sent);
  return json === undefined ? undefined : encoder.encode(json).length;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** UTF-8 bytes of `JSON.stringify(value)` leaving out the members named in `skip`; undefined when it writes nothing. */
export const jsonBytes = (value: unknown, skip?: readonly string[]): number | undefined =>
  measure(value, stringBytes, skip);

const bytes = (value: unknown): number => jsonBytes(value) ?? 0;

/** Members that are in the file but not in what AWS receives (RegisterTaskDefinition input). */
const NOT_SENT: Partial<Record<DocumentKind, readonly string[]>> = {
  'describe-output': OUTPUT_ONLY_TASK_FIELDS,
  // Elastic Beanstalk reads these itself and registers the rest as a task definition.
  'dockerrun-v2': ['AWSEBDockerrunVersion', 'authentication'],
};

/** The task as AWS receives it: minified JSON of the register input. */
export function registeredSize(task: TaskView, kind: DocumentKind): number {
  return jsonBytes(task, NOT_SENT[kind]) ?? 0;
}

export default defineRule({
  meta: {
    id: 'max-task-definition-size',
    category: 'correctness',
    description: 'Keep a task definition under the 64 KiB that AWS accepts',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
    ],
    messages: {
      tooLarge: '{{what}} {{size}} bytes as AWS receives it (minified JSON): the limit is {{max}} bytes',
      nearLimit: '{{what}} {{size}} bytes as AWS receives it (minified JSON), {{percent}}% of the {{max}}-byte limit',
    },
  },
  check(task, ctx) {
    // Nearly every task is far under the limit even at the most bytes a character can take: only those
    // that might not be are measured exactly.
    if ((measure(task, mostStringBytes, NOT_SENT[ctx.kind]) ?? 0) <= MAX_BYTES * WARN_RATIO) return;
    const size = registeredSize(task, ctx.kind);
    if (size <= MAX_BYTES * WARN_RATIO) return;
    const over = size > MAX_BYTES;
    const all = containers(task);
    const largest = all
      .map((c) => ({ c, size: bytes(c.container) }))
      .reduce<{ c: (typeof all)[number]; size: number } | undefined>(
        (best, x) => (best === undefined || x.size > best.size ? x : best),
        undefined,
      );
    const bare = ctx.kind === 'container-definitions';
    ctx.report({
      messageId: over ? 'tooLarge' : 'nearLimit',
      path: [],
      target: 'key',
      severity: over ? 'error' : 'warning',
      data: {
        what: bare ? 'the container definitions alone are' : 'the task definition is',
        size: grouped(size),
        max: grouped(MAX_BYTES),
        percent: Math.floor((size / MAX_BYTES) * 100),
      },
      hint: over
        ? 'move bulk out of the task definition: environment variables to "environmentFiles" or "secrets", long commands and config into the image'
        : 'keep room to grow: move large environment blocks to "environmentFiles" or "secrets", long commands and config into the image',
      ...(largest && all.length > 1
        ? {
            related: [
              {
                path: largest.c.path,
                message: `${largest.c.label} is the largest part: ${grouped(largest.size)} bytes`,
                target: 'key' as const,
              },
            ],
          }
        : {}),
    });
  },
});
