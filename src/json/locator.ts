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

  /** A regular expression that jumps from one quote or bracket to the next, natively. */
  const structural = /["[\]{}]/g;
  /** The ends of the containers skimmed so far (and of those inside them), by the offset of their opening bracket. */
  const ends = new Map<number, number>();
  /**
   * Where the object or array opening at `start` ends. Its text is skimmed from quote to bracket, strings
   * skipped whole, and the end of every container inside it is kept on the way: no text is skimmed twice.
   * Only what stands before a path's next step (or what a finding covers) is skimmed: a map of every
   * container of the file, made for each file with a finding, was most of the allocation of placing them.
   */
  const containerEnd = (start: number): number => {
    const known = ends.get(start);
    if (known !== undefined) return known;
    const open: number[] = [];
    structural.lastIndex = start;
    while (structural.test(text)) {
      const i = structural.lastIndex - 1;
      const c = text.charCodeAt(i);
      if (c === QUOTE) structural.lastIndex = stringEnd(i);
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        const skimmed = ends.get(i);
        if (skimmed === undefined) open.push(i);
        else structural.lastIndex = skimmed;
      } else {
        ends.set(open.pop() as number, i + 1);
        if (open.length === 0) break;
      }
    }
    return ends.get(start) ?? text.length;
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

  /**
   * The members of an object or the items of an array read so far, and where reading goes on (-1 once the
   * container is read to its end): a member is read only when a path needs it or one after it, and never
   * twice (a file's findings often share their first steps).
   */
  interface Progress<T> {
    read: T[];
    next: number;
  }
  const objects = new Map<number, Progress<Member>>();
  const arrays = new Map<number, Progress<number>>();

  const progressOf = <T>(map: Map<number, Progress<T>>, start: number, close: number): Progress<T> => {
    let progress = map.get(start);
    if (progress === undefined) {
      const first = skipSpace(start + 1);
      progress = { read: [], next: text.charCodeAt(first) === close ? -1 : first };
      map.set(start, progress);
    }
    return progress;
  };

  /** After the value that ends at `end`: the next member or item, or -1 at the container's end. */
  const after = (end: number): number => {
    const i = skipSpace(end);
    return text.charCodeAt(i) === COMMA ? skipSpace(i + 1) : -1;
  };

  /** The member of the object at `start` whose key is `name`, reading members up to it. */
  const memberOf = (start: number, name: string): Member | undefined => {
    const progress = progressOf(objects, start, CLOSE_BRACE);
    // JSON.parse accepted the text and found no duplicate key: the first match is the only one.
    for (const m of progress.read) if (keyIs(m, name)) return m;
    while (progress.next !== -1) {
      const key = progress.next;
      const keyEnd = stringEnd(key);
      const value = skipSpace(skipSpace(keyEnd) + 1);
      let escaped = false;
      if (hasBackslash) {
        for (let j = key + 1; j < keyEnd - 1 && !escaped; j++) escaped = text.charCodeAt(j) === BACKSLASH;
      }
      const m = { key, keyEnd, escaped, value };
      progress.read.push(m);
      progress.next = after(valueEnd(value));
      if (keyIs(m, name)) return m;
    }
    return undefined;
  };

  /** The offset of item `index` of the array at `start`, reading items up to it. */
  const itemOf = (start: number, index: number): number | undefined => {
    const progress = progressOf(arrays, start, CLOSE_BRACKET);
    while (progress.read.length <= index && progress.next !== -1) {
      const item = progress.next;
      progress.read.push(item);
      progress.next = after(valueEnd(item));
    }
    return progress.read[index];
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
          const m = memberOf(node, String(seg));
          if (m === undefined) break;
          key = { offset: m.key, length: m.keyEnd - m.key };
          node = m.value;
        } else if (c === OPEN_BRACKET && typeof seg === 'number') {
          const at = itemOf(node, seg);
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
