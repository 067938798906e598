/**
 * What is not read: a file over --max-file-size is measured, never read; a file that cannot be opened during
 * a walk is skipped with a warning, as root too. node:fs is wrapped to count and fail reads by path.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lint } from '../../src/api.js';
import { cli, GOOD, project } from './helpers.js';

const io = vi.hoisted(() => ({ reads: new Map<string, number>(), fail: undefined as RegExp | undefined }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const paths = new Map<number, string>();
  const count = (path: string, n: number): void => {
    io.reads.set(path, (io.reads.get(path) ?? 0) + n);
  };
  const wrapped = {
    ...fs,
    openSync: (path: import('node:fs').PathLike, ...rest: unknown[]) => {
      if (io.fail?.test(String(path)))
        throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      const fd = (fs.openSync as (...a: unknown[]) => number)(path, ...rest);
      paths.set(fd, String(path));
      return fd;
    },
    readSync: (fd: number, ...rest: unknown[]) => {
      const n = (fs.readSync as (...a: unknown[]) => number)(fd, ...rest);
      count(paths.get(fd) ?? `fd ${fd}`, n);
      return n;
    },
    readFileSync: (path: import('node:fs').PathOrFileDescriptor, ...rest: unknown[]) => {
      if (io.fail?.test(String(path))) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      const out = (fs.readFileSync as (...a: unknown[]) => string | Buffer)(path, ...rest);
      count(String(path), out.length);
      return out;
    },
  };
  return { ...wrapped, default: wrapped };
});

beforeEach(() => {
  io.reads.clear();
  io.fail = undefined;
});

const readOf = (suffix: string): number =>
  [...io.reads].filter(([p]) => p.endsWith(suffix)).reduce((sum, [, n]) => sum + n, 0);

describe('what is not read', () => {
  it('a 50 MB file (sparse) is reported over --max-file-size without reading a byte of it', async () => {
    const dir = project();
    const fd = openSync(join(dir, 'task-definition.json'), 'w');
    writeSync(fd, '{', 50 * 1024 * 1024 - 1); // sparse: 50 MB that take no disk
    closeSync(fd);
    const { code, stdout } = await cli(dir, ['--format', 'compact', 'task-definition.json']);
    expect(code).toBe(1);
    expect(stdout).toBe(
      'task-definition.json:1:1: error: file is 52428800 bytes, over the 5242880-byte limit for linting; AWS accepts at most 65536 bytes of task definition [document-kind]\n',
    );
    expect(readOf('task-definition.json')).toBe(0);
    const raised = await cli(dir, ['--format', 'compact', '--max-file-size', '10M', 'task-definition.json']);
    expect(raised.stdout).toContain('52428800 bytes, over the 10485760-byte limit');
    expect(readOf('task-definition.json')).toBe(0);
    // It is a finding like any other: the configured level applies.
    const lowered = await cli(dir, ['--format', 'compact', '--rule', 'document-kind=warning', 'task-definition.json']);
    expect(lowered.code).toBe(0);
    expect(lowered.stdout).toMatch(/^task-definition\.json:1:1: warning: file is 52428800 bytes/);
    const off = await cli(dir, ['--format', 'compact', '--rule', 'document-kind=off', 'task-definition.json']);
    expect(off.stdout).toBe('');
    // Under the limit, it is read once, whole.
    io.reads.clear();
    const small = project({ 'task-definition.json': GOOD });
    expect((await cli(small, ['task-definition.json'])).code).toBe(0);
    expect(readOf('task-definition.json')).toBe(GOOD.length);
  });

  it('a walk goes past a file that cannot be opened, with a warning (as root too)', async () => {
    const bad = GOOD.replace('"essential": true', '"essential": false');
    const dir = project({ 'a/task-definition.json': bad, 'b/task-definition.json': bad });
    io.fail = /[\\/]b[\\/]task-definition\.json$/;
    const warnings: string[] = [];
    const results = await lint(['.'], { cwd: dir, config: false, warn: (m) => warnings.push(m) });
    expect(results.map((r) => r.file)).toEqual(['a/task-definition.json']);
    expect(warnings).toEqual(['skipping b/task-definition.json: EACCES']);
    // Named explicitly, the same error is exit 2 naming the file.
    const { code, stderr } = await cli(dir, ['a/task-definition.json', 'b/task-definition.json']);
    expect(code).toBe(2);
    expect(stderr).toBe('ecslint: cannot read b/task-definition.json: EACCES\n');
  });
});
