import { describe, expect, it } from 'vitest';
import type { Diagnostic, Fix } from '../types.js';
import { fixUntilStable, MAX_FIX_PASSES } from './loop.js';

const at = (line: number, column: number) => ({ line, column });
const finding = (ruleId: string, fix?: Fix): Diagnostic => ({
  ruleId,
  severity: 'error',
  message: 'm',
  pointer: '',
  range: { start: at(1, 1), end: at(1, 2) },
  docsUrl: '',
  fingerprint: '',
  ...(fix ? { fix } : {}),
});
const insertAtStart = (text: string): Fix => ({
  message: `insert ${text}`,
  edits: [{ range: { start: at(1, 1), end: at(1, 1) }, text }],
});

describe('fixUntilStable', () => {
  it('lints again after each pass until no fix is left', () => {
    // Each pass fixes one letter; the next lint finds the next one.
    const lint = (text: string) => (text.length < 3 ? [finding('r', insertAtStart('x'))] : []);
    expect(fixUntilStable('', lint)).toMatchObject({ text: 'xxx', passes: 3 });
  });

  it('stops after the last pass even when a fix keeps bringing its finding back', () => {
    const result = fixUntilStable('', () => [finding('r', insertAtStart('x'))]);
    expect(result.passes).toBe(MAX_FIX_PASSES);
    expect(result.text).toBe('x'.repeat(MAX_FIX_PASSES));
  });

  it('never touches a text with a syntax error', () => {
    const lint = () => [finding('json-syntax'), finding('r', insertAtStart('x'))];
    expect(fixUntilStable('{', lint)).toEqual({ text: '{', applied: [], passes: 0 });
  });
});
