import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../api.js';
import type { Diagnostic } from '../types.js';
import { applyFixes } from './apply.js';
import { reviewFix, suggestLines } from './suggest.js';

const TYPOS = 'fixtures/schema/invalid/typos-and-types.json';
const CONSOLE = 'fixtures/schema/invalid/console-export.json';

async function findings(text: string, file: string): Promise<{ diagnostics: Diagnostic[]; source: string }> {
  return lintText(text, file, { config: false });
}

const byMessage = (diagnostics: Diagnostic[], part: string): Diagnostic => {
  const d = diagnostics.find((x) => x.message.includes(part));
  if (!d) throw new Error(`no finding with "${part}"`);
  return d;
};

describe('suggestLines', () => {
  it('gives the one line a fix changes, as the fix leaves it', async () => {
    const text = readFileSync(TYPOS, 'utf8');
    const r = await findings(text, TYPOS);
    expect(suggestLines(text, byMessage(r.diagnostics, '"memoryReservaton"'), { masked: r.source })).toEqual({
      startLine: 11,
      endLine: 11,
      lines: ['      "memoryReservation": 256,'],
      message: 'rename "memoryReservaton" to "memoryReservation"',
      safe: true,
    });
    expect(suggestLines(text, byMessage(r.diagnostics, '"cpu" must be a string'))?.lines).toEqual(['  "cpu": "256",']);
  });

  it('a removal of whole lines is an empty replacement of those lines', async () => {
    const text = readFileSync(CONSOLE, 'utf8');
    const r = await findings(text, CONSOLE);
    const s = suggestLines(text, byMessage(r.diagnostics, 'output of describe-task-definition'));
    expect(s).toMatchObject({ startLine: 6, endLine: 7, lines: [] });
    // The lines it removes are the ones --fix removes.
    const lines = text.split('\n');
    expect(lines.slice(5, 7)).toEqual(['  "revision": 3,', '  "status": "ACTIVE",']);
  });

  it('a fix on lines far apart spans the lines between, unchanged, up to maxLines', async () => {
    const text = readFileSync(CONSOLE, 'utf8');
    const r = await findings(text, CONSOLE);
    const nulls = byMessage(r.diagnostics, 'members are null');
    const s = suggestLines(text, nulls);
    expect(s?.startLine).toBe(3);
    expect(s?.endLine).toBe(13);
    const original = text.split('\n').slice(2, 13);
    // Lines 3 and 13 (the null members) are gone, the nine between them are kept as they were.
    expect(s?.lines).toEqual(original.slice(1, -1));
    expect(suggestLines(text, nulls, { maxLines: 10 })).toBeUndefined();
  });

  it('takes the next line in when the change joins lines, so the replacement ends where the lines did', () => {
    const text = '{\n  "family": "web",\n  "links": null\n}\n';
    // Removing the last member takes the comma on the line before: lines 2 and 3 become one.
    const d = {
      fix: {
        message: 'remove "links"',
        edits: [{ range: { start: { line: 2, column: 18 }, end: { line: 3, column: 16 } }, text: '' }],
      },
    } as unknown as Diagnostic;
    expect(suggestLines(text, d)).toMatchObject({ startLine: 2, endLine: 3, lines: ['  "family": "web"'] });
  });

  it('uses the first suggestion when there is no safe fix, and says it is not one', () => {
    const text = '{\n  "cpu": "300"\n}\n';
    const edit = (v: string) => ({
      message: `write ${v}`,
      edits: [{ range: { start: { line: 2, column: 10 }, end: { line: 2, column: 15 } }, text: v }],
    });
    const d = { suggestions: [edit('"256"'), edit('"512"')] } as unknown as Diagnostic;
    expect(suggestLines(text, d)).toEqual({
      startLine: 2,
      endLine: 2,
      lines: ['  "cpu": "256"'],
      message: 'write "256"',
      safe: false,
    });
    expect(suggestLines(text, {} as Diagnostic)).toBeUndefined();
  });

  it('makes none for a line that holds a secret value, or for CRLF text', async () => {
    const text = [
      '{',
      '  "family": "api",',
      '  "containerDefinitions": [',
      '    {',
      '      "name": "api",',
      '      "image": "nginx:1.27",',
      '      "environment": [{ "name": "DB_PASSWORD", "value": "hunter2" }], "hostname": null',
      '    }',
      '  ]',
      '}',
      '',
    ].join('\n');
    const r = await findings(text, 'task-definition.json');
    const d = r.diagnostics.find((x) => x.fix && x.range.start.line === 7);
    expect(d?.fix).toBeDefined();
    // Without the masked text the line would be suggested, secret and all; with it, not.
    expect(suggestLines(text, d as Diagnostic)?.lines[0]).toContain('hunter2');
    expect(r.source).not.toContain('hunter2');
    expect(suggestLines(text, d as Diagnostic, { masked: r.source })).toBeUndefined();

    const crlf = readFileSync(TYPOS, 'utf8').replaceAll('\n', '\r\n');
    const rc = await findings(crlf, TYPOS);
    expect(suggestLines(crlf, byMessage(rc.diagnostics, '"memoryReservaton"'))).toBeUndefined();
  });
});

describe('suggestLines on the real-world corpus', () => {
  it('replacing the lines with the suggestion gives what applying the fix gives, for every fix offered', async () => {
    const dir = 'fixtures/_corpus/real-world';
    let offered = 0;
    let multiLine = 0;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      const r = await findings(text, name);
      for (const d of r.diagnostics) {
        const chosen = reviewFix(d);
        const s = suggestLines(text, d, { masked: r.source });
        if (!chosen || !s) continue;
        offered++;
        if (s.endLine > s.startLine) multiLine++;
        const lines = text.split('\n');
        lines.splice(s.startLine - 1, s.endLine - s.startLine + 1, ...s.lines);
        expect(lines.join('\n'), `${name}: ${d.message}`).toBe(applyFixes(text, [chosen.fix]).text);
      }
    }
    // When written: 48 findings in the corpus had a fix, a suggestion was offered for 18 of them, 13 over several
    // lines (the others span more than 20 lines, a line with a masked value, or a CRLF file).
    expect(offered).toBeGreaterThanOrEqual(10);
    expect(multiLine).toBeGreaterThanOrEqual(5);
  });
});
