/**
 * Linearity: every rule, the engine and every reporter do work linear in the size of the document. Each is
 * run on documents that grow in every list a rule reads (containers, port mappings, variables, mounts,
 * dependencies, volumes, tags, …), at size n and 8n, and the work it does (test/robustness/work.ts: V8 block
 * counts of ecslint's code, plus what built-ins scan for it; no clock) may grow at most FACTOR × 8 times: a
 * linear rule grows about 8 times, a quadratic one 64.
 */
import { describe, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { LintSettings, RuleSetting } from '../../src/engine/lint.js';
import { lintText } from '../../src/engine/lint.js';
import { type PairedDocument, pairedDocument } from '../../src/engine/pair.js';
import { choosePair, PairIndex, parseReference } from '../../src/engine/pairing.js';
import type { LintResult } from '../../src/types.js';
import { REPORTER_CTX, reporters } from './helpers.js';
import { measure } from './work.js';

/** Work may grow this many times more than the input: 2, against the 8 of a quadratic step. */
const FACTOR = 2;
const N = 30;
const GROWTH = 8;

const WORDS = [
  'web',
  'nginx:latest',
  'public.ecr.aws/nginx/nginx:1.27',
  'arn:aws:iam::123456789012:role/task',
  'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf',
  'arn:aws:ssm:us-east-1:210987654321:parameter/x',
  '${TAG}',
  'awslogs',
  'splunk',
  'awsfirelens',
  'SYS_ADMIN',
  '/var/run/docker.sock',
  'root',
  'CMD-SHELL',
  'HEALTHY',
  'COMPLETE',
  'udp',
  'AKIAIOSFODNN7EXAMPLE',
  'eu-west-1',
  '',
];
const word = (i: number): string => WORDS[i % WORDS.length] as string;

/** A container with `k` of each list (names of other containers, volumes and devices from 0 to n). */
function container(i: number, k: number, n: number): Record<string, unknown> {
  const list = <T>(make: (j: number) => T): T[] => Array.from({ length: k }, (_, j) => make(j));
  return {
    name: i % 7 === 3 ? `c${i - 1}` : `c${i}`,
    image: i % 3 === 0 ? `nginx:${i}` : word(i),
    essential: i % 2 === 0,
    memory: i % 5 === 0 ? 4 : 512,
    memoryReservation: 1024,
    cpu: 128,
    user: i % 4 === 0 ? 'root' : '1000',
    privileged: i % 9 === 0,
    readonlyRootFilesystem: i % 2 === 1,
    links: list((j) => `c${(i + j) % (n + 2)}:alias${j}`),
    dnsServers: list((j) => `10.0.0.${j % 300}`),
    command: list((j) => word(i + j)),
    portMappings: list((j) => ({
      containerPort: 1 + ((i * k + j) % 70000),
      hostPort: j % 3 === 0 ? 0 : 1 + ((i + j) % 40),
      protocol: j % 4 === 0 ? 'udp' : 'tcp',
      ...(j % 5 === 0 ? { containerPortRange: `${1000 + j}-${1100 + j}` } : {}),
      name: `p${j}`,
      ...(j % 6 === 0 ? { appProtocol: 'http' } : {}),
    })),
    environment: list((j) => ({ name: j % 4 === 0 ? 'DB_PASSWORD' : `V${j % (k - 1 || 1)}`, value: word(j) })),
    environmentFiles: list((j) => ({ value: `arn:aws:s3:::bucket/${j}.env`, type: j % 2 ? 's3' : 'x' })),
    secrets: list((j) => ({ name: `S${j % (k - 1 || 1)}`, valueFrom: word(j + 4) })),
    dependsOn: list((j) => ({
      containerName: j % 7 === 6 ? '' : `c${(i + j + 1) % (n + 3)}`,
      condition: word(j + 13),
    })),
    volumesFrom: list((j) => ({ sourceContainer: `c${(i + j + 2) % (n + 3)}` })),
    mountPoints: list((j) => ({ sourceVolume: `v${(i + j) % (n + 5)}`, containerPath: `/m/${j}` })),
    ulimits: list((j) => ({ name: j % 2 ? 'nofile' : 'core', softLimit: 2048, hardLimit: 1024 })),
    systemControls: list((j) => ({ namespace: `net.ipv4.x${j % 3}`, value: '1' })),
    extraHosts: list((j) => ({ hostname: `h${j}`, ipAddress: '10.0.0.1' })),
    dockerSecurityOptions: list((j) => word(j)),
    dockerLabels: Object.fromEntries(list((j) => [`com.example.l${j}`, word(j)])),
    resourceRequirements: list((j) => ({ type: j % 2 ? 'GPU' : 'InferenceAccelerator', value: `d${j % (n + 1)}` })),
    logConfiguration: {
      logDriver: word(i + 7),
      options: Object.fromEntries(list((j) => [j % 2 ? `awslogs-x${j}` : 'splunk-token', word(j)])),
      secretOptions: list((j) => ({ name: `o${j}`, valueFrom: word(j + 4) })),
    },
    healthCheck: { command: ['CMD-SHELL', ...list((j) => word(j))], interval: 1, timeout: 90, retries: 99 },
    linuxParameters: {
      capabilities: { add: list((j) => word(j + 10)), drop: list(() => 'ALL') },
      devices: list((j) => ({ hostPath: `/dev/x${j}`, containerPath: `/dev/y${j % 2}` })),
      tmpfs: list((j) => ({ containerPath: `/t/${j % 3}`, size: j })),
    },
    firelensConfiguration: i % 6 === 0 ? { type: 'fluentbit', options: { config: 'x' } } : undefined,
    repositoryCredentials: i % 8 === 0 ? { credentialsParameter: word(i) } : undefined,
  };
}

/**
 * A task definition of size linear in n: n containers with a few entries in each list,
 * one container with n entries in each list, and n task-level volumes, tags, constraints and accelerators.
 */
function task(n: number, networkMode: string): Record<string, unknown> {
  const few = 3;
  return {
    family: 'grow',
    networkMode,
    requiresCompatibilities: ['EC2', 'FARGATE'],
    cpu: '256',
    memory: '512',
    taskRoleArn: 'arn:aws:iam::123456789012:role/a',
    executionRoleArn: 'arn:aws:iam::210987654321:role/a',
    containerDefinitions: [container(-1, n, n), ...Array.from({ length: n }, (_, i) => container(i, few, n))],
    volumes: Array.from({ length: n }, (_, i) => ({
      name: `v${i % (n - 1)}`,
      ...(i % 2 ? { host: { sourcePath: '/var/run/docker.sock' } } : {}),
      ...(i % 3 === 0 ? { efsVolumeConfiguration: { fileSystemId: 'fs-1', transitEncryption: 'DISABLED' } } : {}),
    })),
    tags: Array.from({ length: n }, (_, i) => ({ key: `k${i % (n - 1)}`, value: word(i) })),
    placementConstraints: Array.from({ length: n }, (_, i) => ({ type: 'memberOf', expression: `attribute:x${i}` })),
    inferenceAccelerators: Array.from({ length: n }, (_, i) => ({ deviceName: `d${i}`, deviceType: 'eia2.medium' })),
    proxyConfiguration: { type: 'APPMESH', containerName: 'nope' },
    ephemeralStorage: { sizeInGiB: 10 },
  };
}

/** A dependsOn chain of n containers, each waiting for the next, the last for the first. */
function chain(n: number): Record<string, unknown> {
  return {
    family: 'chain',
    containerDefinitions: Array.from({ length: n }, (_, i) => ({
      name: `c${i}`,
      image: 'nginx:1.27',
      memory: 128,
      essential: i === 0,
      dependsOn: [{ containerName: `c${(i + 1) % n}`, condition: 'START' }],
    })),
  };
}

const only = (id: string): LintSettings => ({
  rules: new Map<string, RuleSetting>([
    [id, { level: 'error', options: rulesById.get(id)?.meta.options ? {} : undefined }],
    ['json-syntax', { level: 'off' }],
    ['schema', { level: id === 'schema' ? 'error' : 'off' }],
    ['template-placeholder', { level: 'off' }],
    ['document-kind', { level: 'off' }],
  ]),
});
const rulesById = new Map(builtinRules.map((r) => [r.meta.id, r]));

const DOCUMENTS: [string, (n: number) => unknown][] = [
  ['awsvpc task', (n) => task(n, 'awsvpc')],
  ['bridge task', (n) => task(n, 'bridge')],
  ['dependsOn chain', (n) => chain(n * 4)],
];

/**
 * How much more work `run` does at 8n than at n; with `base`, the work of `base` at the same size is taken
 * off first (parsing the document, when a rule's own work is measured).
 */
async function growth(
  run: (n: number) => void,
  base?: (n: number) => void,
  scope?: RegExp,
): Promise<{ ratio: number; small: number; large: number }> {
  // Compiled, and caches (helpers memoize values) filled, at both sizes before counting: a count at n with
  // warm caches against one at 8n with cold ones would look super-linear.
  for (const n of [N, N * GROWTH]) {
    run(n);
    base?.(n);
  }
  const work = async (n: number): Promise<number> =>
    (await measure(() => run(n), scope)).total - (base ? (await measure(() => base(n), scope)).total : 0);
  const small = await work(N);
  const large = await work(N * GROWTH);
  return { ratio: large / Math.max(1, small), small, large };
}

describe(`work grows linearly (at most ${FACTOR}× faster than the input)`, () => {
  const ids = ['schema', ...builtinRules.map((r) => r.meta.id)];
  it.each(ids)(
    '%s',
    async (id) => {
      const rules = id === 'schema' ? [] : [rulesById.get(id) as (typeof builtinRules)[number]];
      for (const [name, make] of DOCUMENTS) {
        const texts = new Map<number, string>();
        const lint = (n: number, settings: LintSettings): void => {
          let text = texts.get(n);
          if (text === undefined) {
            text = JSON.stringify(make(n), null, 2);
            texts.set(n, text);
          }
          lintText(text, { file: 'task-definition.json', rules, settings, explicit: true });
        };
        const { ratio, small, large } = await growth(
          (n) => lint(n, only(id)),
          (n) => lint(n, only('none')),
          // The rule's own code (the engine, which places its findings, is measured below).
          id === 'schema' ? /\/src\/schema\// : /\/rules\//,
        );
        if (process.env.LINEARITY_DEBUG) console.log(id, name, ratio.toFixed(1), small, large);
        if (ratio > FACTOR * GROWTH)
          throw new Error(`${id} on ${name}: work grew ${ratio.toFixed(1)}× (${small} → ${large})`);
      }
    },
    120_000,
  );
});

/** Findings on one line (a minified file) and on many; n findings, then 8n. */
function findingsDocument(n: number, pretty: boolean): string {
  const doc = {
    family: 'f',
    containerDefinitions: [
      {
        name: 'web',
        image: 'nginx:1.27',
        memory: 128,
        essential: true,
        environment: Array.from({ length: n }, (_, i) => ({ name: `V${i}`, value: i, extra: null })),
      },
    ],
  };
  return pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc);
}

describe('reporters', () => {
  const all = new Map<string, RuleSetting>([['schema', { level: 'error' }]]);
  for (const rule of builtinRules) all.set(rule.meta.id, { level: 'error' });
  const results = new Map<string, LintResult>();
  const resultFor = (n: number, pretty: boolean): LintResult => {
    const key = `${n}${pretty}`;
    let r = results.get(key);
    if (!r) {
      r = lintText(findingsDocument(n, pretty), {
        file: 'task-definition.json',
        rules: builtinRules,
        settings: { rules: all },
        explicit: true,
        // Every finding listed: the reporters, not the cap, must keep the work linear.
        maxFindingsPerRule: 0,
      });
      results.set(key, r);
    }
    return r;
  };

  it.each([true, false])(
    'every reporter is linear in the findings (pretty-printed: %s)',
    async (pretty) => {
      // Linted before the work is counted.
      resultFor(N, pretty);
      resultFor(N * GROWTH, pretty);
      for (const [name, reporter] of await reporters()) {
        const { ratio, small, large } = await growth((n) => {
          reporter([resultFor(n, pretty)], REPORTER_CTX);
        });
        if (ratio > FACTOR * GROWTH) throw new Error(`${name}: work grew ${ratio.toFixed(1)}× (${small} → ${large})`);
      }
    },
    120_000,
  );

  it('the engine is linear in the findings', async () => {
    const { ratio, small, large } = await growth((n) => {
      lintText(findingsDocument(n, false), {
        file: 'task-definition.json',
        rules: builtinRules,
        settings: { rules: all },
        explicit: true,
      });
    });
    if (ratio > FACTOR * GROWTH) throw new Error(`engine: work grew ${ratio.toFixed(1)}× (${small} → ${large})`);
  }, 120_000);
});

/** A task definition with n containers (two named port mappings, one range each) and n volumes. */
function pairedTask(n: number): Record<string, unknown> {
  return {
    family: 'web',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: Array.from({ length: n }, (_, i) => ({
      name: `c${i}`,
      image: 'nginx:1.27',
      essential: i === 0,
      portMappings: [
        { name: `p${i}`, containerPort: 1000 + i, ...(i % 2 ? { appProtocol: 'http' } : {}) },
        { name: `q${i}`, containerPort: 20000 + (i % 50) },
        { containerPortRange: `${30000 + (i % 100)}-${30010 + (i % 100)}` },
      ],
    })),
    volumes: Array.from({ length: n }, (_, i) => ({ name: `v${i}`, configuredAtLaunch: i % 2 === 0 })),
  };
}

/** A service with n of each list the cross-checks read: half of them wrong. */
function service(n: number): Record<string, unknown> {
  const list = <T>(make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
  const tg = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef';
  return {
    serviceName: 'web',
    taskDefinition: 'web',
    launchType: 'FARGATE',
    platformVersion: 'LATEST',
    enableExecuteCommand: true,
    healthCheckGracePeriodSeconds: 30,
    deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100 },
    loadBalancers: list((i) => ({
      targetGroupArn: tg,
      containerName: i % 3 === 0 ? `x${i}` : `c${i % 7}`,
      containerPort: i % 2 ? 1000 + (i % 7) : 30005 + (i % 100),
    })),
    serviceRegistries: list((i) => ({
      registryArn: 'arn:aws:servicediscovery:us-east-1:1:service/srv-1',
      containerName: `c${i}`,
      containerPort: 9,
    })),
    networkConfiguration: { awsvpcConfiguration: { subnets: list((i) => `subnet-${i}`) } },
    serviceConnectConfiguration: {
      enabled: true,
      namespace: 'ns',
      services: list((i) => ({
        portName: i % 2 ? `p${i}` : `missing${i}`,
        timeout: { perRequestTimeoutSeconds: 10 },
        clientAliases: [{ port: 80 }],
      })),
    },
    volumeConfigurations: list((i) => ({
      name: i % 3 ? `v${i}` : `w${i}`,
      managedEBSVolume: { roleArn: 'arn:aws:iam::1:role/r' },
    })),
  };
}

describe('services and pairing', () => {
  const serviceRules = builtinRules.filter((r) => r.meta.id.startsWith('valid-service-'));
  it.each(serviceRules.map((r) => r.meta.id))(
    '%s is linear in the service and the task definition it runs',
    async (id) => {
      const texts = new Map<number, { service: string; pair: PairedDocument }>();
      const lint = (n: number, settings: LintSettings): void => {
        let t = texts.get(n);
        if (!t) {
          const pair = pairedDocument('td.json', JSON.stringify(pairedTask(n), null, 2)) as PairedDocument;
          t = { service: JSON.stringify(service(n), null, 2), pair };
          texts.set(n, t);
        }
        const rules = [rulesById.get(id) as (typeof builtinRules)[number]];
        lintText(t.service, { file: 'service.json', rules, settings, explicit: true, pairing: { pair: t.pair } });
      };
      const { ratio, small, large } = await growth(
        (n) => lint(n, only(id)),
        (n) => lint(n, only('none')),
        /\/rules\//,
      );
      if (ratio > FACTOR * GROWTH) throw new Error(`${id}: work grew ${ratio.toFixed(1)}× (${small} → ${large})`);
    },
    120_000,
  );

  it('pairing n services with n task definitions in a run is linear', async () => {
    const entries = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        file: `d${i % 10}/td${i}.json`,
        dir: `/r/d${i % 10}`,
        family: `f${i % (n / 2)}`,
        revision: i,
      }));
    const refs = ['f1', 'f2:3', 'arn:aws:ecs:us-east-1:123456789012:task-definition/f3:7', '<TASK_DEFINITION>', 'none'];
    const { ratio, small, large } = await growth(
      (n) => {
        const index = new PairIndex(entries(n));
        for (let i = 0; i < n; i++) choosePair(`/r/d${i % 10}`, parseReference(refs[i % refs.length]), index);
      },
      undefined,
      /\/src\/engine\//,
    );
    if (ratio > FACTOR * GROWTH) throw new Error(`pairing: work grew ${ratio.toFixed(1)}× (${small} → ${large})`);
  }, 120_000);

  it('a template and a plan with n services and n task definitions are read and paired in linear work', async () => {
    const template = (n: number): string => {
      const resources: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) {
        resources[`Task${i}`] = {
          Type: 'AWS::ECS::TaskDefinition',
          Properties: { Family: `f${i}`, ContainerDefinitions: [{ Name: 'web', Image: 'nginx:1.27', Memory: 128 }] },
        };
        resources[`Service${i}`] = {
          Type: 'AWS::ECS::Service',
          Properties: {
            TaskDefinition: i % 2 ? { Ref: `Task${n - 1 - i}` } : `f${i}`,
            LoadBalancers: [{ ContainerName: 'web', ContainerPort: 80 }],
          },
        };
      }
      return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources });
    };
    const plan = (n: number): string => {
      const resources = [];
      const config = [];
      for (let i = 0; i < n; i++) {
        resources.push({
          address: `aws_ecs_task_definition.t${i}`,
          mode: 'managed',
          type: 'aws_ecs_task_definition',
          name: `t${i}`,
          values: { family: `f${i}`, container_definitions: '[{"name":"web","image":"nginx:1.27","memory":128}]' },
        });
        resources.push({
          address: `aws_ecs_service.s${i}`,
          mode: 'managed',
          type: 'aws_ecs_service',
          name: `s${i}`,
          values: {
            name: `s${i}`,
            task_definition: i % 2 ? `arn:aws:ecs:us-east-1:1:task-definition/f${i}:1` : null,
            load_balancer: [{ container_name: 'web', container_port: 80 }],
          },
        });
        config.push({
          address: `aws_ecs_service.s${i}`,
          mode: 'managed',
          type: 'aws_ecs_service',
          name: `s${i}`,
          expressions: { task_definition: { references: [`aws_ecs_task_definition.t${n - 1 - i}.arn`] } },
        });
      }
      return JSON.stringify({
        format_version: '1.2',
        terraform_version: '1.9.5',
        planned_values: { root_module: { resources } },
        configuration: { root_module: { resources: config } },
      });
    };
    const rules = builtinRules.filter((r) => r.meta.id === 'valid-service-container-ports');
    const settings = only('valid-service-container-ports');
    for (const [name, make, file] of [
      ['template', template, 'stack.template.json'],
      ['plan', plan, 'plan.json'],
    ] as const) {
      const texts = new Map<number, string>();
      const text = (n: number): string => {
        let t = texts.get(n);
        if (t === undefined) {
          t = make(n);
          texts.set(n, t);
        }
        return t;
      };
      const { ratio, small, large } = await growth(
        (n) => {
          lintText(text(n), { file, rules, settings, explicit: true });
        },
        undefined,
        /\/src\/inputs\//,
      );
      if (ratio > FACTOR * GROWTH) throw new Error(`${name}: work grew ${ratio.toFixed(1)}× (${small} → ${large})`);
    }
  }, 120_000);
});
