import { createScanner, type Node, type ParseError, parseTree } from 'jsonc-parser';
import { LineTable } from './lines.js';
import { type Locator, textLocator, treeLocator } from './locator.js';
import { stringEnd } from './strict.js';

/** A problem found while reading the text, in 0-based offsets (turned into ranges by the engine). */
export interface SyntaxIssue {
  /** The pseudo-rule that reports it (default `json-syntax`). */
  ruleId?: string;
  messageId: string;
  message: string;
  offset: number;
  length: number;
  hint?: string;
  related?: { message: string; offset: number; length: number }[];
}

export interface ParsedDocument {
  /** The text as linted: a leading byte-order mark is removed so columns match what editors show. */
  text: string;
  lines: LineTable;
  /** Where paths are in the text: what findings need. Well-formed text is located without building a tree. */
  locator: Locator;
  /** The value with JSON.parse semantics: the last duplicate key wins, `__proto__` is an own property. */
  value: unknown;
  /** True when the text is not JSON at all: schema and rules do not run on a guessed tree. */
  fatal: boolean;
  /** True when the text is strict JSON (JSON.parse accepts it) with no duplicate key: the parser's fast path. */
  strict: boolean;
  issues: SyntaxIssue[];
}

export interface ParseOptions {
  /** Comments and trailing commas are accepted silently (template files); otherwise each is an issue. */
  allowComments?: boolean;
  /** Nesting deeper than this is reported instead of parsed (keeps the recursive parser off the stack limit). */
  maxDepth?: number;
}

// jsonc-parser ships these as `const enum`s, which a bundler cannot inline from a .d.ts.
const T = {
  openBrace: 1,
  closeBrace: 2,
  openBracket: 3,
  closeBracket: 4,
  comma: 5,
  lineComment: 12,
  blockComment: 13,
  lineBreak: 14,
  trivia: 15,
  eof: 17,
} as const;

const PARSE_ERRORS: Record<number, [string, string]> = {
  1: ['invalid-symbol', 'unexpected character {{char}}'],
  2: ['invalid-number', 'invalid number'],
  3: ['property-name-expected', 'expected a property name in double quotes'],
  4: ['value-expected', 'expected a value'],
  5: ['colon-expected', 'expected ":" after the property name'],
  6: ['comma-expected', 'expected "," between items'],
  7: ['close-brace-expected', 'expected "}" to close the object'],
  8: ['close-bracket-expected', 'expected "]" to close the array'],
  9: ['end-of-file-expected', 'unexpected text after the end of the JSON value'],
  10: ['invalid-comment', 'comments are not allowed in JSON'],
  11: ['unterminated-comment', 'unterminated block comment'],
  12: ['unterminated-string', 'unterminated string'],
  13: ['unterminated-number', 'unterminated number'],
  14: ['invalid-unicode', 'invalid "\\u" escape in string'],
  15: ['invalid-escape', 'invalid escape sequence in string'],
  16: ['invalid-character', 'control character in string; escape it'],
};

/** Unquoted placeholders that break the JSON: `${X}`, `$X`, `{{ x }}`, `<X>`, `%X%`, `<%= x %>`, `#{X}`. */
const UNQUOTED_PLACEHOLDER =
  /\$\{[^}\n]{0,200}\}|\$[A-Za-z_]\w{0,100}|\{\{[^}\n]{0,200}\}\}|<%[^%\n]{0,200}%>|<[A-Za-z_][\w.-]{0,100}>|%[A-Z_][A-Z0-9_]{1,100}%|#\{[^}\n]{1,200}\}/g;
const DEFAULT_MAX_DEPTH = 1000;

export function parseDocument(input: string, options: ParseOptions = {}): ParsedDocument {
  const issues: SyntaxIssue[] = [];
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    issues.push({
      messageId: 'bom',
      message: 'file starts with a byte-order mark, which the AWS CLI rejects',
      hint: 'save the file as UTF-8 without a BOM',
      offset: 0,
      length: 0,
    });
  }
  const empty = (): ParsedDocument => lazyDocument(text, undefined, undefined, true, issues);

  if (text.trim() === '') {
    issues.push({ messageId: 'empty', message: 'file is empty', offset: 0, length: 0 });
    return empty();
  }

  // Fast path, for the common case of a well-formed file: JSON.parse (native) gives the value, and positions
  // are found in the text only if a finding needs one. Text that JSON.parse accepts has no comments,
  // trailing commas or syntax errors; what it does not tell (duplicate keys, nesting too deep) is checked
  // by counting, and anything unusual takes the full path below, which reports it.
  const fast = parseStrict(text, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  if (fast.ok) return lazyDocument(text, undefined, fast.value, false, issues);

  const tooDeep = scanTokens(text, options, issues);
  if (tooDeep) return empty();

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  // The unquoted placeholders (the other errors are then their echoes) as one finding, else the first error.
  const found = [...errors].sort((a, b) => a.offset - b.offset).map((e) => syntaxIssue(text, e));
  const placeholders = found.filter((i, n) => i.messageId === 'placeholder' && found[n - 1]?.offset !== i.offset);
  issues.push(...(placeholders.length > 0 ? [placeholderIssue(text, placeholders)] : found.slice(0, 1)));
  if (errors.length > 0 || root === undefined) return lazyDocument(text, root, undefined, true, issues);

  findDuplicateKeys(root, issues);
  return lazyDocument(text, root, nodeValue(root), false, issues);
}

/**
 * A parsed document whose locator and line table are made on first use: a file without findings needs
 * neither. Paths are located in `root`, the full parse's syntax tree, when there is one; otherwise (fast
 * path only, where the text is known to be strict JSON with no duplicate key) by scanning the text.
 */
function lazyDocument(
  text: string,
  root: Node | undefined,
  value: unknown,
  fatal: boolean,
  issues: SyntaxIssue[],
): ParsedDocument {
  let lines: LineTable | undefined;
  let locator: Locator | undefined;
  const fast = root === undefined && !fatal;
  return {
    text,
    get locator(): Locator {
      locator ??= fast ? textLocator(text) : treeLocator(root);
      return locator;
    },
    get lines(): LineTable {
      lines ??= new LineTable(text);
      return lines;
    },
    value,
    fatal,
    strict: fast,
    issues,
  };
}

/**
 * How many keys strict JSON text has: strings followed by `:`. In text JSON.parse accepted, every `"` outside
 * a string starts one, so finding each string's end (a `"` after an even run of backslashes) is enough.
 */
function countKeys(text: string): number {
  let keys = 0;
  let i = text.indexOf('"');
  while (i !== -1) {
    let j = stringEnd(text, i);
    let c = text.charCodeAt(j);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
    if (c === 58 /* : */) keys++;
    i = text.indexOf('"', j);
  }
  return keys;
}

/**
 * JSON.parse, when it accepts the text and the result is what the full parse would give with no issue:
 * no duplicate key (the keys in the text are as many as in the value) and nesting within `maxDepth`.
 */
function parseStrict(text: string, maxDepth: number): { ok: true; value: unknown } | { ok: false } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  const keys = countValueKeys(value, 1, maxDepth);
  return keys !== -1 && countKeys(text) === keys ? { ok: true, value } : { ok: false };
}

/** The keys of a parsed value and everything in it; -1 when it nests deeper than `maxDepth`. */
function countValueKeys(v: unknown, depth: number, maxDepth: number): number {
  if (typeof v !== 'object' || v === null) return 0;
  if (depth > maxDepth) return -1;
  let keys = 0;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const n = countValueKeys(v[i], depth + 1, maxDepth);
      if (n === -1) return -1;
      keys += n;
    }
    return keys;
  }
  // for-in lists the own keys of what JSON.parse makes (`__proto__` too); were Object.prototype given an
  // enumerable key, the counts would differ and the text would only take the full parse.
  for (const k in v) {
    const n = countValueKeys((v as Record<string, unknown>)[k], depth + 1, maxDepth);
    if (n === -1) return -1;
    keys += n + 1;
  }
  return keys;
}

/** One pass over the tokens: nesting depth, comments and trailing commas. Returns true when too deep. */
function scanTokens(text: string, options: ParseOptions, issues: SyntaxIssue[]): boolean {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const scanner = createScanner(text, false);
  let depth = 0;
  let pendingComma = -1;
  for (let kind = scanner.scan(); kind !== T.eof; kind = scanner.scan()) {
    switch (kind) {
      case T.openBrace:
      case T.openBracket:
        pendingComma = -1;
        if (++depth > maxDepth) {
          issues.push({
            messageId: 'too-deep',
            message: `nesting is deeper than ${maxDepth} levels`,
            offset: scanner.getTokenOffset(),
            length: 1,
          });
          return true;
        }
        break;
      case T.closeBrace:
      case T.closeBracket:
        if (pendingComma >= 0 && !options.allowComments) {
          issues.push({
            messageId: 'trailing-comma',
            message: `trailing comma before "${kind === T.closeBrace ? '}' : ']'}"`,
            hint: 'remove the comma; the AWS CLI and API reject trailing commas',
            offset: pendingComma,
            length: 1,
          });
        }
        pendingComma = -1;
        depth--;
        break;
      case T.comma:
        pendingComma = scanner.getTokenOffset();
        break;
      case T.lineComment:
      case T.blockComment:
        if (!options.allowComments) {
          issues.push({
            messageId: 'comment',
            message: 'comments are not allowed in JSON',
            hint: 'remove the comment, or set "allowComments": true in the config for template files',
            offset: scanner.getTokenOffset(),
            length: scanner.getTokenLength(),
          });
        }
        break;
      case T.lineBreak:
      case T.trivia:
        break;
      default:
        pendingComma = -1;
    }
  }
  return false;
}

function syntaxIssue(text: string, e: ParseError): SyntaxIssue {
  const [messageId, template] = PARSE_ERRORS[e.error] ?? ['syntax', 'invalid JSON'];
  const ch = text.charAt(e.offset);
  const issue: SyntaxIssue = {
    messageId,
    message: template.replace('{{char}}', ch === '' ? 'at end of file' : JSON.stringify(ch)),
    offset: e.offset,
    length: e.length > 0 ? e.length : e.offset < text.length ? 1 : 0,
  };
  const placeholder = placeholderAt(text, e.offset);
  if (placeholder) {
    issue.messageId = 'placeholder';
    issue.message = `unquoted template placeholder ${placeholder.text}`;
    issue.hint = 'lint the rendered file, or keep placeholders inside strings';
    issue.offset = placeholder.offset;
    issue.length = placeholder.text.length;
  }
  return issue;
}

/** Names listed in a grouped placeholder message, and places kept as related locations. */
const NAMES_SHOWN = 5;
const RELATED_KEPT = 100;

/**
 * A template's unquoted placeholders are one mechanical finding per file (the file is not JSON until it is
 * rendered), at the first, with the others as related locations.
 */
function placeholderIssue(text: string, all: readonly SyntaxIssue[]): SyntaxIssue {
  const [first, ...rest] = all as [SyntaxIssue, ...SyntaxIssue[]];
  if (rest.length === 0) return first;
  const names = [...new Set(all.map((i) => text.slice(i.offset, i.offset + i.length)))];
  const shown = names.slice(0, NAMES_SHOWN).join(', ') + (names.length > NAMES_SHOWN ? ', …' : '');
  return {
    ...first,
    message: `${all.length} unquoted template placeholders (${shown}): the file is not JSON until they are rendered`,
    related: rest.slice(0, RELATED_KEPT).map((i) => ({ message: i.message, offset: i.offset, length: i.length })),
  };
}

/** The unquoted placeholder that covers (or starts just after) an error offset, if any. */
function placeholderAt(text: string, offset: number): { offset: number; text: string } | undefined {
  const start = Math.max(0, offset - 210);
  const window = text.slice(start, offset + 256);
  for (const m of window.matchAll(UNQUOTED_PLACEHOLDER)) {
    const from = start + m.index;
    if (from <= offset && offset < from + m[0].length) return { offset: from, text: m[0] };
    if (from > offset) break;
  }
  return undefined;
}

function findDuplicateKeys(root: Node, issues: SyntaxIssue[]): void {
  const stack: Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'object') {
      const seen = new Map<string, Node>();
      for (const prop of node.children ?? []) {
        const key = prop.children?.[0];
        if (key === undefined) continue;
        const name = String(key.value);
        const first = seen.get(name);
        if (first === undefined) seen.set(name, key);
        else {
          issues.push({
            messageId: 'duplicate-key',
            message: `duplicate key ${JSON.stringify(name)}; the last one wins`,
            hint: 'remove one of them',
            offset: key.offset,
            length: key.length,
            related: [{ message: 'first defined here', offset: first.offset, length: first.length }],
          });
        }
      }
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Node);
  }
}

/** The value of a node, as JSON.parse would give it. Depth is bounded by the token scan. */
export function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const obj: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (key === undefined) continue;
        const name = String(key.value);
        const v = value === undefined ? undefined : nodeValue(value);
        if (name === '__proto__') {
          Object.defineProperty(obj, name, { value: v, enumerable: true, writable: true, configurable: true });
        } else obj[name] = v;
      }
      return obj;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

export { findPlaceholder, hasPlaceholder } from './placeholder.js';
