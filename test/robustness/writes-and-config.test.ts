/**
 * What a run writes (only what it was asked to, whole or not at all) and how it answers a broken config.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/session/index.js';
import { cli, expectOneParagraph, GOOD, IS_ROOT, project, REAL_TEXT } from './helpers.js';

const BAD = GOOD.replace('"essential": true', '"essential": false');

/** Every file under a folder with its hash and mode, to prove a run changed nothing. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        const s = statSync(p);
        out.set(p, `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${s.mode} ${s.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out;
}

describe('writes', () => {
  it('lint runs never modify their inputs, in any format, and write nothing unasked', async () => {
    const dir = project({
      'task-definition.json': REAL_TEXT,
      'bad/task-definition.json': BAD,
      'broken/ecs-task-def.json': '{"family": ',
      'crlf/task-definition.json': BAD.replaceAll('\n', '\r\n'),
      '.ecslintrc.json': '{"rules": {"require-health-check": "off"}}',
    });
    const before = snapshot(dir);
    for (const format of ['stylish', 'compact', 'json', 'sarif', 'github', 'junit', 'markdown']) {
      const { code } = await cli(dir, ['--format', format, '.']);
      expect([0, 1]).toContain(code);
    }
    await cli(dir, ['-', '--stdin-filename', 'task-definition.json'], BAD);
    await cli(dir, ['--print-config', 'task-definition.json']);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a report file is written whole through a temp file and a rename; nothing is left behind', async () => {
    const dir = project({ 'task-definition.json': BAD });
    const { code } = await cli(dir, ['--format', 'json', '-o', 'report.json', '-o', 'sarif=out/../report.sarif', '.']);
    expect(code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).results).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a failed write leaves neither a half report nor a temp file, and is exit 2 naming the path', async () => {
    const dir = project({ 'task-definition.json': BAD });
    // A folder where the report should go: the rename fails after the temp file was written.
    mkdirSync(join(dir, 'report.json'));
    writeFileSync(join(dir, 'report.json', 'keep'), 'x');
    const { code, stderr } = await cli(dir, ['--format', 'json', '-o', 'report.json', '.']);
    expect(code).toBe(2);
    expect(stderr).toContain(join(dir, 'report.json'));
    expectOneParagraph(stderr);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    // A folder that does not exist is created (issue #18: -o makes missing folders), inside the folder linted.
    const missing = await cli(dir, ['-o', 'no/such/dir/report.txt', '.']);
    expect(missing.code).toBe(1);
    expect(existsSync(join(dir, 'no/such/dir/report.txt'))).toBe(true);
  });

  it.skipIf(IS_ROOT)('a read-only folder: exit 2, no file, no temp file (skipped as root)', async () => {
    const dir = project({ 'task-definition.json': BAD });
    mkdirSync(join(dir, 'ro'));
    chmodSync(join(dir, 'ro'), 0o555);
    try {
      const { code } = await cli(dir, ['-o', 'ro/report.txt', '.']);
      expect(code).toBe(2);
      expect(readdirSync(join(dir, 'ro'))).toEqual([]);
    } finally {
      chmodSync(join(dir, 'ro'), 0o755);
    }
  });

  it('the final file is the old one or the new one, never a mix (writeAtomic over an existing report)', () => {
    const dir = project();
    const path = join(dir, 'report.txt');
    writeFileSync(path, 'old report\n');
    const big = `${'x'.repeat(8 * 1024 * 1024)}\nend\n`;
    writeAtomic(path, big);
    expect(readFileSync(path, 'utf8')).toBe(big);
    expect(readdirSync(dir)).toEqual(['.git', 'report.txt']);
    // A failed write keeps the old file as it was.
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'x'), '');
    expect(() => writeAtomic(join(dir, 'sub'), 'new')).toThrow(/cannot write/);
    expect(readdirSync(dir).sort()).toEqual(['.git', 'report.txt', 'sub']);
    expect(readFileSync(path, 'utf8')).toBe(big);
  });
});

describe('config', () => {
  const cases: [string, string, string, RegExp][] = [
    ['malformed JSON', '.ecslintrc.json', '{"rules": {', /is not valid JSON \(line 1\)/],
    ['binary', '.ecslintrc.json', '\0\x01\x02', /is not valid JSON/],
    ['malformed YAML', '.ecslintrc.yaml', 'rules: [\n', /is not valid YAML/],
    ['a list', '.ecslintrc.json', '[1, 2]', /the top level must be an object/],
    ['an unknown key', '.ecslintrc.json', '{"rulez": {}}', /unknown key "rulez".*did you mean "rules"/],
    ['a wrong type', '.ecslintrc.json', '{"rules": 5}', /"rules" must be an object; got 5/],
    ['a wrong level', '.ecslintrc.json', '{"rules": {"schema": "fatal"}}', /"rules\.schema"/],
    ['an unknown rule', '.ecslintrc.json', '{"rules": {"no-such-rule": "error"}}', /unknown rule "no-such-rule"/],
    [
      'bad rule options',
      '.ecslintrc.json',
      '{"rules": {"schema": ["error", {"allowNul": true}]}}',
      /invalid options for rule "schema"/,
    ],
    [
      'extends (itself)',
      '.ecslintrc.json',
      '{"extends": "./.ecslintrc.json"}',
      /unknown key "extends": ecslint configs do not extend/,
    ],
    ['extends (YAML)', '.ecslintrc.yaml', 'extends: other.yaml\n', /unknown key "extends"/],
    [
      '__proto__ at the top',
      '.ecslintrc.json',
      '{"__proto__": {"preset": "strict"}}',
      /key "__proto__" is not allowed/,
    ],
    [
      '__proto__ in rules',
      '.ecslintrc.json',
      '{"rules": {"__proto__": "off"}}',
      /key "rules\.__proto__" is not allowed/,
    ],
    [
      '__proto__ in options',
      '.ecslintrc.json',
      '{"rules": {"schema": ["error", {"__proto__": {"allowNull": true}}]}}',
      /key "rules\.schema\[1\]\.__proto__" is not allowed/,
    ],
    [
      '__proto__ in an override',
      '.ecslintrc.json',
      '{"overrides": [{"files": "*.json", "__proto__": {"rules": {"schema": "off"}}}]}',
      /key "overrides\[0\]\.__proto__" is not allowed/,
    ],
    ['__proto__ in YAML', '.ecslintrc.yaml', 'rules:\n  __proto__: off\n', /key "rules\.__proto__" is not allowed/],
    ['nesting 100,000 deep', '.ecslintrc.json', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, /ecslintrc\.json/],
    ['a folder', '.ecslintrc.json/', '', /is a directory/],
  ];

  it.each(cases)('%s is exit 2 with one paragraph naming the file and the key', async (_, name, text, message) => {
    const before = JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort());
    const dir = project({ 'task-definition.json': BAD });
    if (name.endsWith('/')) mkdirSync(join(dir, name));
    else writeFileSync(join(dir, name), text);
    const { code, stdout, stderr } = await cli(dir, ['task-definition.json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain(join(dir, name.replace(/\/$/, '')));
    expectOneParagraph(stderr);
    expect(JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort())).toBe(before);
    expect(({} as Record<string, unknown>).preset).toBeUndefined();
  });

  it('--config naming a missing file, and a bad --rule, are exit 2 naming them', async () => {
    const dir = project({ 'task-definition.json': BAD });
    const missing = await cli(dir, ['--config', 'nope.json', 'task-definition.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
    const rule = await cli(dir, ['--rule', '__proto__=off', 'task-definition.json']);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('__proto__');
    expectOneParagraph(rule.stderr);
  });
});
