import { describe, expect, it } from 'vitest';
import { lintText } from '../../api.js';
import type { LintResult } from '../../types.js';

const lint = (text: string, file = 'template.yaml', preset: 'recommended' | 'all' = 'all'): Promise<LintResult> =>
  lintText(text, file, { config: false, preset });

/** `line:col-line:col rule message` for each finding, as a reader checks them against the text. */
const findings = (r: LintResult): string[] =>
  r.diagnostics.map(
    (d) =>
      `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column} ${d.ruleId} ${d.message}`,
  );

const YAML_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Tag:
    Type: String
    Default: latest
  Role:
    Type: String
  Ssm:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /app/image
Mappings:
  Sizes:
    prod:
      Cpu: 256
Resources:
  AppTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: !FindInMap [Sizes, prod, Cpu]
      Memory: 512
      ExecutionRoleArn: !Ref Role
      ContainerDefinitions:
        - Name: web
          Image: !Sub "nginx:\${Tag}"
          Essentail: true
          PortMappings:
            - ContainerPort: eighty
        - Name: side
          Image: !Ref Ssm
          Privileged: !If [IsProd, true, false]
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: !GetAtt Logs.Arn
              awslogs-region: !Ref AWS::Region
              awslogs-stream-prefix: side
  Bucket:
    Type: AWS::S3::Bucket
`;

describe('CloudFormation YAML', () => {
  it('finds task definitions, maps their properties and points into the template', async () => {
    const r = await lint(YAML_TEMPLATE);
    expect(r.kind).toBe('cloudformation');
    const lines = findings(r);
    // !Sub with a parameter default resolves: "nginx:latest", reported at the !Sub value.
    expect(lines).toContain(
      '26:18-26:37 no-latest-image-tag AppTask: container "web": image "nginx:latest" uses the mutable "latest" tag',
    );
    // An unknown CloudFormation property is rejected at deploy; did-you-mean in CloudFormation's names.
    const unknown = r.diagnostics.find((d) => d.message.includes('Essentail'));
    expect(unknown?.ruleId).toBe('schema');
    expect(unknown?.hint).toBe('did you mean "Essential"?');
    expect(unknown?.pointer).toBe('/Resources/AppTask/Properties/ContainerDefinitions/0/Essentail');
    expect(`${unknown?.range.start.line}:${unknown?.range.start.column}`).toBe('27:11');
    // Schema messages name CloudFormation's properties.
    const port = r.diagnostics.find((d) => d.pointer.endsWith('/PortMappings/0/ContainerPort'));
    expect(port?.ruleId).toBe('schema');
    expect(port?.message).toContain('"ContainerPort"');
    expect(port?.message).not.toContain('"containerPort"');
    expect(`${port?.range.start.line}:${port?.range.start.column}`).toBe('29:30');
  });

  it('skips values built from intrinsics it cannot resolve', async () => {
    const r = await lint(YAML_TEMPLATE);
    // !Ref Role (no default), an SSM parameter's default (a parameter name), !If and !GetAtt are unknown.
    for (const d of r.diagnostics) {
      expect(d.pointer).not.toMatch(/ExecutionRoleArn|\/1\/Image|Privileged|awslogs-group/);
    }
    expect(r.diagnostics.filter((d) => d.ruleId === 'require-execution-role')).toEqual([]);
    expect(r.diagnostics.filter((d) => d.ruleId === 'template-placeholder')).toEqual([]);
    // Cpu from !FindInMap (256) and Memory 512 as numbers are a valid Fargate size: no schema or size finding.
    expect(r.diagnostics.filter((d) => /\/(Cpu|Memory)$/.test(d.pointer))).toEqual([]);
  });

  it('reads the long forms the same way as the short forms', async () => {
    const long = YAML_TEMPLATE.replace('!FindInMap [Sizes, prod, Cpu]', '{ "Fn::FindInMap": [Sizes, prod, Cpu] }')
      .replace('!Ref Role', '{ Ref: Role }')
      .replace('!Sub "nginx:${Tag}"', '{ "Fn::Sub": "nginx:${Tag}" }')
      .replace('!If [IsProd, true, false]', '{ "Fn::If": [IsProd, true, false] }')
      .replace('!GetAtt Logs.Arn', '{ "Fn::GetAtt": [Logs, Arn] }');
    const [a, b] = await Promise.all([lint(YAML_TEMPLATE), lint(long)]);
    expect(b.diagnostics.map((d) => [d.ruleId, d.pointer])).toEqual(a.diagnostics.map((d) => [d.ruleId, d.pointer]));
  });

  it('ignores YAML that is not a template, and templates without ECS resources, quietly', async () => {
    const workflow = await lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n', '.github/workflows/ci.yml');
    expect(workflow.kind).toBe('unknown');
    expect(workflow.diagnostics).toEqual([]);
    const bucket = await lint('Resources:\n  B:\n    Type: AWS::S3::Bucket\n# AWS::ECS:: mentioned in a comment\n');
    expect(bucket.kind).toBe('unknown');
    expect(bucket.diagnostics).toEqual([]);
  });

  it('underlines quoted, folded and flow values exactly, and a value reached through an alias where it is written', async () => {
    const text = `Resources:
  T:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: app
      ContainerDefinitions:
        - {Name: web, Image: 'nginx:latest', Essential: true, Memory: 512}
        - Name: side
          Image: >-
            busybox:latest
          Essential: true
          Memory: 512
          PortMappings: &ports
            - ContainerPort: eighty
        - Name: third
          Image: "redis:7"
          Memory: 512
          PortMappings: *ports
`;
    const lines = findings(await lint(text)).filter((l) => / (no-latest-image-tag|schema) /.test(l));
    expect(lines.map((l) => l.split(' T: ')[0])).toEqual([
      // The quotes are part of the value; a folded scalar runs from its `>-` to its last character.
      '7:30-7:44 no-latest-image-tag',
      '9:18-10:27 no-latest-image-tag',
      '14:30-14:36 schema',
      // The third container's port mappings are the alias `*ports`: the value is written at the anchor.
      '14:30-14:36 schema',
    ]);
  });

  it('refuses aliases that would expand past the bound, unknown tags and several documents, each in one line', async () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      levels.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const bomb = `AWSTemplateFormatVersion: "2010-09-09"\n${levels.join('\n')}\nResources: {T: {Type: AWS::ECS::TaskDefinition}}\n`;
    const r = await lint(bomb);
    expect(r.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['json-syntax', 'YAML: aliases expand the document past 1000000 values, or into itself'],
    ]);
    const tag = await lint('Resources:\n  T:\n    Type: AWS::ECS::TaskDefinition\n    Properties: !Foo x\n');
    expect(findings(tag)).toEqual(['4:17-4:17 json-syntax YAML: unknown scalar tag !<!Foo>']);
    const two = await lint('Resources: {T: {Type: AWS::ECS::TaskDefinition}}\n---\nResources: {}\n');
    expect(two.diagnostics.map((d) => d.message)).toEqual([
      'YAML: a template is one document; this file holds several',
    ]);
  });

  it('reports broken YAML of an ECS template where it breaks', async () => {
    const r = await lint('Resources:\n  T:\n    Type: AWS::ECS::TaskDefinition\n    Properties: [a, b\n');
    expect(r.diagnostics[0]?.ruleId).toBe('json-syntax');
    expect(r.diagnostics[0]?.range.start.line).toBeGreaterThanOrEqual(4);
  });
});

describe('CloudFormation JSON', () => {
  const template = {
    Resources: {
      TaskDef54694570: {
        Type: 'AWS::ECS::TaskDefinition',
        Metadata: { 'aws:cdk:path': 'Stack/Service/TaskDef/Resource' },
        Properties: {
          ContainerDefinitions: [
            {
              Name: 'web',
              Image: {
                'Fn::Join': [
                  '',
                  [{ Ref: 'AWS::AccountId' }, '.dkr.ecr.', { Ref: 'AWS::Region' }, '.amazonaws.com/app:latest'],
                ],
              },
              Memory: '256',
              MemoryReservation: 512,
              Privileged: 'true',
            },
          ],
          Tags: [{ Key: 'team', Value: 'a' }],
        },
      },
    },
  };

  it('names the construct path, converts types as CloudFormation does and skips partly known values', async () => {
    const r = await lint(JSON.stringify(template, null, 2), 'cdk.out/Stack.template.json', 'recommended');
    expect(r.kind).toBe('cloudformation');
    // "256" and 512 are integers to CloudFormation: the reservation above the limit is found.
    const memory = r.diagnostics.find((d) => d.message.includes('"memoryReservation" 512'));
    expect(memory?.message.startsWith('TaskDef54694570 (Stack/Service/TaskDef): ')).toBe(true);
    expect(memory?.pointer).toBe('/Resources/TaskDef54694570/Properties/ContainerDefinitions/0/MemoryReservation');
    // "true" is a boolean to CloudFormation: the privileged finding is there.
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('no-privileged-container');
    // The image is a Fn::Join of pseudo parameters: unknown, so no latest-tag finding.
    expect(r.diagnostics.filter((d) => d.pointer.endsWith('/Image'))).toEqual([]);
    // No Family: CloudFormation names the family itself.
    expect(r.diagnostics.filter((d) => d.message.includes('"family"') || d.message.includes('"Family"'))).toEqual([]);
  });
});

describe('the deploy target a template implies', () => {
  const template = JSON.stringify(
    {
      Resources: {
        T: {
          Type: 'AWS::ECS::TaskDefinition',
          Properties: {
            Family: 'app',
            ContainerDefinitions: [{ Name: 'web', Image: 'nginx:1.27', Memory: 512, Hostname: null, User: null }],
          },
        },
      },
    },
    null,
    2,
  );

  it('is cloudformation whatever the config says of raw files: nulls are errors in CloudFormation`s words', async () => {
    for (const target of [undefined, 'deploy-action', 'terraform'] as const) {
      const r = await lintText(template, 'template.json', {
        config: false,
        preset: 'recommended',
        ...(target === undefined ? {} : { target }),
      });
      const nulls = r.diagnostics.filter((d) => d.ruleId === 'schema');
      expect(nulls.map((d) => [d.severity, d.message, d.hint])).toEqual([
        [
          'error',
          `2 members are null: "Hostname", "User" — CloudFormation rejects the template ("'null' values are not allowed in templates"); --fix removes them`,
          'remove them (--fix where the template is JSON)',
        ],
      ]);
    }
  });
});

describe('fixes in templates', () => {
  const json = `{
  "Resources": {
    "Task": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ContainerDefinitions": [
          { "Name": "web", "Image": "nginx:1.27", "essential": true, "Hostname": null, "Memory": 512 }
        ]
      }
    }
  }
}
`;

  it('writes fixes into a JSON template in its own names', async () => {
    const r = await lint(json, 'template.json', 'recommended');
    const rename = r.diagnostics.find((d) => d.message.includes('"essential"'));
    expect(rename?.fix?.edits).toEqual([
      { range: { start: { line: 7, column: 51 }, end: { line: 7, column: 62 } }, text: '"Essential"' },
    ]);
    const nulls = r.diagnostics.find((d) => d.pointer.endsWith('/Hostname'));
    expect(nulls?.ruleId).toBe('schema');
    expect(nulls?.fix).toBeDefined();
  });

  it('offers no fix in YAML, whose writer would not keep the formatting', async () => {
    const yaml = `Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
          essential: true
          Memory: 512
`;
    const r = await lint(yaml, 'template.yaml', 'recommended');
    const rename = r.diagnostics.find((d) => d.message.includes('"essential"'));
    expect(rename?.hint).toBe('did you mean "Essential"?');
    expect(rename?.fix).toBeUndefined();
  });
});
