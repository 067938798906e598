/**
 * Secrets planted where task definitions hold them never appear in any output: no reporter, no error
 * message, no warning, no --debug output.
 */
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/reporters/index.js';
import { cli, project } from './helpers.js';

const SECRETS = {
  env: 'Zq8vEnvSecretValue4471xK',
  password: 'Pw9!ReallySecretPassw0rdQ',
  awsKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEYq',
  splunk: 'a1b2c3d4-SPLUNK-TOKEN-e5f6-0918273645ab',
  datadog: 'DDapiKeyPlanted0123456789abcdefXYZ',
  registry: 'RegistryCredPlantedSecret5599',
  label: 'LabelSecretPlantedValue31337',
  firelens: 'FirelensHttpKeyPlanted8080',
};

const taskDefinition = (memory: unknown = 512): string => `{
  "family": "leaky",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [
    {
      "name": "app",
      "image": "nginx:latest",
      "memory": ${JSON.stringify(memory)},
      "essential": true,
      "privileged": true,
      "environment": [
        { "name": "API_TOKEN", "value": "${SECRETS.env}" },
        { "name": "DB_PASSWORD", "value": "${SECRETS.password}" },
        { "name": "AWS_SECRET_ACCESS_KEY", "value": "${SECRETS.awsKey}" }
      ],
      "logConfiguration": {
        "logDriver": "splunk",
        "options": { "splunk-token": "${SECRETS.splunk}", "splunk-url": "https://splunk.example.com:8088", "dd-api-key": "${SECRETS.datadog}" }
      },
      "repositoryCredentials": { "credentialsParameter": "${SECRETS.registry}" },
      "dockerLabels": { "com.example.token": "${SECRETS.label}" },
      "firelensConfiguration": { "type": "fluentbit", "options": { "http_passwd": "${SECRETS.firelens}" } }
    }
  ]
}
`;

const leaks = (text: string): string[] => Object.values(SECRETS).filter((s) => text.includes(s));

describe('secrets in task definitions', () => {
  it('appear in no output format, in findings on their own lines too', async () => {
    const dir = project({ 'task-definition.json': taskDefinition() });
    for (const format of FORMATS) {
      for (const preset of ['recommended', 'all']) {
        const { code, stdout, stderr } = await cli(dir, ['--format', format, '--preset', preset, '--debug', '.']);
        expect(code, format).toBe(1);
        // The secret rules did report (so the secrets were looked at, and still not printed).
        if (format === 'json' && preset === 'all') {
          const ids = JSON.parse(stdout).results[0].diagnostics.map((d: { ruleId: string }) => d.ruleId);
          expect(ids).toContain('no-secrets-in-environment');
          expect(ids).toContain('no-plaintext-log-secrets');
        }
        expect(leaks(stdout), `${format} ${preset}`).toEqual([]);
        expect(leaks(stderr), `${format} ${preset}`).toEqual([]);
      }
    }
  });

  it('appear in no output when the file is also broken (syntax errors show source lines)', async () => {
    const broken = taskDefinition().replace(`"${SECRETS.password}" }`, `"${SECRETS.password}" } oops`);
    const dir = project({ 'task-definition.json': broken, 'b/task-definition.json': taskDefinition('x') });
    for (const format of FORMATS) {
      const { stdout, stderr } = await cli(dir, ['--format', format, '--preset', 'all', '--debug', '.']);
      expect(leaks(stdout), format).toEqual([]);
      expect(leaks(stderr), format).toEqual([]);
    }
  });

  it('appear in no baseline, no report file and no error message', async () => {
    const dir = project({ 'task-definition.json': taskDefinition() });
    await cli(dir, ['--write-baseline', 'baseline.json', '--preset', 'all', '.']);
    const { readFileSync } = await import('node:fs');
    expect(leaks(readFileSync(`${dir}/baseline.json`, 'utf8'))).toEqual([]);
    await cli(dir, ['--preset', 'all', '-o', 'sarif=out.sarif', '-o', 'markdown=out.md', '.']);
    expect(leaks(readFileSync(`${dir}/out.sarif`, 'utf8'))).toEqual([]);
    expect(leaks(readFileSync(`${dir}/out.md`, 'utf8'))).toEqual([]);
    // A config error about a rule's options, or a bad --rule, does not echo the document.
    const bad = await cli(dir, ['--rule', `${SECRETS.env}=error`, '--debug', '.']);
    expect(bad.code).toBe(2);
    expect(leaks(bad.stderr).filter((s) => s !== SECRETS.env)).toEqual([]);
  });
});
