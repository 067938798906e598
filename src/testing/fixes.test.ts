/**
 * Fix fixtures: an invalid fixture with a sibling `<case>.fixed.txt` holds, byte for byte, what `--fix` makes
 * of it with only its rule on (pass after pass, as the CLI runs it). The fixed text is linted again: it parses,
 * the rule's fixable findings are gone, and no finding appears that the input did not have.
 * `UPDATE_FIXTURES=1` writes the `.fixed.txt` files; review them like code.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../engine/lint.js';
import { fixUntilStable } from '../fix/loop.js';
import type { Diagnostic } from '../types.js';
import { type FixtureCase, fixtureCases, lintFixture, UPDATE } from './fixtures.js';

const fixedPath = (c: FixtureCase): string => c.path.replace(/\.json$/, '.fixed.txt');

/** The fixture's text linted as the fixture runner lints it (only its rule, plus the pseudo-rules). */
function linter(c: FixtureCase): (text: string) => Diagnostic[] {
  const { settings, rules } = lintFixture(c, { settingsOnly: true });
  return (text) => lintText(text, { file: c.name, rules, settings, explicit: true }).diagnostics;
}

const key = (d: Diagnostic): string => `${d.ruleId}\0${d.message.replace(/^\d+ /, '')}`;

// A folder case (a service beside its task definition) is several files; its fixes are tested in test/services.
const cases = fixtureCases().filter((c) => !c.valid && c.path.endsWith('.json') && existsSync(fixedPath(c)));

describe('fix fixtures', () => {
  it('cover the rules that have fixes', () => {
    expect(cases.map((c) => c.ruleId)).toEqual(expect.arrayContaining(['schema', 'valid-port-mappings', 'valid-tags']));
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: --fix gives the .fixed.txt, byte for byte', async (_, c) => {
    const lint = linter(c);
    const input = readFileSync(c.path, 'utf8');
    const fixed = await fixUntilStable(input, lint);
    if (UPDATE) writeFileSync(fixedPath(c), fixed.text);
    expect(fixed.text).toBe(readFileSync(fixedPath(c), 'utf8'));
    expect(fixed.applied.length).toBeGreaterThan(0);
    const before = lint(input);
    const after = lint(fixed.text);
    // Still JSON, nothing left to fix, and no finding the input did not have.
    expect(after.filter((d) => d.ruleId === 'json-syntax')).toEqual([]);
    expect(after.filter((d) => d.fix)).toEqual([]);
    const had = new Set(before.map(key));
    expect(after.filter((d) => !had.has(key(d))).map((d) => d.message)).toEqual([]);
    expect(after.length).toBeLessThan(before.length);
  });
});

describe('suggestions', () => {
  it('offer the nearest valid Fargate pairs, and never a fix', () => {
    const c = fixtureCases().find(
      (f) => f.name === 'valid-fargate-task-size/invalid/memory-too-small-for-cpu.json',
    ) as FixtureCase;
    const pair = lintFixture(c).diagnostics.find((d) => d.message.includes('allows memory'));
    expect(pair?.fix).toBeUndefined();
    expect(pair?.suggestions?.map((s) => [s.message, s.edits.map((e) => e.text)])).toEqual([
      ['set "memory" to "2048" (the nearest that cpu 1024 allows)', ['"2048"']],
      ['set "cpu" to "256" (the smallest that allows 1024 MiB)', ['"256"']],
    ]);
  });
});

describe('--fix is idempotent', () => {
  const schema = fixtureCases().find((c) => c.name === 'schema/invalid/console-export.json') as FixtureCase;
  const all = { rules: builtinRules, settings: lintFixture(schema, { settingsOnly: true }).settings };
  const lintAll = (text: string) => lintText(text, { file: 'task.json', ...all, explicit: true }).diagnostics;

  /** Console-export-like task definitions: nulls, describe-output members, quoted numbers, near-miss keys. */
  const member = fc.oneof(
    fc.constantFrom(
      ['links', null],
      ['hostname', null],
      ['Essential', true],
      ['memoryReservaton', 128],
      ['cpu', '256'],
      ['stopTimeout', '30'],
      ['entryPoint', null],
    ),
  );
  const task = fc.record({
    members: fc.uniqueArray(member, { selector: (m) => m[0], maxLength: 6 }),
    output: fc.subarray(['revision', 'status', 'registeredAt']),
    crlf: fc.boolean(),
    indent: fc.constantFrom('  ', '    ', '\t'),
    inline: fc.boolean(),
  });

  it('a second --fix changes nothing, and the first leaves the text parsing', async () => {
    await fc.assert(
      fc.asyncProperty(task, async (t) => {
        const container: Record<string, unknown> = { name: 'api', image: 'nginx:1.27', memory: 256 };
        for (const [k, v] of t.members) container[k as string] = v;
        const doc: Record<string, unknown> = { family: 'api', containerDefinitions: [container] };
        for (const k of t.output) doc[k] = k === 'revision' ? 3 : 'x';
        let text = t.inline ? JSON.stringify(doc) : JSON.stringify(doc, null, t.indent);
        if (t.crlf) text = text.replaceAll('\n', '\r\n');
        text += t.crlf ? '\r\n' : '\n';
        const once = await fixUntilStable(text, lintAll);
        const twice = await fixUntilStable(once.text, lintAll);
        expect(twice.text).toBe(once.text);
        expect(twice.applied).toEqual([]);
        expect(() => JSON.parse(once.text)).not.toThrow();
        // Line ends and the final newline survive.
        expect(once.text.endsWith(t.crlf ? '\r\n' : '\n')).toBe(true);
        if (t.crlf) expect(once.text.replaceAll('\r\n', '')).not.toContain('\n');
        expect(lintAll(once.text).filter((d) => d.fix)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
