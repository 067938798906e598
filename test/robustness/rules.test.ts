/**
 * Rules: a crashing plugin rule is one internal-error finding and exit 2; every rule (and the engine's own
 * placeholder, syntax and secret scans) runs in linear time on adversarial 1 MB strings. There is no timing
 * assertion: a catastrophic regular expression would hang the test past its (generous) timeout.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { checkResult, cli, FULL, lintAll, project } from './helpers.js';

/** A task definition with a string in every place a rule reads one; `s` fills each of them. */
function everyString(s: string): unknown {
  const arn = s;
  return {
    family: s,
    taskRoleArn: arn,
    executionRoleArn: arn,
    networkMode: s,
    requiresCompatibilities: [s, 'FARGATE'],
    cpu: s,
    memory: s,
    pidMode: s,
    ipcMode: s,
    containerDefinitions: [
      {
        name: s,
        image: s,
        user: s,
        essential: true,
        memory: 512,
        command: [s, s],
        entryPoint: [s],
        workingDirectory: s,
        hostname: s,
        links: [s],
        dnsServers: [s],
        dockerSecurityOptions: [s],
        portMappings: [{ containerPort: 80, hostPort: 80, protocol: s, name: s, appProtocol: s }],
        environment: [
          { name: s, value: s },
          { name: 'DB_PASSWORD', value: s },
          { name: 'AWS_SECRET_ACCESS_KEY', value: s },
        ],
        environmentFiles: [{ value: s, type: 's3' }],
        secrets: [{ name: s, valueFrom: s }],
        logConfiguration: {
          logDriver: s,
          options: {
            [s.slice(0, 1000)]: s,
            'awslogs-group': s,
            'awslogs-region': s,
            'splunk-token': s,
            'splunk-url': s,
          },
          secretOptions: [{ name: s, valueFrom: s }],
        },
        healthCheck: { command: ['CMD-SHELL', s] },
        dependsOn: [{ containerName: s, condition: s }],
        mountPoints: [{ sourceVolume: s, containerPath: s }],
        volumesFrom: [{ sourceContainer: s }],
        linuxParameters: {
          capabilities: { add: [s], drop: [s] },
          devices: [{ hostPath: s, containerPath: s }],
          tmpfs: [{ containerPath: s, size: 64 }],
        },
        dockerLabels: { [s.slice(0, 1000)]: s, label: s },
        repositoryCredentials: { credentialsParameter: s },
        firelensConfiguration: { type: s, options: { config: s } },
        ulimits: [{ name: s, softLimit: 1, hardLimit: 1 }],
        systemControls: [{ namespace: s, value: s }],
        extraHosts: [{ hostname: s, ipAddress: s }],
      },
    ],
    volumes: [
      { name: s, host: { sourcePath: s } },
      { name: 'efs', efsVolumeConfiguration: { fileSystemId: s, rootDirectory: s, transitEncryption: s } },
    ],
    placementConstraints: [{ type: s, expression: s }],
    tags: [{ key: s, value: s }],
    runtimePlatform: { operatingSystemFamily: s, cpuArchitecture: s },
    proxyConfiguration: { type: s, containerName: s },
  };
}

/**
 * Each pattern at 1 MB in every string of the document. CI runs the 1 MB size for a few patterns and 100 KB
 * for the rest (a quadratic scan of 100 KB is already 10^10 steps: it would hang just the same);
 * ROBUSTNESS_FULL=1 or FC_RUNS runs all of them at 1 MB.
 */
const M = 1_000_000;
const PATTERNS: [string, (n: number) => string][] = [
  ["'a' x n + '!'", (n) => `${'a'.repeat(n)}!`],
  ["'-' x n", (n) => '-'.repeat(n)],
  ["':' x n", (n) => ':'.repeat(n)],
  ["'$' x n", (n) => '$'.repeat(n)],
  ["'{{' x n/2", (n) => '{{'.repeat(n / 2)],
  ["'${' x n/2", (n) => '${'.repeat(n / 2)],
  ["'<' x n", (n) => '<'.repeat(n)],
  ["'<a' x n/2", (n) => '<a'.repeat(n / 2)],
  ["'%A' x n/2", (n) => '%A'.repeat(n / 2)],
  ["'arn:aws:' x n/8", (n) => 'arn:aws:'.repeat(n / 8)],
  ["'/' x n", (n) => '/'.repeat(n)],
  ["'@' x n", (n) => '@'.repeat(n)],
  ["'.' x n", (n) => '.'.repeat(n)],
  ["' ' x n", (n) => ' '.repeat(n)],
  ["'A' x n (key-like)", (n) => 'A'.repeat(n)],
  ["'AKIA' x n/4", (n) => 'AKIA'.repeat(n / 4)],
  ["'1' x n + 'x'", (n) => `${'1'.repeat(n)}x`],
  ["'=' x n", (n) => '='.repeat(n)],
  ["'\\' x n", (n) => '\\'.repeat(n)],
  ["'a1-' x n/3 + '!'", (n) => `${'a1-'.repeat(Math.floor(n / 3))}!`],
  ["'sha256:' + '0' x n", (n) => `sha256:${'0'.repeat(n)}`],
  ["'\\n' x n", (n) => '\n'.repeat(n)],
];
const ALWAYS_1MB = new Set([0, 3, 4, 6, 15, 18]);
const ADVERSARIAL: [string, string][] = PATTERNS.map(([name, make], i) => {
  const n = FULL || ALWAYS_1MB.has(i) ? M : M / 10;
  return [`${name}, n = ${n}`, make(n)];
});

describe('rules on hostile input', () => {
  it.each(ADVERSARIAL)(
    'every rule finishes on a task definition whose every string is %s',
    (_, s) => {
      const result = lintAll(JSON.stringify(everyString(s)));
      checkResult(result);
      expect(result.kind).toBe('task-definition');
    },
    300_000,
  );

  it('the adversarial document reaches every rule that applies to task definitions', () => {
    // A sanity check of the fixture above: with short values, the rules run and report.
    const result = lintAll(JSON.stringify(everyString('x')));
    checkResult(result);
    const reported = new Set(result.diagnostics.map((d) => d.ruleId));
    expect(reported.size).toBeGreaterThan(10);
    expect(builtinRules.length).toBeGreaterThan(30);
  });

  it('a plugin rule that throws is one internal-error naming the rule and the file; the run goes on; exit 2', async () => {
    const bad = `{"family": "api", "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 128, "essential": false}]}`;
    const dir = project({
      'plugin.mjs': `export default { rules: [{
        meta: { id: 'acme/boom', category: 'policy', severity: 'error', description: 'd', presets: { recommended: 'error', strict: 'error' }, references: ['https://example.com'], messages: {} },
        check(task) { if (task.family === 'api') throw new TypeError('boom\\nsecond line'); },
      }] };`,
      '.ecslintrc.json': '{"plugins": ["./plugin.mjs"], "rules": {"acme/boom": "error"}}',
      'one/task-definition.json': bad,
      'two/task-definition.json': bad.replace('"api"', '"other"'),
    });
    const { code, stdout, stderr } = await cli(dir, ['--format', 'compact']);
    expect(code).toBe(2);
    expect(stderr).toBe('');
    const crashes = stdout.split('\n').filter((l) => l.includes('[internal-error]'));
    expect(crashes).toEqual([
      'one/task-definition.json:1:1: error: rule "acme/boom" crashed on task definition: boom [internal-error]',
    ]);
    // The other rules still ran on both files.
    expect(stdout).toMatch(
      /^one\/task-definition\.json:1:\d+: error: no container is essential.*\[require-essential-container\]$/m,
    );
    expect(stdout).toMatch(
      /^two\/task-definition\.json:1:\d+: error: no container is essential.*\[require-essential-container\]$/m,
    );
  });
});
