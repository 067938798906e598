import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRun } from '../api.js';
import { ROOT } from '../testing/fixtures.js';
import { project, runCli } from '../testing/harness.js';
import { expand } from './policies.js';

// A realistic Fargate service: web + FireLens router, one image from Docker Hub, no team tag, 16 GiB.
const TASK = `{
  "family": "checkout",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "4096",
  "memory": "16384",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/checkout:4.2.0",
      "essential": true,
      "portMappings": [{ "containerPort": 8080 }],
      "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost:8080/ || exit 1"] },
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": { "awslogs-group": "/ecs/checkout", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "web" }
      }
    },
    {
      "name": "metrics",
      "image": "prom/statsd-exporter:v0.26.0",
      "essential": false,
      "logConfiguration": { "logDriver": "splunk", "options": { "splunk-url": "https://splunk.example.com:8088" } }
    }
  ],
  "tags": [{ "key": "cost-center", "value": "1234" }]
}
`;

const cli = (cwd: string, args: string[]) => runCli(cwd, args);

const ONLY_POLICIES = '{"preset": "recommended", "rules": {}}';

function withDocsExamples(files: Record<string, string>): string {
  const dir = project(files);
  copyFileSync(join(ROOT, 'docs', 'examples', 'policies.yaml'), join(dir, 'policies.yaml'));
  copyFileSync(join(ROOT, 'docs', 'examples', 'acme-plugin.js'), join(dir, 'acme-plugin.js'));
  return dir;
}

const policyLines = (stdout: string) => stdout.split('\n').filter((l) => /\[acme\//.test(l));

describe('declarative policies (docs/examples/policies.yaml)', () => {
  it('report each violation on the exact range of its target', async () => {
    const dir = withDocsExamples({
      'task.json': TASK,
      '.ecslintrc.yaml': 'policies: [./policies.yaml]\n',
    });
    const { code, stdout } = await cli(dir, ['--format', 'compact', 'task.json']);
    expect(code).toBe(1);
    expect(policyLines(stdout)).toEqual([
      'task.json:6:13: warning: task memory "16384" is above our 8192 MiB ceiling for Fargate [acme/fargate-memory-ceiling]',
      'task.json:22:16: error: container "metrics" uses image "prom/statsd-exporter:v0.26.0" from a registry we do not approve [acme/approved-registries]',
      'task.json:22:16: error: container "metrics" pulls "prom/statsd-exporter:v0.26.0" from Docker Hub [acme/no-docker-hub]',
      'task.json:24:42: warning: container "metrics" does not log with awslogs (it has splunk) [acme/awslogs-only]',
      'task.json:27:11: error: the task definition has no "team" tag [acme/require-team-tag]',
    ]);
  });

  it('link to their own reference, else to the policies guide, never to a README ecslint does not have', async () => {
    const dir = withDocsExamples({ 'task.json': TASK, '.ecslintrc.yaml': 'policies: [./policies.yaml]\n' });
    const { stdout } = await cli(dir, ['--format', 'json', 'task.json']);
    const docs = new Map<string, string>();
    for (const d of JSON.parse(stdout).results[0].diagnostics) docs.set(d.ruleId, d.docsUrl);
    expect(docs.get('acme/approved-registries')).toBe('https://wiki.example.com/platform/registries');
    expect(docs.get('acme/require-team-tag')).toBe('https://github.com/ecslint/ecslint/blob/main/docs/policies.md');
  });

  it('appear in --print-config, with the levels the config gives them', async () => {
    const dir = withDocsExamples({
      'task.json': TASK,
      '.ecslintrc.yaml': 'policies: [./policies.yaml]\nrules:\n  acme/awslogs-only: error\n',
    });
    const { code, stdout } = await cli(dir, ['--print-config', 'task.json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).rules).toMatchObject({ 'acme/awslogs-only': 'error', 'acme/require-team-tag': 'error' });
  });

  it('never show a value that may be a secret in {{value}}', async () => {
    const env = TASK.replace(
      '"essential": true',
      '"essential": true, "environment": [{ "name": "DB_PASSWORD", "value": "hunter2-not-real" }]',
    );
    const policy =
      '- id: acme/short-env\n  description: short values\n  target: /containerDefinitions/*/environment/*/value\n  assert: { maxLength: 3 }\n  message: "value {{value}} is too long"\n';
    const dir = project({ 'task.json': env, 'p.yaml': policy, '.ecslintrc.yaml': 'policies: [./p.yaml]\n' });
    const { stdout } = await cli(dir, ['--format', 'json', 'task.json']);
    expect(stdout).toContain('value (hidden) is too long');
    expect(stdout).not.toContain('hunter2');
  });

  it('skip tasks that "when" does not select', async () => {
    const ec2 = TASK.replace('"requiresCompatibilities": ["FARGATE"]', '"requiresCompatibilities": ["EC2"]');
    const dir = withDocsExamples({ 'task.json': ec2, '.ecslintrc.yaml': 'policies: [./policies.yaml]\n' });
    const { stdout } = await cli(dir, ['--format', 'compact', 'task.json']);
    expect(stdout).not.toContain('acme/fargate-memory-ceiling');
  });

  it('can be turned off or changed in level like any rule', async () => {
    const dir = withDocsExamples({
      'task.json': TASK,
      '.ecslintrc.yaml':
        'policies: [./policies.yaml]\nrules:\n  acme/no-docker-hub: "off"\n  acme/require-team-tag: note\n',
    });
    const { stdout } = await cli(dir, ['--format', 'compact', 'task.json']);
    expect(stdout).not.toContain('acme/no-docker-hub');
    expect(stdout).toContain('note: the task definition has no "team" tag [acme/require-team-tag]');
    // Up as well as down: acme/awslogs-only is a warning policy.
    const raised = withDocsExamples({
      'task.json': TASK,
      '.ecslintrc.yaml': 'policies: [./policies.yaml]\nrules:\n  acme/awslogs-only: error\n',
    });
    const up = await cli(raised, ['--format', 'compact', 'task.json']);
    expect(up.stdout).toMatch(/ error: .*\[acme\/awslogs-only\]/);
    expect(up.stdout).not.toMatch(/ warning: .*\[acme\/awslogs-only\]/);
  });

  it.each([
    [
      'a policy without a namespace',
      '{"policies": [{"id": "no-team", "description": "d", "assert": true, "message": "m"}]}',
      'policy "no-team": "id" must be namespaced, like "acme/require-team-tag"',
    ],
    [
      'a policy missing its message',
      '{"policies": [{"id": "acme/x", "description": "d", "assert": true}]}',
      'policy "acme/x": must have required property \'message\' "message"',
    ],
    [
      'an assert that is not JSON Schema',
      '{"policies": [{"id": "acme/x", "description": "d", "assert": {"typo": 1}, "message": "m"}]}',
      'policy "acme/x": "assert" is not a valid JSON Schema: strict mode: unknown keyword: "typo"',
    ],
    [
      'two policies with one id',
      '{"policies": [{"id": "acme/x", "description": "d", "assert": true, "message": "m"}, {"id": "acme/x", "description": "d", "assert": true, "message": "m"}]}',
      'policy "acme/x": "id" is used by another policy',
    ],
    ['a missing policy file', '{"policies": ["./nope.yaml"]}', 'cannot read policy file "./nope.yaml": ENOENT'],
    ['a missing plugin', '{"plugins": ["./nope.js"]}', 'cannot load plugin "./nope.js"'],
  ])('exit 2 naming the file and the policy for %s', async (_name, config, expected) => {
    const dir = project({ 'task.json': TASK, '.ecslintrc.json': config });
    const { code, stderr } = await cli(dir, ['task.json']);
    expect(code).toBe(2);
    expect(stderr).toContain(join(dir, '.ecslintrc.json'));
    expect(stderr).toContain(expected);
  });

  it('exit 2 naming the policy file when a policy inside it is bad', async () => {
    const dir = project({
      'task.json': TASK,
      'policies.json':
        '[{"id": "acme/x", "description": "d", "target": "containerDefinitions", "assert": true, "message": "m"}]',
      '.ecslintrc.json': '{"policies": ["./policies.json"]}',
    });
    const { code, stderr } = await cli(dir, ['task.json']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `ecslint: policy file ${join(dir, 'policies.json')}: policy "acme/x": "target" must be a JSON pointer starting with "/"; got "containerDefinitions"\n`,
    );
  });
});

describe('plugins', () => {
  it('run their rules through the same engine (docs/examples/acme-plugin.js)', async () => {
    const dir = withDocsExamples({ 'task.json': TASK, '.ecslintrc.json': '{"plugins": ["./acme-plugin.js"]}' });
    const { stdout } = await cli(dir, ['--format', 'compact', 'task.json']);
    expect(policyLines(stdout)).toEqual([
      'task.json:14:7: warning: container "web" takes traffic but its health check has no "startPeriod" [acme/require-start-period]',
    ]);
  });

  it('a throwing plugin rule gives one internal-error, the other rules still run, and the exit code is 2', async () => {
    const dir = project({
      'task.json': TASK,
      'throws.mjs': `export default { rules: [
        { meta: { id: 'acme/throws', severity: 'error', description: 'd', messages: {} }, check(task) { return task.nothing.length; } },
        { meta: { id: 'acme/family', severity: 'note', description: 'd', messages: { f: 'family {{f}}' } }, check(task, ctx) { ctx.report({ messageId: 'f', path: ['family'], data: { f: task.family } }); } },
      ] };`,
      '.ecslintrc.json': `{"plugins": ["./throws.mjs"], ${ONLY_POLICIES.slice(1, -1)}}`,
    });
    const { code, stdout } = await cli(dir, ['--format', 'compact', 'task.json']);
    expect(code).toBe(2);
    const crashes = stdout.split('\n').filter((l) => l.includes('[internal-error]'));
    expect(crashes).toEqual([
      `task.json:1:1: error: rule "acme/throws" crashed on task definition: Cannot read properties of undefined (reading 'length') [internal-error]`,
    ]);
    expect(stdout).toContain('task.json:2:13: note: family checkout [acme/family]');
  });

  it('an async plugin rule is a crash, not an unhandled rejection; a baseline never records a crash', async () => {
    const dir = project({
      'task.json': TASK,
      'async.mjs': `export default [
        { meta: { id: 'acme/async', severity: 'error', description: 'd', messages: {} }, async check() { throw new Error('async boom'); } },
      ];`,
      '.ecslintrc.json': `{"plugins": ["./async.mjs"], ${ONLY_POLICIES.slice(1, -1)}}`,
    });
    const { code, stdout, stderr } = await cli(dir, ['--format', 'compact', 'task.json']);
    expect(code).toBe(2);
    expect(stdout).toContain(
      'error: rule "acme/async" crashed on task definition: check() returned a promise; rules must be synchronous [internal-error]',
    );
    expect(stderr).not.toContain('async boom');
    const written = await cli(dir, ['--write-baseline', 'baseline.json', 'task.json']);
    expect(written.code).toBe(2);
    const baseline = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    expect(baseline.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('internal-error');
    const again = await cli(dir, ['--format', 'compact', '--baseline', 'baseline.json', 'task.json']);
    expect(again.code).toBe(2);
    expect(again.stdout).toContain('[internal-error]');
  });

  it('name the config, policy and plugin files a run used, resolved as they are loaded', async () => {
    const dir = withDocsExamples({
      'task.json': TASK,
      'plugins/acme.mjs': "export default [{ meta: { id: 'acme/none', severity: 'note', messages: {} }, check() {} }];",
      '.ecslintrc.yaml': 'policies: [./policies.yaml]\nplugins: [plugins/acme.mjs, ./acme-plugin.js]\n',
    });
    const { configFiles } = await lintRun(['task.json'], { cwd: dir });
    expect([...configFiles].sort()).toEqual(
      ['.ecslintrc.yaml', 'acme-plugin.js', 'plugins/acme.mjs', 'policies.yaml'].map((f) => join(dir, f)),
    );
  });

  it('rejects a plugin rule without a namespace', async () => {
    const dir = project({
      'task.json': TASK,
      'bad.mjs': `export default [{ meta: { id: 'throws', severity: 'error', messages: {} }, check() {} }];`,
      '.ecslintrc.json': '{"plugins": ["./bad.mjs"]}',
    });
    const { code, stderr } = await cli(dir, ['task.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('rule id "throws" must be namespaced');
  });
});

describe('suppressions', () => {
  const config = (pointer: string) =>
    JSON.stringify(
      {
        suppressions: [
          {
            files: 'task.json',
            rules: 'require-log-configuration',
            pointer,
            reason: 'metrics logs to stdout on purpose',
          },
          { files: 'task.json', rules: ['no-privileged-container'], reason: 'the old agent needed it' },
          { files: 'other/*.json', rules: 'schema', reason: 'not linted in this run' },
        ],
      },
      null,
      2,
    );

  it('hide findings, count them, list them with --show-suppressed, and note the unused one', async () => {
    const task = TASK.replace(/,\s*"logConfiguration": \{ "logDriver": "splunk"[^\n]*\n/, '\n');
    const dir = project({ 'task.json': task, '.ecslintrc.json': config('/containerDefinitions/1') });
    const plain = await cli(dir, ['--format', 'compact', 'task.json']);
    expect(plain.stdout).not.toContain('[require-log-configuration]');
    expect(plain.stdout).toContain(
      '.ecslintrc.json:9:5: note: suppression #2 (no-privileged-container) matched no finding in the files linted: the old agent needed it [unused-suppression]',
    );
    expect(plain.stdout).not.toContain('suppression #3');
    const json = JSON.parse((await cli(dir, ['--format', 'json', 'task.json'])).stdout);
    expect(json.summary.suppressed).toBe(1);
    expect(json.results[0].suppressed[0]).toMatchObject({
      ruleId: 'require-log-configuration',
      suppression: { kind: 'config', reason: 'metrics logs to stdout on purpose' },
    });
    const shown = await cli(dir, ['--format', 'compact', '--show-suppressed', 'task.json']);
    expect(shown.stdout).toMatch(/\[require-log-configuration\]/);
    expect(shown.stdout).toContain('(suppressed: metrics logs to stdout on purpose)');
  });

  it('match by pointer prefix, so a suppression for one container leaves the others', async () => {
    const task = TASK.replace(/,\s*"logConfiguration": \{ "logDriver": "splunk"[^\n]*\n/, '\n').replace(
      /"logConfiguration": \{\n\s*"logDriver": "awslogs",\n[^\n]*\n\s*\}/,
      '"user": "1000"',
    );
    const dir = project({ 'task.json': task, '.ecslintrc.json': config('/containerDefinitions/1') });
    const { stdout } = await cli(dir, ['--format', 'compact', 'task.json']);
    const lines = stdout.split('\n').filter((l) => l.includes('[require-log-configuration]'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('container "web"');
  });

  it('need a reason', async () => {
    const dir = project({
      'task.json': TASK,
      '.ecslintrc.json': '{"suppressions": [{"files": "task.json", "rules": "schema"}]}',
    });
    const { code, stderr } = await cli(dir, ['task.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('"suppressions.0" is missing "reason"');
  });
});

describe('baseline', () => {
  it('hides recorded findings, survives moved lines, and shows new ones', async () => {
    const dir = project({ 'task.json': TASK, '.ecslintrc.json': '{"preset": "strict"}' });
    const before = await cli(dir, ['--format', 'json', 'task.json']);
    const total = JSON.parse(before.stdout).summary;
    expect(total.errors + total.warnings).toBeGreaterThan(0);

    const written = await cli(dir, ['--write-baseline', 'ecslint-baseline.json', 'task.json']);
    expect(written.code).toBe(0);
    const baseline = JSON.parse(readFileSync(join(dir, 'ecslint-baseline.json'), 'utf8'));
    expect(baseline.version).toBe(1);
    expect(baseline.findings.length).toBe(total.errors + total.warnings + total.notes);
    expect(JSON.stringify(baseline)).not.toMatch(/"line"/);

    // Unrelated edits move every line down; nothing resurfaces.
    writeFileSync(join(dir, 'task.json'), TASK.replace('{\n', '{\n\n\n').replaceAll('\n  "', '\n    "'));
    const moved = await cli(dir, ['--format', 'json', '--baseline', 'ecslint-baseline.json', 'task.json']);
    const movedSummary = JSON.parse(moved.stdout).summary;
    expect(movedSummary).toMatchObject({ errors: 0, warnings: 0, notes: 0 });
    expect(movedSummary.suppressed).toBe(baseline.findings.length);
    expect(moved.code).toBe(0);

    // A new problem shows.
    writeFileSync(join(dir, 'task.json'), TASK.replace('"essential": false', '"essential": false, "privileged": true'));
    const fresh = await cli(dir, ['--format', 'compact', '--baseline', 'ecslint-baseline.json', 'task.json']);
    expect(fresh.code).toBe(1);
    expect(
      fresh.stdout
        .trim()
        .split('\n')
        .every((l) => /privileged/i.test(l)),
    ).toBe(true);
  });

  it('refuses a file that is not a baseline', async () => {
    const dir = project({ 'task.json': TASK, 'b.json': '{"hello": 1}' });
    const { code, stderr } = await cli(dir, ['--baseline', 'b.json', 'task.json']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `ecslint: baseline ${join(dir, 'b.json')} is not an ecslint baseline (write one with --write-baseline)\n`,
    );
  });
});

describe('expand', () => {
  it('expands * over arrays and objects and skips missing members', () => {
    const doc = {
      containerDefinitions: [{ image: 'a' }, { name: 'x' }, { image: 'c' }],
      dockerLabels: { a: '1', b: '2' },
    };
    expect(expand(doc, ['containerDefinitions', '*', 'image'])).toEqual([
      { path: ['containerDefinitions', 0, 'image'], value: 'a' },
      { path: ['containerDefinitions', 2, 'image'], value: 'c' },
    ]);
    expect(expand(doc, ['dockerLabels', '*']).map((m) => m.value)).toEqual(['1', '2']);
    expect(expand(doc, [])).toEqual([{ path: [], value: doc }]);
  });
});
