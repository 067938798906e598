import fc from 'fast-check';
import { expect, it } from 'vitest';
import { oneLine } from '../text.js';
import { interpolate } from './interpolate.js';

/** The definition: each well-formed placeholder with a value replaced, long values cut at 120 characters. */
const reference = (template: string, data: Record<string, string | number | boolean> = {}) =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    if (!Object.hasOwn(data, name)) return whole;
    const text = String(data[name]);
    return text.length > 120 ? `${text.slice(0, 119)}…` : text;
  });
it('fills placeholders exactly as the regular-expression definition does', () => {
  const piece = fc.oneof(
    fc.string(),
    fc.constantFrom('{{a}}', '{{ b }}', '{{c', '}}', '{{', '{{ a}}', '{{__proto__}}', '{{toString}}'),
  );
  fc.assert(
    fc.property(
      fc.array(piece).map((p) => p.join('')),
      fc.dictionary(
        fc.constantFrom('a', 'b', 'c', 'toString'),
        fc.oneof(fc.string({ maxLength: 200 }), fc.integer(), fc.boolean()),
      ),
      (t, d) => {
        expect(interpolate(t, d)).toBe(reference(t, d));
      },
    ),
    { numRuns: 5000 },
  );
});

it('names values, keeps unknown placeholders and shortens long values', () => {
  expect(interpolate('container {{ name }}: {{missing}}', { name: 'web' })).toBe('container web: {{missing}}');
  expect(interpolate('{{v}}', { v: 'x'.repeat(200) })).toBe(`${'x'.repeat(119)}…`);
  expect(interpolate('no placeholders')).toBe('no placeholders');
});

it('writes line breaks and control characters as escapes, leaving other text alone', () => {
  expect(oneLine('x\r\n::error::pwn')).toBe('x\\r\\n::error::pwn');
  expect(oneLine('a\tb\u001b[31mc\u2028d\u0085e')).toBe('a\\tb\\u001b[31mc\\u2028d\\u0085e');
  expect(oneLine('plain "text" – ünïcode 😀')).toBe('plain "text" – ünïcode 😀');
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(oneLine(s)).not.toMatch(/[\n\r\u0085\u2028\u2029]/);
    }),
  );
});
