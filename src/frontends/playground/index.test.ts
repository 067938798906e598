import { describe, expect, it } from 'vitest';
import { lintText } from '../../api.js';
import { applyFix, fixAll, lintInBrowser, report } from './index.js';

// A Fargate service as a console export leaves it: awsvpc with a hostPort that differs, and a null member.
const TASK = `{
  "family": "shop",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "shop",
      "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop:2.4.1",
      "essential": true,
      "links": null,
      "portMappings": [{ "containerPort": 8080, "hostPort": 80, "protocol": "tcp" }],
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": { "awslogs-group": "/ecs/shop", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "shop" }
      }
    }
  ]
}
`;

const DEFAULT_CONFIG = '{ "preset": "recommended" }';
const ids = (run: ReturnType<typeof lintInBrowser>) =>
  run.result.diagnostics.map((d) => `${d.range.start.line}:${d.ruleId}`);

describe('the playground adapter', () => {
  it('finds what the CLI finds in the same document, with the same fingerprints', async () => {
    const run = lintInBrowser(TASK, DEFAULT_CONFIG, 'task-definition.json');
    const cli = await lintText(TASK, 'task-definition.json', { config: false });
    expect(run.configError).toBeUndefined();
    expect(run.result.kind).toBe('task-definition');
    expect(ids(run)).toContain('14:valid-port-mappings');
    expect(ids(run)).toContain('13:schema');
    expect(run.result.diagnostics).toEqual(cli.diagnostics);
  });

  it('applies rules, presets, overrides and suppressions from the config panel', () => {
    const off = lintInBrowser(TASK, '{ "rules": { "valid-port-mappings": "off" } }', 'task-definition.json');
    expect(ids(off)).not.toContain('14:valid-port-mappings');
    const warn = lintInBrowser(TASK, '{ "rules": { "valid-port-mappings": "warning" } }', 'task-definition.json');
    expect(warn.result.diagnostics.find((d) => d.ruleId === 'valid-port-mappings')?.severity).toBe('warning');
    const override = lintInBrowser(
      TASK,
      '{ "overrides": [{ "files": "task-*.json", "rules": { "schema": "off" } }] }',
      'task-definition.json',
    );
    expect(ids(override).some((id) => id.endsWith(':schema'))).toBe(false);
    const suppressed = lintInBrowser(
      TASK,
      '{ "suppressions": [{ "files": "*.json", "rules": "valid-port-mappings", "reason": "the load balancer maps 80" }] }',
      'task-definition.json',
    );
    expect(ids(suppressed)).not.toContain('14:valid-port-mappings');
    expect(suppressed.result.suppressed?.map((d) => d.suppression?.reason)).toEqual(['the load balancer maps 80']);
  });

  it('runs declarative policies written in the config', () => {
    const config = JSON.stringify({
      policies: [
        {
          id: 'acme/require-team-tag',
          description: 'Tasks carry a team tag',
          assert: { required: ['tags'], properties: { tags: { type: 'array' } } },
          message: 'the task has no "tags"',
        },
      ],
    });
    const run = lintInBrowser(TASK, config, 'task-definition.json');
    expect(run.configError).toBeUndefined();
    expect(ids(run)).toContain('1:acme/require-team-tag');
    expect(run.rules.map((r) => r.id)).toContain('acme/require-team-tag');
  });

  it('lints with the defaults and says why when the config is bad, names plugins and policy files', () => {
    const cases: [string, string][] = [
      ['{ "rules": { "valid-port-mapping": "off" } }', 'did you mean "valid-port-mappings"?'],
      ['{ "rules": ', 'config ecslint.config.json is not valid JSON (line 1)'],
      ['{ "plugins": ["./acme.mjs"] }', '"plugins" run JavaScript from files'],
      ['{ "policies": ["policies/team.yaml"] }', 'policy file "policies/team.yaml" cannot be read in the browser'],
    ];
    for (const [config, message] of cases) {
      const run = lintInBrowser(TASK, config, 'task-definition.json');
      expect(run.configError).toContain(message);
      expect(ids(run)).toContain('14:valid-port-mappings');
    }
  });

  it('reports a syntax error as one finding', () => {
    const run = lintInBrowser(
      '{\n  "family": "shop",\n  "cpu": 256\n  "memory": "512"\n}\n',
      '{}',
      'task-definition.json',
    );
    expect(run.result.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.ruleId}`)).toEqual([
      '4:3 json-syntax',
    ]);
  });

  it('exports the run as the CLI`s JSON and SARIF reports', () => {
    const run = lintInBrowser(TASK, DEFAULT_CONFIG, 'task-definition.json');
    const json = JSON.parse(report('json', run));
    expect(json.results[0].file).toBe('task-definition.json');
    expect(json.results[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('valid-port-mappings');
    const sarif = JSON.parse(report('sarif', run));
    expect(sarif.version).toBe('2.1.0');
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'valid-port-mappings');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('task-definition.json');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(14);
  });

  it('applies one finding`s fix, and every safe fix with Fix all, as --fix would', async () => {
    const run = lintInBrowser(TASK, DEFAULT_CONFIG, 'task-definition.json');
    const nullMember = run.result.diagnostics.find((d) => d.ruleId === 'schema' && d.message.includes('"links"'));
    const fix = nullMember?.fix;
    expect(fix?.message).toBe('remove "links"');
    if (!fix) return;
    const fixed = applyFix(TASK, fix);
    expect(fixed).toBe(TASK.replace('      "links": null,\n', ''));
    expect(ids(lintInBrowser(fixed, DEFAULT_CONFIG, 'task-definition.json'))).not.toContain('13:schema');

    const messy = TASK.replace('"essential": true', '"Essential": true').replace('"cpu": "512"', '"cpu": 512');
    const all = await fixAll(messy, DEFAULT_CONFIG, 'task-definition.json');
    expect(all.applied.map((f) => f.message).sort()).toEqual([
      'remove "hostPort"',
      'remove "links"',
      'rename "Essential" to "essential"',
      'write "cpu" as "512"',
    ]);
    // valid-port-mappings' fix too: under awsvpc the differing hostPort goes.
    expect(all.text).toBe(fixed.replace(', "hostPort": 80', ''));
    expect(
      ids(lintInBrowser(all.text, DEFAULT_CONFIG, 'task-definition.json')).filter((id) => id.endsWith(':schema')),
    ).toEqual([]);
  });
});
