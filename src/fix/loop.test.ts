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
  it('lints again after each pass until no fix is left', async () => {
    // Each pass fixes one letter; the next lint finds the next one.
    const lint = (text: string) => (text.length < 3 ? [finding('r', insertAtStart('x'))] : []);
    expect(await fixUntilStable('', lint)).toMatchObject({ text: 'xxx', passes: 3 });
  });

  it('stops after the last pass even when a fix keeps bringing its finding back', async () => {
    const result = await fixUntilStable('', () => [finding('r', insertAtStart('x'))]);
    expect(result.passes).toBe(MAX_FIX_PASSES);
    expect(result.text).toBe('x'.repeat(MAX_FIX_PASSES));
  });

  it('never touches a text with a syntax error', async () => {
    const lint = () => [finding('json-syntax'), finding('r', insertAtStart('x'))];
    expect(await fixUntilStable('{', lint)).toEqual({ text: '{', applied: [], passes: 0 });
  });

  it('stops where it is when the text cannot be linted (an async lint, as the language server has)', async () => {
    let calls = 0;
    const lint = async (text: string) =>
      ++calls > 2 ? undefined : text.length < 5 ? [finding('r', insertAtStart('x'))] : [];
    expect(await fixUntilStable('', lint)).toMatchObject({ text: 'xx', passes: 2 });
  });
});
