import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../api.js';
import { templateAsJson } from '../inputs/terraform/containers.js';
import { tempDir } from '../testing/temp.js';
import type { LintResult } from '../types.js';

const MAIN_TF = `resource "aws_ecs_task_definition" "web" {
  family                = "web"
  container_definitions = file("\${path.module}/containers.json")
}

resource "aws_ecs_task_definition" "worker" {
  family                = "worker"
  container_definitions = templatefile("worker.json.tpl", { image = var.image, memory = 512 })
}
`;

const CONTAINERS = `[
  {
    "Name": "web",
    "image": "nginx:latest",
    "memory": 512,
    "portMapping": [{ "containerPort": 80 }]
  }
]
`;

const WORKER_TEMPLATE = `[
  {
    "name": "worker",
    "image": "\${image}",
    "memory": \${memory},
    "memoryReservation": 1024,
    "privileged": true
  }
]
`;

/** `file line:col-line:col rule message` for the findings of the rules named. */
const lines = (results: LintResult[], rules: RegExp): string[] =>
  results.flatMap((r) =>
    r.diagnostics
      .filter((d) => rules.test(d.ruleId))
      .map(
        (d) =>
          `${r.file} ${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column} ${d.ruleId} ${d.message}`,
      ),
  );

function project(): string {
  const root = tempDir('ecslint-tf-files-');
  mkdirSync(join(root, 'infra'));
  writeFileSync(join(root, 'infra', 'main.tf'), MAIN_TF);
  writeFileSync(join(root, 'infra', 'containers.json'), CONTAINERS);
  writeFileSync(join(root, 'infra', 'worker.json.tpl'), WORKER_TEMPLATE);
  return root;
}

describe('containers read by file() and templatefile()', () => {
  it('lints the file as the provider decodes it, with positions in that file and the resource named', async () => {
    const root = project();
    const results = await lint(['.'], { cwd: root, config: false, preset: 'all' });
    expect(results.map((r) => [r.file, r.kind])).toEqual([
      ['infra/containers.json', 'container-definitions'],
      ['infra/main.tf', 'terraform'],
      ['infra/worker.json.tpl', 'container-definitions'],
    ]);
    expect(lines(results, /^(schema|no-latest-image-tag|no-privileged-container|json-syntax)$/)).toEqual([
      'infra/containers.json 4:14-4:28 no-latest-image-tag aws_ecs_task_definition.web (infra/main.tf): container "web": image "nginx:latest" uses the mutable "latest" tag',
      // "Name" is the provider's `Name` (keys match without regard to case); "portMapping" is dropped.
      'infra/containers.json 6:5-6:18 schema aws_ecs_task_definition.web (infra/main.tf): unknown property "portMapping" in container definition: the Terraform AWS provider drops keys it does not know without a word, so this setting never reaches ECS',
      // `${memory}` outside a string is a template variable, not a syntax error; the rest is checked.
      'infra/worker.json.tpl 7:19-7:23 no-privileged-container aws_ecs_task_definition.worker (infra/main.tf): container "worker" runs privileged: root on the host, with every capability and every host device',
    ]);
    // The memory is a template variable: the reservation above it is not judged; the .tf leaves containers unknown.
    expect(lines(results, /^valid-task-resources$/)).toEqual([]);
    expect(results[1]?.diagnostics.filter((d) => d.message.includes('container "'))).toEqual([]);
  });

  it('follows the .tf file named alone to the files it reads', async () => {
    const root = project();
    const results = await lint(['infra/main.tf'], { cwd: root, config: false });
    expect(results.map((r) => r.file)).toEqual(['infra/main.tf', 'infra/containers.json', 'infra/worker.json.tpl']);
  });

  it('reads the Terraform 0.11 spelling "${file(...)}" the same way', async () => {
    const root = project();
    writeFileSync(
      join(root, 'infra', 'main.tf'),
      'resource "aws_ecs_task_definition" "web" {\n  family = "web"\n  container_definitions = "${file("containers.json")}"\n}\n',
    );
    const results = await lint(['infra'], { cwd: root, config: false });
    expect(lines(results, /^no-latest-image-tag$/)).toEqual([
      'infra/containers.json 4:14-4:28 no-latest-image-tag aws_ecs_task_definition.web (infra/main.tf): container "web": image "nginx:latest" uses the mutable "latest" tag',
    ]);
  });

  it('never reads a file outside the working directory, through .. or a link, and says which it skipped', async () => {
    const outside = tempDir('ecslint-tf-outside-');
    writeFileSync(join(outside, 'secret.json'), '[{"name": "leak", "image": "AKIAIOSFODNN7EXAMPLE:latest"}]');
    const root = tempDir('ecslint-tf-tree-');
    symlinkSync(join(outside, 'secret.json'), join(root, 'linked.json'));
    writeFileSync(
      join(root, 'main.tf'),
      `resource "aws_ecs_task_definition" "a" {
  family                = "a"
  container_definitions = file("${join(outside, 'secret.json')}")
}
resource "aws_ecs_task_definition" "b" {
  family                = "b"
  container_definitions = file("../${outside.split('/').pop()}/secret.json")
}
resource "aws_ecs_task_definition" "c" {
  family                = "c"
  container_definitions = file("linked.json")
}
resource "aws_ecs_task_definition" "d" {
  family                = "d"
  container_definitions = file("missing.json")
}
`,
    );
    const warnings: string[] = [];
    const results = await lint(['main.tf'], { cwd: root, config: false, warn: (m) => warnings.push(m) });
    expect(results.map((r) => r.file)).toEqual(['main.tf']);
    expect(JSON.stringify(results)).not.toContain('AKIA');
    expect(warnings.map((w) => w.replace(/^skipping .*?, /, ''))).toEqual([
      'the containers of aws_ecs_task_definition.a in main.tf: outside the working directory',
      'the containers of aws_ecs_task_definition.b in main.tf: outside the working directory',
      'the containers of aws_ecs_task_definition.c in main.tf: outside the working directory',
      'the containers of aws_ecs_task_definition.d in main.tf: ENOENT',
    ]);
  });

  it('reads a referenced file within the size bound like any file', async () => {
    const root = project();
    writeFileSync(join(root, 'infra', 'containers.json'), CONTAINERS + ' '.repeat(2000));
    const results = await lint(['infra/main.tf'], { cwd: root, config: false, maxFileSize: 1000 });
    const big = results.find((r) => r.file === 'infra/containers.json');
    expect(big?.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      [
        'document-kind',
        `file is ${CONTAINERS.length + 2000} bytes, over the 1000-byte limit for linting; AWS accepts at most 65536 bytes of task definition`,
      ],
    ]);
  });
});

describe('templateAsJson', () => {
  it('keeps every offset, reads variables outside strings as placeholders and leaves $${ alone', () => {
    const cases: [string, string][] = [
      ['{"m": ${memory}, "c": ${c}}', '{"m": "$memory", "c": "$c"}'],
      ['{"m": ${ local.sizes["web"] }}', '{"m": "$local_sizes__web__"  }'],
      ['{"i": "x:${lookup(tags, "web")}"}', '{"i": "x:${lookup(tags, _web_)}"}'],
      ['{"e": "$${HOME}", "n": 1}', '{"e": "$${HOME}", "n": 1}'],
    ];
    for (const [template, json] of cases) {
      const out = templateAsJson(template);
      expect(out).toBe(json);
      expect(out.length).toBe(template.length);
      JSON.parse(out);
    }
  });
});
