import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactSecrets, redactStrictSecrets } from './redact.js';

const TASK = `{
  "family": "web",
  "containerDefinitions": [{
    "name": "app",
    "environment": [{"name": "DB_PASSWORD", "value": "hunter2"}, {"name": "MODE", "value": "prod"}],
    "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:r"},
    "logConfiguration": {"logDriver": "splunk", "options": {"splunk-token": "t0k3n", "splunk-url": "https://s"}},
    "dockerLabels": {"api_key": "k\\"ey", "team": "a"}
  }]
}`;

describe('redactSecrets', () => {
  it('masks environment values, repository credentials and secret-named keys, keeping every column', () => {
    for (const redact of [redactSecrets, redactStrictSecrets]) {
      const out = redact(TASK);
      expect(out).toHaveLength(TASK.length);
      expect(out.split('\n').map((l) => l.length)).toEqual(TASK.split('\n').map((l) => l.length));
      for (const secret of ['hunter2', '"prod"', 'secretsmanager', 't0k3n', 'k\\"ey'])
        expect(out).not.toContain(secret);
      for (const kept of ['"DB_PASSWORD"', '"MODE"', '"https://s"', '"team": "a"', '"family": "web"']) {
        expect(out).toContain(kept);
      }
      expect(out).toContain('"value": "*******"');
    }
  });

  it('masks in broken JSON and around comments too', () => {
    const text = '{ // note\n "environment": [{"name": "A", "value": "s3cr3t",}], "token": "abc';
    const out = redactSecrets(text);
    expect(out).not.toContain('s3cr3t');
    expect(out).toHaveLength(text.length);
  });

  it('the strict-JSON scan gives what the token scan gives, for any JSON', () => {
    const key = fc.constantFrom(
      'environment',
      'value',
      'name',
      'password',
      'repositoryCredentials',
      'x"y',
      'a\\b',
      'é',
      'DB_PASSWORD',
      'x-Api-Key',
      'sessionToken',
      'authorization',
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(true, false, null),
        fc.array(tie('tree')),
        fc.dictionary(fc.oneof(key, fc.string()), tie('tree')),
      ),
    }));
    const spacing = fc.constantFrom(undefined, 2, '\t', ' \r\n');
    fc.assert(
      fc.property(tree, spacing, (value, space) => {
        const text = JSON.stringify(value, null, space as string | number | undefined);
        expect(redactStrictSecrets(text)).toBe(redactSecrets(text));
        // The same keys spelled with escapes: the scans decode them before they look at them.
        const escaped = text.replace(
          /"(value|environment|password|repositoryCredentials|sessionToken)"/g,
          (_, k: string) =>
            JSON.stringify(k).replace(/[a-z]/, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
        );
        expect(redactStrictSecrets(escaped)).toBe(redactSecrets(escaped));
      }),
      { numRuns: 1000 },
    );
  });
});
