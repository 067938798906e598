/**
 * Property-based tests (fast-check): random and mutated documents through the engine, the library API and
 * every reporter. Invariants: no throw, no crashed rule, ranges inside the file, registered rule ids, valid
 * output formats (SARIF against the official schema), the same input gives the same output.
 *
 * CI runs thousands of cases; FC_RUNS=100000 npx vitest run test/robustness runs more (FC_SEED to replay).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText as apiLintText } from '../../src/api.js';
import type { LintResult } from '../../src/types.js';
import { checkResult, FC_RUNS, lintAll, ROOT, renderAll, validateSarif } from './helpers.js';

const runs = (ci: number): number => FC_RUNS ?? ci;
const params = (ci: number): fc.Parameters<unknown> => ({
  numRuns: runs(ci),
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
});
const TIMEOUT = FC_RUNS ? 24 * 3600_000 : 120_000;

// ---- Arbitraries: plausible values most of the time, anything JSON some of the time.

const wrong = fc.jsonValue({ maxDepth: 2 });
const maybe = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: wrong });
const words = fc.constantFrom(
  '',
  'web',
  'nginx',
  'nginx:latest',
  'public.ecr.aws/nginx/nginx:1.27',
  '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  'arn:aws:iam::123456789012:role/task',
  'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf',
  'arn:aws:ssm:us-east-1:210987654321:parameter/x',
  '${TAG}',
  '{{ image }}',
  '{{.Name}}',
  '<IMAGE>',
  '%VAR%',
  '$VAR',
  'awslogs',
  'splunk',
  'awsfirelens',
  'awsvpc',
  'host',
  'bridge',
  'none',
  'FARGATE',
  'EC2',
  'EXTERNAL',
  '256',
  '512',
  '1 vCPU',
  '2 GB',
  'SYS_ADMIN',
  'ALL',
  '/var/run/docker.sock',
  'root',
  '0',
  '0:0',
  'CMD-SHELL',
  'START',
  'HEALTHY',
  'tcp',
  'udp',
  'AKIAIOSFODNN7EXAMPLE',
  'password',
  'eu-west-1',
);
const str = fc.oneof(
  { weight: 4, arbitrary: words },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty') },
);
const num = fc.oneof(
  fc.constantFrom(0, 1, -1, 128, 256, 512, 1024, 2048, 4096, 30720, 65535, 65536, 200, 21, 1.5, 1e21),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const bool = fc.boolean();
const list = <T>(a: fc.Arbitrary<T>, maxLength = 3): fc.Arbitrary<unknown> => maybe(fc.array(a, { maxLength }));
const rec = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<unknown> =>
  maybe(fc.record(model, { requiredKeys: [] }));
const dict = maybe(fc.dictionary(str, str, { maxKeys: 4 }));

const container = fc.record(
  {
    name: maybe(str),
    image: maybe(str),
    memory: maybe(num),
    memoryReservation: maybe(num),
    cpu: maybe(num),
    essential: maybe(bool),
    user: maybe(str),
    privileged: maybe(bool),
    readonlyRootFilesystem: maybe(bool),
    networkMode: maybe(str),
    portMappings: list(
      rec({ containerPort: maybe(num), hostPort: maybe(num), protocol: maybe(str), name: maybe(str) }),
    ),
    environment: list(rec({ name: maybe(str), value: maybe(str) })),
    environmentFiles: list(rec({ value: maybe(str), type: maybe(str) })),
    secrets: list(rec({ name: maybe(str), valueFrom: maybe(str) })),
    logConfiguration: rec({
      logDriver: maybe(str),
      options: maybe(
        fc.dictionary(
          fc.oneof(str, fc.constantFrom('awslogs-group', 'awslogs-region', 'splunk-token', 'awslogs-stream-prefix')),
          str,
          { maxKeys: 4 },
        ),
      ),
      secretOptions: list(rec({ name: maybe(str), valueFrom: maybe(str) })),
    }),
    healthCheck: rec({
      command: list(str),
      interval: maybe(num),
      timeout: maybe(num),
      retries: maybe(num),
      startPeriod: maybe(num),
    }),
    dependsOn: list(rec({ containerName: maybe(str), condition: maybe(str) })),
    links: list(str),
    mountPoints: list(rec({ sourceVolume: maybe(str), containerPath: maybe(str), readOnly: maybe(bool) })),
    volumesFrom: list(rec({ sourceContainer: maybe(str), readOnly: maybe(bool) })),
    linuxParameters: rec({
      capabilities: rec({ add: list(str), drop: list(str) }),
      initProcessEnabled: maybe(bool),
      sharedMemorySize: maybe(num),
      devices: list(rec({ hostPath: maybe(str) })),
      tmpfs: list(rec({ containerPath: maybe(str), size: maybe(num) })),
    }),
    dockerSecurityOptions: list(str),
    dockerLabels: dict,
    repositoryCredentials: rec({ credentialsParameter: maybe(str) }),
    firelensConfiguration: rec({ type: maybe(str), options: dict }),
    command: list(str),
    entryPoint: list(str),
    ulimits: list(rec({ name: maybe(str), softLimit: maybe(num), hardLimit: maybe(num) })),
    startTimeout: maybe(num),
    stopTimeout: maybe(num),
    extra: wrong,
  },
  { requiredKeys: [] },
);

const task = fc.record(
  {
    family: maybe(str),
    taskRoleArn: maybe(str),
    executionRoleArn: maybe(str),
    networkMode: maybe(str),
    containerDefinitions: maybe(fc.array(maybe(container), { maxLength: 4 })),
    volumes: list(
      rec({
        name: maybe(str),
        host: rec({ sourcePath: maybe(str) }),
        efsVolumeConfiguration: rec({ fileSystemId: maybe(str), transitEncryption: maybe(str) }),
      }),
    ),
    requiresCompatibilities: list(str),
    cpu: maybe(fc.oneof(str, num)),
    memory: maybe(fc.oneof(str, num)),
    pidMode: maybe(str),
    ipcMode: maybe(str),
    placementConstraints: list(rec({ type: maybe(str), expression: maybe(str) })),
    tags: list(rec({ key: maybe(str), value: maybe(str) })),
    runtimePlatform: rec({ operatingSystemFamily: maybe(str), cpuArchitecture: maybe(str) }),
    ephemeralStorage: rec({ sizeInGiB: maybe(num) }),
    proxyConfiguration: rec({ type: maybe(str), containerName: maybe(str) }),
  },
  { requiredKeys: [] },
);

/** The task in each document shape ecslint knows, and the file name that goes with it. */
const document = fc.oneof(
  task.map((t) => ({ file: 'task-definition.json', doc: t as unknown })),
  task.map((t) => ({ file: 'describe.json', doc: { taskDefinition: t } as unknown })),
  task.map((t) => ({
    file: 'containers.json',
    doc: (t as { containerDefinitions?: unknown }).containerDefinitions ?? [],
  })),
  task.map((t) => ({ file: 'Dockerrun.aws.json', doc: { AWSEBDockerrunVersion: 2, ...(t as object) } as unknown })),
  fc
    .record({ Name: maybe(str), Ports: list(rec({ ContainerPort: maybe(fc.oneof(num, str)) })) })
    .map((image) => ({ file: 'Dockerrun.aws.json', doc: { AWSEBDockerrunVersion: '1', Image: image } as unknown })),
  wrong.map((doc) => ({ file: 'task-definition.json', doc: doc as unknown })),
);

/** Serialised in one of several styles: compact, indented, tabs, CRLF. */
const serialised = fc
  .tuple(document, fc.constantFrom(0, 2, '\t'), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([{ file, doc }, indent, eol]) => ({
    file,
    text: (JSON.stringify(doc, null, indent) ?? 'null').replaceAll('\n', eol),
  }));

// ---- Mutations of real-world documents.

const CORPUS_DIR = join(ROOT, 'fixtures/_corpus/real-world');
const CORPUS = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({
    file: f.includes('Dockerrun') ? 'Dockerrun.aws.json' : 'task-definition.json',
    text: readFileSync(join(CORPUS_DIR, f), 'utf8'),
  }));

const TOKENS = fc.constantFrom(
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '\\',
  'null',
  '1e999',
  '-',
  '/*',
  '//',
  '\n',
  '\r',
  '\uFEFF',
  '\u2028',
  '\ud800',
  '"__proto__":',
  '${X}',
  '{{x}}',
  '<Y>',
  '%Z%',
);
const mutation = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 40 }),
  insert: fc.oneof(TOKENS, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })),
});
const mutated = fc
  .tuple(fc.constantFrom(...CORPUS), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([{ file, text }, edits]) => {
    let out = text;
    for (const { at, del, insert } of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + insert + out.slice(i + del);
    }
    return { file, text: out };
  });

const same = (a: LintResult, b: LintResult): void => {
  expect(JSON.stringify(b.diagnostics)).toBe(JSON.stringify(a.diagnostics));
  expect(b.kind).toBe(a.kind);
};

describe('properties', () => {
  it(
    'random documents in every shape: no throw, no crashed rule, ranges inside the file, known ids, deterministic',
    () => {
      fc.assert(
        fc.property(serialised, ({ file, text }) => {
          const result = lintAll(text, file);
          checkResult(result);
          same(result, lintAll(text, file));
        }),
        params(2500),
      );
    },
    TIMEOUT,
  );

  it(
    'mutated real-world documents (deleted, inserted and broken text) keep the same invariants',
    () => {
      fc.assert(
        fc.property(mutated, ({ file, text }) => {
          const result = lintAll(text, file);
          checkResult(result);
          same(result, lintAll(text, file));
        }),
        params(2500),
      );
    },
    TIMEOUT,
  );

  it(
    'every reporter gives valid output (JSON parses, SARIF validates, JUnit is well-formed), the same each time',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(serialised, mutated), { minLength: 0, maxLength: 3 }), async (docs) => {
          const results = docs.map(({ file, text }, i) => lintAll(text, `dir ${i}/${file}`));
          const first = await renderAll(results);
          const second = await renderAll(results);
          expect([...second]).toEqual([...first]);
        }),
        params(300),
      );
    },
    TIMEOUT,
  );

  it(
    'the library API (lintText with no config) holds the same invariants',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(serialised, mutated), async ({ file, text }) => {
          const result = await apiLintText(text, file, { config: false, preset: 'all', cwd: ROOT });
          checkResult(result);
        }),
        params(500),
      );
    },
    TIMEOUT,
  );
});

describe('the validators the properties rely on', () => {
  it('reject what they should (so a passing property means something)', () => {
    expect(() => validateSarif('{"version": "2.0.0", "runs": []}')).toThrow(/invalid SARIF/);
    expect(() => validateSarif('{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}')).toThrow(/invalid SARIF/);
    expect(() => validateSarif('{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}}]}')).not.toThrow();
    expect(() => checkResult({ file: 'f', kind: 'unknown', source: 'ab', diagnostics: [diag(1, 4)] })).toThrow(
      /column/,
    );
    expect(() => checkResult({ file: 'f', kind: 'unknown', source: 'ab', diagnostics: [diag(2, 1)] })).toThrow(/line/);
    expect(() => checkResult({ file: 'f', kind: 'unknown', source: 'ab', diagnostics: [diag(1, 3)] })).not.toThrow();
  });
});

function diag(line: number, column: number): LintResult['diagnostics'][number] {
  const p = { line, column };
  return {
    ruleId: 'schema',
    severity: 'error',
    message: 'm',
    pointer: '',
    range: { start: p, end: p },
    docsUrl: '',
    fingerprint: '',
  };
}
