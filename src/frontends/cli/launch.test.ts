/**
 * The bin dist/cli.js (src/frontends/cli/launch.ts): the V8 code cache it keeps, and what a plain run leaves unloaded.
 * Each test has a cache folder of its own, through NODE_COMPILE_CACHE.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../testing/fixtures.js';
import { project } from '../../testing/harness.js';

const bin = join(ROOT, 'dist', 'cli.js');
const TASK = `{
  "family": "api",
  "containerDefinitions": [{ "name": "api", "image": "nginx:latest", "memory": 512, "essential": false }]
}
`;
const uid = process.getuid?.();
const sub = uid === undefined ? 'ecslint-compile-cache' : `ecslint-compile-cache-${uid}`;

function run(cwd: string, args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ECSLINT_NO_COMPILE_CACHE: '', NODE_DISABLE_COMPILE_CACHE: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(existsSync(bin) && existsSync('/dev/zero'))('the bin reading stdin', () => {
  it('stops at --max-file-size on an endless input (/dev/zero) and reports it', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = spawnSync(process.execPath, [bin, '--no-config', '-f', 'compact', '--max-file-size', '1K', '-'], {
        stdio: [zero, 'pipe', 'pipe'],
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('<stdin>:1:1: error: file is larger than the 1024-byte limit for linting');
    } finally {
      closeSync(zero);
    }
  });
});

describe.runIf(existsSync(bin) && existsSync('/dev/full'))('the bin writing to a full disk', () => {
  it('says it cannot write the report, with exit code 2, not an internal error', () => {
    const dir = project({ 'task.json': TASK });
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [bin, '--no-config', 'task.json'], {
        cwd: dir,
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        env: { ...process.env, ECSLINT_NO_COMPILE_CACHE: '1' },
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('ecslint: cannot write to standard output: ENOSPC\n');
    } finally {
      closeSync(full);
    }
  });
});

/** A cache folder of the test's own (about 1 MB each), removed after the tests. */
const bases: string[] = [];
const cacheBase = (): string => {
  const base = mkdtempSync(join(tmpdir(), 'ecslint-cache-test-'));
  bases.push(base);
  return base;
};
afterAll(() => {
  for (const base of bases) rmSync(base, { recursive: true, force: true });
});

const cacheFiles = (base: string): string[] =>
  existsSync(join(base, sub)) ? readdirSync(join(base, sub)).map((f) => join(base, sub, f)) : [];

describe.runIf(existsSync(bin))('the bin and its code cache', () => {
  it('writes a cache after the first run that lints, then uses it: same output, file left alone', () => {
    const dir = project({ 'task-definition.json': TASK });
    const base = cacheBase();
    const env = { NODE_COMPILE_CACHE: base };
    const first = run(dir, ['task-definition.json'], env);
    expect(first.code).toBe(1);
    const [file, ...more] = cacheFiles(base);
    expect(more).toEqual([]);
    expect(file).toMatch(/\.cache$/);
    if (uid !== undefined) {
      expect(statSync(join(base, sub)).mode & 0o777).toBe(0o700);
      expect(statSync(file as string).mode & 0o777).toBe(0o600);
    }
    expect(readFileSync(file as string, 'latin1')).toMatch(/^ecslint \S+ [0-9a-f]{16} \d+ [\d.]+ node v\d/);
    const written = statSync(file as string).mtimeMs;
    const second = run(dir, ['task-definition.json'], env);
    expect(second).toEqual(first);
    expect(statSync(file as string).mtimeMs).toBe(written);
    expect(run(dir, ['task-definition.json'], { ECSLINT_NO_COMPILE_CACHE: '1' })).toEqual(first);
  });

  it('writes no cache for --version, --help or a usage error, nor when turned off', () => {
    const dir = project({ 'task-definition.json': TASK });
    const base = cacheBase();
    expect(run(dir, ['--version'], { NODE_COMPILE_CACHE: base }).code).toBe(0);
    expect(run(dir, ['--help'], { NODE_COMPILE_CACHE: base }).code).toBe(0);
    expect(run(dir, ['nope.json'], { NODE_COMPILE_CACHE: base }).code).toBe(2);
    expect(run(dir, ['task-definition.json'], { NODE_COMPILE_CACHE: base, ECSLINT_NO_COMPILE_CACHE: '1' }).code).toBe(
      1,
    );
    expect(run(dir, ['task-definition.json'], { NODE_COMPILE_CACHE: base, NODE_DISABLE_COMPILE_CACHE: '1' }).code).toBe(
      1,
    );
    expect(cacheFiles(base)).toEqual([]);
  });

  it('replaces a cache whose key or content does not fit, and runs the same', () => {
    const dir = project({ 'task-definition.json': TASK });
    const base = cacheBase();
    const env = { NODE_COMPILE_CACHE: base };
    const first = run(dir, ['task-definition.json'], env);
    const [file] = cacheFiles(base) as [string];
    const key = (path: string): string => readFileSync(path, 'latin1').split('\n')[0] as string;
    const good = key(file);
    const data = readFileSync(file);
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('ecslint 0.0.0 another bundle\n'), data.subarray(data.indexOf(10) + 1)]),
    );
    expect(run(dir, ['task-definition.json'], env)).toEqual(first);
    expect(key(file)).toBe(good);
    // The right key, with a cache V8 made under other flags: V8 rejects it, and it is written anew.
    const written = statSync(file).mtimeMs;
    expect(run(dir, ['task-definition.json'], env, ['--max-old-space-size=1000'])).toEqual(first);
    expect(statSync(file).mtimeMs).not.toBe(written);
    expect(key(file)).toBe(good);
    expect(run(dir, ['task-definition.json'], env)).toEqual(first);
  });

  it.runIf(uid !== undefined)("does not use a cache folder that others can write to, or that is not the user's", () => {
    const dir = project({ 'task-definition.json': TASK });
    const open = cacheBase();
    mkdirSync(join(open, sub));
    chmodSync(join(open, sub), 0o777);
    expect(run(dir, ['task-definition.json'], { NODE_COMPILE_CACHE: open }).code).toBe(1);
    expect(cacheFiles(open)).toEqual([]);
    if (uid !== 0) return;
    // As root, a folder of another user can be made.
    const other = cacheBase();
    mkdirSync(join(other, sub), { mode: 0o700 });
    chownSync(join(other, sub), 65534, 65534);
    expect(run(dir, ['task-definition.json'], { NODE_COMPILE_CACHE: other }).code).toBe(1);
    expect(cacheFiles(other)).toEqual([]);
  });

  it('loads plugins, policies and a YAML config from the cached bundle', () => {
    const dir = project({
      'task-definition.json': TASK,
      '.ecslintrc.yaml': [
        'plugins: [./plugin.mjs]',
        'policies:',
        '  - id: acme/family',
        '    description: family names start with app-',
        '    target: /family',
        '    assert: { type: string, pattern: "^app-" }',
        '    message: family {{value}} does not start with app-',
        '',
      ].join('\n'),
      'plugin.mjs': `export default [{
  meta: { id: 'acme/no-latest', severity: 'warning', description: 'no latest', messages: { latest: 'latest' } },
  check(task, ctx) { ctx.report({ messageId: 'latest', path: ['containerDefinitions', 0, 'image'] }); },
}];
`,
    });
    const base = cacheBase();
    const env = { NODE_COMPILE_CACHE: base };
    const first = run(dir, ['--format', 'compact', 'task-definition.json'], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('[acme/no-latest]');
    expect(first.stdout).toContain('[acme/family]');
    expect(cacheFiles(base)).toHaveLength(1);
    expect(run(dir, ['--format', 'compact', 'task-definition.json'], env)).toEqual(first);
  });

  it('leaves crypto, child_process, net and the glob and YAML modules unloaded on a plain run', () => {
    const dir = project({ 'task-definition.json': TASK });
    // Lists Node's built-in modules loaded after startup, on stderr at exit.
    writeFileSync(
      join(dir, 'hook.cjs'),
      `const before = new Set(process.moduleLoadList);
process.on('exit', () => require('fs').writeSync(2, JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))));
`,
    );
    const r = run(dir, ['task-definition.json'], {}, ['--require', './hook.cjs']);
    expect(r.code).toBe(1);
    const loaded = JSON.parse(r.stderr) as string[];
    for (const name of ['crypto', 'child_process', 'net', 'stream', 'tty', 'v8']) {
      expect(loaded).not.toContain(`NativeModule ${name}`);
    }
  });

  // A pipe another process left non-blocking takes part of a large write, then answers EAGAIN: the bin waits
  // and writes the rest, in order. python3 makes such a pipe and reads it slowly. stderr too: --fix-dry-run
  // prints its report there (the diff is stdout), and what a full pipe still held at exit was once lost.
  it.skipIf(spawnSync('python3', ['--version']).status !== 0).each([
    { stream: 'stdout', args: ['svc'] },
    { stream: 'stderr', args: ['--fix-dry-run', 'svc'] },
  ] as const)(
    'writes a large report on $stream whole to a non-blocking pipe with a slow reader ($args)',
    ({ stream, args }) => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 60; i++) files[`svc/${String(i).padStart(2, '0')}/task-definition.json`] = TASK;
      const dir = project(files);
      const expected = run(dir, [...args])[stream];
      expect(expected.length).toBeGreaterThan(64 * 1024);
      if (stream === 'stderr') expect(expected).toMatch(/ecslint: would apply 0 fixes in 0 files\n$/);
      const script = `
import fcntl, os, subprocess, sys, time
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
p = subprocess.Popen(sys.argv[2:], **{sys.argv[1]: w, ('stderr' if sys.argv[1] == 'stdout' else 'stdout'): subprocess.DEVNULL})
os.close(w)
out = b''
while True:
    time.sleep(0.001)
    chunk = os.read(r, 4096)
    if not chunk: break
    out += chunk
sys.stdout.buffer.write(out)
sys.exit(p.wait())
`;
      const r = spawnSync('python3', ['-c', script, stream, process.execPath, bin, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ECSLINT_NO_COMPILE_CACHE: '1' },
      });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe(expected);
    },
    60_000,
  );

  it('tunes the compiler for a long run only (fifty files or more)', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`svc/${String(i).padStart(2, '0')}/task-definition.json`] = TASK;
    const dir = project(files);
    writeFileSync(
      join(dir, 'hook.cjs'),
      `process.on('exit', () => require('fs').writeSync(2, JSON.stringify(process.moduleLoadList.includes('NativeModule v8'))));\n`,
    );
    const many = run(dir, ['--format', 'compact', 'svc'], {}, ['--require', './hook.cjs']);
    expect(many.code).toBe(1);
    expect(many.stdout.match(/\[require-essential-container\]/g)).toHaveLength(50);
    expect(many.stderr).toBe('true');
    const few = run(dir, ['--format', 'compact', 'svc/00', 'svc/01'], {}, ['--require', './hook.cjs']);
    expect(few.stderr).toBe('false');
  });
});
