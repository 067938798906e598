import type { Node } from 'jsonc-parser';
import type { JsonPath } from '../types.js';
import { type Located, locate, type Target } from './locate.js';
import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COMMA,
  CR,
  LF,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  SPACE,
  stringEnd as stringEndIn,
  TAB,
} from './strict.js';

/** Where paths are in a document's text: what the engine needs to place findings. */
export interface Locator {
  locate(path: JsonPath, target: Target): Located;
}

/** A locator over a syntax tree (documents that took the full, error-tolerant parse). */
export function treeLocator(root: Node | undefined): Locator {
  return {
    locate: (path, target) => (root ? locate(root, path, target) : { offset: 0, length: 0, exact: false }),
  };
}

/**
 * A locator over text that JSON.parse accepted with no duplicate key (the parser's fast path). It gives what
 * `locate` gives on the syntax tree, without building one: from the root it follows the path, reading only
 * the keys of the objects on the way and skipping every other value. A file with findings has a handful of
 * paths to place; a tree would allocate a node for every value of the document.
 */
export function textLocator(text: string): Locator {
  /** Offset of the first non-space character at or after `i`. */
  const skipSpace = (i: number): number => {
    let c = text.charCodeAt(i);
    while (c === SPACE || c === LF || c === CR || c === TAB) c = text.charCodeAt(++i);
    return i;
  };

  const stringEnd = (start: number): number => stringEndIn(text, start);

  /**
   * Where each object and array ends, by the offset of its opening bracket: one pass over the text, made when
   * the first path is located. Skipping a nested value is then a lookup, where scanning it again for each
   * level above it would read deep text once per level.
   */
  let ends: Map<number, number> | undefined;
  const containerEnd = (start: number): number => {
    if (ends === undefined) {
      ends = new Map();
      const open: number[] = [];
      // The regular expression jumps from one quote or bracket to the next, natively.
      const structural = /["[\]{}]/g;
      while (structural.test(text)) {
        const i = structural.lastIndex - 1;
        const c = text.charCodeAt(i);
        if (c === QUOTE) structural.lastIndex = stringEnd(i);
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) open.push(i);
        else ends.set(open.pop() as number, i + 1);
      }
    }
    return ends.get(start) as number;
  };

  /** The offset just after the value that starts at `start` (a non-space character). */
  const valueEnd = (start: number): number => {
    const c = text.charCodeAt(start);
    if (c === QUOTE) return stringEnd(start);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) return containerEnd(start);
    // A number or a literal: up to the next delimiter.
    let i = start;
    for (;;) {
      const d = text.charCodeAt(i);
      if (
        Number.isNaN(d) ||
        d === COMMA ||
        d === CLOSE_BRACE ||
        d === CLOSE_BRACKET ||
        d === SPACE ||
        d === LF ||
        d === CR ||
        d === TAB
      ) {
        return i;
      }
      i++;
    }
  };

  /** Whether a member's key decodes to `name`. */
  const keyIs = (m: Member, name: string): boolean => {
    // Without escapes, the key is its characters; with them, it can spell `name` in more characters: decode it.
    if (!m.escaped) return m.keyEnd - m.key - 2 === name.length && text.startsWith(name, m.key + 1);
    return JSON.parse(text.slice(m.key, m.keyEnd)) === name;
  };

  interface Member {
    key: number;
    keyEnd: number;
    /** The key has a `\` escape. */
    escaped: boolean;
    value: number;
  }
  /** Most documents have no escape at all: then no key has one either. */
  const hasBackslash = text.includes('\\');
  /** The members of each object and the items of each array read so far, by the container's offset. */
  const objects = new Map<number, Member[]>();
  const arrays = new Map<number, number[]>();

  /** The members of the object at `start`, read once: a file's findings often share their first steps. */
  const membersOf = (start: number): Member[] => {
    let members = objects.get(start);
    if (members !== undefined) return members;
    members = [];
    objects.set(start, members);
    let i = skipSpace(start + 1);
    if (text.charCodeAt(i) === CLOSE_BRACE) return members;
    for (;;) {
      const key = i;
      const keyEnd = stringEnd(key);
      const value = skipSpace(skipSpace(keyEnd) + 1);
      let escaped = false;
      if (hasBackslash) {
        for (let j = key + 1; j < keyEnd - 1 && !escaped; j++) escaped = text.charCodeAt(j) === BACKSLASH;
      }
      members.push({ key, keyEnd, escaped, value });
      i = skipSpace(valueEnd(value));
      if (text.charCodeAt(i) !== COMMA) return members;
      i = skipSpace(i + 1);
    }
  };

  /** The offsets of the items of the array at `start`, read once. */
  const itemsOf = (start: number): number[] => {
    let items = arrays.get(start);
    if (items !== undefined) return items;
    items = [];
    arrays.set(start, items);
    let i = skipSpace(start + 1);
    if (text.charCodeAt(i) === CLOSE_BRACKET) return items;
    for (;;) {
      items.push(i);
      i = skipSpace(valueEnd(i));
      if (text.charCodeAt(i) !== COMMA) return items;
      i = skipSpace(i + 1);
    }
  };

  return {
    locate(path, target) {
      let node = skipSpace(0);
      /** The key of the property whose value `node` is (undefined for the root and array items). */
      let key: { offset: number; length: number } | undefined;
      let depth = 0;
      for (const seg of path) {
        const c = text.charCodeAt(node);
        if (c === OPEN_BRACE) {
          const name = String(seg);
          // JSON.parse accepted the text and found no duplicate key: the first match is the only one.
          const m = membersOf(node).find((m) => keyIs(m, name));
          if (m === undefined) break;
          key = { offset: m.key, length: m.keyEnd - m.key };
          node = m.value;
        } else if (c === OPEN_BRACKET && typeof seg === 'number') {
          const at = itemsOf(node)[seg];
          if (at === undefined) break;
          key = undefined;
          node = at;
        } else {
          break;
        }
        depth++;
      }
      const exact = depth === path.length;
      const container = text.charCodeAt(node) === OPEN_BRACE || text.charCodeAt(node) === OPEN_BRACKET;
      if (!exact) {
        // Missing: point at the ancestor's key when it has one, else its opening bracket.
        if (key) return { ...key, exact };
        if (container) return { offset: node, length: 1, exact };
        return { offset: node, length: valueEnd(node) - node, exact };
      }
      if (target === 'key' && key) return { ...key, exact };
      if (target === 'property' && key) return { offset: key.offset, length: valueEnd(node) - key.offset, exact };
      if (target === 'key' && container) return { offset: node, length: 1, exact };
      return { offset: node, length: valueEnd(node) - node, exact };
    },
  };
}
