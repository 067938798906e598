import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it, vi } from 'vitest';
import ecsSchema from './ecs.schema.json' with { type: 'json' };
import {
  COMPATIBILITIES,
  NETWORK_MODES,
  OUTPUT_ONLY_TASK_FIELDS,
  REGISTER_TASK_DEFINITION_FIELDS,
  TASK_DEFINITION_PLACEMENT_CONSTRAINT_TYPES,
  TASK_DEFINITION_STATUSES,
} from './ecs-model.js';
import { closest, mapAjvErrors, type SchemaIssue, type SchemaTarget, show, validateSchema } from './validate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The issues without `data`, `fix` and `suggestions`, which have their own assertions. */
const check = (target: SchemaTarget, value: unknown) =>
  validateSchema(target, value).map(({ data: _data, fix: _fix, suggestions: _suggestions, ...rest }) => rest);

/** A Fargate web task as teams write it for `aws ecs register-task-definition --cli-input-json`. */
function fargateTask(): Record<string, unknown> {
  return {
    family: 'web',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' },
    enableFaultInjection: false,
    containerDefinitions: [
      {
        name: 'web',
        image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2',
        essential: true,
        portMappings: [{ containerPort: 8080, protocol: 'tcp', appProtocol: 'http', name: 'web-8080' }],
        environment: [{ name: 'PORT', value: '8080' }],
        secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/db-password' }],
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'web' },
        },
        healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'], interval: 30 },
        dockerLabels: { 'com.example.team': 'payments' },
        versionConsistency: 'enabled',
      },
    ],
    volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-12345678', transitEncryption: 'ENABLED' } }],
    tags: [{ key: 'team', value: 'payments' }],
  };
}

function withContainer(patch: Record<string, unknown>): Record<string, unknown> {
  const task = fargateTask();
  const [container] = task.containerDefinitions as Record<string, unknown>[];
  Object.assign(container ?? {}, patch);
  return task;
}

describe('generated files', () => {
  it('ecs.schema.json and ecs-model.ts are what scripts/generate-schema.mjs produces', async () => {
    const script = pathToFileURL(path.join(ROOT, 'scripts/generate-schema.mjs')).href;
    const generator: { buildSchemaFiles(): Record<string, string> } = await import(script);
    const files = generator.buildSchemaFiles();
    expect(Object.keys(files).sort()).toEqual(['src/schema/ecs-model.ts', 'src/schema/ecs.schema.json']);
    for (const [rel, text] of Object.entries(files)) {
      // A mismatch means the committed file drifted: run `npm run generate:schema`.
      expect(readFileSync(path.join(ROOT, rel), 'utf8'), rel).toBe(text);
    }
  });

  it('every schema compiles under ajv strict mode', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    ajv.addSchema(ecsSchema);
    for (const name of Object.keys(ecsSchema.definitions)) {
      expect(ajv.getSchema(`ecs.schema.json#/definitions/${name}`), name).toBeTypeOf('function');
    }
    for (const file of [
      'dockerrun-v1.schema.json',
      'dockerrun-v3.schema.json',
      'appspec.schema.json',
      'eventbridge-ecs.schema.json',
    ]) {
      const schema: unknown = JSON.parse(readFileSync(path.join(ROOT, 'src/schema', file), 'utf8'));
      expect(() => new Ajv({ strict: true, allowUnionTypes: true }).compile(schema as object), file).not.toThrow();
    }
  });

  it('names the definitions after the API types', () => {
    const names = Object.keys(ecsSchema.definitions);
    for (const name of [
      'RegisterTaskDefinitionRequest',
      'TaskDefinition',
      'DescribeTaskDefinitionResponse',
      'ContainerDefinition',
      'PortMapping',
      'HealthCheck',
      'LogConfiguration',
      'Volume',
      'EFSVolumeConfiguration',
      'Tag',
      'NetworkMode',
      'DockerrunV2',
    ]) {
      expect(names).toContain(name);
    }
    const register = ecsSchema.definitions.RegisterTaskDefinitionRequest;
    expect(register.required).toEqual(['family', 'containerDefinitions']);
    expect(register.additionalProperties).toBe(false);
    expect(register.properties.cpu).toEqual({ type: 'string' });
    expect(ecsSchema.definitions.ContainerDefinition.properties.memoryReservation).toEqual({ type: 'integer' });
    expect(ecsSchema.definitions.ContainerDefinition.properties.dockerLabels).toEqual({
      type: 'object',
      additionalProperties: { type: 'string' },
    });
  });

  it('matches the API facts (aws-facts.md §4.26, §5)', () => {
    expect(COMPATIBILITIES).toEqual(['EC2', 'EXTERNAL', 'FARGATE', 'MANAGED_INSTANCES']);
    expect(TASK_DEFINITION_PLACEMENT_CONSTRAINT_TYPES).toEqual(['memberOf']);
    expect(TASK_DEFINITION_STATUSES).toEqual(['ACTIVE', 'DELETE_IN_PROGRESS', 'INACTIVE']);
    expect(NETWORK_MODES).toEqual(['awsvpc', 'bridge', 'host', 'none']);
    expect([...OUTPUT_ONLY_TASK_FIELDS].sort()).toEqual(
      [
        'taskDefinitionArn',
        'revision',
        'status',
        'requiresAttributes',
        'compatibilities',
        'registeredAt',
        'registeredBy',
        'deregisteredAt',
        'deleteRequestedAt',
      ].sort(),
    );
    expect([...REGISTER_TASK_DEFINITION_FIELDS].sort()).toEqual(
      [
        'family',
        'containerDefinitions',
        'taskRoleArn',
        'executionRoleArn',
        'networkMode',
        'volumes',
        'placementConstraints',
        'requiresCompatibilities',
        'cpu',
        'memory',
        'tags',
        'pidMode',
        'ipcMode',
        'proxyConfiguration',
        'inferenceAccelerators',
        'ephemeralStorage',
        'runtimePlatform',
        'enableFaultInjection',
      ].sort(),
    );
  });
});

describe('task-definition', () => {
  it('accepts a complete, valid task definition', () => {
    expect(validateSchema('task-definition', fargateTask())).toEqual([]);
  });

  it('reports a missing required property on the parent object', () => {
    const { family: _family, ...task } = fargateTask();
    expect(validateSchema('task-definition', task)).toEqual([
      {
        path: [],
        target: 'key',
        messageId: 'required',
        message: 'missing required property "family"',
        data: { property: 'family' },
      },
    ]);
  });

  it('names the container and the nested object of a missing property', () => {
    const task = withContainer({ healthCheck: { interval: 30 } });
    (task.volumes as unknown[]).push({ name: 'shared', efsVolumeConfiguration: { rootDirectory: '/' } });
    expect(check('task-definition', task)).toEqual([
      {
        path: ['containerDefinitions', 0, 'healthCheck'],
        target: 'key',
        messageId: 'required',
        message: 'container "web": health check is missing required property "command"',
      },
      {
        path: ['volumes', 1, 'efsVolumeConfiguration'],
        target: 'key',
        messageId: 'required',
        message: 'volume "shared": EFS volume configuration is missing required property "fileSystemId"',
      },
    ]);
  });

  it('reports unknown properties with a did-you-mean hint', () => {
    const task = withContainer({ memoryReservaton: 512, Image: 'nginx' });
    delete (task.containerDefinitions as Record<string, unknown>[])[0]?.image;
    task.netwrokMode = 'awsvpc';
    task.executionRole = 'x';
    delete task.networkMode;
    expect(validateSchema('task-definition', task)).toEqual([
      {
        path: ['netwrokMode'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "netwrokMode" in task definition',
        hint: 'did you mean "networkMode"?',
        data: { property: 'netwrokMode', suggestion: 'networkMode' },
        // Two letters swapped, and no other member is as near: safe to rename unseen.
        fix: {
          message: 'rename "netwrokMode" to "networkMode"',
          edits: [{ op: 'rename', path: ['netwrokMode'], to: 'networkMode' }],
        },
      },
      {
        path: ['executionRole'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "executionRole" in task definition',
        data: { property: 'executionRole' },
      },
      {
        path: ['containerDefinitions', 0, 'memoryReservaton'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "memoryReservaton" in container "web"',
        hint: 'did you mean "memoryReservation"?',
        data: { property: 'memoryReservaton', suggestion: 'memoryReservation' },
        fix: {
          message: 'rename "memoryReservaton" to "memoryReservation"',
          edits: [{ op: 'rename', path: ['containerDefinitions', 0, 'memoryReservaton'], to: 'memoryReservation' }],
        },
      },
      {
        path: ['containerDefinitions', 0, 'Image'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "Image" in container "web"',
        hint: 'did you mean "image"?',
        data: { property: 'Image', suggestion: 'image' },
        fix: {
          message: 'rename "Image" to "image"',
          edits: [{ op: 'rename', path: ['containerDefinitions', 0, 'Image'], to: 'image' }],
        },
      },
    ]);
  });

  it('does not suggest a property the object already has', () => {
    const task = withContainer({ Image: 'nginx' });
    expect(check('task-definition', task)).toEqual([
      {
        path: ['containerDefinitions', 0, 'Image'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "Image" in container "web"',
      },
    ]);
  });

  it('names nested objects and unnamed containers in plain words', () => {
    const task = fargateTask();
    task.containerDefinitions = [
      { image: 'nginx', portMappings: [{ containerPort: 80, hostport: 80 }], extra: true },
      { name: 'sidecar', image: 'busybox', logConfiguration: { logDriver: 'awslogs', option: {} } },
    ];
    expect(check('task-definition', task)).toEqual([
      {
        path: ['containerDefinitions', 0, 'extra'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "extra" in container definition',
      },
      {
        path: ['containerDefinitions', 0, 'portMappings', 0, 'hostport'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "hostport" in port mapping',
        hint: 'did you mean "hostPort"?',
      },
      {
        path: ['containerDefinitions', 1, 'logConfiguration', 'option'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'container "sidecar": unknown property "option" in log configuration',
        hint: 'did you mean "options"?',
      },
    ]);
  });

  it('reports describe-output members as output of describe-task-definition', () => {
    const task = {
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7',
      ...fargateTask(),
      revision: 7,
      status: 'ACTIVE',
      requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' }],
      compatibilities: ['EC2', 'FARGATE'],
      registeredAt: '2024-05-01T10:00:00.000000+00:00',
      registeredBy: 'arn:aws:iam::123456789012:role/deploy',
    };
    const issues = validateSchema('task-definition', task);
    expect(issues.map((i) => i.path)).toEqual([
      ['taskDefinitionArn'],
      ['revision'],
      ['status'],
      ['requiresAttributes'],
      ['compatibilities'],
      ['registeredAt'],
      ['registeredBy'],
    ]);
    expect(issues[1]).toEqual({
      path: ['revision'],
      target: 'key',
      messageId: 'outputOnly',
      message: '"revision" is output of describe-task-definition; RegisterTaskDefinition rejects it',
      hint: 'remove it (amazon-ecs-deploy-task-definition strips it: then set the schema option "allowOutputOnly")',
      data: { property: 'revision' },
      fix: { message: 'remove "revision"', edits: [{ op: 'remove', path: ['revision'] }] },
    });
  });

  it('reports wrong types with the value and a fix', () => {
    const task = withContainer({
      cpu: '256',
      essential: 'true',
      links: ['db', 5],
      command: 'npm start',
      user: 1000,
      image: 'x'.repeat(60),
      memory: 'a'.repeat(50),
    });
    task.cpu = 256;
    task.memory = 512;
    task.containerDefinitions = [...(task.containerDefinitions as unknown[]), 'sidecar'];
    expect(check('task-definition', task)).toEqual([
      {
        path: ['containerDefinitions', 0, 'cpu'],
        target: 'value',
        messageId: 'type',
        message: 'container "web": "cpu" must be an integer, got string "256"',
        hint: 'write it as a number: 256',
      },
      {
        path: ['containerDefinitions', 0, 'memory'],
        target: 'value',
        messageId: 'type',
        message: `container "web": "memory" must be an integer, got string "${'a'.repeat(40)}…"`,
      },
      {
        path: ['containerDefinitions', 0, 'links', 1],
        target: 'value',
        messageId: 'type',
        message: 'container "web": item 2 of "links" must be a string, got number 5',
        hint: 'write it as a string: "5"',
      },
      {
        path: ['containerDefinitions', 0, 'essential'],
        target: 'value',
        messageId: 'type',
        message: 'container "web": "essential" must be a boolean, got string "true"',
        hint: 'write it without quotes: true',
      },
      {
        path: ['containerDefinitions', 0, 'command'],
        target: 'value',
        messageId: 'type',
        message: 'container "web": "command" must be an array, got string "npm start"',
      },
      {
        path: ['containerDefinitions', 0, 'user'],
        target: 'value',
        messageId: 'type',
        message: 'container "web": "user" must be a string, got number 1000',
        hint: 'write it as a string: "1000"',
      },
      {
        path: ['containerDefinitions', 1],
        target: 'value',
        messageId: 'type',
        message: 'container definition 2 must be an object, got string "sidecar"',
      },
      {
        path: ['cpu'],
        target: 'value',
        messageId: 'type',
        message: '"cpu" must be a string, got number 256',
        hint: 'write it as a string: "256"',
      },
      {
        path: ['memory'],
        target: 'value',
        messageId: 'type',
        message: '"memory" must be a string, got number 512',
        hint: 'write it as a string: "512"',
      },
    ]);
  });

  it('gives type data for fingerprints without the value', () => {
    const task = fargateTask();
    task.cpu = 256;
    expect(validateSchema('task-definition', task)[0]?.data).toEqual({
      property: 'cpu',
      expected: 'string',
      actual: 'number',
    });
  });

  it('reports null, objects and arrays by kind', () => {
    const task = fargateTask();
    task.pidMode = null;
    task.volumes = [null];
    task.runtimePlatform = [];
    task.tags = {};
    expect(check('task-definition', task)).toEqual([
      {
        path: ['volumes', 0],
        target: 'value',
        messageId: 'null',
        message: 'volume 1 must be an object, got null',
        hint: 'remove the null item',
      },
      {
        path: ['tags'],
        target: 'value',
        messageId: 'type',
        message: '"tags" must be an array, got object',
      },
      {
        path: ['pidMode'],
        target: 'value',
        messageId: 'null',
        message: '"pidMode" must be a string, got null',
        hint: 'remove the property (deploy tools that drop nulls: set the schema option "allowNull")',
      },
      {
        path: ['runtimePlatform'],
        target: 'value',
        messageId: 'type',
        message: '"runtimePlatform" must be an object, got array',
      },
    ]);
  });

  it('never shows values that may be secrets', () => {
    const task = withContainer({
      environment: [{ name: 'API_PIN', value: 123456 }, 'DB_PASSWORD=hunter2'],
      dockerLabels: { 'com.example.build': 42 },
    });
    const issues = check('task-definition', task);
    expect(issues).toEqual([
      {
        path: ['containerDefinitions', 0, 'environment', 0, 'value'],
        target: 'value',
        messageId: 'type',
        message: 'container "web": "value" must be a string, got number',
        hint: 'write it in double quotes, as a string',
      },
      {
        path: ['containerDefinitions', 0, 'environment', 1],
        target: 'value',
        messageId: 'type',
        message: 'container "web": item 2 of "environment" must be an object, got string',
        hint: 'write each variable as {"name": "...", "value": "..."}',
      },
      {
        path: ['containerDefinitions', 0, 'dockerLabels', 'com.example.build'],
        target: 'value',
        messageId: 'type',
        message: 'container "web": "com.example.build" in "dockerLabels" must be a string, got number',
        hint: 'write it in double quotes, as a string',
      },
    ]);
    expect(JSON.stringify(issues)).not.toMatch(/123456|hunter2/);
  });

  it('reports enum values, listing up to eight and suggesting close ones', () => {
    const task = withContainer({
      portMappings: [{ containerPort: 8080, protocol: 'TCP', appProtocol: 'HTTP2' }],
      logConfiguration: { logDriver: 'cloudwatch' },
      ulimits: [{ name: 'NOFILE', softLimit: 1024, hardLimit: 4096 }],
    });
    task.networkMode = 'awsvpcc';
    task.requiresCompatibilities = ['fargate', 5];
    task.runtimePlatform = { operatingSystemFamily: 'WINDOWS' };
    expect(check('task-definition', task)).toEqual([
      {
        path: ['networkMode'],
        target: 'value',
        messageId: 'enum',
        message: '"networkMode" "awsvpcc" is not one of "awsvpc", "bridge", "host", "none"',
        hint: 'did you mean "awsvpc"?',
      },
      {
        path: ['containerDefinitions', 0, 'portMappings', 0, 'protocol'],
        target: 'value',
        messageId: 'enum',
        message: 'container "web": "protocol" "TCP" is not one of "tcp", "udp"',
        hint: 'did you mean "tcp"?',
      },
      {
        path: ['containerDefinitions', 0, 'portMappings', 0, 'appProtocol'],
        target: 'value',
        messageId: 'enum',
        message: 'container "web": "appProtocol" "HTTP2" is not one of "grpc", "http", "http2"',
        hint: 'did you mean "http2"?',
      },
      {
        path: ['containerDefinitions', 0, 'ulimits', 0, 'name'],
        target: 'value',
        messageId: 'enum',
        message: 'container "web": "name" "NOFILE" is not a valid value',
        hint: 'did you mean "nofile"?',
      },
      {
        path: ['containerDefinitions', 0, 'logConfiguration', 'logDriver'],
        target: 'value',
        messageId: 'enum',
        message:
          'container "web": "logDriver" "cloudwatch" is not one of "awsfirelens", "awslogs", "fluentd", "gelf", "journald", "json-file", "splunk", "syslog"',
      },
      {
        path: ['requiresCompatibilities', 0],
        target: 'value',
        messageId: 'enum',
        message:
          '"fargate" in "requiresCompatibilities" is not one of "EC2", "EXTERNAL", "FARGATE", "MANAGED_INSTANCES"',
        hint: 'did you mean "FARGATE"?',
      },
      {
        path: ['requiresCompatibilities', 1],
        target: 'value',
        messageId: 'type',
        message: 'item 2 of "requiresCompatibilities" must be a string, got number 5',
      },
      {
        path: ['runtimePlatform', 'operatingSystemFamily'],
        target: 'value',
        messageId: 'enum',
        message: '"operatingSystemFamily" "WINDOWS" is not a valid value',
        hint:
          'use one of "LINUX", "WINDOWS_SERVER_2004_CORE", "WINDOWS_SERVER_2016_FULL", "WINDOWS_SERVER_2019_CORE", ' +
          '"WINDOWS_SERVER_2019_FULL", "WINDOWS_SERVER_2022_CORE", "WINDOWS_SERVER_2022_FULL", ' +
          '"WINDOWS_SERVER_2025_CORE", "WINDOWS_SERVER_2025_FULL", "WINDOWS_SERVER_20H2_CORE"',
      },
    ]);
  });

  it('explains enum values that are wrong in a known way', () => {
    const task = fargateTask();
    task.networkMode = 'default';
    expect(check('task-definition', task)).toEqual([
      {
        path: ['networkMode'],
        target: 'value',
        messageId: 'enum',
        message: '"networkMode" "default" is not one of "awsvpc", "bridge", "host", "none"',
        hint: 'remove "networkMode": the API has no "default" value; omitting it gives bridge on Linux, NAT on Windows',
      },
    ]);
  });

  it('reports the bounds the model states for tags', () => {
    const task = fargateTask();
    task.tags = [
      { key: '', value: 'x' },
      { key: 'k'.repeat(129), value: 'v'.repeat(257) },
      ...Array.from({ length: 49 }, (_, i) => ({ key: `t${i}`, value: '' })),
    ];
    expect(validateSchema('task-definition', task)).toEqual([
      {
        path: ['tags'],
        target: 'value',
        messageId: 'maxItems',
        message: '"tags" has 51 items, more than the maximum of 50',
        data: { property: 'tags', limit: 50, actual: 51 },
      },
      {
        path: ['tags', 0, 'key'],
        target: 'value',
        messageId: 'minLength',
        message: '"key" must not be empty',
        data: { property: 'key', limit: 1, actual: 0 },
      },
      {
        path: ['tags', 1, 'key'],
        target: 'value',
        messageId: 'maxLength',
        message: '"key" is 129 characters long, more than the maximum of 128',
        data: { property: 'key', limit: 128, actual: 129 },
      },
      {
        path: ['tags', 1, 'value'],
        target: 'value',
        messageId: 'maxLength',
        message: '"value" is 257 characters long, more than the maximum of 256',
        data: { property: 'value', limit: 256, actual: 257 },
      },
    ]);
  });

  it('requires exactly one member of a union', () => {
    const task = withContainer({ resourceRequirements: [{ type: 'GPU', sharingStrategy: {} }] });
    expect(check('task-definition', task)).toEqual([
      {
        path: ['containerDefinitions', 0, 'resourceRequirements', 0, 'sharingStrategy'],
        target: 'value',
        messageId: 'minProperties',
        message: 'container "web": "sharingStrategy" must set exactly one of "nvidiaMps"',
      },
    ]);
  });

  it('accepts members that only the newer client-ecs model has', () => {
    const task = withContainer({
      resourceRequirements: [{ type: 'GPU', sharingStrategy: { nvidiaMps: { memory: 4096, maxComputePercent: 50 } } }],
    });
    (task.volumes as unknown[]).push({
      name: 's3files',
      s3filesVolumeConfiguration: { fileSystemArn: 'arn:aws:s3files:us-east-1:123456789012:file-system/fs-1' },
    });
    expect(validateSchema('task-definition', task)).toEqual([]);
  });

  it('never throws, whatever the JSON value', () => {
    for (const target of [
      'task-definition',
      'describe-output',
      'container-definitions',
      'dockerrun-v1',
      'dockerrun-v2',
      'dockerrun-v3',
    ] as const) {
      for (const value of [
        null,
        0,
        'x',
        true,
        [],
        {},
        [null, [], 'x'],
        JSON.parse('{"__proto__": {"family": 1}, "constructor": null, "containerDefinitions": [{"__proto__": 1}]}'),
      ]) {
        expect(() => validateSchema(target, value)).not.toThrow();
      }
    }
    expect(check('task-definition', null)).toEqual([
      { path: [], target: 'value', messageId: 'null', message: 'the document must be an object, got null' },
    ]);
    expect(
      check('task-definition', JSON.parse('{"family": "web", "containerDefinitions": [], "__proto__": {}}')),
    ).toEqual([
      {
        path: ['__proto__'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "__proto__" in task definition',
      },
    ]);
  });

  it('decodes RFC 6901 pointers, keeping object keys that look like numbers as strings', () => {
    const task = withContainer({ dockerLabels: { 'a/b~c': 1, '0': 2 } });
    expect(validateSchema('task-definition', task).map((i) => i.path)).toEqual([
      ['containerDefinitions', 0, 'dockerLabels', '0'],
      ['containerDefinitions', 0, 'dockerLabels', 'a/b~c'],
    ]);
  });

  it('compiles each validator once and reuses it', () => {
    const spy = vi.spyOn(Ajv.prototype, 'getSchema');
    validateSchema('task-definition', fargateTask());
    validateSchema('task-definition', {});
    validateSchema('task-definition', []);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(1);
    spy.mockRestore();
  });
});

describe('describe-output', () => {
  function describeOutput(): Record<string, unknown> {
    const { tags, ...task } = fargateTask();
    return {
      taskDefinition: {
        taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7',
        ...task,
        revision: 7,
        status: 'ACTIVE',
        requiresAttributes: [{ name: 'ecs.capability.execution-role-awslogs' }],
        compatibilities: ['EC2', 'FARGATE', 'MANAGED_INSTANCES'],
        registeredAt: '2024-05-01T10:00:00.123000+00:00',
        deregisteredAt: 1714557600.123,
        deleteRequestedAt: '2024-06-01T10:00:00+00:00',
        registeredBy: 'arn:aws:sts::123456789012:assumed-role/deploy/ci',
      },
      tags,
    };
  }

  it('accepts the output of aws ecs describe-task-definition --include TAGS', () => {
    expect(validateSchema('describe-output', describeOutput())).toEqual([]);
  });

  it('reports problems with paths into the wrapper', () => {
    const doc = describeOutput();
    const task = doc.taskDefinition as Record<string, unknown>;
    task.revision = '7';
    task.status = 'active';
    doc.ResponseMetadata = { RequestId: 'x' };
    Object.assign((task.containerDefinitions as Record<string, unknown>[])[0] ?? {}, { memoryReservation: '512' });
    expect(check('describe-output', doc)).toEqual([
      {
        path: ['ResponseMetadata'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "ResponseMetadata" in describe-task-definition output',
      },
      {
        path: ['taskDefinition', 'containerDefinitions', 0, 'memoryReservation'],
        target: 'value',
        messageId: 'type',
        message: 'container "web": "memoryReservation" must be an integer, got string "512"',
        hint: 'write it as a number: 512',
      },
      {
        path: ['taskDefinition', 'revision'],
        target: 'value',
        messageId: 'type',
        message: '"revision" must be an integer, got string "7"',
        hint: 'write it as a number: 7',
      },
      {
        path: ['taskDefinition', 'status'],
        target: 'value',
        messageId: 'enum',
        message: '"status" "active" is not one of "ACTIVE", "DELETE_IN_PROGRESS", "INACTIVE"',
        hint: 'did you mean "ACTIVE"?',
      },
    ]);
  });
});

describe('container-definitions', () => {
  it('accepts a Terraform-style container definitions array', () => {
    const [container] = fargateTask().containerDefinitions as unknown[];
    expect(validateSchema('container-definitions', [container, { name: 'sidecar', image: 'busybox' }])).toEqual([]);
  });

  it('reports items by container name or position', () => {
    const doc = [{ name: 'web', image: 'nginx', memoryReservaton: 256 }, 'busybox', { image: 'x', Name: 'y' }];
    expect(check('container-definitions', doc)).toEqual([
      {
        path: [0, 'memoryReservaton'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "memoryReservaton" in container "web"',
        hint: 'did you mean "memoryReservation"?',
      },
      {
        path: [1],
        target: 'value',
        messageId: 'type',
        message: 'container definition 2 must be an object, got string "busybox"',
      },
      {
        path: [2, 'Name'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "Name" in container definition',
        hint: 'did you mean "name"?',
      },
    ]);
  });

  it('reports a document that is not an array', () => {
    expect(check('container-definitions', { containerDefinitions: [] })).toEqual([
      { path: [], target: 'value', messageId: 'type', message: 'the document must be an array, got object' },
    ]);
  });
});

describe('dockerrun-v1', () => {
  it('accepts the Elastic Beanstalk examples', () => {
    expect(
      validateSchema('dockerrun-v1', {
        AWSEBDockerrunVersion: '1',
        Image: { Name: 'janedoe/image', Update: 'true' },
        Ports: [{ ContainerPort: '1234' }],
        Volumes: [{ HostDirectory: '/path/to/host', ContainerDirectory: '/path/to/container' }],
        Logging: '/var/log/nginx',
        Entrypoint: '/app/bin/myapp',
        Command: '--argument',
        Authentication: { Bucket: 'amzn-s3-demo-bucket', Key: 'mydockercfg' },
      }),
    ).toEqual([]);
    expect(
      validateSchema('dockerrun-v1', {
        AWSEBDockerrunVersion: '1',
        Image: { Name: 'docker-username/beanstalk-glassfish-example' },
        Ports: [{ ContainerPort: 8080, HostPort: 8080 }],
        Logging: '/usr/local/glassfish5/glassfish/domains/domain1/logs',
      }),
    ).toEqual([]);
  });

  it('reports key case, types, enums and patterns', () => {
    expect(
      check('dockerrun-v1', {
        AWSEBDockerrunVersion: 2,
        image: { Name: 'nginx' },
        Image: { Name: 'nginx', Update: false },
        Ports: [{ ContainerPort: '80a' }, { HostPort: 80 }],
        Authentication: { bucket: 'b', Key: 'k' },
        Command: ['--port', '80'],
      }),
    ).toEqual([
      {
        path: ['image'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "image" in Dockerrun.aws.json v1',
      },
      {
        path: ['AWSEBDockerrunVersion'],
        target: 'value',
        messageId: 'enum',
        message: '"AWSEBDockerrunVersion" 2 is not one of "1", 1',
      },
      {
        path: ['Image', 'Update'],
        target: 'value',
        messageId: 'type',
        message: '"Update" must be a string, got boolean false',
        hint: 'write it as a string: "false"',
      },
      {
        path: ['Ports', 0, 'ContainerPort'],
        target: 'value',
        messageId: 'pattern',
        message: '"ContainerPort" "80a" must be a whole number',
      },
      {
        path: ['Ports', 1],
        target: 'key',
        messageId: 'required',
        message: 'port mapping is missing required property "ContainerPort"',
      },
      {
        path: ['Authentication'],
        target: 'key',
        messageId: 'required',
        message: '"Authentication" is missing required property "Bucket"',
      },
      {
        path: ['Authentication', 'bucket'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "bucket" in "Authentication"',
        hint: 'did you mean "Bucket"?',
      },
      {
        path: ['Command'],
        target: 'value',
        messageId: 'type',
        message: '"Command" must be a string, got array',
      },
    ]);
  });

  it('suggests the exact spelling of Update', () => {
    expect(check('dockerrun-v1', { AWSEBDockerrunVersion: '1', Image: { Name: 'nginx', Update: 'False' } })).toEqual([
      {
        path: ['Image', 'Update'],
        target: 'value',
        messageId: 'enum',
        message: '"Update" "False" is not one of "true", "false"',
        hint: 'did you mean "false"?',
      },
    ]);
  });

  it('reports a port of the wrong type', () => {
    expect(check('dockerrun-v1', { AWSEBDockerrunVersion: '1', Ports: [{ ContainerPort: true }] })).toEqual([
      {
        path: ['Ports', 0, 'ContainerPort'],
        target: 'value',
        messageId: 'type',
        message: '"ContainerPort" must be an integer or a string, got boolean true',
        hint: 'write it as a string: "true"',
      },
    ]);
  });
});

describe('dockerrun-v2', () => {
  function dockerrunV2(): Record<string, unknown> {
    return {
      AWSEBDockerrunVersion: 2,
      volumes: [{ name: 'php-app', host: { sourcePath: '/var/app/current/php-app' } }],
      containerDefinitions: [
        {
          name: 'php-app',
          image: 'php:fpm',
          environment: [{ name: 'Container', value: 'PHP' }],
          essential: true,
          memory: 128,
          mountPoints: [{ sourceVolume: 'php-app', containerPath: '/var/www/html', readOnly: true }],
        },
        {
          name: 'nginx-proxy',
          image: 'nginx',
          essential: true,
          memory: 128,
          portMappings: [{ hostPort: 80, containerPort: 80 }],
          links: ['php-app'],
          mountPoints: [{ sourceVolume: 'awseb-logs-nginx-proxy', containerPath: '/var/log/nginx' }],
        },
      ],
      authentication: { bucket: 'amzn-s3-demo-bucket', key: 'mydockercfg' },
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    };
  }

  it('accepts the Elastic Beanstalk example', () => {
    expect(validateSchema('dockerrun-v2', dockerrunV2())).toEqual([]);
    expect(validateSchema('dockerrun-v2', { ...dockerrunV2(), AWSEBDockerrunVersion: '2' })).toEqual([]);
  });

  it('reports v1 spellings, task members EB ignores and container problems', () => {
    const { containerDefinitions, authentication, ...rest } = dockerrunV2();
    const doc = { ...rest, Authentication: authentication, family: 'web', containers: containerDefinitions };
    expect(check('dockerrun-v2', doc)).toEqual([
      {
        path: [],
        target: 'key',
        messageId: 'required',
        message: 'missing required property "containerDefinitions"',
      },
      {
        path: ['Authentication'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "Authentication" in Dockerrun.aws.json v2',
        hint: 'did you mean "authentication"?',
      },
      {
        path: ['family'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "family" in Dockerrun.aws.json v2',
        hint: 'remove it: Elastic Beanstalk generates the task definition (its "family" too) from "containerDefinitions", "volumes" and "executionRoleArn"',
      },
      {
        path: ['containers'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "containers" in Dockerrun.aws.json v2',
      },
    ]);
    expect(validateSchema('dockerrun-v2', doc).find((i) => i.path[0] === 'family')?.fix).toEqual({
      message: 'remove "family"',
      edits: [{ op: 'remove', path: ['family'] }],
    });
    const broken = dockerrunV2();
    Object.assign((broken.containerDefinitions as Record<string, unknown>[])[1] ?? {}, { network_mode: 'bridge' });
    (broken.authentication as Record<string, unknown>).Bucket = 'b';
    delete (broken.authentication as Record<string, unknown>).bucket;
    expect(check('dockerrun-v2', broken)).toEqual([
      {
        path: ['containerDefinitions', 1, 'network_mode'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "network_mode" in container "nginx-proxy"',
      },
      {
        path: ['authentication'],
        target: 'key',
        messageId: 'required',
        message: '"authentication" is missing required property "bucket"',
      },
      {
        path: ['authentication', 'Bucket'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "Bucket" in "authentication"',
        hint: 'did you mean "bucket"?',
      },
    ]);
  });
});

describe('dockerrun-v3', () => {
  it('accepts the Docker Compose platform file', () => {
    expect(
      validateSchema('dockerrun-v3', {
        AWSEBDockerrunVersion: '3',
        Authentication: { bucket: 'amzn-s3-demo-bucket', key: 'mydockercfg' },
      }),
    ).toEqual([]);
  });

  it('reports v1 spellings and service definitions', () => {
    expect(
      check('dockerrun-v3', {
        AWSEBDockerrunVersion: '3',
        Authentication: { Bucket: 'amzn-s3-demo-bucket', key: 'mydockercfg' },
        Image: { Name: 'nginx' },
      }),
    ).toEqual([
      {
        path: ['Image'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "Image" in Dockerrun.aws.json v3',
      },
      {
        path: ['Authentication'],
        target: 'key',
        messageId: 'required',
        message: '"Authentication" is missing required property "bucket"',
      },
      {
        path: ['Authentication', 'Bucket'],
        target: 'key',
        messageId: 'unknownProperty',
        message: 'unknown property "Bucket" in "Authentication"',
        hint: 'did you mean "bucket"?',
      },
    ]);
  });
});

describe('mapping of other ajv errors', () => {
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
  const validate = ajv.compile({
    type: 'object',
    title: 'settings',
    properties: {
      port: { type: 'integer', minimum: 1, maximum: 65535 },
      weight: { type: 'number', exclusiveMinimum: 0 },
      hosts: { type: 'array', items: { type: 'string' }, minItems: 1 },
      id: { type: 'string', pattern: '^[a-z]+$' },
      mode: { anyOf: [{ const: 'a' }, { const: 'b' }] },
    },
  });
  const run = (value: unknown): SchemaIssue[] => {
    validate(value);
    return mapAjvErrors('task-definition', value, validate.errors ?? []);
  };

  it('maps numeric bounds, item counts and patterns to one-line messages', () => {
    expect(run({ port: 70000, weight: 0, hosts: [], id: 'A1' }).map((i) => [i.messageId, i.message])).toEqual([
      ['maximum', '"port" 70000 is more than the maximum of 65535'],
      ['exclusiveMinimum', '"weight" 0 must be more than 0'],
      ['minItems', '"hosts" has 0 items, fewer than the minimum of 1'],
      ['pattern', '"id" "A1" does not match the pattern /^[a-z]+$/'],
    ]);
    expect(run({ port: 0 })[0]).toEqual({
      path: ['port'],
      target: 'value',
      messageId: 'minimum',
      message: '"port" 0 is less than the minimum of 1',
      data: { property: 'port', limit: 1, actual: 0 },
    });
  });

  it('drops wrapper errors and dedupes', () => {
    validate({ mode: 'c' });
    const errors = validate.errors ?? [];
    expect(errors.map((e) => e.keyword)).toContain('anyOf');
    const issues = mapAjvErrors('task-definition', { mode: 'c' }, [...errors, ...errors]);
    expect(issues.map((i) => i.message)).toEqual(['"mode" must be equal to constant']);
  });

  it('copes with errors that carry no schema (ajv without verbose)', () => {
    const error: ErrorObject = {
      instancePath: '/x',
      schemaPath: '#/additionalProperties',
      keyword: 'additionalProperties',
      params: { additionalProperty: 'y' },
    };
    expect(mapAjvErrors('dockerrun-v3', { x: {} }, [error])[0]?.message).toBe('unknown property "y" in object');
  });
});

describe('helpers', () => {
  it('shows values briefly', () => {
    expect(show('a'.repeat(41))).toBe(`"${'a'.repeat(40)}…"`);
    expect(show('a'.repeat(40))).toBe(`"${'a'.repeat(40)}"`);
    expect(show(null)).toBe('null');
    expect(show({})).toBe('object');
    expect(show([1])).toBe('array');
    expect(show(false)).toBe('false');
  });

  it('suggests close names only', () => {
    expect(closest('memoryReservaton', ['memory', 'memoryReservation'])).toBe('memoryReservation');
    expect(closest('IMAGE', ['image'])).toBe('image');
    expect(closest('nmae', ['name', 'image'])).toBe('name');
    expect(closest('foo', ['name', 'image'])).toBeUndefined();
    expect(closest('executionRole', ['executionRoleArn', 'taskRoleArn'])).toBe('executionRoleArn');
    expect(closest('family', ['name', 'image'])).toBeUndefined();
  });
});
