/**
 * The habits linter users expect, each run through the built binary (dist/cli.js) as a user runs it:
 * did-you-mean, ESLint's level spellings, option errors that name the key, -o into new folders, listings as
 * JSON, --rule with options, ignored files named explicitly, stale baseline entries, --init.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../testing/fixtures.js';
import { project } from '../../testing/harness.js';

const bin = join(ROOT, 'dist', 'cli.js');

function ecslint(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ECSLINT_NO_COMPILE_CACHE: '1', NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const task = (image: string): string =>
  `${JSON.stringify(
    {
      family: 'web',
      containerDefinitions: [{ name: 'app', image, essential: true, memory: 256 }],
    },
    null,
    2,
  )}\n`;

describe.runIf(existsSync(bin))('CLI habits (built binary)', () => {
  it('suggests the nearest option for a misspelt flag, and the nearest rule for a misspelt id', () => {
    const dir = project({ 'task-definition.json': task('nginx:1.27') });
    const flag = ecslint(dir, ['--formt', 'json', '.']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe(
      'ecslint: unknown option --formt; did you mean --format? Run "ecslint --help" for usage.\n',
    );
    const rule = ecslint(dir, ['--rule', 'no-latest-tag=off', '.']);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('unknown rule "no-latest-tag"; did you mean "no-latest-image-tag"?');
  });

  it('takes warn, warning, 1 and 2 as levels, on the command line and in a config', () => {
    const dir = project({ 'task-definition.json': task('nginx:latest') });
    const level = (args: string[]): string | undefined =>
      /: (error|warning|note): .*\[no-latest-image-tag\]$/m.exec(
        ecslint(dir, ['-f', 'compact', ...args, 'task-definition.json']).stdout,
      )?.[1];
    expect(level(['--rule', 'no-latest-image-tag=warn'])).toBe('warning');
    expect(level(['--rule', 'no-latest-image-tag=1'])).toBe('warning');
    expect(level(['--rule', 'no-latest-image-tag: 2'])).toBe('error');
    expect(level(['--rule', 'no-latest-image-tag=0'])).toBeUndefined();
    writeFileSync(join(dir, '.ecslintrc.json'), JSON.stringify({ rules: { 'no-latest-image-tag': 2 } }));
    expect(level([])).toBe('error');
    const bad = ecslint(dir, ['--rule', 'no-latest-image-tag=warnx', '.']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('the level must be one of off, note, warning, error (or warn, 0, 1, 2); got "warnx"');
  });

  it('names the offending option key and the allowed ones', () => {
    const dir = project({ 'task-definition.json': task('nginx:1.27') });
    const unknownKey = ecslint(dir, [
      '--rule',
      'allowed-image-registries: ["error", {"registry": ["docker.io"]}]',
      '.',
    ]);
    expect(unknownKey.code).toBe(2);
    expect(unknownKey.stderr).toContain(
      'invalid options for rule "allowed-image-registries": unknown option "registry"; expected one of "registries" (did you mean "registries"?)',
    );
    writeFileSync(join(dir, '.ecslintrc.json'), JSON.stringify({ rules: { schema: ['error', { allowNull: 'yes' }] } }));
    const wrongType = ecslint(dir, ['.']);
    expect(wrongType.code).toBe(2);
    expect(wrongType.stderr).toContain('invalid options for rule "schema": "allowNull" must be a boolean; got "yes"');
  });

  it('-o creates the folders of the report file', () => {
    const dir = project({ 'task-definition.json': task('nginx:latest') });
    const r = ecslint(dir, ['-f', 'sarif', '-o', 'out/reports/ecslint.sarif', '-o', 'junit=out/junit/report.xml', '.']);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out/reports/ecslint.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(dir, 'out/junit/report.xml'), 'utf8')).toContain('<testsuites');
  });

  it('--list-rules and --print-config honour --format json', () => {
    const dir = project({ 'task-definition.json': task('nginx:1.27') });
    const list = ecslint(dir, ['--list-rules', '--format', 'json']);
    expect(list.code).toBe(0);
    const rules = JSON.parse(list.stdout) as { id: string; presets: Record<string, string>; docs: string }[];
    const latest = rules.find((r) => r.id === 'no-latest-image-tag');
    expect(latest?.presets).toEqual({ recommended: 'warning', strict: 'error', all: 'error' });
    expect(latest?.docs).toMatch(/rules\/no-latest-image-tag\/README\.md$/);
    expect(rules.some((r) => r.id === 'unused-suppression')).toBe(true);
    const table = ecslint(dir, ['--list-rules']);
    expect(table.stdout.split('\n')[0]).toMatch(/^rule\s+category\s+recommended\s+strict\s+description$/);
    const printed = ecslint(dir, ['--print-config', 'task-definition.json', '--format', 'json']);
    expect(JSON.parse(printed.stdout).rules['no-latest-image-tag']).toBe('warning');
  });

  it("--rule takes options: 'id: [level, {options}]'", () => {
    const dir = project({ 'task-definition.json': task('quay.io/acme/app:1.0') });
    const rule = 'allowed-image-registries: ["error", {"registries": ["public.ecr.aws"]}]';
    const printed = ecslint(dir, ['--print-config', 'task-definition.json', '--rule', rule]);
    expect(JSON.parse(printed.stdout).rules['allowed-image-registries']).toEqual([
      'error',
      { registries: ['public.ecr.aws'] },
    ]);
    const run = ecslint(dir, ['-f', 'compact', '--rule', rule, '.']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('error');
    expect(run.stdout).toContain('quay.io');
  });

  it('says when a file named on the command line is ignored by the config; --no-ignore lints it', () => {
    const dir = project({
      'legacy/task-definition.json': task('nginx:latest'),
      '.ecslintrc.json': JSON.stringify({ ignore: ['legacy/**'], rules: { 'no-latest-image-tag': 'error' } }),
    });
    const ignored = ecslint(dir, ['legacy/task-definition.json']);
    expect(ignored.code).toBe(0);
    expect(ignored.stderr).toContain(
      'ecslint: warning: legacy/task-definition.json is ignored by a pattern in "ignore" of .ecslintrc.json; use --no-ignore to lint it',
    );
    const linted = ecslint(dir, ['--no-ignore', '-f', 'compact', 'legacy/task-definition.json']);
    expect(linted.code).toBe(1);
    expect(linted.stdout).toContain('legacy/task-definition.json:');
    // A walk skips ignored files in silence, with or without the flag's warning.
    expect(ecslint(dir, ['.']).stderr).toBe('');
  });

  it('--report-unused-baseline reports stale entries in the baseline file; --prune-baseline removes them', () => {
    const dir = project({
      'a/task-definition.json': task('nginx:latest'),
      'b/task-definition.json': task('redis:latest'),
    });
    expect(ecslint(dir, ['--write-baseline', 'baseline.json', '.']).code).toBe(0);
    writeFileSync(join(dir, 'a/task-definition.json'), task('nginx:1.27'));
    const quiet = ecslint(dir, ['--baseline', 'baseline.json', '-f', 'compact', '.']);
    expect(quiet.stdout).not.toContain('baseline.json');
    const stale = ecslint(dir, ['--baseline', 'baseline.json', '--report-unused-baseline', '-f', 'compact', '.']);
    expect(stale.code).toBe(0);
    expect(stale.stdout).toMatch(
      /^baseline\.json:\d+:\d+: note: baseline entry #\d+ \(no-latest-image-tag in a\/task-definition\.json\) matched no finding/m,
    );
    // Linting only b: the entry for a is not judged.
    const partial = ecslint(dir, ['--baseline', 'baseline.json', '--report-unused-baseline', 'b/task-definition.json']);
    expect(partial.stdout).not.toContain('baseline entry');
    const pruned = ecslint(dir, ['--baseline', 'baseline.json', '--prune-baseline', '.']);
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain('ecslint: removed 1 unused entry from baseline.json');
    const kept = (
      JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).findings as { file: string; ruleId: string }[]
    )
      .filter((f) => f.ruleId === 'no-latest-image-tag')
      .map((f) => f.file);
    expect(kept).toEqual(['b/task-definition.json']);
    expect(ecslint(dir, ['--baseline', 'baseline.json', '--report-unused-baseline', '.']).stdout).not.toContain(
      'baseline entry',
    );
    expect(ecslint(dir, ['--prune-baseline', '.']).stderr).toContain('--prune-baseline needs --baseline');
  });

  it('--init writes a commented starter config from what the repository holds, and never overwrites one', () => {
    const dir = project({
      'deploy/task-definition.json': task('nginx:1.27'),
      'Dockerrun.aws.json': JSON.stringify({ AWSEBDockerrunVersion: '1', Image: { Name: 'nginx:1.27' } }),
      '.github/workflows/deploy.yml':
        'jobs:\n  deploy:\n    steps:\n      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2\n',
      'test/fixture.json': '{"a": 1}',
    });
    const r = ecslint(dir, ['--init']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('ecslint: wrote .ecslintrc.yaml');
    const text = readFileSync(join(dir, '.ecslintrc.yaml'), 'utf8');
    expect(text).toContain('#   1 task definitions (register-task-definition input), e.g. deploy/task-definition.json');
    expect(text).toContain('#   1 Dockerrun.aws.json v1 (single container), e.g. Dockerrun.aws.json');
    expect(text).toContain('# Deployed with deploy-action (.github/workflows/deploy.yml).');
    expect(text).toMatch(/^target: deploy-action$/m);
    expect(text).toContain('  - "test/**"');
    // The config it writes is one ecslint reads.
    const printed = JSON.parse(ecslint(dir, ['--print-config', 'deploy/task-definition.json']).stdout);
    expect(printed.target).toBe('deploy-action');
    // Without a deploy Action in the workflows, the starter config is read too (default target).
    const plain = project({ 'deploy/task-definition.json': task('nginx:1.27') });
    expect(ecslint(plain, ['--init']).code).toBe(0);
    expect(JSON.parse(ecslint(plain, ['--print-config', 'deploy/task-definition.json']).stdout).target).toBe('aws-cli');
    const again = ecslint(dir, ['--init']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('.ecslintrc.yaml already exists here');
  });
});
