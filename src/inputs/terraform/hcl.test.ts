import { describe, expect, it } from 'vitest';
import { lintText } from '../../api.js';

const TF = `variable "tag" {}

resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "bridge"
  cpu                      = 256
  memory                   = "512"
  execution_role_arn       = aws_iam_role.exec.arn
  container_definitions = jsonencode([
    {
      name          = "web"
      image         = "nginx:\${var.tag}"
      privileged    = true
      "healthcheck" = { command = ["CMD-SHELL", "true"] }
      portMapping   = [{ containerPort = 80 }]
    }
  ])
}

resource "aws_ecs_task_definition" "heredoc" {
  family = "h"
  container_definitions = <<EOT
[{"name": "w", "image": "redis:7", "memory": 256, "memoryReservation": 512}]
EOT
}

resource "aws_ecs_task_definition" "from_file" {
  family                = "f"
  container_definitions = file("\${path.module}/containers.json")
}

resource "aws_s3_bucket" "b" {}
`;

const at = (d: { range: { start: { line: number; column: number }; end: { line: number; column: number } } }) =>
  `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`;

describe('Terraform HCL', () => {
  it('lints each aws_ecs_task_definition with positions in the .tf file', async () => {
    const r = await lintText(TF, 'main.tf', { config: false, preset: 'all' });
    expect(r.kind).toBe('terraform');
    const find = (rule: string, label = 'aws_ecs_task_definition.app') =>
      r.diagnostics.filter((d) => d.ruleId === rule && d.message.startsWith(`${label}: `)).map(at);
    expect(find('require-awsvpc-on-fargate')).toEqual(['6:30-6:38']);
    expect(find('no-privileged-container')).toEqual(['14:23-14:27']);
    // The dropped key is named at its key in the jsonencode literal.
    const dropped = r.diagnostics.find((d) => d.message.includes('"portMapping"'));
    expect(dropped && at(dropped)).toBe('16:7-16:18');
    expect(dropped?.message).toContain('drops keys it does not know');
    // Nothing rejects it (the setting is lost): a warning, below the schema's error.
    expect(dropped?.severity).toBe('warning');
    // Heredoc JSON is decoded; its findings point at the attribute.
    expect(find('valid-task-resources', 'aws_ecs_task_definition.heredoc')).toEqual(['23:3-23:24']);
  });

  it('treats expressions as unknown: interpolations, references, file()', async () => {
    const r = await lintText(TF, 'main.tf', { config: false, preset: 'all' });
    // cpu = 256 is converted to "256" as Terraform does; no schema finding on it.
    expect(r.diagnostics.filter((d) => d.pointer.endsWith('/cpu'))).toEqual([]);
    // "nginx:${var.tag}" and aws_iam_role.exec.arn are unknown.
    const app = r.diagnostics.filter((d) => d.pointer.startsWith('/aws_ecs_task_definition.app/'));
    expect(app.filter((d) => d.pointer.endsWith('/image') || d.ruleId === 'require-execution-role')).toEqual([]);
    // file(...) leaves the containers unknown: only task-level rules speak.
    expect(r.diagnostics.filter((d) => d.message.startsWith('aws_ecs_task_definition.from_file: container'))).toEqual(
      [],
    );
  });

  it('is judged under the terraform target whatever the config says, as the provider sends it', async () => {
    const tf = `resource "aws_ecs_task_definition" "a" {
  family = "a"
  tags   = {}
  container_definitions = jsonencode([
    { name = "web", image = "nginx:1", memory = 512, repositoryCredentials = { credentialsParameter = "" } },
    { name = "side", image = "nginx:1", memory = 512, repositoryCredentials = { credentialsParameter = "" } },
  ])
}
`;
    for (const target of [undefined, 'deploy-action'] as const) {
      const r = await lintText(tf, 'main.tf', { config: false, ...(target === undefined ? {} : { target }) });
      // The provider sends "" as it is (RegisterTaskDefinition rejects it): errors, not the deploy Action's note.
      const empty = r.diagnostics.filter((d) => d.ruleId === 'valid-secrets');
      expect(empty.map((d) => [d.severity, d.message, at(d)])).toEqual([
        [
          'error',
          '2 values are empty: "credentialsParameter" — RegisterTaskDefinition rejects empty values',
          '5:103-5:105',
        ],
      ]);
      // An empty tags map sends no tags at all: not the empty list RegisterTaskDefinition rejects.
      expect(r.diagnostics.filter((d) => d.ruleId === 'valid-tags')).toEqual([]);
    }
  });

  it('skips .tf files without task definitions quietly', async () => {
    const r = await lintText('resource "aws_s3_bucket" "b" {}\n', 'main.tf', { config: false });
    expect(r.kind).toBe('unknown');
    expect(r.diagnostics).toEqual([]);
  });
});
