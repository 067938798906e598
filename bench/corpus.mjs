// Deterministic benchmark corpus: varied ECS task definitions (Fargate and EC2, 1–4 containers, about one
// in five with a mistake), laid out like a monorepo. The same seed and count always give the same bytes.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when the generator changes, so cached corpora are rebuilt. */
const GENERATOR_VERSION = 4;

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'api',
  'web',
  'worker',
  'billing',
  'orders',
  'auth',
  'search',
  'catalog',
  'cart',
  'payments',
  'notify',
  'reports',
  'ingest',
  'gateway',
  'inventory',
  'profile',
  'media',
  'export',
  'audit',
  'metrics',
];
const REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'us-west-2'];
const SIDECARS = [
  'datadog/agent:7.52.0',
  'amazon/aws-xray-daemon:3.3.10',
  'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0',
  'envoyproxy/envoy:v1.29.2',
];
const ENV_NAMES = [
  'NODE_ENV',
  'LOG_LEVEL',
  'PORT',
  'DB_HOST',
  'DB_PORT',
  'DB_NAME',
  'REDIS_URL',
  'QUEUE_URL',
  'FEATURE_FLAGS',
  'SENTRY_ENVIRONMENT',
  'AWS_REGION',
  'HTTP_TIMEOUT_MS',
  'MAX_CONNECTIONS',
  'CACHE_TTL',
  'SERVICE_NAME',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_SERVICE_NAME',
  'TZ',
  'LANG',
  'JAVA_OPTS',
  'WORKERS',
  'BATCH_SIZE',
];
const SECRET_NAMES = ['DB_PASSWORD', 'API_KEY', 'JWT_SECRET', 'STRIPE_KEY', 'SMTP_PASSWORD', 'GITHUB_TOKEN'];
const FARGATE_SIZES = [
  ['256', '512'],
  ['256', '1024'],
  ['512', '1024'],
  ['512', '2048'],
  ['1024', '2048'],
  ['1024', '4096'],
  ['2048', '4096'],
  ['2048', '8192'],
  ['4096', '8192'],
  ['4096', '16384'],
];

/** One task definition as text (2-space JSON, as `aws ecs describe-task-definition | jq` would write it). */
export function taskDefinition(rand, n) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const chance = (p) => rand() < p;
  const account = String(100000000000 + int(0, 899999999999));
  const region = pick(REGIONS);
  const service = `${pick(WORDS)}-${pick(WORDS)}`;
  const env = pick(['prod', 'staging', 'dev']);
  const family = `${service}-${env}`;
  const fargate = chance(0.6);
  // About one file in five carries a mistake a reviewer would miss.
  const mistake = chance(0.2)
    ? pick(['latest', 'memory', 'hostPort', 'size', 'typo', 'plaintext', 'essential', 'syntax'])
    : undefined;
  const repo = `${account}.dkr.ecr.${region}.amazonaws.com/${service}`;
  const count = int(1, 4);
  const containers = [];
  for (let c = 0; c < count; c++) {
    const main = c === 0;
    const name = main
      ? service
      : pick(SIDECARS)
          .split('/')
          .at(-1)
          .split(':')[0]
          .replace(/[^a-z0-9-]/g, '-') + (c > 1 ? `-${c}` : '');
    const port = main ? pick([80, 3000, 8080, 8443, 9000]) : int(2000, 9999);
    const def = {
      name,
      image: main ? `${repo}:${mistake === 'latest' ? 'latest' : `v1.${int(0, 40)}.${int(0, 9)}`}` : pick(SIDECARS),
      essential: main ? mistake !== 'essential' : chance(0.3),
    };
    if (!fargate || chance(0.5)) {
      def.cpu = pick([0, 128, 256, 512]);
      def.memory = pick([256, 512, 1024]);
      def.memoryReservation = mistake === 'memory' && main ? def.memory * 2 : Math.floor(def.memory / 2);
    }
    if (main || chance(0.4)) {
      def.portMappings = [
        {
          containerPort: port,
          hostPort: fargate && !(mistake === 'hostPort') ? port : fargate ? port + 1 : pick([0, port]),
          protocol: 'tcp',
        },
      ];
      if (chance(0.3))
        def.portMappings.push({ containerPort: port + 1, hostPort: fargate ? port + 1 : 0, protocol: 'tcp' });
      if (chance(0.5)) def.portMappings[0].name = `${name}-http`;
      if (chance(0.5)) def.portMappings[0].appProtocol = 'http';
    }
    const envCount = main ? int(8, 30) : int(0, 8);
    const used = new Set();
    def.environment = [];
    for (let e = 0; e < envCount; e++) {
      const key = pick(ENV_NAMES);
      if (used.has(key)) continue;
      used.add(key);
      def.environment.push({
        name: key,
        value: key.endsWith('PORT') ? String(port) : `${pick(WORDS)}-${int(1, 9999)}`,
      });
    }
    if (main && mistake === 'plaintext')
      def.environment.push({ name: 'DB_PASSWORD', value: `s3cr3t-${int(1000, 9999)}` });
    if (main && chance(0.7)) {
      def.secrets = [];
      for (let s = 0, k = int(1, 4); s < k; s++) {
        const key = SECRET_NAMES[(s + n) % SECRET_NAMES.length];
        def.secrets.push({
          name: key,
          valueFrom: chance(0.5)
            ? `arn:aws:secretsmanager:${region}:${account}:secret:${family}/${key.toLowerCase()}-AbCdEf`
            : `arn:aws:ssm:${region}:${account}:parameter/${family}/${key.toLowerCase()}`,
        });
      }
    }
    def.logConfiguration = {
      logDriver: 'awslogs',
      options: {
        'awslogs-group': `/ecs/${family}`,
        'awslogs-region': region,
        'awslogs-stream-prefix': name,
      },
    };
    if (chance(0.5)) {
      def.healthCheck = {
        command: ['CMD-SHELL', `curl -fsS http://localhost:${port}/health || exit 1`],
        interval: 30,
        timeout: 5,
        retries: 3,
        startPeriod: int(0, 60),
      };
    }
    if (chance(0.4)) def.readonlyRootFilesystem = true;
    if (chance(0.4)) def.user = pick(['1000', '1000:1000', 'node', 'app']);
    if (chance(0.3)) def.ulimits = [{ name: 'nofile', softLimit: 65536, hardLimit: 65536 }];
    if (chance(0.3) && !fargate) def.linuxParameters = { initProcessEnabled: true, capabilities: { drop: ['ALL'] } };
    if (c > 0 && chance(0.4)) def.dependsOn = [{ containerName: containers[0].name, condition: 'START' }];
    if (chance(0.3)) def.dockerLabels = { 'com.datadoghq.ad.check_names': `["${name}"]`, team: pick(WORDS) };
    if (chance(0.25)) def.mountPoints = [{ sourceVolume: 'data', containerPath: '/data', readOnly: chance(0.5) }];
    if (mistake === 'typo' && main) def.enviroment = [{ name: 'X', value: 'y' }];
    containers.push(def);
  }
  const task = { family };
  if (chance(0.8)) task.taskRoleArn = `arn:aws:iam::${account}:role/${family}-task`;
  task.executionRoleArn = `arn:aws:iam::${account}:role/${family}-execution`;
  task.networkMode = fargate ? 'awsvpc' : pick(['bridge', 'awsvpc', 'host']);
  task.containerDefinitions = containers;
  if (containers.some((c) => c.mountPoints)) {
    task.volumes = [
      fargate || chance(0.5)
        ? {
            name: 'data',
            efsVolumeConfiguration: {
              fileSystemId: `fs-${int(10000000, 99999999).toString(16)}`,
              transitEncryption: 'ENABLED',
              rootDirectory: '/',
            },
          }
        : { name: 'data', host: { sourcePath: '/srv/data' } },
    ];
  }
  task.requiresCompatibilities = [fargate ? 'FARGATE' : 'EC2'];
  if (fargate) {
    const [cpu, memory] = pick(FARGATE_SIZES);
    task.cpu = cpu;
    task.memory = mistake === 'size' ? String(Number(memory) + 100) : memory;
    task.runtimePlatform = { operatingSystemFamily: 'LINUX', cpuArchitecture: pick(['X86_64', 'ARM64']) };
  } else if (chance(0.5)) {
    task.placementConstraints = [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ m5.*' }];
  }
  task.tags = [
    { key: 'service', value: service },
    { key: 'env', value: env },
    { key: 'owner', value: `${pick(WORDS)}-team` },
  ];
  let text = `${JSON.stringify(task, null, 2)}\n`;
  if (mistake === 'syntax') text = text.replace(/("family": "[^"]*",)/, '$1,');
  return text;
}

/**
 * Write `count` task definitions under `dir` (services/<svc>/<env>/task-definition.json and friends),
 * reusing an existing corpus made by the same generator, seed and count. Returns the total bytes.
 */
export function ensureCorpus(dir, count, seed = 20241122) {
  const stamp = join(dir, 'corpus.stamp');
  const want = JSON.stringify({ version: GENERATOR_VERSION, count, seed });
  if (existsSync(stamp)) {
    const [head, bytes] = readFileSync(stamp, 'utf8').split('\n');
    if (head === want) return Number(bytes);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rand = prng(seed);
  let bytes = 0;
  const names = ['task-definition.json', 'taskdef.json', 'ecs-task-def.json'];
  for (let i = 0; i < count; i++) {
    const folder = join(dir, 'services', `svc-${String(Math.floor(i / 10)).padStart(4, '0')}`, `t${i % 10}`);
    mkdirSync(folder, { recursive: true });
    const text = taskDefinition(rand, i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, names[i % names.length]), text);
  }
  // The stamp is a .txt file so a linter walking the folder never sees it.
  writeFileSync(stamp, `${want}\n${bytes}\n`);
  return bytes;
}
