import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTarget } from '../../session/report.js';
import { runCli } from '../../testing/harness.js';
import { tempDir } from '../../testing/temp.js';
import { outputTargets } from './main.js';

const BAD = `{
  "family": "api",
  "containerDefinitions": [
    { "name": "api", "image": "public.ecr.aws/nginx/nginx:1.27", "memory": 512, "essential": false }
  ]
}
`;

function gitRepo(files: Record<string, string>): string {
  const dir = tempDir('ecslint-out-');
  execFileSync('git', ['init', '-q', dir]);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const cli = (cwd: string, args: string[], repoRoot?: (cwd: string) => string | undefined) =>
  runCli(cwd, ['--no-config', '--rule', 'require-log-configuration=off', ...args], repoRoot ? { repoRoot } : {});

describe('--output-file and the new formats', () => {
  it('parses plain and fmt=path output files', () => {
    expect(outputTargets('stylish', [])).toEqual([{ format: 'stylish' }]);
    expect(outputTargets('compact', ['sarif=out/r.sarif', 'report.txt', 'markdown=s.md'])).toEqual([
      { format: 'compact', path: 'report.txt' },
      { format: 'sarif', path: 'out/r.sarif' },
      { format: 'markdown', path: 's.md' },
    ]);
    expect(outputTargets('json', ['./sarif=odd name.txt'])).toEqual([{ format: 'json', path: './sarif=odd name.txt' }]);
    expect(() => outputTargets('json', ['sarf=r.sarif'])).toThrow(/unknown format "sarf"/);
    expect(() => outputTargets('json', ['a.txt', 'b.txt'])).toThrow(/can be given once/);
    expect(() => outputTargets('json', ['sarif=a.txt', 'junit=a.txt'])).toThrow(/twice/);
  });

  it('prints compact and writes SARIF with repository-relative paths in one run, atomically', async () => {
    const repo = gitRepo({ 'services/api/task-definition.json': BAD });
    const cwd = join(repo, 'services');
    const { code, stdout } = await cli(cwd, [
      '--format',
      'compact',
      '--output-file',
      'sarif=../results.sarif',
      '-o',
      'junit=report.xml',
      '--sarif-category',
      'services',
      'api/task-definition.json',
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain('api/task-definition.json:3:3: error: no container is essential');
    const log = JSON.parse(readFileSync(join(repo, 'results.sarif'), 'utf8'));
    const run = log.runs[0];
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('services/api/task-definition.json');
    expect(run.automationDetails).toEqual({ id: 'services/' });
    expect(run.tool.driver.rules.length).toBeGreaterThan(5);
    expect(readFileSync(join(cwd, 'report.xml'), 'utf8')).toContain('<testsuite name="api/task-definition.json"');
    expect(readdirSync(repo).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('falls back to the working directory when there is no repository', async () => {
    const dir = tempDir('ecslint-norepo-');
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'task-definition.json'), BAD);
    const { stdout } = await cli(dir, ['--format', 'github', 'a/task-definition.json'], () => undefined);
    expect(stdout).toMatch(
      /^::error file=a\/task-definition.json,line=3,endLine=3,col=3,endColumn=25,title=ecslint \(require-essential-container\)::/,
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('ecslint: 1 problem (1 error, 0 warnings, 0 notes) in 1 file');
  });

  it('writes through a symbolic link, and never replaces a device such as /dev/null', async () => {
    const dir = tempDir('ecslint-out-');
    writeFileSync(join(dir, 'task-definition.json'), BAD);
    symlinkSync('reports/ecslint.txt', join(dir, 'latest.txt'));
    mkdirSync(join(dir, 'reports'));
    const { code } = await cli(dir, ['-o', 'latest.txt', 'task-definition.json']);
    expect(code).toBe(1);
    expect(lstatSync(join(dir, 'latest.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'reports', 'ecslint.txt'), 'utf8')).toContain('[require-essential-container]');
    // Not written to in this test: only where the write would go.
    expect(writeTarget('/dev/null')).toEqual({ path: '/dev/null', inPlace: true });
    expect(writeTarget(join(dir, 'new.sarif'))).toEqual({ path: join(dir, 'new.sarif'), inPlace: false });
  });

  it('refuses to write a report or a baseline over a file it lints, which stays as it was', async () => {
    const dir = tempDir('ecslint-fmt-');
    writeFileSync(join(dir, 'task-definition.json'), BAD);
    for (const args of [
      ['-o', 'task-definition.json'],
      ['-o', 'sarif=task-definition.json'],
      ['--write-baseline', 'task-definition.json'],
    ]) {
      const { code, stderr } = await cli(dir, [...args, 'task-definition.json']);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toBe('ecslint: refusing to write a report over task-definition.json, which is being linted\n');
      expect(readFileSync(join(dir, 'task-definition.json'), 'utf8')).toBe(BAD);
    }
    expect(readdirSync(dir)).toEqual(['task-definition.json']);
  });

  it('refuses an unknown format before linting', async () => {
    const dir = tempDir('ecslint-fmt-');
    const { code, stderr } = await cli(dir, ['--format', 'xml', 'x.json']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'unknown format "xml"; expected one of stylish, compact, json, sarif, github, junit, markdown',
    );
  });
});
