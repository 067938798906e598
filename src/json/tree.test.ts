import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { type Node, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse.js';
import { strictTree } from './tree.js';

/** A node without parent links (compared separately), in a form toEqual can compare. */
function plain(node: Node): unknown {
  const out: Record<string, unknown> = { type: node.type, offset: node.offset, length: node.length };
  if ('value' in node) out.value = node.value;
  if (node.colonOffset !== undefined) out.colonOffset = node.colonOffset;
  if (node.children) out.children = node.children.map(plain);
  return out;
}

function parentsLinked(node: Node): boolean {
  return (node.children ?? []).every((child) => child.parent === node && parentsLinked(child));
}

function expectSameTree(text: string): void {
  const expected = parseTree(text, [], { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (!expected) throw new Error('no tree');
  const actual = strictTree(text);
  expect(plain(actual)).toEqual(plain(expected));
  expect(Object.hasOwn(actual, 'parent')).toBe(Object.hasOwn(expected, 'parent'));
  expect(parentsLinked(actual)).toBe(true);
}

function* jsonFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsonFiles(path);
    else if (entry.name.endsWith('.json')) yield path;
  }
}

describe('strictTree', () => {
  it('gives what parseTree gives for every fixture JSON.parse accepts', () => {
    let checked = 0;
    for (const file of jsonFiles(join(import.meta.dirname, '../../fixtures'))) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      try {
        JSON.parse(text);
      } catch {
        continue;
      }
      expectSameTree(text);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('gives what parseTree gives for any JSON value, however it is spaced', () => {
    const spacing = fc.constantFrom(undefined, 0, 1, 2, 4, '\t', ' \r\n');
    fc.assert(
      fc.property(fc.jsonValue(), spacing, (value, space) => {
        expectSameTree(JSON.stringify(value, null, space as string | number | undefined));
      }),
      { numRuns: 500 },
    );
  });

  it('handles escapes, unicode, numbers and literals', () => {
    expectSameTree(
      ' {"a\\"b": "c\\\\", "\\u00e9": ["\\ud83d\\ude00", -1.5e-3, 0, true, false, null, {}, []], "": {"x": [[]]}} ',
    );
  });
});

describe('parseDocument fast path', () => {
  it('gives the same document as the full parse', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2);
        const doc = parseDocument(text);
        expect(doc.fatal).toBe(false);
        expect(doc.issues).toEqual([]);
        expect(doc.value).toEqual(JSON.parse(text));
        if (doc.root) expect(plain(doc.root)).toEqual(plain(parseTree(text) as Node));
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
