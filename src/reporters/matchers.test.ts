import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../frontends/cli/main.js';
import { ROOT } from '../testing/fixtures.js';
import type { LintResult, Severity } from '../types.js';
import { compact } from './compact.js';

/**
 * The problem matchers we ship (the VS Code extension's `$ecslint` and the GitHub Actions matcher file)
 * applied, with their exact regular expressions, to the CLI's compact output: every finding must come
 * back with its file, line, column, severity, message and rule id. Both hosts run these as JavaScript
 * (ECMAScript) regular expressions.
 */
interface Pattern {
  regexp: string;
  file: number;
  line: number;
  column: number;
  severity?: number;
  message: number;
  code: number;
}
interface Matcher {
  owner: string;
  severity?: string;
  pattern: Pattern | Pattern[];
}
interface Match {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code: string;
}

const vscode: Matcher = JSON.parse(readFileSync(join(ROOT, 'editors', 'vscode', 'package.json'), 'utf8')).contributes
  .problemMatchers[0];
const githubMatchers: Matcher[] = JSON.parse(
  readFileSync(join(ROOT, '.github', 'ecslint-matcher.json'), 'utf8'),
).problemMatcher;

const first = (p: Pattern | Pattern[]): Pattern => (Array.isArray(p) ? (p[0] as Pattern) : p);

function apply(m: Matcher, line: string): Match | undefined {
  const p = first(m.pattern);
  const g = new RegExp(p.regexp).exec(line);
  if (!g) return undefined;
  return {
    file: g[p.file] ?? '',
    line: Number(g[p.line]),
    column: Number(g[p.column]),
    severity: (p.severity === undefined ? undefined : g[p.severity]) ?? m.severity ?? 'error',
    message: g[p.message] ?? '',
    code: g[p.code] ?? '',
  };
}

/** VS Code's Severity.fromValue as problem matchers use it: note and hint are info; unknown → default. */
function vscodeSeverity(word: string): string {
  const w = word.toLowerCase();
  if (w === 'error' || w === 'e') return 'error';
  if (w === 'warning' || w === 'warn' || w === 'w') return 'warning';
  if (w === 'info' || w === 'i' || w === 'note' || w === 'hint') return 'info';
  return vscode.severity ?? 'error';
}
const VSCODE: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'info' };
const GITHUB: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** The GitHub runner tries each registered matcher; a line matched by one is annotated once. */
function applyGithub(line: string): Match[] {
  return githubMatchers.map((m) => apply(m, line)).filter((m): m is Match => m !== undefined);
}

async function cli(args: string[]) {
  let stdout = '';
  await main(args, {
    cwd: ROOT,
    env: {},
    stdout: (t) => {
      stdout += t;
    },
    stderr: () => {},
    readStdin: async () => '',
    isTTY: false,
  });
  return stdout;
}

const TARGETS = ['fixtures/_reporters', 'fixtures/json-syntax/invalid', 'fixtures/schema/invalid', 'examples'];

describe('problem matchers on the compact format', () => {
  it('give back every finding of a real run, in VS Code and on GitHub', async () => {
    const args = ['--no-config', '--preset', 'strict', ...TARGETS];
    const lines = (await cli(['--format', 'compact', ...args])).trimEnd().split('\n');
    const json = JSON.parse(await cli(['--format', 'json', ...args]));
    const expected = json.results.flatMap((r: LintResult) =>
      r.diagnostics.map((d) => ({
        file: r.file,
        line: d.range.start.line,
        column: d.range.start.column,
        severity: d.severity,
        message: d.message,
        code: d.ruleId,
      })),
    );
    expect(expected.length).toBeGreaterThan(20);
    expect(new Set(expected.map((e: { severity: string }) => e.severity))).toEqual(
      new Set(['error', 'warning', 'note']),
    );
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, i) => {
      const want = expected[i];
      const fromVscode = apply(vscode, line);
      expect(fromVscode, line).toEqual({ ...want, severity: want.severity });
      expect(vscodeSeverity(fromVscode?.severity ?? '')).toBe(VSCODE[want.severity as Severity]);
      const fromGithub = applyGithub(line);
      expect(fromGithub, line).toEqual([{ ...want, severity: GITHUB[want.severity as Severity] }]);
    });
  });

  it('handle paths with spaces and colons, Windows drive letters and brackets in messages', () => {
    const cases: [string, string][] = [
      ['my services/web task.json', 'note'],
      ['C:\\work\\task.json', 'error'],
      ['C:\\Users\\Jane Doe\\deploy\\task-definition.json', 'warning'],
      ['/abs/path with: colon/taskdef.json', 'error'],
      ['D:/ci/x.json', 'note'],
    ];
    for (const [file, severity] of cases) {
      const diagnostic = {
        ruleId: 'no-latest-image-tag',
        severity: severity as Severity,
        message: 'container "web [blue]": image "nginx:latest" uses the "latest" tag',
        pointer: '/containerDefinitions/0/image',
        range: { start: { line: 12, column: 16 }, end: { line: 12, column: 30 } },
        docsUrl: 'https://example.com',
        fingerprint: 'x',
      };
      const line = compact([{ file, kind: 'task-definition', diagnostics: [diagnostic], source: '' }], {
        rules: [],
        version: '0',
      }).trimEnd();
      const want = { file, line: 12, column: 16, message: diagnostic.message, code: 'no-latest-image-tag' };
      expect(apply(vscode, line), line).toEqual({ ...want, severity });
      expect(applyGithub(line), line).toEqual([{ ...want, severity: GITHUB[severity as Severity] }]);
    }
  });
});
