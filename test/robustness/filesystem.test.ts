/**
 * The file system as a pull request can shape it: missing, unreadable and huge files, symbolic link loops and
 * links out of the tree, a hundred thousand files, odd names, files that change or never end.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/api.js';
import { cli, expectOneParagraph, FULL, GOOD, IS_ROOT, project } from './helpers.js';

const BAD = GOOD.replace('"essential": true', '"essential": false');
const restore: (() => void)[] = [];
afterEach(() => {
  for (const f of restore.splice(0)) f();
});

describe('paths that are missing or cannot be read', () => {
  it('a missing explicit path is exit 2 naming the path; the other paths are not linted half-way', async () => {
    const dir = project({ 'good.json': GOOD });
    for (const args of [['missing.json'], ['good.json', 'no/such/dir/task.json'], ['good.json/child.json']]) {
      const { code, stdout, stderr } = await cli(dir, args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain(args.at(-1));
      expectOneParagraph(stderr);
      expect(stdout).toBe('');
    }
  });

  it.skipIf(IS_ROOT)(
    'an unreadable explicit file is exit 2 naming it (skipped as root: chmod does not stop root)',
    async () => {
      const dir = project({ 'secret.json': GOOD });
      chmodSync(join(dir, 'secret.json'), 0o000);
      const { code, stderr } = await cli(dir, ['secret.json']);
      expect(code).toBe(2);
      expect(stderr).toBe('ecslint: cannot read secret.json: EACCES\n');
    },
  );

  it.skipIf(IS_ROOT)('the walk goes past unreadable files and folders with a warning (skipped as root)', async () => {
    const dir = project({ 'a/task-definition.json': BAD, 'locked/task-definition.json': BAD, 'b/ecs-task.json': BAD });
    chmodSync(join(dir, 'locked'), 0o000);
    chmodSync(join(dir, 'b/ecs-task.json'), 0o000);
    restore.push(() => chmodSync(join(dir, 'locked'), 0o755));
    const { code, stdout, stderr } = await cli(dir, ['--format', 'compact', '.']);
    expect(code).toBe(1);
    expect(stdout).toContain('a/task-definition.json:');
    expect(stderr).toContain('ecslint: warning: skipping locked: EACCES');
    expect(stderr).toContain('ecslint: warning: skipping b/ecs-task.json: EACCES');
  });
});

describe('symbolic links', () => {
  it('link loops in the walk are skipped with a warning; an explicit looping link is exit 2', async () => {
    const dir = project({ 'real/task-definition.json': BAD });
    symlinkSync('..', join(dir, 'real/up')); // a folder loop
    symlinkSync('loop-b.json', join(dir, 'loop-a.json')); // a file loop
    symlinkSync('loop-a.json', join(dir, 'loop-b.json'));
    symlinkSync('nowhere.json', join(dir, 'dangling.json'));
    const { code, stdout, stderr } = await cli(dir, ['--format', 'compact']);
    expect(code).toBe(1);
    expect(
      new Set(
        stdout
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split(':')[0]),
      ),
    ).toEqual(new Set(['real/task-definition.json']));
    expect(stderr).toContain('skipping loop-a.json: broken symbolic link (ELOOP)');
    expect(stderr).toContain('skipping dangling.json: broken symbolic link (ENOENT)');
    const explicit = await cli(dir, ['loop-a.json']);
    expect(explicit.code).toBe(2);
    expect(explicit.stderr).toBe('ecslint: cannot read loop-a.json: ELOOP\n');
  });

  it('a walk does not follow a link out of the tree (a pull request cannot make it read elsewhere)', async () => {
    const outside = project({ 'ecs-task-def.json': `{"not": "json"\n SECRET-LINE-FROM-OUTSIDE` });
    const dir = project({ 'task-definition.json': GOOD });
    symlinkSync(join(outside, 'ecs-task-def.json'), join(dir, 'ecs-task-def.json'));
    symlinkSync(outside, join(dir, 'shared'));
    const { code, stdout, stderr } = await cli(dir, ['.']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('SECRET-LINE-FROM-OUTSIDE');
    expect(stderr).toContain('skipping ecs-task-def.json: symbolic link to a place outside the folder linted');
    expect(stderr).toContain('skipping shared: symbolic link to a place outside the folder linted');
    // Named explicitly, the user asked for it: it is read.
    const named = await cli(dir, ['--format', 'compact', 'ecs-task-def.json']);
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('ecs-task-def.json:');
  });

  it('a link inside the tree is followed, and a folder reached twice is linted once', async () => {
    const dir = project({ 'services/api/task-definition.json': BAD });
    symlinkSync(join(dir, 'services/api'), join(dir, 'api-link'));
    symlinkSync(join(dir, 'services/api/task-definition.json'), join(dir, 'linked-task-definition.json'));
    const results = await lint(['.'], { cwd: dir, config: false });
    expect(results.map((r) => r.file).sort()).toEqual(['api-link/task-definition.json', 'linked-task-definition.json']);
  });
});

describe('size', () => {
  it('a file that grows after it was measured, or a device that never ends, is read only up to the limit', async () => {
    const dir = project();
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    const started = Date.now();
    const results = await lint(['zero.json'], { cwd: dir, config: false, maxFileSize: 1024 * 1024 });
    expect(results[0]?.diagnostics[0]?.message).toBe(
      'file is larger than the 1048576-byte limit for linting; AWS accepts at most 65536 bytes of task definition',
    );
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe('many files and odd names', () => {
  it(`a tree of ${FULL ? '100,000' : '10,000'} files is walked (mostly non-JSON), finding the documents`, async () => {
    const total = FULL ? 100_000 : 10_000;
    const dir = project();
    const perDir = 500;
    for (let d = 0; d < total / perDir; d++) {
      const sub = join(dir, `d${d}`, 'deeper');
      mkdirSync(sub, { recursive: true });
      for (let f = 0; f < perDir; f++) {
        const name = f === 0 ? 'task-definition.json' : f % 50 === 1 ? `data-${f}.json` : `f${f}.txt`;
        writeFileSync(join(sub, name), f === 0 ? BAD : f % 50 === 1 ? '{"x": 1}' : 'x');
      }
    }
    const results = await lint(['.'], { cwd: dir, config: false });
    expect(results).toHaveLength(total / perDir);
    expect(results.every((r) => r.diagnostics.some((d) => d.ruleId === 'require-essential-container'))).toBe(true);
  }, 300_000);

  it('names with spaces, newlines, unicode and leading dashes', async () => {
    const names = [
      'with space.json',
      'new\nline.json',
      'ünï cödé 🐳.json',
      '-file.json',
      '--rule=x.json',
      'ta"sk\'.json',
    ];
    const dir = project(Object.fromEntries(names.map((n) => [`sub/${n}`, BAD])));
    writeFileSync(join(dir, '-file.json'), BAD);
    expect(readdirSync(join(dir, 'sub'))).toHaveLength(names.length);
    // Each named explicitly.
    for (const name of names) {
      const { code, stdout } = await cli(dir, ['--format', 'json', '--', `sub/${name}`]);
      expect(code, name).toBe(1);
      expect(JSON.parse(stdout).results[0].file).toBe(`sub/${name}`);
    }
    // A leading dash after "--", or behind "./".
    expect((await cli(dir, ['--', '-file.json'])).code).toBe(1);
    expect((await cli(dir, ['./-file.json'])).code).toBe(1);
    // Without either, it is an option, refused clearly.
    const asOption = await cli(dir, ['-file.json']);
    expect(asOption.code).toBe(2);
    expectOneParagraph(asOption.stderr);
    // Found by a walk, named right in every format.
    const walked = await cli(dir, ['--format', 'json', 'sub']);
    expect(
      JSON.parse(walked.stdout)
        .results.map((r: { file: string }) => r.file)
        .sort(),
    ).toEqual(names.map((n) => `sub/${n}`).sort());
    for (const format of ['sarif', 'junit', 'github', 'markdown', 'compact', 'stylish']) {
      const { code } = await cli(dir, ['--format', format, 'sub']);
      expect(code, format).toBe(1);
    }
  });

  it('files that change while the run reads them: every state gives an answer, never a throw', async () => {
    const dir = project({ 'task-definition.json': GOOD });
    const path = join(dir, 'task-definition.json');
    const states = [GOOD, BAD, GOOD.slice(0, 40), '', '\0\0', GOOD];
    let i = 0;
    const timer = setInterval(() => {
      writeFileSync(path, states[i++ % states.length] as string);
    }, 1);
    try {
      for (let n = 0; n < 50; n++) {
        const { code, stderr } = await cli(dir, ['--format', 'json', 'task-definition.json']);
        expect([0, 1]).toContain(code);
        expect(stderr).toBe('');
      }
    } finally {
      clearInterval(timer);
    }
    expect(existsSync(path)).toBe(true);
  });
});
