/**
 * Services, AppSpecs and run-task inputs linted with the task definitions they run, through the CLI as a
 * user runs it: detection, pairing (folder, family, ARN, ecspresso, config), related locations in the
 * task definition (text and SARIF) and the pairing note.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRun, lintText } from '../../src/api.js';
import { choosePair, parseReference } from '../../src/engine/pairing.js';
import { detectKind } from '../../src/inputs/detect.js';
import { project, runCli } from '../../src/testing/harness.js';

const TASK = {
  family: 'web',
  taskRoleArn: 'arn:aws:iam::123456789012:role/web-task',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    {
      name: 'web',
      image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.2.3',
      essential: true,
      portMappings: [{ name: 'http', containerPort: 8080, appProtocol: 'http' }],
      healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost:8080/ || exit 1'] },
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'web' },
      },
    },
  ],
};
const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], securityGroups: ['sg-0a1b2c3d'] } };
const SERVICE = {
  cluster: 'prod',
  serviceName: 'web',
  taskDefinition: 'web',
  desiredCount: 2,
  launchType: 'FARGATE',
  loadBalancers: [
    {
      targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef',
      containerName: 'web',
      containerPort: 8080,
    },
  ],
  networkConfiguration: NETWORK,
};
const APPSPEC = (container: string, port: number) => `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: <TASK_DEFINITION>
        LoadBalancerInfo:
          ContainerName: ${container}
          ContainerPort: ${port}
`;
const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;
const compact = async (dir: string, args: string[] = ['deploy']) =>
  runCli(dir, ['--format', 'compact', '--no-config', ...args]);

describe('services, AppSpecs and run-task inputs', () => {
  it('lints a consistent trio in a folder with no finding, pairing them without config', async () => {
    const dir = project({
      'deploy/task-definition.json': json(TASK),
      'deploy/service.json': json(SERVICE),
      'deploy/appspec.yaml': APPSPEC('web', 8080),
    });
    const run = await runCli(dir, ['--format', 'json', '--no-config', 'deploy']);
    const out = JSON.parse(run.stdout) as { results: { file: string; kind: string; diagnostics: unknown[] }[] };
    expect(out.results.map((r) => [r.file, r.kind, r.diagnostics.length]).sort()).toEqual([
      ['deploy/appspec.yaml', 'appspec', 0],
      ['deploy/service.json', 'create-service', 0],
      ['deploy/task-definition.json', 'task-definition', 0],
    ]);
    expect(run.code).toBe(0);
  });

  it('reports a broken AppSpec port on the AppSpec line, with the task definition as related location', async () => {
    const dir = project({
      'deploy/taskdef.json': json(TASK),
      'deploy/appspec.yaml': APPSPEC('web', 80),
    });
    const run = await runCli(dir, ['--no-config', 'deploy']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'deploy/appspec.yaml:9:26: error: "LoadBalancerInfo" routes to port 80 of container "web", which maps only 8080 [valid-service-container-ports]',
    );
    expect(run.stdout).toContain('   = the port mappings of container "web": see deploy/taskdef.json:16:7');
    const sarif = JSON.parse((await runCli(dir, ['--format', 'sarif', '--no-config', 'deploy'])).stdout);
    const result = sarif.runs
      .flatMap((r: { results: unknown[] }) => r.results)
      .find((r: { ruleId: string }) => r.ruleId === 'valid-service-container-ports');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('deploy/appspec.yaml');
    expect(result.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('deploy/taskdef.json');
    expect(result.relatedLocations[0].physicalLocation.region.startLine).toBe(16);
  });

  it('pairs by family and by ARN across folders, and notes a service whose task definition is not in the run', async () => {
    const dir = project({
      'ecs/web.json': json(TASK),
      'services/web.json': json({
        ...SERVICE,
        taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:12',
        loadBalancers: [{ ...SERVICE.loadBalancers[0], containerName: 'app' }],
      }),
      'services/api.json': json({ ...SERVICE, serviceName: 'api', taskDefinition: 'api:3' }),
    });
    const run = await compact(dir, ['.']);
    expect(run.stdout).toContain(
      'services/web.json:10:24: error: load balancer #1 names container "app", which task definition "web" does not have [valid-service-container-ports]',
    );
    expect(run.stdout).toContain(
      'services/api.json:4:21: note: no task definition with family "api" was linted in this run: the checks against it did not run [task-definition-pairing]',
    );
  });

  it('pairs an ecspresso service definition through ecspresso.yml, and through config "pairs"', async () => {
    const bridge = { ...TASK, networkMode: 'bridge', requiresCompatibilities: ['EC2'] };
    const { taskDefinition: _, serviceName: __, cluster: ___, ...ecspressoService } = SERVICE;
    const files = {
      'app/ecspresso.yml':
        'service: web\nservice_definition: ecs-service-def.json\ntask_definition: ecs-task-def.json\n',
      'app/ecs-task-def.json': json(bridge),
      'app/other-task-def.json': json({ ...TASK, family: 'other' }),
      'app/ecs-service-def.json': json({ ...ecspressoService, launchType: 'EC2' }),
    };
    const run = await compact(project(files), ['app']);
    expect(run.stdout).toContain(
      'app/ecs-service-def.json:11:3: error: "networkConfiguration" is given, but task definition "web" uses the bridge network mode',
    );
    // Without ecspresso's config two task definitions share the folder: only a note, until the config pairs them.
    const { 'app/ecspresso.yml': _config, ...bare } = files;
    const unpaired = await compact(project(bare), ['app']);
    expect(unpaired.stdout).toContain('[task-definition-pairing]');
    expect(unpaired.stdout).not.toContain('[valid-service-network-configuration]');
    const configured = project({
      ...bare,
      '.ecslintrc.json': json({
        pairs: [{ service: 'app/ecs-service-def.json', taskDefinition: 'app/ecs-task-def.json' }],
      }),
    });
    const paired = await runCli(configured, ['--format', 'compact', 'app']);
    expect(paired.stdout).toContain('[valid-service-network-configuration]');
  });

  it('checks describe-services output and RunTask input', async () => {
    const described = {
      services: [
        {
          ...SERVICE,
          serviceArn: 'arn:aws:ecs:us-east-1:123456789012:service/prod/web',
          taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7',
          status: 'ACTIVE',
          platformVersion: '1.4.0',
          launchType: 'EC2',
        },
      ],
      failures: [],
    };
    const dir = project({
      'deploy/td.json': json(TASK),
      'deploy/describe.json': json(described),
      'deploy/run-task.json': json({ cluster: 'prod', taskDefinition: 'web', launchType: 'FARGATE', count: 1 }),
    });
    const run = await compact(dir);
    expect(run.stdout).toContain('deploy/describe.json:');
    expect(run.stdout).toContain('"platformVersion" is set for launch type EC2');
    expect(run.stdout).toContain(
      'deploy/run-task.json:3:3: error: task definition "web" uses the awsvpc network mode, but no "networkConfiguration.awsvpcConfiguration" is given (AWS: "Network Configuration must be provided when networkMode \'awsvpc\' is specified.") [valid-service-network-configuration]',
    );
  });

  it('reports schema problems in services and AppSpecs with did-you-mean hints', async () => {
    const dir = project({
      'deploy/td.json': json(TASK),
      'deploy/service.json': json({ ...SERVICE, desiredCount: undefined, desiredCont: 2 }),
      'deploy/appspec.yml': APPSPEC('web', 8080).replace('ContainerPort', 'ContainerPrt'),
    });
    const run = await runCli(dir, ['--format', 'json', '--no-config', 'deploy']);
    const diags = (
      JSON.parse(run.stdout).results as { file: string; diagnostics: { message: string; hint?: string }[] }[]
    )
      .flatMap((r) => r.diagnostics.map((d) => `${r.file}: ${d.message} (${d.hint ?? ''})`))
      .sort();
    expect(diags).toContain(
      'deploy/appspec.yml: unknown property "ContainerPrt" in "LoadBalancerInfo" (did you mean "ContainerPort"?)',
    );
    expect(diags).toContain(
      'deploy/service.json: unknown property "desiredCont" in service definition (did you mean "desiredCount"?)',
    );
  });
});

describe('one document linted on its own (editor buffer, library lintText)', () => {
  it('is paired with the task definitions of its folder', async () => {
    const dir = project({ 'deploy/task-definition.json': json(TASK), 'deploy/notes.json': '{"x": 1}\n' });
    const result = await lintText(APPSPEC('app', 8080), 'deploy/appspec.yaml', { cwd: dir, config: false });
    expect(result.kind).toBe('appspec');
    expect(result.diagnostics.map((d) => [d.ruleId, d.related?.[0]?.file])).toEqual([
      ['valid-service-container-ports', 'deploy/task-definition.json'],
    ]);
    const alone = await lintText(APPSPEC('app', 8080), 'elsewhere/appspec.yaml', { cwd: dir, config: false });
    expect(alone.diagnostics.map((d) => d.ruleId)).toEqual(['task-definition-pairing']);
  });
});

describe('detection', () => {
  it.each([
    [{ serviceName: 'web', taskDefinition: 'web:1', desiredCount: 1 }, 'create-service'],
    [{ desiredCount: 2, loadBalancers: [], launchType: 'FARGATE' }, 'create-service'],
    [{ service: 'web', cluster: 'prod', taskDefinition: 'web:2', forceNewDeployment: true }, 'update-service'],
    [
      { services: [{ serviceArn: 'arn:aws:ecs:us-east-1:1:service/c/web', taskDefinition: 'x' }], failures: [] },
      'describe-services',
    ],
    [{ cluster: 'prod', taskDefinition: 'web', count: 1 }, 'run-task'],
    [{ cluster: 'prod', taskDefinition: 'web', containerInstances: ['i'] }, 'start-task'],
    [{ version: 0, Resources: [{ TargetService: { Type: 'AWS::ECS::Service', Properties: {} } }] }, 'appspec'],
    [{ Rule: 'r', Targets: [{ Id: '1', Arn: 'a', EcsParameters: { TaskDefinitionArn: 'x' } }] }, 'events-target'],
    [{ name: 'my-package', version: '1.0.0', dependencies: {} }, 'unknown'],
    [{ compilerOptions: { strict: true } }, 'unknown'],
  ])('%j is %s', (value, kind) => {
    expect(detectKind(value)).toBe(kind);
  });
});

describe('pairing', () => {
  const entries = [
    { file: 'a/td.json', dir: '/r/a', family: 'web', revision: undefined },
    { file: 'b/td.json', dir: '/r/b', family: 'web', revision: 3 },
    { file: 'b/worker.json', dir: '/r/b', family: 'worker', revision: undefined },
  ];
  it('reads families, revisions and ARNs, and treats placeholders as open', () => {
    expect(parseReference('arn:aws-cn:ecs:cn-north-1:123456789012:task-definition/web:42')).toMatchObject({
      family: 'web',
      revision: 42,
      open: false,
    });
    expect(parseReference('web:7')).toMatchObject({ family: 'web', revision: 7 });
    expect(parseReference('<TASK_DEFINITION>').open).toBe(true);
    expect(parseReference('${TASK_DEFINITION_ARN}').open).toBe(true);
    expect(parseReference(undefined).open).toBe(true);
  });
  it('prefers the same folder, then the revision, and says why when it cannot choose', () => {
    expect(choosePair('/r/a', parseReference('web'), entries)).toEqual({ entry: entries[0] });
    expect(choosePair('/r/c', parseReference('web:3'), entries)).toEqual({ entry: entries[1] });
    expect(choosePair('/r/a', parseReference('<TASK_DEFINITION>'), entries)).toEqual({ entry: entries[0] });
    const two = choosePair('/r/b', parseReference('<TASK_DEFINITION>'), entries);
    expect('unpaired' in two && two.unpaired).toContain(
      'its folder holds 2 task definitions (b/td.json, b/worker.json)',
    );
    const none = choosePair('/r/a', parseReference('api'), entries);
    expect('unpaired' in none && none.unpaired).toBe(
      'no task definition with family "api" was linted in this run: the checks against it did not run',
    );
  });
});

describe('the README example', () => {
  it('is what ecslint prints on such a folder', async () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const dir = project({
      'deploy/task-definition.json': json(TASK),
      'deploy/service.json': json(SERVICE),
      'deploy/appspec.yaml': APPSPEC('web', 80),
    });
    const run = await runCli(dir, ['--no-config', 'deploy/']);
    const lines = run.stdout.split('\n').filter((l) => l.startsWith('deploy/') || l.includes(': see '));
    expect(lines.length).toBe(2);
    for (const line of lines) expect(readme).toContain(line);
  });
});

describe('the pre-commit hook', () => {
  const hooks = readFileSync(join(import.meta.dirname, '../../.pre-commit-hooks.yaml'), 'utf8');
  const files = /- id: ecslint\n[\s\S]*?\n {2}files: (.+)\n/.exec(hooks)?.[1] ?? '';
  // pre-commit matches `files` with Python's re.search; `(?i)` at the start is Python's case-insensitive flag.
  const pattern = new RegExp(files.replace(/^\(\?i\)/, ''), files.startsWith('(?i)') ? 'i' : '');
  it.each([
    'appspec.yaml',
    'deploy/appspec.yml',
    'appspec.json',
    'deploy/appspec-prod.yaml',
    'ecs-service-def.json',
    'deploy/service-definition.json',
    'ecs-service.json',
    'run-task.json',
    'task-definition.json',
    'Dockerrun.aws.json',
  ])('takes %s', (name) => {
    expect(pattern.test(name)).toBe(true);
  });
  it.each([
    'package.json',
    'service-account.json',
    'docker-compose.yaml',
    '.github/workflows/deploy.yml',
    'tsconfig.json',
  ])('leaves %s', (name) => {
    expect(pattern.test(name)).toBe(false);
  });
  it('passes YAML files as well as JSON', () => {
    expect(hooks).toContain('types_or: [json, yaml]');
  });
});

describe('services inside CloudFormation templates and Terraform', () => {
  const TEMPLATE = (ref: string, port = 8080) => `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Subnet:
    Type: AWS::EC2::Subnet::Id
Resources:
  WebTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: awsvpc
      RequiresCompatibilities: [FARGATE]
      Cpu: '256'
      Memory: '512'
      ContainerDefinitions:
        - Name: web
          Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.2.3
          PortMappings:
            - ContainerPort: 8080
  WebService:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: ${ref}
      LaunchType: FARGATE
      LoadBalancers:
        - ContainerName: web
          ContainerPort: ${port}
          TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: [!Ref Subnet]
`;
  const portFindings = async (text: string, file = 'stack.yaml') => {
    const result = await lintText(text, file, { config: false });
    return result.diagnostics.filter(
      (d) => d.ruleId.startsWith('valid-service-') || d.ruleId === 'task-definition-pairing',
    );
  };

  it.each([
    ['!Ref WebTask'],
    ['{ Ref: WebTask }'],
    ['!GetAtt WebTask.TaskDefinitionArn'],
    ['!GetAtt [WebTask, TaskDefinitionArn]'],
    ['!Sub "${WebTask}"'],
  ])('pairs a service with the task definition its TaskDefinition %s names, naming logical ids', async (ref) => {
    const [finding, ...rest] = await portFindings(TEMPLATE(ref, 80));
    expect(rest).toEqual([]);
    expect(finding?.message).toBe(
      'WebService: load balancer #1 routes to port 80 of container "web", which maps only 8080',
    );
    // On the service's line in the template; the related location is the task definition's, in the same file.
    expect(finding?.range.start).toEqual({ line: 25, column: 26 });
    expect(finding?.related?.[0]).toMatchObject({
      pointer: '/Resources/WebTask/Properties/ContainerDefinitions/0/PortMappings',
    });
    expect(finding?.related?.[0]?.range.start.line).toBe(16);
    expect(finding?.related?.[0]?.file).toBeUndefined();
    expect(await portFindings(TEMPLATE(ref, 8080))).toEqual([]);
  });

  it('offers the only port the container maps as a suggestion in a JSON template', async () => {
    const template = {
      Resources: {
        Task: {
          Type: 'AWS::ECS::TaskDefinition',
          Properties: {
            ContainerDefinitions: [
              { Name: 'web', Image: 'nginx:1.27', Memory: 256, PortMappings: [{ ContainerPort: 8080 }] },
            ],
          },
        },
        Service: {
          Type: 'AWS::ECS::Service',
          Properties: {
            TaskDefinition: { Ref: 'Task' },
            LoadBalancers: [
              {
                ContainerName: 'web',
                ContainerPort: 80,
                TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef',
              },
            ],
          },
        },
      },
    };
    const [finding] = await portFindings(json(template), 'stack.template.json');
    expect(finding?.ruleId).toBe('valid-service-container-ports');
    expect(finding?.suggestions?.[0]?.message).toBe('route to port 8080');
    expect(finding?.suggestions?.[0]?.edits).toEqual([expect.objectContaining({ text: '8080' })]);
  });

  it('reports an awsvpc task launched without NetworkConfiguration on the !Ref that names it', async () => {
    const text = TEMPLATE('!Ref WebTask').replace(/ {6}NetworkConfiguration:\n.*\n.*\n/, '');
    const findings = await portFindings(text);
    expect(findings.map((d) => [d.ruleId, d.message, d.range.start])).toEqual([
      [
        'valid-service-network-configuration',
        'WebService: task definition WebTask uses the awsvpc network mode, but no "networkConfiguration.awsvpcConfiguration" is given (AWS: "Network Configuration must be provided when networkMode \'awsvpc\' is specified.")',
        { line: 21, column: 7 },
      ],
    ]);
  });

  it('checks a scheduled task (an AWS::Events::Rule ECS target) against the task definition it !Refs', async () => {
    const rule = (network: string) => `  Nightly:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(1 day)
      Targets:
        - Id: nightly
          Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
          RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
          EcsParameters:
            TaskDefinitionArn: !Ref WebTask
            LaunchType: FARGATE${network}
`;
    const base = TEMPLATE('!Ref WebTask').replace(/ {2}WebService:[\s\S]*$/, '');
    const [missing, ...rest] = await portFindings(base + rule(''));
    expect(rest).toEqual([]);
    expect(missing?.message).toContain(
      'Nightly target "nightly": task definition WebTask uses the awsvpc network mode',
    );
    expect(missing?.range.start).toEqual({ line: 27, column: 13 });
    const given =
      '\n            NetworkConfiguration:\n              AwsVpcConfiguration:\n                Subnets: [!Ref Subnet]';
    expect(await portFindings(base + rule(given))).toEqual([]);
  });

  it('notes a service whose task definition is a parameter, and still checks the service itself', async () => {
    const text = TEMPLATE('!Ref Subnet').replace(
      'LaunchType: FARGATE',
      'LaunchType: EC2\n      PlatformVersion: LATEST',
    );
    const findings = await portFindings(text);
    expect(findings.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([
      'task-definition-pairing: WebService: "TaskDefinition" refers to "Subnet", a parameter, not a task definition of this template: the checks against the task definition did not run',
      'valid-service-launch-type: WebService: "platformVersion" is set for launch type EC2; AWS: "The platform version must be null when specifying an EC2 launch type."',
    ]);
  });

  const HCL = (reference: string, port = 8080) => `resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = aws_ecs_cluster.main.id
  task_definition = ${reference}
  desired_count   = 2
  launch_type     = "FARGATE"

  load_balancer {
    target_group_arn = aws_lb_target_group.web.arn
    container_name   = "web"
    container_port   = ${port}
  }

  network_configuration {
    subnets          = var.private_subnets
    assign_public_ip = false
  }
}

resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    {
      name         = "web"
      image        = "nginx:1.27"
      essential    = true
      portMappings = [{ containerPort = 8080 }]
    }
  ])
}
`;
  it.each([
    ['aws_ecs_task_definition.web.arn'],
    ['"${aws_ecs_task_definition.web.arn}"'],
    ['aws_ecs_task_definition.web.arn_without_revision'],
    ['"${aws_ecs_task_definition.web.family}:${aws_ecs_task_definition.web.revision}"'],
  ])('pairs aws_ecs_service with the aws_ecs_task_definition its task_definition = %s references', async (ref) => {
    const [finding, ...rest] = await portFindings(HCL(ref, 80), 'main.tf');
    expect(rest).toEqual([]);
    expect(finding?.message).toBe(
      'aws_ecs_service.web: load balancer #1 routes to port 80 of container "web", which maps only 8080',
    );
    expect(finding?.range.start).toEqual({ line: 11, column: 24 });
    expect(finding?.related?.[0]?.range.start.line).toBe(31);
    expect(await portFindings(HCL(ref, 8080), 'main.tf')).toEqual([]);
  });

  it('reads the network_configuration block as the awsvpc configuration', async () => {
    const bridge = HCL('aws_ecs_task_definition.web.arn')
      .replace('"awsvpc"', '"bridge"')
      .replace('"FARGATE"]', '"EC2"]');
    const findings = await portFindings(
      bridge.replace('launch_type     = "FARGATE"', 'launch_type     = "EC2"'),
      'main.tf',
    );
    expect(findings.map((d) => [d.ruleId, d.range.start.line])).toEqual([['valid-service-network-configuration', 14]]);
  });

  it('pairs a service with the task definition in another .tf file of its folder (one module), and no further', async () => {
    const [service, task] = HCL('aws_ecs_task_definition.web.arn', 80).split(
      /\n(?=resource "aws_ecs_task_definition")/,
    );
    const dir = project({
      'infra/service.tf': service as string,
      'infra/task.tf': task as string,
      'other/task.tf': task as string,
    });
    const run = await compact(dir, ['infra/service.tf']);
    expect(run.stdout).toBe(
      'infra/service.tf:11:24: error: aws_ecs_service.web: load balancer #1 routes to port 80 of container "web", which maps only 8080 [valid-service-container-ports]\n',
    );
    const text = await runCli(dir, ['--no-config', 'infra/service.tf']);
    expect(text.stdout).toContain('   = the port mappings of container "web": see infra/task.tf:12:7');
    // Another folder is another module: its task definition is not the one referenced.
    const alone = project({ 'infra/service.tf': service as string, 'other/task.tf': task as string });
    expect((await compact(alone, ['.'])).stdout).toContain(
      'infra/service.tf:4:21: note: aws_ecs_service.web: "task_definition" references aws_ecs_task_definition.web, which is not in this file nor another .tf file of its folder',
    );
  });

  it('notes a service whose task definition is in another file, a data source or a variable', async () => {
    const [note] = await portFindings(
      HCL('data.aws_ecs_task_definition.web.arn').replace(/resource "aws_ecs_task_definition"[\s\S]*$/, ''),
      'service.tf',
    );
    expect(note?.ruleId).toBe('task-definition-pairing');
    expect(note?.message).toContain('references no aws_ecs_task_definition of this file');
  });
});

describe('EventBridge targets as `aws events put-targets --targets file://targets.json` takes them', () => {
  it('is a list of targets, each checked against its task definition', async () => {
    const dir = project({
      'schedule/td.json': json(TASK),
      'schedule/targets.json': json([
        {
          Id: 'logs',
          Arn: 'arn:aws:logs:us-east-1:123456789012:log-group:/events',
          RoleArn: 'arn:aws:iam::123456789012:role/r',
        },
        {
          Id: 'nightly',
          Arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod',
          RoleArn: 'arn:aws:iam::123456789012:role/ecsEventsRole',
          EcsParameters: {
            TaskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3',
            LaunchType: 'FARGATE',
          },
        },
      ]),
    });
    const run = await compact(dir, ['schedule']);
    expect(detectKind(JSON.parse(readFileSync(join(dir, 'schedule/targets.json'), 'utf8')))).toBe('events-target');
    expect(run.stdout).toContain(
      'schedule/targets.json:12:7: error: task definition "web" uses the awsvpc network mode, but no "networkConfiguration.awsvpcConfiguration" is given',
    );
    expect(run.stdout).not.toContain('[schema]');
  });
});

describe('examples/deploy (README quick start)', () => {
  const root = join(import.meta.dirname, '../..');
  const files = ['appspec.yaml', 'service.json', 'taskdef.json'];
  const copy = (edit: (name: string, text: string) => string = (_, t) => t) =>
    project(
      Object.fromEntries(
        files.map((f) => [`examples/deploy/${f}`, edit(f, readFileSync(join(root, 'examples/deploy', f), 'utf8'))]),
      ),
    );
  it('lints the task definition, the service and the AppSpec with no finding', async () => {
    const run = await runCli(copy(), ['--format', 'json', 'examples/deploy']);
    const out = JSON.parse(run.stdout) as { results: { file: string; kind: string; diagnostics: unknown[] }[] };
    expect(out.results.map((r) => [r.file, r.kind, r.diagnostics.length]).sort()).toEqual([
      ['examples/deploy/appspec.yaml', 'appspec', 0],
      ['examples/deploy/service.json', 'create-service', 0],
      ['examples/deploy/taskdef.json', 'task-definition', 0],
    ]);
    expect(run.code).toBe(0);
  });
  it('pairs them without config: a port changed in the AppSpec or the service is caught', async () => {
    const broken = copy((name, text) =>
      name === 'appspec.yaml'
        ? text.replace('ContainerPort: 8080', 'ContainerPort: 80')
        : name === 'service.json'
          ? text.replace('"containerName": "sample-website"', '"containerName": "website"')
          : text,
    );
    const run = await runCli(broken, ['--format', 'compact', 'examples/deploy']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'examples/deploy/appspec.yaml:9:26: error: "LoadBalancerInfo" routes to port 80 of container "sample-website", which maps only 8080 [valid-service-container-ports]',
    );
    expect(run.stdout).toContain(
      'examples/deploy/service.json:8:24: error: load balancer #1 names container "website", which task definition "sample-website" does not have [valid-service-container-ports]',
    );
  });
});

describe('ecspresso service definitions as ecspresso writes them', () => {
  it('takes "launchType": "" beside a capacity provider strategy as no launch type', async () => {
    const service = {
      capacityProviderStrategy: [
        { base: 1, capacityProvider: 'FARGATE_SPOT', weight: 1 },
        { base: 0, capacityProvider: 'FARGATE', weight: 0 },
      ],
      deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100 },
      desiredCount: 1,
      launchType: '',
      loadBalancers: [{ ...SERVICE.loadBalancers[0], containerName: 'web', containerPort: 8080 }],
      networkConfiguration: NETWORK,
    };
    const dir = project({ 'app/ecs-task-def.json': json(TASK), 'app/ecs-service-def.json': json(service) });
    const run = await compact(dir, ['app']);
    expect(run.stdout).not.toContain('[valid-service-launch-type]');
    // The strategy is Fargate: an EC2-only task definition is still caught.
    const ec2 = project({
      'app/ecs-task-def.json': json({ ...TASK, requiresCompatibilities: ['EC2'] }),
      'app/ecs-service-def.json': json(service),
    });
    expect((await compact(ec2, ['app'])).stdout).toContain(
      'app/ecs-service-def.json:2:3: error: the capacity provider strategy runs on Fargate, but task definition "web" does not support it',
    );
  });
});

describe('every cross-check points at the task definition', () => {
  const root = join(import.meta.dirname, '../..');
  const cases = readdirSync(join(root, 'fixtures'))
    .filter((rule) => rule.startsWith('valid-service-'))
    .flatMap((rule) =>
      readdirSync(join(root, 'fixtures', rule, 'invalid')).map((name) => join('fixtures', rule, 'invalid', name)),
    );
  it('in every invalid case: a finding that names the task definition has a related location in it', async () => {
    let checked = 0;
    for (const dir of cases) {
      const { results } = await lintRun(['.'], { cwd: join(root, dir), config: false });
      for (const r of results) {
        for (const d of r.diagnostics) {
          if (!d.ruleId.startsWith('valid-service-') || !/task definition/.test(d.message)) continue;
          checked++;
          const where = `${dir}/${r.file}: ${d.message}`;
          // In the task definition's file; in the same file only for a template, .tf file or plan.
          const inline = ['cloudformation', 'terraform', 'terraform-plan'].includes(r.kind);
          expect(
            (d.related ?? []).some(
              (rel) => (rel.file !== undefined && rel.file !== r.file) || (inline && rel.file === undefined),
            ),
            where,
          ).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });
});

describe('a CodePipeline deploy folder', () => {
  it('pairs the AppSpec with taskdef.json beside imagedefinitions.json, imageDetail.json and a container-definitions file', async () => {
    const dir = project({
      'deploy/taskdef.json': json(TASK),
      'deploy/appspec.yaml': APPSPEC('web', 80),
      // Written by the build for the deploy actions (ECS standard and blue/green): not task definitions.
      'deploy/imagedefinitions.json': json([
        { name: 'web', imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:abc123' },
      ]),
      'deploy/imageDetail.json': json({ ImageURI: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:abc123' }),
      // Part of a task definition only: the whole one in the folder is the one the AppSpec runs.
      'deploy/container-definitions.json': json(TASK.containerDefinitions),
    });
    const run = await compact(dir);
    expect(run.stdout).toContain(
      'deploy/appspec.yaml:9:26: error: "LoadBalancerInfo" routes to port 80 of container "web", which maps only 8080 [valid-service-container-ports]',
    );
    expect(run.stdout).not.toContain('imagedefinitions.json');
    expect(run.stdout).not.toContain('[task-definition-pairing]');
    expect(detectKind([{ name: 'web', imageUri: 'nginx:1.27' }])).toBe('unknown');
  });
});

describe('scheduled tasks in Terraform (aws_cloudwatch_event_target with ecs_target)', () => {
  const tf = (ecsTarget: string) => `resource "aws_ecs_task_definition" "report" {
  family                   = "report"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 256
  memory                   = 512
  container_definitions    = jsonencode([{ name = "report", image = "nginx:1.27", essential = true }])
}

resource "aws_cloudwatch_event_target" "nightly" {
  rule     = aws_cloudwatch_event_rule.nightly.name
  arn      = aws_ecs_cluster.main.arn
  role_arn = aws_iam_role.events.arn
  ecs_target {
    task_definition_arn = aws_ecs_task_definition.report.arn
${ecsTarget}
  }
}

resource "aws_cloudwatch_event_target" "lambda" {
  rule = aws_cloudwatch_event_rule.nightly.name
  arn  = aws_lambda_function.cleanup.arn
}
`;
  const findings = async (text: string) =>
    (await lintText(text, 'schedule.tf', { config: false })).diagnostics
      .filter((d) => d.ruleId.startsWith('valid-service-') || d.ruleId === 'task-definition-pairing')
      .map((d) => `${d.range.start.line}: ${d.message}`);
  it('checks the ECS target against the task definition it references; other targets are not ECS', async () => {
    expect(await findings(tf('    launch_type = "EC2"\n    platform_version = "LATEST"'))).toEqual([
      '15: aws_cloudwatch_event_target.nightly: task definition aws_ecs_task_definition.report uses the awsvpc network mode, but no "networkConfiguration.awsvpcConfiguration" is given (AWS: "Network Configuration must be provided when networkMode \'awsvpc\' is specified.")',
      '17: aws_cloudwatch_event_target.nightly: "platformVersion" is set for launch type EC2; AWS: "The platform version must be null when specifying an EC2 launch type."',
    ]);
    const network = '    launch_type = "FARGATE"\n    network_configuration {\n      subnets = var.subnets\n    }';
    expect(await findings(tf(network))).toEqual([]);
  });
});
