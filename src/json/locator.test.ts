import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import type { JsonPath } from '../types.js';
import { locate, type Target } from './locate.js';
import { textLocator } from './locator.js';
import { parseDocument } from './parse.js';

const TARGETS: Target[] = ['value', 'key', 'property'];

/** Every path in a value, plus a missing member below each object and array, and past each leaf. */
function paths(value: unknown, at: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(at);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      paths(item, [...at, i], out);
    });
    out.push([...at, value.length], [...at, 'name']);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
    out.push([...at, 'no such key'], [...at, 0]);
  } else {
    out.push([...at, 'below a leaf']);
  }
  return out;
}

/** textLocator must place every path exactly where `locate` on jsonc-parser's tree does. */
function expectSameLocations(text: string): number {
  const root = parseTree(text);
  if (!root) throw new Error('no tree');
  const locator = textLocator(text);
  let checked = 0;
  for (const path of paths(JSON.parse(text))) {
    for (const target of TARGETS) {
      expect(locator.locate(path, target), `${JSON.stringify(path)} ${target}`).toEqual(locate(root, path, target));
      checked++;
    }
  }
  return checked;
}

function* jsonFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsonFiles(path);
    else if (entry.name.endsWith('.json')) yield path;
  }
}

/** Text the parser's fast path hands to textLocator: JSON.parse accepts it and no key is duplicated. */
function strictJson(text: string): boolean {
  const doc = parseDocument(text);
  return !doc.fatal && doc.issues.length === 0;
}

describe('textLocator', () => {
  it('places every path of every fixture as the syntax tree does', () => {
    let files = 0;
    for (const file of jsonFiles(join(import.meta.dirname, '../../fixtures'))) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      if (!strictJson(text)) continue;
      expectSameLocations(text);
      files++;
    }
    expect(files).toBeGreaterThan(50);
  });

  it('places every path of any JSON value, however it is spaced', () => {
    const spacing = fc.constantFrom(undefined, 0, 2, '\t', ' \r\n');
    fc.assert(
      fc.property(fc.jsonValue(), spacing, (value, space) => {
        expectSameLocations(JSON.stringify(value, null, space as string | number | undefined));
      }),
      { numRuns: 300 },
    );
  });

  it('matches keys written with escapes, and not keys that only look alike', () => {
    const text = '{"a\\u0062": 1, "c\\\\": {"d\\"": [true, null]}, "e\\\\\\"": 2}';
    expect(expectSameLocations(text)).toBeGreaterThan(20);
    expect(textLocator(text).locate(['ab'], 'key')).toEqual({ offset: 1, length: 9, exact: true });
    expect(textLocator(text).locate(['c\\', 'd"', 1], 'value')).toMatchObject({ length: 4, exact: true });
    expect(textLocator(text).locate(['c'], 'key')).toMatchObject({ exact: false });
  });
});
