import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../testing/fixtures.js';
import { project, runCli } from '../../testing/harness.js';

const CONTAINER = `"name": "api",
      "image": "public.ecr.aws/nginx/nginx:1.27",
      "memory": 512,
      "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"] },
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": { "awslogs-group": "/ecs/api", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "api" }
      }`;
const GOOD = `{
  "family": "api",
  "containerDefinitions": [
    {
      ${CONTAINER},
      "essential": true
    }
  ]
}
`;
const NO_ESSENTIAL = GOOD.replace('"essential": true', '"essential": false');

const cli = (cwd: string, args: string[], stdin: string | Uint8Array = '', env: Record<string, string> = {}) =>
  runCli(cwd, args, { stdin, env });

describe('ecslint CLI', () => {
  it('exits 0 on a clean file and 1 on an error, with compact lines problem matchers can parse', async () => {
    const dir = project({ 'good.json': GOOD, 'bad.json': NO_ESSENTIAL });
    expect((await cli(dir, ['good.json'])).code).toBe(0);
    const bad = await cli(dir, ['--format', 'compact', 'bad.json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe(
      'bad.json:3:3: error: no container is essential: all 1 set "essential": false [require-essential-container]\n',
    );
  });

  it('prints the stylish format with the source line, underline, hint, docs and summary', async () => {
    const dir = project({ 'bad.json': NO_ESSENTIAL });
    const { stdout } = await cli(dir, ['bad.json']);
    expect(stdout).toContain('bad.json:3:3: error: no container is essential');
    expect(stdout).toContain('    3 |   "containerDefinitions": [\n      |   ^~~~~~~~~~~~~~~~~~~~~~\n');
    expect(stdout).toContain('   = hint: set "essential": true');
    expect(stdout).toContain(
      '   = docs: https://github.com/ecslint/ecslint/blob/main/rules/require-essential-container/README.md',
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (1 error, 0 warnings, 0 notes) in 1 file');
    expect(stdout).not.toContain('\u001b[');
    const colored = await cli(dir, ['bad.json'], '', { FORCE_COLOR: '1' });
    expect(colored.stdout).toContain('\u001b[');
    const noColor = await cli(dir, ['bad.json', '--color'], '', { NO_COLOR: '1' });
    expect(noColor.stdout).toContain('\u001b[');
  });

  it('writes the JSON contract', async () => {
    const dir = project({ 'bad.json': NO_ESSENTIAL, 'good.json': GOOD });
    const { stdout, code } = await cli(dir, ['--format', 'json', 'bad.json', 'good.json']);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({
      version: 1,
      tool: { name: 'ecslint' },
      summary: { files: 2, errors: 1, warnings: 0, notes: 0 },
    });
    expect(doc.results.map((r: { file: string; kind: string }) => [r.file, r.kind])).toEqual([
      ['bad.json', 'task-definition'],
      ['good.json', 'task-definition'],
    ]);
    const d = doc.results[0].diagnostics[0];
    expect(Object.keys(d)).toEqual([
      'ruleId',
      'severity',
      'message',
      'hint',
      'pointer',
      'range',
      'docsUrl',
      'fingerprint',
      'related',
    ]);
    expect(d).toMatchObject({
      ruleId: 'require-essential-container',
      pointer: '/containerDefinitions',
      range: { start: { line: 3, column: 3 }, end: { line: 3, column: 25 } },
    });
    expect(d.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('walks folders for recognised documents only, skipping node_modules and ignored globs', async () => {
    const dir = project({
      'deploy/web.json': NO_ESSENTIAL,
      'deploy/package.json': '{"name": "x", "version": "1.0.0"}',
      'deploy/broken-task-definition.json': '{"family": ',
      'deploy/notes.json': '{',
      'node_modules/dep/task.json': NO_ESSENTIAL,
      'legacy/old.json': NO_ESSENTIAL,
      '.ecslintrc.json': '{ "ignore": ["legacy/**"] }',
    });
    const { stdout, code } = await cli(dir, ['--format', 'compact', '.']);
    expect(code).toBe(1);
    const files = [
      ...new Set(
        stdout
          .trim()
          .split('\n')
          .map((l) => l.split(':')[0]),
      ),
    ];
    expect(files).toEqual(['deploy/broken-task-definition.json', 'deploy/web.json']);
  });

  it('applies the nearest config: preset, rule levels, overrides', async () => {
    const dir = project({
      '.ecslintrc.yaml':
        'rules:\n  require-essential-container: warning\noverrides:\n  - files: ["strict/**"]\n    rules:\n      require-essential-container: error\n',
      'a.json': NO_ESSENTIAL,
      'strict/b.json': NO_ESSENTIAL,
    });
    const { stdout, code } = await cli(dir, ['--format', 'compact', 'a.json', 'strict/b.json']);
    expect(code).toBe(1);
    expect(stdout).toContain('a.json:3:3: warning:');
    expect(stdout).toContain('strict/b.json:3:3: error:');
    const warnOnly = await cli(dir, ['a.json']);
    expect(warnOnly.code).toBe(0);
    expect((await cli(dir, ['a.json', '--max-warnings', '0'])).code).toBe(1);
    expect((await cli(dir, ['a.json', '--fail-on', 'warning'])).code).toBe(1);
    expect((await cli(dir, ['a.json', '--rule', 'require-essential-container=off'])).code).toBe(0);
  });

  it('raises a rule above its own severity with a preset, --rule or the config (no-latest-image-tag)', async () => {
    const latest = GOOD.replace('nginx:1.27', 'nginx:latest');
    const dir = project({
      'a.json': latest,
      'strict/b.json': latest,
      'strict/.ecslintrc.json': '{ "preset": "strict" }',
    });
    const line = (stdout: string) => stdout.split('\n').find((l) => l.includes('[no-latest-image-tag]'));
    const plain = await cli(dir, ['--format', 'compact', 'a.json']);
    expect([plain.code, line(plain.stdout)]).toEqual([0, expect.stringContaining('a.json:6:16: warning:')]);
    for (const args of [
      ['--preset', 'strict', 'a.json'],
      ['--rule', 'no-latest-image-tag=error', 'a.json'],
      ['strict/b.json'],
    ]) {
      const raised = await cli(dir, ['--format', 'compact', ...args]);
      expect([raised.code, line(raised.stdout)]).toEqual([
        1,
        expect.stringMatching(/a\.json:6:16: error:|b\.json:6:16: error:/),
      ]);
    }
  });

  it('finds the same nearest config when walking a folder as when naming each file', async () => {
    const dir = project({
      '.ecslintrc.json': '{ "rules": { "require-essential-container": "warning" } }',
      'a/a.json': NO_ESSENTIAL,
      'a/b/.ecslintrc.json': '{ "rules": { "require-essential-container": "note" } }',
      'a/b/b.json': NO_ESSENTIAL,
      'a/b/c/c.json': NO_ESSENTIAL,
      // Not a config name on a case-sensitive disk: the folder above decides.
      'd/.ECSLINTRC.JSON': '{ "rules": { "require-essential-container": "off" } }',
      'd/d.json': NO_ESSENTIAL,
    });
    const files = ['a/a.json', 'a/b/b.json', 'a/b/c/c.json', 'd/d.json'];
    const named = await cli(dir, ['--format', 'compact', ...files]);
    const walked = await cli(dir, ['--format', 'compact', '.']);
    const levels = (out: string) =>
      out
        .split('\n')
        .filter((l) => l.includes('[require-essential-container]'))
        .map((l) => l.replace(/:\d+:\d+: (\w+):.*/, ' $1'))
        .sort();
    expect(levels(walked.stdout)).toEqual(levels(named.stdout));
    const caseSensitive = !existsSync(join(dir, 'd', '.ecslintrc.json'));
    expect(levels(walked.stdout)).toEqual([
      'a/a.json warning',
      'a/b/b.json note',
      'a/b/c/c.json note',
      ...(caseSensitive ? ['d/d.json warning'] : []),
    ]);
  });

  it('prints the effective config for a file', async () => {
    const dir = project({
      '.ecslintrc.json': '{ "preset": "strict", "rules": { "require-essential-container": "warning" } }',
    });
    const { stdout, code } = await cli(dir, ['--print-config', 'task.json']);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed).toMatchObject({
      preset: 'strict',
      rules: { 'require-essential-container': 'warning', 'json-syntax': 'error' },
    });
    expect(printed.config).toBe(join(dir, '.ecslintrc.json'));
  });

  it.each([
    [
      '{ "rules": { "require-essentail-container": "error" } }',
      'unknown rule "require-essentail-container"; did you mean "require-essential-container"?',
    ],
    ['{ "rulez": {} }', 'unknown key "rulez"'],
    ['{ "preset": "strictest" }', '"preset" must be one of "recommended", "strict", "all"; got "strictest"'],
    ['{ "rules": { "require-essential-container": "fatal" } }', '"rules.require-essential-container"'],
    [
      '{ "rules": { "require-essential-container": ["error", { "x": 1 }] } }',
      'rule "require-essential-container" takes no options',
    ],
    ['{ "preset": ', 'is not valid JSON (line 1)'],
    ['null', 'the top level must be an object'],
    ['{ "overrides": [{ "files": [""], "rules": {} }] }', '"overrides[0].files" has an empty pattern'],
    [
      '{ "suppressions": [{ "files": "*.json", "rules": "nope-rule", "reason": "r" }] }',
      '"suppressions[0].rules": unknown rule "nope-rule"',
    ],
    [
      '{ "suppressions": [{ "files": "*.json", "rules": ["internal-error"], "reason": "r" }] }',
      '"internal-error" cannot be suppressed',
    ],
    ['a: &a [*a]', 'a YAML alias refers to a node it is inside', '.ecslintrc.yaml'],
    [
      '{ "suppressions": [{ "files": "*.json", "rules": "schema", "pointer": "family", "reason": "r" }] }',
      '"suppressions[0].pointer" "family" is not a JSON pointer; write "/family"',
    ],
  ])('exits 2 naming the file and the key for a bad config: %s', async (config, expected, name = '.ecslintrc.json') => {
    const dir = project({ [name]: config, 'a.json': GOOD });
    const { code, stderr, stdout } = await cli(dir, ['a.json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(join(dir, name));
    expect(stderr).toContain(expected);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for usage mistakes, with one line and no stack trace', async () => {
    const dir = project({ 'a.json': GOOD });
    for (const args of [
      ['missing.json'],
      ['--format', 'xml', 'a.json'],
      ['--bogus'],
      ['--fail-on', 'fatal', 'a.json'],
      ['--max-warnings', 'x'],
      ['--max-warnings', '-1', 'a.json'],
    ]) {
      const { code, stderr } = await cli(dir, args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/^ecslint: .+\n$/);
    }
    expect((await cli(dir, ['missing.json'])).stderr).toBe('ecslint: no such file or directory: missing.json\n');
    expect((await cli(dir, ['deploy/**/*.json'])).stderr).toBe(
      'ecslint: no files match the pattern deploy/**/*.json\n',
    );
  });

  it('lints stdin with --stdin-filename', async () => {
    const dir = project({});
    const { code, stdout } = await cli(
      dir,
      ['--format', 'compact', '--stdin-filename', 'deploy/task.json', '-'],
      NO_ESSENTIAL,
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/^deploy\/task\.json:3:3: error:/);
  });

  it('decodes stdin as it decodes files, and reports more than --max-file-size bytes instead of linting them', async () => {
    const dir = project({});
    const latin1 = Buffer.concat([Buffer.from('{"family": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const bad = await cli(dir, ['--format', 'compact', '-'], latin1);
    expect(bad.stdout).toContain('<stdin>:1:16: error: invalid UTF-8 byte 0xe9 [json-syntax]');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NO_ESSENTIAL, 'utf16le')]);
    expect((await cli(dir, ['--format', 'compact', '-'], utf16)).stdout).toContain(
      'error: file is UTF-16LE encoded; the AWS CLI reads UTF-8 [json-syntax]',
    );
    const big = await cli(dir, ['--format', 'compact', '--max-file-size', '1K', '-'], Buffer.alloc(4096, 0x20));
    expect(big.stdout).toContain('error: file is larger than the 1024-byte limit for linting');
  });

  it('lists the rules and prints the version', async () => {
    const dir = project({});
    const list = await cli(dir, ['--list-rules']);
    expect(list.stdout.split('\n')[0]).toMatch(/^rule\s+category\s+recommended\s+strict\s+description$/);
    expect(list.stdout).toMatch(
      /^require-essential-container\s+correctness\s+error\s+error\s+Require at least one essential container$/m,
    );
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect((await cli(dir, ['--version'])).stdout).toBe(`${pkg.version}\n`);
  });

  it('never writes to the files it lints', async () => {
    const dir = project({ 'a.json': NO_ESSENTIAL, 'b.json': '{"family": "x",,}' });
    const hash = (f: string) =>
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex');
    const before = ['a.json', 'b.json'].map(hash);
    await cli(dir, ['a.json', 'b.json']);
    await cli(dir, ['--format', 'json', '.']);
    expect(['a.json', 'b.json'].map(hash)).toEqual(before);
  });

  it('writes the report to --output-file', async () => {
    const dir = project({ 'a.json': NO_ESSENTIAL });
    const { code, stdout } = await cli(dir, ['--format', 'json', '--output-file', 'report.json', 'a.json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.errors).toBe(1);
  });
});

describe('the bundled CLI (dist/cli.js)', () => {
  const bin = join(ROOT, 'dist', 'cli.js');
  it.runIf(existsSync(bin))('runs as a child process with the same exit codes', () => {
    const dir = project({ 'bad.json': NO_ESSENTIAL, 'good.json': GOOD });
    expect(execFileSync(process.execPath, [bin, 'good.json'], { cwd: dir, encoding: 'utf8' })).toContain('no problems');
    const bad = spawnSync(process.execPath, [bin, '--format', 'compact', 'bad.json'], { cwd: dir, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('bad.json:3:3: error:');
    const usage = spawnSync(process.execPath, [bin, 'nope.json'], { cwd: dir, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe('ecslint: no such file or directory: nope.json\n');
  });
});
