import { chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, runCli } from '../../testing/harness.js';

/** A console export as teams commit it: nulls, describe-output members, a number where a string goes. */
const EXPORT = `{
  "family": "api",
  "cpu": 256,
  "memory": "512",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "public.ecr.aws/nginx/nginx:1.27",
      "essential": true,
      "links": null,
      "hostname": null
    }
  ],
  "revision": 3,
  "status": "ACTIVE"
}
`;
const FIXED = `{
  "family": "api",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "public.ecr.aws/nginx/nginx:1.27",
      "essential": true
    }
  ]
}
`;
const quiet = ['--rule', 'require-health-check=off', '--rule', 'require-log-configuration=off'];

describe('ecslint --fix', () => {
  it('fixes in place, writes only changed files, and reports what is left', async () => {
    const dir = project({ 'task-definition.json': EXPORT, 'clean.json': FIXED });
    const cleanBefore = statSync(join(dir, 'clean.json')).mtimeMs;
    const run = await runCli(dir, ['--fix', '-f', 'compact', ...quiet, '.']);
    expect(readFileSync(join(dir, 'task-definition.json'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'clean.json')).mtimeMs).toBe(cleanBefore);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('ecslint: applied 3 fixes in 1 file\n');
    expect(run.code).toBe(0);
    // Nothing left: a second run changes nothing.
    expect((await runCli(dir, ['--fix', ...quiet, '.'])).stderr).toBe('ecslint: applied 0 fixes in 0 files\n');
  });

  it('keeps comments of a .jsonc file and CRLF line ends', async () => {
    const jsonc = `${EXPORT.replace('"family": "api",', '"family": "api", // the service')
      .replace('"hostname": null', '"hostname": null /* exported */')
      .replaceAll('\n', '\r\n')}`;
    const dir = project({ 'task-definition.jsonc': jsonc });
    await runCli(dir, ['--fix', '--allow-comments', ...quiet, 'task-definition.jsonc']);
    expect(readFileSync(join(dir, 'task-definition.jsonc'), 'utf8')).toBe(
      FIXED.replace('"family": "api",', '"family": "api", // the service').replaceAll('\n', '\r\n'),
    );
  });

  it('leaves a read-only file as it is, with a warning, and fixes the others', async () => {
    const dir = project({ 'a/task-definition.json': EXPORT, 'b/task-definition.json': EXPORT });
    chmodSync(join(dir, 'a/task-definition.json'), 0o444);
    const run = await runCli(dir, ['--fix', '-f', 'compact', ...quiet, '.']);
    expect(readFileSync(join(dir, 'a/task-definition.json'), 'utf8')).toBe(EXPORT);
    expect(readFileSync(join(dir, 'b/task-definition.json'), 'utf8')).toBe(FIXED);
    expect(run.stderr).toBe(
      'ecslint: warning: not fixing a/task-definition.json: the file is read-only; its findings are reported as they are\n' +
        'ecslint: applied 3 fixes in 1 file\n',
    );
    // The read-only file's findings are those of its text: what --fix would have removed is still there.
    expect(run.stdout).toMatch(/^a\/task-definition\.json:\d+:\d+: error: .*null/m);
    expect(run.stdout).not.toMatch(/^b\/task-definition\.json/m);
    expect(run.code).toBe(1);
  });

  it('never touches a file with a syntax error', async () => {
    const broken = EXPORT.replace('"status": "ACTIVE"', '"status": "ACTIVE",,');
    const dir = project({ 'task-definition.json': broken });
    const run = await runCli(dir, ['--fix', ...quiet, 'task-definition.json']);
    expect(readFileSync(join(dir, 'task-definition.json'), 'utf8')).toBe(broken);
    expect(run.code).toBe(1);
  });

  it('--fix-dry-run prints a patch and writes nothing', async () => {
    const dir = project({ 'task-definition.json': EXPORT });
    const run = await runCli(dir, ['--fix-dry-run', '-f', 'compact', ...quiet, '.']);
    expect(readFileSync(join(dir, 'task-definition.json'), 'utf8')).toBe(EXPORT);
    expect(run.stdout).toContain('--- a/task-definition.json\n+++ b/task-definition.json\n@@ -1,16 +1,12 @@\n');
    expect(run.stdout).toContain('-  "cpu": 256,\n+  "cpu": "256",\n');
    expect(run.stdout).toContain('-      "links": null,\n');
    expect(run.stderr).toBe('ecslint: would apply 3 fixes in 1 file\n');
  });
});

describe('deploy targets, --quiet and --explain', () => {
  it('--target deploy-action makes what the Action strips one note', async () => {
    const dir = project({ 'task-definition.json': EXPORT });
    const strict = await runCli(dir, ['-f', 'compact', ...quiet, '.']);
    expect(strict.stdout.split('\n').filter((l) => l.includes(': error:'))).toHaveLength(3);
    const action = await runCli(dir, ['-f', 'compact', '--target', 'deploy-action', ...quiet, '.']);
    expect(action.stdout).toContain(
      'task-definition.json:10:16: note: 4 members (null, describe output) that amazon-ecs-deploy-task-definition removes before registering: "links", "hostname", "revision", "status" [schema]',
    );
    expect(action.stdout).toContain('error: "cpu" must be a string, got number 256 [schema]');
    expect((await runCli(dir, ['--target', 'ecs', '.'])).code).toBe(2);
  });

  it('--quiet reports errors only', async () => {
    const dir = project({ 'task-definition.json': FIXED });
    expect((await runCli(dir, ['-f', 'compact', '.'])).stdout).toContain('warning:');
    expect((await runCli(dir, ['-f', 'compact', '--quiet', '.'])).stdout).toBe('');
  });

  it('--explain prints the rule README', async () => {
    const run = await runCli(project(), ['--explain', 'valid-port-mappings']);
    expect(run.stdout.startsWith('# valid-port-mappings\n')).toBe(true);
    expect(run.stdout).toContain('## How to fix');
    expect((await runCli(project(), ['--explain', 'no-such-rule'])).code).toBe(2);
  });
});
