/**
 * Hostile repositories (issue #21): each test is an instance of an attack or a careless input that once got
 * through, run through the CLI as a pull request's files would be. docs/robustness.md, "Threat model", says
 * what ecslint trusts and what it bounds.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/engine/lint.js';
import { FORMATS } from '../../src/reporters/index.js';
import { stylish } from '../../src/reporters/stylish.js';
import { tempDir } from '../../src/testing/temp.js';
import { ALL, cli, expectOneParagraph, GOOD, project, REPORTER_CTX, ROOT } from './helpers.js';

const task = (containers: unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ family: 'x', containerDefinitions: containers, ...extra }, null, 2);

describe('policies from the repository', () => {
  it('a catastrophic pattern (^(a+)+$) against 40 "a"s and a "b" finishes: RE2 does not backtrack', async () => {
    const dir = project({
      '.ecslintrc.json': JSON.stringify({
        policies: [
          {
            id: 'acme/redos',
            description: 'd',
            target: '/containerDefinitions/*/image',
            assert: { type: 'string', pattern: '^(a+)+$' },
            message: 'image {{value}}',
          },
        ],
      }),
      'task-definition.json': task([{ name: 'web', image: `${'a'.repeat(40)}b`, memory: 128, essential: true }]),
    });
    const { code, stdout } = await cli(dir, ['--format', 'compact', 'task-definition.json']);
    expect(code).toBe(1);
    expect(stdout).toContain('[acme/redos]');
  }, 10_000);

  it('each pattern of a policy is its own (patterns compiled for one are not reused for another)', async () => {
    const dir = project({
      '.ecslintrc.json': JSON.stringify({
        policies: [
          {
            id: 'acme/ecr',
            description: 'd',
            target: '/containerDefinitions/*/image',
            assert: { type: 'string', pattern: '\\.amazonaws\\.com/', not: { pattern: '^docker\\.io/' } },
            message: 'image {{value}}',
          },
        ],
      }),
      'task-definition.json': task([
        { name: 'a', image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1', memory: 128, essential: true },
        { name: 'b', image: 'docker.io/library/nginx:1', memory: 128, essential: true },
      ]),
    });
    const { stdout } = await cli(dir, ['--format', 'compact', 'task-definition.json']);
    expect(stdout.split('\n').filter((l) => l.includes('[acme/ecr]'))).toEqual([
      expect.stringContaining('image docker.io/library/nginx:1'),
    ]);
  });

  it('a pattern RE2 cannot match (lookahead) is exit 2 naming the policy', async () => {
    const dir = project({
      '.ecslintrc.json': JSON.stringify({
        policies: [{ id: 'acme/look', description: 'd', assert: { pattern: '(?=a)b' }, message: 'm' }],
      }),
      'task-definition.json': GOOD,
    });
    const { code, stderr } = await cli(dir, ['task-definition.json']);
    expect(code).toBe(2);
    expectOneParagraph(stderr);
    expect(stderr).toMatch(/policy "acme\/look": "assert" .*RE2/);
  });

  it('"$async": true is exit 2: async schemas are not supported in policies', async () => {
    const dir = project({
      '.ecslintrc.json': JSON.stringify({
        policies: [{ id: 'acme/a', description: 'd', assert: { $async: true, type: 'object' }, message: 'm' }],
      }),
      'task-definition.json': GOOD,
    });
    const { code, stdout, stderr } = await cli(dir, ['task-definition.json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expectOneParagraph(stderr);
    expect(stderr).toContain('async schemas are not supported in policies');
  });
});

describe('file names that look like workflow commands', () => {
  const names = ['::add-mask::ecslint.json', '::error title=Injected::x.json', 'x\n::error title=Injected::y.json'];
  const bad = task([{ name: 'web', image: 'nginx:latest', memory: 128, essential: false }]);

  it.each(FORMATS.filter((f) => f !== 'github'))('%s: no line starts with "::"', async (format) => {
    const dir = project(Object.fromEntries(names.map((n) => [n, bad])));
    const { stdout, stderr } = await cli(dir, ['--format', format, ...names]);
    expect(stdout).toContain('add-mask');
    for (const line of `${stdout}\n${stderr}`.split('\n')) expect(line.startsWith('::')).toBe(false);
  });

  it('github: every line that starts with "::" is one of its annotations, the name escaped in it', async () => {
    const dir = project(Object.fromEntries(names.map((n) => [n, bad])));
    const { stdout } = await cli(dir, ['--format', 'github', ...names]);
    const commands = stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands.length).toBeGreaterThan(0);
    for (const line of commands) expect(line).toMatch(/^::(error|warning|notice) file=[^:,]*,line=\d+,/);
  });

  it('a walk warning about such a name is one line that does not start with "::"', async () => {
    const dir = project({ 'ok/task-definition.json': GOOD });
    symlinkSync('/nonexistent', join(dir, 'ok', 'x\n::error title=Injected::broken.json'));
    const { stderr } = await cli(dir, ['ok']);
    expect(stderr).toContain('broken symbolic link');
    for (const line of stderr.split('\n')) expect(line.startsWith('::')).toBe(false);
  });
});

describe('findings and rules on big inputs', () => {
  it('a 50,000-item list is at most 100 findings per rule and file, then one that counts the rest', async () => {
    const tags = Array.from({ length: 50_000 }, () => ({ key: '', value: null }));
    const dir = project({ 'task-definition.json': JSON.stringify({ family: 'x', containerDefinitions: [], tags }) });
    for (const format of ['sarif', 'compact']) {
      const { stdout } = await cli(dir, ['--format', format, '--preset', 'all', 'task-definition.json']);
      expect(stdout.length).toBeLessThan(2_000_000);
    }
    const { stdout } = await cli(dir, ['--format', 'json', '--preset', 'all', 'task-definition.json']);
    const diagnostics = JSON.parse(stdout).results[0].diagnostics as { ruleId: string; message: string }[];
    const byRule = new Map<string, number>();
    for (const d of diagnostics) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
    for (const n of byRule.values()) expect(n).toBeLessThanOrEqual(101);
    expect(diagnostics.some((d) => /^\d+ more findings of this rule in this file are not listed/.test(d.message))).toBe(
      true,
    );
  }, 60_000);

  it('a dependsOn chain of 6,000 containers does not overflow the stack', async () => {
    const n = 6000;
    const containers = Array.from({ length: n }, (_, i) => ({
      name: `c${i}`,
      image: 'nginx:1.27',
      memory: 128,
      essential: i === 0,
      dependsOn: [{ containerName: `c${(i + 1) % n}`, condition: 'START' }],
    }));
    const dir = project({ 'task-definition.json': task(containers) });
    const { code, stdout } = await cli(dir, [
      '--format',
      'json',
      '--rule',
      'valid-container-references=error',
      'task-definition.json',
    ]);
    expect(code).toBe(1);
    const diagnostics = JSON.parse(stdout).results[0].diagnostics as { ruleId: string; message: string }[];
    expect(diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([]);
    expect(diagnostics.some((d) => d.message.startsWith('"dependsOn" cycle'))).toBe(true);
  }, 60_000);

  it('60,000 port mappings are checked without comparing each with every other (finishes well within the test timeout)', async () => {
    const portMappings = Array.from({ length: 60_000 }, (_, i) => ({ containerPort: 1 + i, hostPort: 1 + i }));
    const dir = project({
      'task-definition.json': task([{ name: 'web', image: 'nginx:1.27', memory: 128, essential: true, portMappings }], {
        networkMode: 'awsvpc',
      }),
    });
    const { code, stderr } = await cli(dir, ['--format', 'compact', '--max-file-size', '20M', 'task-definition.json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  }, 8_000);

  it('stylish on a one-line file with 20,000 findings shows a window of the line for each', async () => {
    const environment = Array.from({ length: 20_000 }, (_, i) => ({ name: `V${i}`, value: `v${i}`, x: 1 }));
    const text = JSON.stringify({
      family: 'x',
      containerDefinitions: [{ name: 'web', image: 'nginx:1.27', memory: 128, essential: true, environment }],
    });
    const result = lintText(text, {
      file: 'task-definition.json',
      rules: builtinRules,
      settings: ALL,
      explicit: true,
      maxFindingsPerRule: 0,
    });
    expect(result.diagnostics.length).toBeGreaterThan(20_000);
    const source = stylish([result], REPORTER_CTX)
      .split('\n')
      .filter((l) => /^\s+1 \| /.test(l));
    expect(source.length).toBeGreaterThan(20_000);
    for (const line of source) expect(line.length).toBeLessThan(200);
    // The part shown is the finding's: the last variable's line shows that variable.
    expect(source.at(-1)).toContain('V19999');
  }, 30_000);
});

describe('secrets that are not strings', () => {
  it('numbers, lists and objects under secret names are masked in stylish source lines', async () => {
    const dir = project({
      'task-definition.json': task([
        {
          name: 'web',
          image: 'nginx:1.27',
          memory: 128,
          essential: true,
          environment: [
            { name: 'DB_TOKEN', value: 12345678901234 },
            { name: 'API_KEY', value: ['sk-live-abcdef', 987654321] },
            { name: 'OTHER', value: { nested: 'hunter2-secret' } },
          ],
        },
      ]),
    });
    const { code, stdout } = await cli(dir, ['--preset', 'all', 'task-definition.json']);
    expect(code).toBe(1);
    expect(stdout).toContain('[schema]');
    for (const secret of ['12345678901234', 'sk-live-abcdef', '987654321', 'hunter2-secret']) {
      expect(stdout).not.toContain(secret);
    }
  });
});

describe('configs, policy files and baselines that are not what they say', () => {
  const linked = (target: string, name = '.ecslintrc.json'): string => {
    const dir = project({ 'task-definition.json': GOOD });
    symlinkSync(target, join(dir, name));
    return dir;
  };
  const secretFile = (): string => {
    const home = tempDir('ecslint-home-');
    const path = join(home, '.npmrc');
    writeFileSync(path, '//registry.npmjs.org/:_authToken=npm_SECRETSECRETSECRET123\n');
    return path;
  };

  it.each([
    ['a config linked to /dev/zero', () => linked('/dev/zero'), ['task-definition.json']],
    ['-c /dev/zero', () => project({ 'task-definition.json': GOOD }), ['-c', '/dev/zero', 'task-definition.json']],
    [
      '--baseline /dev/zero',
      () => project({ 'task-definition.json': GOOD }),
      ['--baseline', '/dev/zero', 'task-definition.json'],
    ],
    [
      'a policy file /dev/zero',
      () => project({ 'task-definition.json': GOOD, '.ecslintrc.json': '{"policies": ["./zero.json"]}' }),
      ['task-definition.json'],
      'zero.json',
    ],
  ] as [string, () => string, string[], string?][])(
    '%s: exit 2 at once, nothing read',
    async (_, make, args, link) => {
      const dir = make();
      if (link) symlinkSync('/dev/zero', join(dir, link));
      const { code, stderr } = await cli(dir, args);
      expect(code).toBe(2);
      expectOneParagraph(stderr);
      expect(stderr).toMatch(/not a regular file|outside the repository/);
    },
    10_000,
  );

  it('a FIFO config does not hang', async () => {
    const dir = project({ 'task-definition.json': GOOD });
    execFileSync('mkfifo', [join(dir, '.ecslintrc.json')]);
    const { code, stderr } = await cli(dir, ['task-definition.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('not a regular file');
  }, 10_000);

  it.each(['.ecslintrc.yaml', '.ecslintrc.json'])(
    'a config (%s) linked to ~/.npmrc or /proc/self/environ never prints what they hold',
    async (name) => {
      for (const target of [secretFile(), '/proc/self/environ']) {
        const dir = linked(target, name);
        const { code, stdout, stderr } = await cli(dir, ['task-definition.json']);
        expect(code).toBe(2);
        expectOneParagraph(stderr);
        expect(`${stdout}${stderr}`).not.toMatch(/SECRET|PATH=|HOME=/);
      }
    },
  );

  it('a config inside the repository that is ~/.npmrc-like text is refused without quoting it', async () => {
    const dir = project({
      'task-definition.json': GOOD,
      '.ecslintrc.yaml': '//registry.npmjs.org/:_authToken=npm_SECRETSECRETSECRET123\n',
    });
    const { code, stderr } = await cli(dir, ['task-definition.json']);
    expect(code).toBe(2);
    expect(stderr).not.toContain('SECRET');
    expect(stderr).toMatch(/the top level must be an object; got a string of \d+ characters/);
  });

  it('config discovery stops at the repository root: a config above it does not apply', async () => {
    const outer = tempDir('ecslint-outer-');
    writeFileSync(join(outer, '.ecslintrc.json'), '{"rules": {"require-container-memory": "off", "nope": "error"}}');
    const dir = join(outer, 'repo');
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, 'task-definition.json'), GOOD);
    const { code, stderr } = await cli(dir, ['task-definition.json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('outside any repository, discovery does not climb above the working directory (/tmp/.ecslintrc.json)', async () => {
    const outer = tempDir('ecslint-norepo-');
    writeFileSync(join(outer, '.ecslintrc.json'), '{"rules": {"nope": "error"}}');
    const dir = join(outer, 'x');
    mkdirSync(dir);
    writeFileSync(join(dir, 'task-definition.json'), GOOD);
    const { code, stderr } = await cli(dir, ['task-definition.json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('a duplicate key in a config is exit 2 naming both lines', async () => {
    const dir = project({
      'task-definition.json': GOOD,
      '.ecslintrc.json': '{\n  "preset": "all",\n  "preset": "recommended"\n}\n',
    });
    const { code, stderr } = await cli(dir, ['task-definition.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('duplicate key "preset" on line 3 (first on line 2)');
  });

  it('a number out of range (1e999) in a config is said to be, not shown as null', async () => {
    const dir = project({
      'task-definition.json': GOOD,
      '.ecslintrc.json': '{"rules": {"valid-task-resources": ["error", {"x": 1e999}]}}',
    });
    const { code, stderr } = await cli(dir, ['task-definition.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('the number 1e999 on line 1 is out of range');
    expect(stderr).not.toContain('null');
  });
});

describe('plugins named by the repository', () => {
  const PLUGIN = `export default [{ meta: { id: 'acme/x', severity: 'error', description: 'd', messages: { m: 'x' } }, check() {} }];\n`;

  it.each([
    ['an absolute path', (outside: string) => outside],
    ['a ../ path', (outside: string) => `../${outside.split('/').slice(-2).join('/')}`],
  ])('a plugin outside the repository (%s) is not loaded: exit 2', async (_, spec) => {
    const parent = tempDir('ecslint-parent-');
    const outsideDir = join(parent, 'elsewhere');
    mkdirSync(outsideDir);
    const outside = join(outsideDir, 'evil.mjs');
    writeFileSync(outside, `globalThis.__ecslintEvilRan = true;\n${PLUGIN}`);
    const dir = join(parent, 'repo');
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, 'task-definition.json'), GOOD);
    writeFileSync(join(dir, '.ecslintrc.json'), JSON.stringify({ plugins: [spec(outside)] }));
    const { code, stderr } = await cli(dir, ['task-definition.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('outside the repository');
    expect((globalThis as { __ecslintEvilRan?: boolean }).__ecslintEvilRan).toBeUndefined();
  });
});

describe('plugin code is bounded', () => {
  const rule = (check: string): string =>
    `export default [{ meta: { id: 'acme/x', severity: 'error', description: 'd', messages: { m: 'x' } }, ${check} }];\n`;

  it('a plugin rule that never returns is an internal-error naming the rule after --plugin-timeout; exit 2', async () => {
    const dir = project({
      'plugin.mjs': rule('check() { for (;;) {} }'),
      '.ecslintrc.json': '{"plugins": ["./plugin.mjs"]}',
      'task-definition.json': GOOD,
    });
    const { code, stdout } = await cli(dir, ['--format', 'compact', '--plugin-timeout', '200', 'task-definition.json']);
    expect(code).toBe(2);
    expect(stdout).toMatch(/rule "acme\/x" crashed on task definition: took longer than 200 ms .*\[internal-error\]/);
  }, 20_000);

  it('a plugin that throws null at import is a one-line error, not "Cannot read properties of null"', async () => {
    const dir = project({
      'plugin.mjs': 'throw null;\n',
      '.ecslintrc.json': '{"plugins": ["./plugin.mjs"]}',
      'task-definition.json': GOOD,
    });
    const { code, stderr } = await cli(dir, ['task-definition.json']);
    expect(code).toBe(2);
    expectOneParagraph(stderr);
    expect(stderr).toContain('cannot load plugin "./plugin.mjs": it threw null');
  });

  it.each([
    ['a top-level await that never settles', 'await new Promise(() => {});\n'],
    ['a timer left running', `setInterval(() => {}, 1000);\n`],
  ])(
    'the installed CLI exits (2 or with its findings) after %s',
    (_, code) => {
      const dir = project({
        'plugin.mjs': `${code}${rule('check(task, ctx) { ctx.report({ messageId: "m", path: [] }); }')}`,
        '.ecslintrc.json': '{"plugins": ["./plugin.mjs"]}',
        'task-definition.json': GOOD,
      });
      const run = spawnSync(
        process.execPath,
        [join(ROOT, 'dist', 'cli.js'), '--format', 'compact', 'task-definition.json'],
        {
          cwd: dir,
          encoding: 'utf8',
          timeout: 30_000,
          env: { ...process.env, ECSLINT_NO_COMPILE_CACHE: '1' },
        },
      );
      expect(run.signal).toBeNull();
      if (code.startsWith('await')) {
        // The import is given up after 10 s, or the run's promise is found never to settle: exit 2, never 0.
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^ecslint: /);
      } else {
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('[acme/x]');
      }
    },
    40_000,
  );
});

describe('globs, writes and baselines', () => {
  it('a glob does not follow a link out of the tree (as a walk does not)', async () => {
    const dir = project({ 'deploy/web-task-definition.json': GOOD });
    const home = tempDir('ecslint-home-');
    writeFileSync(join(home, '.npmrc'), '{"family": "//registry.npmjs.org/:_authToken=npm_SECRETSECRET"\n');
    symlinkSync(join(home, '.npmrc'), join(dir, 'deploy', 'task-def.json'));
    const { stdout, stderr } = await cli(dir, ['deploy/*.json']);
    expect(`${stdout}${stderr}`).not.toContain('SECRET');
    expect(stderr).toContain('skipping deploy/task-def.json: symbolic link to a place outside');
  });

  it('a report is never written through a link that leaves the working tree', async () => {
    const parent = tempDir('ecslint-parent-');
    const dir = join(parent, 'repo');
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, 'task-definition.json'), GOOD);
    writeFileSync(join(parent, 'victim.txt'), 'precious\n');
    symlinkSync('../victim.txt', join(dir, 'ecslint.sarif'));
    const { code, stderr } = await cli(dir, ['-o', 'sarif=ecslint.sarif', 'task-definition.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('outside the working directory');
    expect(readFileSync(join(parent, 'victim.txt'), 'utf8')).toBe('precious\n');
  });

  it('a report named by a link to the linted file does not replace it', async () => {
    const dir = project({ 't.json': GOOD });
    symlinkSync('t.json', join(dir, 'out.json'));
    const { code, stderr } = await cli(dir, ['-f', 'json', '-o', 'out.json', 't.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('refusing to write a report over t.json');
    expect(readFileSync(join(dir, 't.json'), 'utf8')).toBe(GOOD);
  });

  it('a report over the baseline, the config or a read-only file is refused', async () => {
    const dir = project({ 't.json': GOOD, 'b.json': '{"version": 1, "findings": []}\n', '.ecslintrc.json': '{}' });
    writeFileSync(join(dir, 'ro.txt'), 'keep\n', { mode: 0o444 });
    for (const args of [
      ['--baseline', 'b.json', '-o', 'b.json', 't.json'],
      ['-o', 'sarif=.ecslintrc.json', 't.json'],
      ['-o', 'ro.txt', 't.json'],
    ]) {
      const { code, stderr } = await cli(dir, args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/refusing to write/);
    }
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('{"version": 1, "findings": []}\n');
    expect(readFileSync(join(dir, '.ecslintrc.json'), 'utf8')).toBe('{}');
    expect(readFileSync(join(dir, 'ro.txt'), 'utf8')).toBe('keep\n');
  });

  it('--baseline X --write-baseline X records every current finding, not only the new ones', async () => {
    const bad = task([{ name: 'web', image: 'nginx:latest', memory: 128, essential: false }]);
    const dir = project({ 'task-definition.json': bad });
    await cli(dir, ['--write-baseline', 'b.json', 'task-definition.json']);
    const first = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')).findings.length;
    expect(first).toBeGreaterThan(0);
    await cli(dir, ['--baseline', 'b.json', '--write-baseline', 'b.json', 'task-definition.json']);
    expect(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')).findings.length).toBe(first);
  });

  it('small ones: an empty path, -o sarif= with no name', async () => {
    const dir = project({ 'task-definition.json': GOOD });
    const empty = await cli(dir, ['']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('empty path');
    const noName = await cli(dir, ['-o', 'sarif=', 'task-definition.json']);
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain('no file name');
    expect(existsSync(join(dir, 'sarif='))).toBe(false);
  });
});
