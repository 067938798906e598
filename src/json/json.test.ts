import fc from 'fast-check';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { LineTable } from './lines.js';
import { locate } from './locate.js';
import { parseDocument } from './parse.js';
import { fromPointer, toPointer } from './pointer.js';

describe('LineTable', () => {
  it('counts LF, CRLF and lone CR as line ends, with 1-based UTF-16 columns', () => {
    const t = new LineTable('a\nbc\r\nd\re😀f');
    expect(t.position(0)).toEqual({ line: 1, column: 1 });
    expect(t.position(2)).toEqual({ line: 2, column: 1 });
    expect(t.position(3)).toEqual({ line: 2, column: 2 });
    expect(t.position(6)).toEqual({ line: 3, column: 1 });
    expect(t.position(8)).toEqual({ line: 4, column: 1 });
    // The emoji is two UTF-16 code units: "f" is at column 4.
    expect(t.position(11)).toEqual({ line: 4, column: 4 });
    expect(t.lineText(2)).toBe('bc');
    expect(t.lineText(4)).toBe('e😀f');
    expect(t.lineCount).toBe(4);
  });

  it('places an offset between the CR and LF of a CRLF at the end of its line', () => {
    const t = new LineTable('"ab\\\r\n}');
    // Offset 5 is after the CR: the end of line 1 ("ab\ is 4 characters), not a fifth column of it.
    expect(t.position(5)).toEqual({ line: 1, column: 5 });
    expect(t.position(4)).toEqual({ line: 1, column: 5 });
    expect(t.position(6)).toEqual({ line: 2, column: 1 });
  });

  it('reports an unterminated string that ends in a CRLF inside its line', () => {
    const doc = parseDocument('{\r\n"a\\\r\n}');
    const issue = doc.issues[0];
    expect(issue?.messageId).toBe('unterminated-string');
    const range = doc.lines.range(issue?.offset ?? 0, issue?.length ?? 0);
    expect(range.end.line).toBe(2);
    expect(range.end.column).toBeLessThanOrEqual(doc.lines.lineText(2).length + 1);
  });

  it('clamps offsets past the end', () => {
    const t = new LineTable('ab');
    expect(t.position(99)).toEqual({ line: 1, column: 3 });
  });
});

describe('pointer', () => {
  it('round-trips RFC 6901 escapes and array indexes', () => {
    const path = ['dockerLabels', 'a/b~c', 0];
    expect(toPointer(path)).toBe('/dockerLabels/a~1b~0c/0');
    expect(fromPointer('/dockerLabels/a~1b~0c/0')).toEqual(path);
    expect(fromPointer('')).toEqual([]);
  });
});

describe('parseDocument', () => {
  it('keeps the last duplicate value, as JSON.parse does, and reports the later key', () => {
    const doc = parseDocument('{"a": 1, "a": 2}');
    expect(doc.value).toEqual({ a: 2 });
    expect(doc.issues).toMatchObject([{ messageId: 'duplicate-key', offset: 9, length: 3, related: [{ offset: 1 }] }]);
    expect(doc.fatal).toBe(false);
  });

  it('makes __proto__ an own property and never touches Object.prototype', () => {
    const doc = parseDocument('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}');
    expect(Object.hasOwn(doc.value as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(doc.value)).toBe(Object.prototype);
  });

  it('reports comments and trailing commas unless allowed, without making the file fatal', () => {
    const text = '{\n  // c\n  "a": [1,],\n}';
    const strict = parseDocument(text);
    expect(strict.issues.map((i) => i.messageId)).toEqual(['comment', 'trailing-comma', 'trailing-comma']);
    expect(strict.fatal).toBe(false);
    expect(strict.value).toEqual({ a: [1] });
    expect(parseDocument(text, { allowComments: true }).issues).toEqual([]);
  });

  it('strips a byte-order mark so columns match the editor, and reports it', () => {
    const doc = parseDocument('\uFEFF{"a": 1}');
    expect(doc.text).toBe('{"a": 1}');
    expect(doc.issues.map((i) => i.messageId)).toEqual(['bom']);
  });

  it('reports an empty file as fatal', () => {
    expect(parseDocument(' \n ')).toMatchObject({ fatal: true, issues: [{ messageId: 'empty' }] });
  });

  it('reports deep nesting instead of overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const doc = parseDocument(deep);
    expect(doc.fatal).toBe(true);
    expect(doc.issues).toMatchObject([{ messageId: 'too-deep', offset: 1000 }]);
  });

  it('names an unquoted template placeholder', () => {
    const doc = parseDocument('{"memory": ${MEMORY}}');
    expect(doc.fatal).toBe(true);
    expect(doc.issues[0]).toMatchObject({ message: 'unquoted template placeholder ${MEMORY}', offset: 11, length: 9 });
  });

  it("makes one finding of a template's unquoted placeholders, the others related", () => {
    const text = '{"cpu": $CPU, "memory": ${MEMORY}, "x": [$CPU, <PORT>]}';
    const doc = parseDocument(text);
    expect(doc.issues).toHaveLength(1);
    expect(doc.issues[0]).toMatchObject({
      message:
        '4 unquoted template placeholders ($CPU, ${MEMORY}, <PORT>): the file is not JSON until they are rendered',
      offset: 8,
      length: 4,
    });
    expect(doc.issues[0]?.related?.map((r) => text.slice(r.offset, r.offset + r.length))).toEqual([
      '${MEMORY}',
      '$CPU',
      '<PORT>',
    ]);
  });
});

describe('locate', () => {
  const text = '{\n  "a": {"b": [10, 20]},\n  "a": {"b": [30]}\n}';
  const root = parseTree(text);
  if (!root) throw new Error('no tree');

  it('resolves duplicate keys to the last occurrence', () => {
    const loc = locate(root, ['a', 'b', 0]);
    expect(text.slice(loc.offset, loc.offset + loc.length)).toBe('30');
    expect(loc.exact).toBe(true);
  });

  it('underlines the key, the value or the whole property', () => {
    const key = locate(root, ['a', 'b'], 'key');
    expect(text.slice(key.offset, key.offset + key.length)).toBe('"b"');
    const prop = locate(root, ['a', 'b'], 'property');
    expect(text.slice(prop.offset, prop.offset + prop.length)).toBe('"b": [30]');
  });

  it('falls back to the closest ancestor key for a missing path', () => {
    const loc = locate(root, ['a', 'missing', 'deeper']);
    expect(loc.exact).toBe(false);
    expect(text.slice(loc.offset, loc.offset + loc.length)).toBe('"a"');
    const top = locate(root, ['nothing']);
    expect(top).toEqual({ offset: 0, length: 1, exact: false });
  });
});

describe('parseDocument fast path', () => {
  it("gives JSON.parse's value and no issue for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2);
        const doc = parseDocument(text);
        expect(doc.fatal).toBe(false);
        expect(doc.issues).toEqual([]);
        expect(doc.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('still reports duplicate keys and deep nesting that JSON.parse lets through', () => {
    expect(parseDocument('{"a": {"b": 1, "b": 2}}').issues).toMatchObject([{ messageId: 'duplicate-key' }]);
    expect(parseDocument('{"a\\u0062": 1, "ab": 2}').issues).toMatchObject([{ messageId: 'duplicate-key' }]);
    expect(parseDocument(`${'['.repeat(1001)}${']'.repeat(1001)}`).issues).toMatchObject([{ messageId: 'too-deep' }]);
    expect(parseDocument(`${'['.repeat(1000)}${']'.repeat(1000)}`).issues).toEqual([]);
  });
});
