import { describe, expect, it } from 'vitest';
import { findPlaceholder, hasPlaceholder, memoize, objects } from './index.js';

describe('hasPlaceholder', () => {
  it('answers as findPlaceholder does', () => {
    const values = [
      '',
      'nginx:1.25',
      '${IMAGE}',
      'app:${TAG}',
      '{{ image }}',
      '{{.Name}}',
      '<IMAGE>',
      'a < b',
      '%VAR%',
      '100%',
      '$IMAGE',
      '$1',
      'cost: $5',
      '{"a": 1}',
      `${'{'.repeat(300)}x`,
      'arn:aws:iam::123456789012:role/app',
    ];
    for (const v of values) expect(hasPlaceholder(v), v).toBe(findPlaceholder(v) !== undefined);
  });

  it('agrees on random strings', () => {
    const pieces = ['$', '{', '}', '{{', '}}', '<', '>', '%', 'A', 'a', '_', '.', ' ', '\n', '1', 'X_Y'];
    let seed = 7;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed;
    };
    for (let n = 0; n < 5000; n++) {
      let v = '';
      for (let i = next() % 12; i > 0; i--) v += pieces[next() % pieces.length];
      expect(hasPlaceholder(v), v).toBe(findPlaceholder(v) !== undefined);
    }
  });
});

describe('memoize', () => {
  it('computes each value once and keeps the most recent ones', () => {
    const calls: string[] = [];
    const upper = memoize((s: string) => {
      calls.push(s);
      return s === 'none' ? undefined : s.toUpperCase();
    }, 2);
    expect(upper('a')).toBe('A');
    expect(upper('a')).toBe('A');
    expect(upper('none')).toBeUndefined();
    expect(upper('none')).toBeUndefined();
    expect(calls).toEqual(['a', 'none']);
    upper('b'); // the oldest, "a", makes room
    upper('a');
    expect(calls).toEqual(['a', 'none', 'b', 'a']);
  });

  it('does not keep long strings', () => {
    const calls: string[] = [];
    const id = memoize((s: string) => {
      calls.push(s);
      return s.length;
    });
    const long = 'x'.repeat(10_000);
    id(long);
    id(long);
    expect(calls).toHaveLength(2);
  });
});

describe('objects', () => {
  it('lists the object items with their indexes', () => {
    const a = { n: 1 };
    const b = { n: 2 };
    expect(objects([a, null, 'x', [], b])).toEqual([
      [a, 0],
      [b, 4],
    ]);
    expect(objects(undefined)).toEqual([]);
    expect(objects({ length: 1, 0: a })).toEqual([]);
  });
});
