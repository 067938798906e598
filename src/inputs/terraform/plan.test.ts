import { describe, expect, it } from 'vitest';
import { lintText } from '../../api.js';

const containers = JSON.stringify([
  { Name: 'web', Image: 'nginx:latest', memory: 512, portMapping: [{ containerPort: 80 }] },
]);

const plan = {
  format_version: '1.2',
  terraform_version: '1.9.5',
  planned_values: {
    root_module: {
      child_modules: [
        {
          address: 'module.app',
          resources: [
            {
              address: 'module.app.aws_ecs_task_definition.this[0]',
              mode: 'managed',
              type: 'aws_ecs_task_definition',
              name: 'this',
              index: 0,
              values: {
                family: 'app',
                container_definitions: containers,
                network_mode: 'awsvpc',
                requires_compatibilities: ['FARGATE'],
                cpu: '256',
                memory: '512',
                ipc_mode: null,
                tags: { team: 'a' },
                volume: [],
                skip_destroy: false,
              },
            },
          ],
        },
      ],
    },
  },
  resource_changes: [
    {
      address: 'module.app.aws_ecs_task_definition.this[0]',
      change: { after_unknown: { execution_role_arn: true, arn: true } },
    },
  ],
};

describe('Terraform plan JSON', () => {
  it('lints task definitions in child modules by address, as the provider decodes container_definitions', async () => {
    const r = await lintText(JSON.stringify(plan, null, 2), 'plan.json', { config: false, preset: 'all' });
    expect(r.kind).toBe('terraform-plan');
    const ids = r.diagnostics.map((d) => d.ruleId);
    // Keys match without regard to case (Go's encoding/json): "Image" is the image, and it is "latest".
    expect(ids).toContain('no-latest-image-tag');
    // The execution role is known only after apply: unknown, not missing.
    expect(ids).not.toContain('require-execution-role');
    // Null attributes are unset, not null members.
    expect(r.diagnostics.filter((d) => d.message.includes('null'))).toEqual([]);
    const dropped = r.diagnostics.find((d) => d.message.includes('"portMapping"'));
    expect(dropped?.ruleId).toBe('schema');
    expect(dropped?.message).toContain('drops keys it does not know');
    expect(dropped?.message.startsWith('module.app.aws_ecs_task_definition.this[0]: ')).toBe(true);
    // Findings inside the JSON string point at the string.
    expect(dropped?.pointer).toBe(
      '/planned_values/root_module/child_modules/0/resources/0/values/container_definitions/0/portMapping',
    );
  });

  it('reads state (terraform show -json without a plan) the same way', async () => {
    const state = { format_version: '1.0', terraform_version: '1.9.5', values: plan.planned_values };
    const r = await lintText(JSON.stringify(state), 'state.json', { config: false, preset: 'all' });
    expect(r.kind).toBe('terraform-plan');
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('no-latest-image-tag');
  });
});
