import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText, type RuleSetting } from '../../src/engine/lint.js';
import { compact } from '../../src/reporters/compact.js';
import { json } from '../../src/reporters/json.js';
import type { Report, RuleContext, TaskView } from '../../src/rule.js';
import plaintextLogSecrets from '../no-plaintext-log-secrets/index.js';
import rule from './index.js';
import {
  entropy,
  isBasicCredential,
  isInertValue,
  looksRandom,
  nameTokens,
  secretName,
  secretShape,
  urlPassword,
} from './secrets.js';

/** Run the rule's check on one variable and return what it reported (data included). */
function check(name: string, value: unknown): Report[] {
  const reports: Report[] = [];
  const task = { containerDefinitions: [{ name: 'app', environment: [{ name, value }] }] } as TaskView;
  const ctx = {
    options: undefined,
    file: 'task.json',
    kind: 'task-definition',
    document: task,
    report: (r: Report) => reports.push(r),
  } as RuleContext<string, undefined>;
  rule.check(task, ctx as never);
  return reports;
}

const fires = (name: string, value: string): boolean => check(name, value).length > 0;

// Token shapes are assembled at run time so that this file holds no string a secret scanner would flag.
const AKIA = `AKIA${'Q7ZP3LMX9K2B4N6W'}`;
const GITHUB = `gh${'p'}_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`;
const GITHUB_PAT = `github${'_pat_'}${'11ABCDEFG0123456789_abcdefghijklmnop'}`;
const SLACK = `xo${'xb'}-${'123456789012'}-${'1234567890123'}-${'AbCdEfGhIjKlMnOpQrStUvWx'}`;
const STRIPE = `sk${'_live_'}${'4eC39HqLyjWDarjtT1zdp7dc'}`;
const GOOGLE = `AI${'za'}${'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'}`;
const JWT = `ey${'JhbGciOiJIUzI1NiJ9'}.ey${'JzdWIiOiIxMjM0NTY3ODkwIn0'}.${'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'}`;
const PRIVATE_KEY = `-----BEGIN ${'RSA PRIVATE'} KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----`;

describe('isBasicCredential', () => {
  it('decodes as Node`s Buffer does, without Buffer (the rule runs in the browser too)', () => {
    const base64 = fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
      minLength: 8,
    });
    fc.assert(
      fc.property(base64, fc.integer({ min: 0, max: 2 }), (b64, pad) => {
        const token = `${b64}${'='.repeat(pad)}`;
        const expected = Buffer.from(token, 'base64').toString('latin1').includes(':');
        expect(isBasicCredential(`Basic ${token}`)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    expect(isBasicCredential(`Basic ${btoa('admin:s3cret')}`)).toBe(true);
    expect(isBasicCredential(`Basic ${btoa('realm-name')}`)).toBe(false);
  });
});

describe('nameTokens', () => {
  it.each([
    ['DB_PASSWORD', ['db', 'password']],
    ['dbPassword', ['db', 'password']],
    ['DBPassword', ['db', 'password']],
    ['api-key.v2', ['api', 'key', 'v2']],
    ['AUTH0_DOMAIN', ['auth0', 'domain']],
    ['AUTHOR', ['author']],
    ['__', []],
  ])('%s', (name, tokens) => {
    expect(nameTokens(name)).toEqual(tokens);
  });
});

describe('secretName', () => {
  it.each([
    ['DB_PASSWORD', 'password'],
    ['MYSQLPASSWORD', 'password'],
    ['HTTP_Passwd', 'passwd'],
    ['JWT_SECRET', 'secret'],
    ['GITHUB_TOKEN', 'token'],
    ['DD_API_KEY', 'api key'],
    ['apiKey', 'api key'],
    ['APIKEY', 'apikey'],
    ['SSH_PRIVATE_KEY', 'private key'],
    ['AWS_ACCESS_KEY_ID', 'access key'],
    ['AWS_SECRET_ACCESS_KEY', 'access key'],
    ['ECS_ENGINE_AUTH_DATA', 'auth'],
    ['GOOGLE_APPLICATION_CREDENTIALS', 'credentials'],
    ['NEW_RELIC_LICENSE_KEY', 'license key'],
  ])('%s is secret-like ("%s")', (name, word) => {
    expect(secretName(name)).toMatchObject({ strength: 'strong', word });
  });

  it.each([
    ['SIGNING_KEY', 'signing key'],
    ['APP_KEY', 'key'],
    ['DB_PASS', 'pass'],
    ['SESSION_SALT', 'session salt'],
  ])('%s is possibly secret ("%s")', (name, word) => {
    expect(secretName(name)).toMatchObject({ strength: 'weak', word });
  });

  it.each([
    'AUTHOR',
    'AUTHORITY',
    'AUTH0_DOMAIN',
    'AWS_SECRET_NAME',
    'DB_SECRET_ARN',
    'API_SECRET_ID',
    'DB_PASSWORD_PARAMETER',
    'TLS_KEY_PATH',
    'SMTP_PASSWORD_FILE',
    'DB_SECRET_KEY_REF',
    'TOKEN_TTL',
    'PASSWORD_MIN_LENGTH',
    'AUTH_ENABLED',
    'AUTH_URL',
    'OAUTH_CLIENT_ID',
    'TOKEN_TYPE',
    'PWD',
    'PASSWORDLESS',
    'NODE_ENV',
    'TOKENIZERS_PARALLELISM',
  ])('%s is not secret-like', (name) => {
    expect(secretName(name)).toBeUndefined();
  });
});

describe('values', () => {
  it.each([
    '',
    '   ',
    'abc',
    '${DB_PASSWORD}',
    '{{ db_password }}',
    '<YOUR_API_KEY>',
    '$DB_PASSWORD',
    'true',
    'False',
    'none',
    'disabled',
    '12345678',
    'changeme',
    'xxxxxxxx',
    '********',
    'your-token-here',
    'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf',
    '/run/secrets/db_password',
    './secrets/token',
    'https://auth.example.com/oauth2/token',
    'postgres://db.internal:5432/app',
    'prod/db/password',
    'myapp-db-credentials',
    'API_KEY',
    'VAR_BUNDLER_PRIVATE_KEY',
  ])('%j is inert', (value) => {
    expect(isInertValue(value)).toBe(true);
  });

  it.each(['hunter2!', 'Tr0ub4dor&3', 'postgres', 'supersecret', 'postgres://app:s3cr3t@db:5432/app'])(
    '%j is not inert',
    (value) => {
      expect(isInertValue(value)).toBe(false);
    },
  );

  it.each([
    [AKIA, 'an AWS access key id'],
    [`key=${AKIA};`, 'an AWS access key id'],
    [PRIVATE_KEY, 'a private key'],
    [GITHUB, 'a GitHub token'],
    [GITHUB_PAT, 'a GitHub token'],
    [SLACK, 'a Slack token'],
    [STRIPE, 'a Stripe live key'],
    [GOOGLE, 'a Google API key'],
    [JWT, 'a JSON Web Token'],
    ['mongodb://app:Xk29vLq7Bn@mongo-0.internal:27017/app', 'a URL with a password'],
    ['redis://:s3cr3tpass@cache:6379', 'a URL with a password'],
  ])('%j looks like %s', (value, what) => {
    expect(secretShape(value)).toBe(what);
  });

  it.each([
    'AKIAIOSFODNN7EXAMPLE',
    `${AKIA}X`,
    'https://user@example.com/path',
    'postgres://app:${DB_PASSWORD}@db:5432/app',
    'postgres://app:****@db:5432/app',
    'https://example.com:8443/path',
    'eyJhbGciOiJIUzI1NiJ9',
  ])('%j has no known shape', (value) => {
    expect(secretShape(value)).toBeUndefined();
  });

  // Each shape skips shorter values (its minLength): the shortest text it matches must still be found.
  it.each([
    [`AK${'IA'}${'Q'.repeat(16)}`, 'an AWS access key id'],
    [`-----BEGIN ${'PRIVATE'} KEY-----`, 'a private key'],
    [`github${'_pat_'}${'a'.repeat(22)}`, 'a GitHub token'],
    [`gh${'p'}_${'a'.repeat(36)}`, 'a GitHub token'],
    [`xo${'xb'}-${'a'.repeat(6)}-${'a'.repeat(4)}`, 'a Slack token'],
    [`sk${'_live_'}${'a'.repeat(16)}`, 'a Stripe live key'],
    [`AI${'za'}${'a'.repeat(35)}`, 'a Google API key'],
    [`ey${'J'}${'a'.repeat(8)}.ey${'J'}${'a'.repeat(8)}.${'a'.repeat(8)}`, 'a JSON Web Token'],
  ])('%j, as short as the shape goes, looks like %s', (value, what) => {
    expect(secretShape(value)).toBe(what);
  });

  it('finds the password in a URL with user info', () => {
    expect(urlPassword('x https://u:p4ss@h/ y')).toBe(12);
    expect(urlPassword('https://u:@h/')).toBeUndefined();
  });

  it.each([
    ['q9Xv2LmT7rB4nK8wP3zY6cH1dF5gJ0sA', true],
    ['base64:Rha6fhgYifnvVBnwm81FCal18ULvEgiMnqpLLwlvyKI=', true],
    ['4f2b8c1e9d7a3f6b0c5e8a2d1f9b7c3e', true],
    ['release-2024-01-15-build', false],
    ['my-application-name-prod', false],
    ['db01.c14ak6zdjpib.eu-west-1.rds.amazonaws.com', false],
    ['short1A', false],
    ['aaaaaaaaaaaaaaaa1', false],
  ])('looksRandom(%j) is %s', (value, expected) => {
    expect(looksRandom(value)).toBe(expected);
  });

  it('computes Shannon entropy', () => {
    expect(entropy('')).toBe(0);
    expect(entropy('aaaa')).toBe(0);
    expect(entropy('abcd')).toBe(2);
  });
});

describe('no-secrets-in-environment', () => {
  it.each([
    ['DB_PASSWORD', 'Tr0ub4dor&3'],
    ['POSTGRES_PASSWORD', 'postgres'],
    ['JWT_SECRET', 'supersecret'],
    ['GITHUB_TOKEN', GITHUB],
    ['CONFIG_BLOB', `{"aws_access_key_id": "${AKIA}"}`],
    ['SIGNING_KEY', 'q9Xv2LmT7rB4nK8wP3zY6cH1dF5gJ0sA'],
    ['ECS_ENGINE_AUTH_DATA', '{"https://index.docker.io/v1/":{"username":"ci","password":"x9!Lq2"}}'],
    ['BASIC_AUTH', 'admin:Tr0ub4dor'],
    ['DATABASE_URL', 'postgres://app:s3cr3t@db:5432/app'],
  ])('fires on %s', (name, value) => {
    expect(fires(name, value)).toBe(true);
  });

  it.each([
    ['AUTHOR', 'Jane Doe <jane@example.com>'],
    ['AUTH0_DOMAIN', 'acme.eu.auth0.com'],
    ['AUTH_PROVIDER', 'cognito'],
    ['AUTH', 'cognito'],
    ['AWS_SECRET_NAME', 'prod/app/db'],
    ['DB_SECRET_ARN', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf'],
    ['API_SECRET_ID', 'prod/app/api'],
    ['APP_PASSWORD_PARAMETER', '/prod/app/password'],
    ['TLS_KEY_PATH', '/etc/tls/key.pem'],
    ['DB_PASSWORD', ''],
    ['DB_PASSWORD', '${DB_PASSWORD}'],
    ['DB_PASSWORD', '{{ db_password }}'],
    ['DB_PASSWORD', '<DB_PASSWORD>'],
    ['DB_PASSWORD', 'changeme'],
    ['API_KEY', 'API_KEY'],
    ['TOKEN_TTL', '3600'],
    ['AUTH_ENABLED', 'true'],
    ['OAUTH_TOKEN_URL', 'https://auth.example.com/oauth2/token'],
    ['CACHE_KEY', 'users'],
    ['S3_KEY', 'uploads/2024/report.csv'],
    ['APP_KEY', 'release-2024-01-15'],
    ['NODE_ENV', 'production'],
    ['DB_HOST', 'db01.c14ak6zdjpib.eu-west-1.rds.amazonaws.com'],
    ['BUILD_SHA', '4f2b8c1e9d7a3f6b0c5e8a2d1f9b7c3e'],
  ])('stays quiet on %s=%j', (name, value) => {
    expect(fires(name, value)).toBe(false);
  });

  it('ignores entries that are not name/value strings', () => {
    expect(check('DB_PASSWORD', 42)).toEqual([]);
    expect(check('DB_PASSWORD', null)).toEqual([]);
  });
});

describe('linear time on hostile input', () => {
  // A regular expression with catastrophic backtracking would hang here for hours; the test asserts
  // results only, and the suite's timeout is the check.
  const MB = 1 << 20;
  const inputs: [string, string][] = [
    ['letters', 'a'.repeat(MB)],
    ['upper case', 'A'.repeat(MB)],
    ['digits', '1'.repeat(MB)],
    ['repeated JWT prefix', 'eyJ'.repeat(MB / 3)],
    ['JWT segments without an end', 'eyJaaaaaaaaaa.'.repeat(MB / 14)],
    ['AKIA repeated', 'AKIA'.repeat(MB / 4)],
    ['Slack prefix repeated', 'xoxb-123456-'.repeat(MB / 12)],
    ['GitHub prefix repeated', 'ghp_'.repeat(MB / 4)],
    ['private key header repeated', '-----BEGIN '.repeat(MB / 11)],
    ['URL schemes repeated', 'a://'.repeat(MB / 4)],
    ['user info repeated', 'https://u:p'.repeat(MB / 11)],
    ['colons', ':'.repeat(MB)],
    ['at signs after scheme', `x://${'@'.repeat(MB)}`],
    ['template openers', '${'.repeat(MB / 2)],
    ['mustache openers', '{{'.repeat(MB / 2)],
    ['identifier path', `${'ab/'.repeat(MB / 3)}!`],
    ['digits with dots', `${'1.'.repeat(MB / 2)}x`],
    ['base64 alphabet', 'aZ9+/='.repeat(MB / 6)],
  ];

  it.each(inputs)('%s as a value', (_label, value) => {
    expect(() => check('DB_PASSWORD', value)).not.toThrow();
    expect(() => check('NOT_SECRET', value)).not.toThrow();
    expect(() => looksRandom(value)).not.toThrow();
    expect(typeof entropy(value)).toBe('number');
  });

  it.each(inputs)('%s as a name', (_label, name) => {
    expect(check(name, 'Tr0ub4dor&3').length).toBeLessThanOrEqual(1);
  });

  it('still finds a secret shape at the end of a long value', () => {
    expect(secretShape(`${'a '.repeat(20_000)}${AKIA}`)).toBe('an AWS access key id');
  });
});

describe('never prints the value', () => {
  // A distinctive value that each detection path sees: name-based, shape-based and entropy-based.
  const PLANTED = 'Zq8vPLANTEDs3cr3tXw4';
  const document = {
    family: 'leak-check',
    containerDefinitions: [
      {
        name: 'app',
        image: 'public.ecr.aws/docker/library/busybox:1.36',
        memory: 128,
        environment: [
          { name: 'DB_PASSWORD', value: PLANTED },
          { name: 'DATABASE_URL', value: `postgres://app:${PLANTED}@db:5432/app` },
          { name: 'SIGNING_KEY', value: `${PLANTED}9f8e7d6c5b4a` },
          { name: 'CONFIG', value: `${PLANTED} ${AKIA}` },
        ],
        logConfiguration: {
          logDriver: 'splunk',
          options: { 'splunk-url': `https://u:${PLANTED}@splunk:8088`, 'splunk-token': PLANTED },
        },
      },
    ],
  };
  const text = JSON.stringify(document, null, 2);
  const rules = new Map<string, RuleSetting>([
    [rule.meta.id, { level: 'error' }],
    [plaintextLogSecrets.meta.id, { level: 'error' }],
  ]);
  const result = lintText(text, {
    file: 'leak-check.json',
    rules: [rule, plaintextLogSecrets],
    settings: { rules },
  });

  it('reports every planted secret', () => {
    const ids = result.diagnostics.map((d) => d.ruleId);
    expect(ids.filter((id) => id === rule.meta.id)).toHaveLength(4);
    expect(ids.filter((id) => id === plaintextLogSecrets.meta.id)).toHaveLength(2);
  });

  it('keeps it out of messages, hints, related notes and every reporter', () => {
    const metas = [rule.meta, plaintextLogSecrets.meta];
    for (const d of result.diagnostics) {
      expect(JSON.stringify(d)).not.toContain('PLANTED');
    }
    expect(json([result], { rules: metas, version: '0.0.0' })).not.toContain('PLANTED');
    expect(compact([result], { rules: metas, version: '0.0.0' })).not.toContain('PLANTED');
  });

  it('keeps it out of report data', () => {
    const reports: Report[] = [];
    const ctx = {
      options: undefined,
      file: 'leak-check.json',
      kind: 'task-definition',
      document,
      report: (r: Report) => reports.push(r),
    } as RuleContext<string, undefined>;
    rule.check(document as TaskView, ctx as never);
    plaintextLogSecrets.check(document as TaskView, ctx as never);
    expect(reports).toHaveLength(6);
    expect(JSON.stringify(reports)).not.toContain('PLANTED');
    expect(JSON.stringify(reports)).not.toContain(AKIA);
  });
});
