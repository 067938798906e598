/**
 * Fixes as rules write them (edits on JSON paths) turned into text edits that keep the file as its author
 * wrote it: indentation, key order, line breaks (LF or CRLF), comments and the final newline. Only the
 * characters of the change itself are touched.
 *
 * jsonc-parser gives the located tree and the tokens; its `modify` is not used for removals because it
 * reformats the neighbouring values (an inline array becomes one item per line) and drops the comment after
 * the previous member. No Node built-ins here: the playground runs this in the browser.
 */
import { createScanner, type Node, parseTree } from 'jsonc-parser';
import type { JsonPath } from '../types.js';

/** One change on a JSON path. Paths name what is in the document; an edit on a missing path is no fix. */
export type Edit =
  /** Remove an object member or an array item (with its comma, and its line when it has one to itself). */
  | { op: 'remove'; path: JsonPath }
  /** Give a member or item this value (a JSON value); a missing member is added at the end of its object. */
  | { op: 'set'; path: JsonPath; value: unknown }
  /** Rename an object member's key, keeping its value and place. */
  | { op: 'rename'; path: JsonPath; to: string }
  /** Replace the whole document by the value at `path`, one indentation level shallower. */
  | { op: 'unwrap'; path: JsonPath };

/** A fix or suggestion as a rule reports it. */
export interface FixProposal {
  /** What it does, one imperative line: `remove "links"`, `rename "Essential" to "essential"`. */
  message: string;
  edits: readonly Edit[];
}

/** A replacement of `length` characters at a 0-based `offset` (of the text without its byte-order mark). */
export interface OffsetEdit {
  offset: number;
  length: number;
  text: string;
}

// jsonc-parser ships its token kinds as a `const enum`, which a bundler cannot inline from a .d.ts.
const COMMA = 5;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const LINE_BREAK = 14;
const TRIVIA = 15;
const EOF = 17;

const isSpace = (c: number): boolean => c === 32 || c === 9;

/**
 * Text edits for the fixes of one document. The syntax tree is made on the first fix asked for (most files
 * have none) and shared by the rest.
 */
export class FixWriter {
  #tree: Node | undefined | null = null;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  get #root(): Node | undefined {
    if (this.#tree === null) {
      this.#tree = parseTree(this.#text, [], { allowTrailingComma: true, disallowComments: false });
    }
    return this.#tree;
  }

  /**
   * The text edits of one fix, sorted and never overlapping; undefined when an edit's path is not in the
   * document (or two edits collide), so that no partial fix is ever offered.
   */
  edits(edits: readonly Edit[]): OffsetEdit[] | undefined {
    const root = this.#root;
    if (!root) return undefined;
    const out: OffsetEdit[] = [];
    // Removals from one container are written together: neighbours share the commas between them.
    const removals = new Map<Node, Set<number>>();
    for (const edit of edits) {
      if (edit.op === 'remove') {
        const at = this.#member(root, edit.path);
        if (!at) return undefined;
        let set = removals.get(at.container);
        if (!set) {
          set = new Set();
          removals.set(at.container, set);
        }
        set.add(at.index);
      } else if (edit.op === 'rename') {
        const at = this.#member(root, edit.path);
        const key = at?.container.type === 'object' ? at.node.children?.[0] : undefined;
        if (!key) return undefined;
        out.push({ offset: key.offset, length: key.length, text: JSON.stringify(edit.to) });
      } else if (edit.op === 'set') {
        const set = this.#set(root, edit.path, edit.value);
        if (!set) return undefined;
        out.push(set);
      } else {
        const node = this.#valueAt(root, edit.path);
        if (!node) return undefined;
        out.push({ offset: root.offset, length: root.length, text: this.#dedent(node, root) });
      }
    }
    for (const [container, indexes] of removals) out.push(...this.#removeItems(container, indexes));
    out.sort((a, b) => a.offset - b.offset || a.length - b.length);
    for (let i = 1; i < out.length; i++) {
      const prev = out[i - 1] as OffsetEdit;
      const cur = out[i] as OffsetEdit;
      if (cur.offset < prev.offset + prev.length || (cur.offset === prev.offset && cur.length === 0)) return undefined;
    }
    return out;
  }

  /** The value node at a path (duplicate keys: the last, as JSON.parse reads them). */
  #valueAt(root: Node, path: JsonPath): Node | undefined {
    let node: Node | undefined = root;
    for (const seg of path) {
      node = node === undefined ? undefined : childValue(node, seg);
      if (node === undefined) return undefined;
    }
    return node;
  }

  /** The member (property node) or array item at a path, its container and its index there. */
  #member(root: Node, path: JsonPath): { node: Node; container: Node; index: number } | undefined {
    if (path.length === 0) return undefined;
    const container = this.#valueAt(root, path.slice(0, -1));
    const seg = path.at(-1) as string | number;
    const children = container?.children;
    if (!container || !children) return undefined;
    if (container.type === 'array') {
      const node = typeof seg === 'number' ? children[seg] : undefined;
      return node ? { node, container, index: seg as number } : undefined;
    }
    if (container.type !== 'object') return undefined;
    for (let i = children.length - 1; i >= 0; i--) {
      const prop = children[i];
      if (prop?.children?.[0]?.value === String(seg)) return { node: prop, container, index: i };
    }
    return undefined;
  }

  #set(root: Node, path: JsonPath, value: unknown): OffsetEdit | undefined {
    const existing = this.#valueAt(root, path);
    if (existing) {
      return { offset: existing.offset, length: existing.length, text: this.#json(value, existing.offset) };
    }
    // A missing member: added after the object's last member, on a line of its own when they have theirs.
    const parent = this.#valueAt(root, path.slice(0, -1));
    const key = path.at(-1);
    if (parent?.type !== 'object' || typeof key !== 'string') return undefined;
    const last = parent.children?.at(-1);
    if (!last) {
      const member = `${JSON.stringify(key)}: ${this.#json(value, parent.offset)}`;
      return { offset: parent.offset, length: parent.length, text: `{ ${member} }` };
    }
    const lineStart = this.#lineStart(last.offset);
    const ownLine = this.#onlySpaceBetween(lineStart, last.offset);
    const indent = ownLine ? this.#text.slice(lineStart, last.offset) : '';
    const sep = ownLine ? `${this.#eol()}${indent}` : ' ';
    const member = `${JSON.stringify(key)}: ${this.#json(value, last.offset)}`;
    const end = last.offset + last.length;
    // A trailing comma (JSONC) already separates the last member from what comes next.
    const comma = this.#commaBetween(end, parent.offset + parent.length - 1);
    if (comma !== undefined) return { offset: comma + 1, length: 0, text: `${sep}${member},` };
    return { offset: end, length: 0, text: `,${sep}${member}` };
  }

  /** A value as JSON text; objects and arrays indented as the file indents, from the line at `at`. */
  #json(value: unknown, at: number): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    const lineStart = this.#lineStart(at);
    let i = lineStart;
    while (isSpace(this.#text.charCodeAt(i))) i++;
    const base = this.#text.slice(lineStart, i);
    return JSON.stringify(value, null, this.#indentUnit()).replaceAll('\n', `${this.#eol()}${base}`);
  }

  /** Remove some members (or items) of one object (or array), keeping the commas between the rest right. */
  #removeItems(container: Node, indexes: ReadonlySet<number>): OffsetEdit[] {
    const items = container.children ?? [];
    const end = (n: Node): number => n.offset + n.length;
    if (indexes.size === items.length) {
      // Nothing left: the brackets close on each other.
      return [{ offset: container.offset + 1, length: container.length - 2, text: '' }];
    }
    const out: OffsetEdit[] = [];
    let i = 0;
    while (i < items.length) {
      if (!indexes.has(i)) {
        i++;
        continue;
      }
      let j = i;
      while (indexes.has(j + 1)) j++;
      const first = items[i] as Node;
      const last = items[j] as Node;
      const before = items[i - 1];
      const after = items[j + 1];
      const lines = this.#ownLines(first, last, container);
      if (lines) {
        out.push({ offset: lines.start, length: lines.end - lines.start, text: '' });
        // The last items go: the comma after the one now last goes too (a JSONC trailing comma stays).
        if (!after && !lines.comma && before) {
          const comma = this.#commaBetween(end(before), first.offset);
          if (comma !== undefined) out.push({ offset: comma, length: 1, text: '' });
        }
      } else if (before) {
        // Inline: from the end of the item before (its comma with it) to the end of the run.
        out.push({ offset: end(before), length: end(last) - end(before), text: '' });
      } else if (after) {
        out.push({ offset: first.offset, length: after.offset - first.offset, text: '' });
      }
      i = j + 1;
    }
    return out;
  }

  /**
   * When the items from `first` to `last` fill whole lines (nothing but indentation before the first, and after
   * the last only its comma and a comment), those lines with their line break; `comma` tells whether the
   * last one's comma is among them.
   */
  #ownLines(first: Node, last: Node, container: Node): { start: number; end: number; comma: boolean } | undefined {
    const text = this.#text;
    const start = this.#lineStart(first.offset);
    if (start <= container.offset || !this.#onlySpaceBetween(start, first.offset)) return undefined;
    const scanner = createScanner(text, false);
    scanner.setPosition(last.offset + last.length);
    let comma = false;
    for (;;) {
      const token = scanner.scan();
      if (token === TRIVIA || token === BLOCK_COMMENT) continue;
      if (token === COMMA && !comma) {
        comma = true;
        continue;
      }
      if (token === LINE_COMMENT) continue;
      if (token === LINE_BREAK) return { start, end: scanner.getPosition(), comma };
      if (token === EOF) return { start, end: text.length, comma };
      return undefined;
    }
  }

  /** The offset of the comma token between two offsets (comments skipped), if there is one. */
  #commaBetween(from: number, to: number): number | undefined {
    const scanner = createScanner(this.#text, false);
    scanner.setPosition(from);
    for (;;) {
      const token = scanner.scan();
      const at = scanner.getTokenOffset();
      if (token === EOF || at >= to) return undefined;
      if (token === COMMA) return at;
      if (token !== TRIVIA && token !== LINE_BREAK && token !== LINE_COMMENT && token !== BLOCK_COMMENT) {
        return undefined;
      }
    }
  }

  /** The text of `node`, each line after the first shifted left by the indentation between it and `outer`. */
  #dedent(node: Node, outer: Node): string {
    const inner = this.#text.slice(node.offset, node.offset + node.length);
    const indentAt = (offset: number): number => {
      let i = this.#lineStart(offset);
      let n = 0;
      while (isSpace(this.#text.charCodeAt(i))) {
        i++;
        n++;
      }
      return n;
    };
    // The closing brackets' lines tell the shift: `  }` inside `}`.
    const shift = indentAt(node.offset + node.length - 1) - indentAt(outer.offset + outer.length - 1);
    if (shift <= 0) return inner;
    return inner.replace(/(\r\n|\r|\n)([ \t]*)/g, (_, eol: string, space: string) => eol + space.slice(shift));
  }

  #lineStart(offset: number): number {
    const text = this.#text;
    let i = offset;
    while (i > 0) {
      const c = text.charCodeAt(i - 1);
      if (c === 10 || c === 13) break;
      i--;
    }
    return i;
  }

  #onlySpaceBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!isSpace(this.#text.charCodeAt(i))) return false;
    return true;
  }

  /** The file's line break: CRLF when its first line ends with one. */
  #eol(): string {
    const lf = this.#text.indexOf('\n');
    return lf > 0 && this.#text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
  }

  /** The file's indentation step: the indentation of its first indented line (default two spaces). */
  #indentUnit(): string {
    const m = /(?:^|\n)([ \t]+)\S/.exec(this.#text);
    return m?.[1] ?? '  ';
  }
}

function childValue(node: Node, seg: string | number): Node | undefined {
  const children = node.children;
  if (!children) return undefined;
  if (node.type === 'array') return typeof seg === 'number' ? children[seg] : undefined;
  if (node.type !== 'object') return undefined;
  const name = String(seg);
  for (let i = children.length - 1; i >= 0; i--) {
    const prop = children[i];
    if (prop?.children?.[0]?.value === name) return prop.children[1];
  }
  return undefined;
}
