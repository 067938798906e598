/**
 * The same task definitions written as raw JSON, as CloudFormation (JSON and YAML) and as a Terraform plan
 * give the same rule ids per file. The task definitions are the benchmark's generated corpus (bench/corpus.mjs),
 * so every rule that fires on it is compared. Documented differences (docs/inputs.md): a file with a JSON
 * syntax error is not converted (its syntax is the file's own). Terraform is written both as a plan and as
 * HCL (`jsonencode` of the containers, nested blocks for volumes and the runtime platform).
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
// @ts-expect-error: a plain .mjs module without types
import { prng, taskDefinition } from '../../bench/corpus.mjs';
import { lintText } from '../api.js';
import { TASK_DEFINITION } from './cloudformation/spec.js';
import { isObject } from './detect.js';
import type { ObjectShape, Shape } from './shape.js';
import { TERRAFORM_TASK_DEFINITION } from './terraform/spec.js';

const COUNT = 120;

/** An API-shaped value in a format's names, following a shape backwards (unknown keys: CloudFormation-cased). */
function toFormat(value: unknown, shape: Shape, rename: (key: string) => string): unknown {
  if (typeof shape === 'string') return value;
  if ('items' in shape) return Array.isArray(value) ? value.map((v) => toFormat(v, shape.items, rename)) : value;
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const entry = Object.entries(shape.props).find(([, p]) => p.api === k);
    if (entry) out[entry[0]] = toFormat(v, entry[1].shape, rename);
    else out[rename(k)] = v;
  }
  return out;
}

const cfn = (task: unknown): unknown => ({
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    Task: {
      Type: 'AWS::ECS::TaskDefinition',
      Properties: toFormat(task, TASK_DEFINITION, (k) => k.charAt(0).toUpperCase() + k.slice(1)),
    },
  },
});

function terraformValues(task: Record<string, unknown>): unknown {
  const out: Record<string, unknown> = {};
  const props = TERRAFORM_TASK_DEFINITION.props;
  for (const [k, v] of Object.entries(task)) {
    const entry = Object.entries(props).find(([, p]) => p.api === k);
    if (!entry) continue;
    const [name, prop] = entry;
    if (k === 'containerDefinitions') out[name] = JSON.stringify(v);
    else if (k === 'tags')
      out[name] = Object.fromEntries((v as { key: string; value: string }[]).map((t) => [t.key, t.value]));
    else if (k === 'volumes') {
      out[name] = (v as Record<string, unknown>[]).map((vol) => {
        const s = (prop.shape as { items: ObjectShape }).items;
        const o: Record<string, unknown> = {};
        for (const [vk, vv] of Object.entries(vol)) {
          if (vk === 'host') o.host_path = (vv as { sourcePath: string }).sourcePath;
          else {
            const [n, p] = Object.entries(s.props).find(([, q]) => q.api === vk) as [string, { shape: Shape }];
            o[n] = typeof p.shape === 'object' && 'props' in p.shape ? [toFormat(vv, p.shape, (x) => x)] : vv;
          }
        }
        return o;
      });
    } else if (typeof prop.shape === 'object' && 'props' in prop.shape && prop.shape.block) {
      out[name] = [toFormat(v, prop.shape, (x) => x)];
    } else out[name] = toFormat(v, prop.shape, (x) => x);
  }
  return out;
}

const plan = (task: Record<string, unknown>): unknown => ({
  format_version: '1.2',
  terraform_version: '1.9.0',
  planned_values: {
    root_module: {
      resources: [
        {
          address: 'aws_ecs_task_definition.task',
          mode: 'managed',
          type: 'aws_ecs_task_definition',
          name: 'task',
          values: { ...(terraformValues(task) as object), arn: null, revision: null, skip_destroy: false },
        },
      ],
    },
  },
});

/** A value as an HCL expression (strings escaped for HCL templates: `${` and `%{` doubled). */
function hcl(value: unknown, indent = ''): string {
  if (typeof value === 'string') return JSON.stringify(value).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
  if (typeof value !== 'object' || value === null) return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => `${inner}${hcl(v, inner)},`).join('\n')}\n${indent}]`;
  const members = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)} = ${hcl(v, inner)}`);
  return `{\n${members.join('\n')}\n${indent}}`;
}

/** The plan's attributes as a resource block: block lists as nested blocks, containers with jsonencode. */
function terraformHcl(task: Record<string, unknown>): string {
  const values = terraformValues(task) as Record<string, unknown>;
  const body = (obj: Record<string, unknown>, indent: string): string =>
    Object.entries(obj)
      .map(([k, v]) => {
        if (k === 'container_definitions')
          return `${indent}${k} = jsonencode(${hcl(task.containerDefinitions, indent)})`;
        if (Array.isArray(v) && v.every((b) => isObject(b)) && k !== 'placement_constraints' && v.length > 0) {
          return v
            .map((b) => `${indent}${k} {\n${body(b as Record<string, unknown>, `${indent}  `)}\n${indent}}`)
            .join('\n');
        }
        return `${indent}${k} = ${hcl(v, indent)}`;
      })
      .join('\n');
  return `resource "aws_ecs_task_definition" "task" {\n${body(values, '  ')}\n}\n`;
}

const ruleIds = async (text: string, file: string): Promise<string[]> => {
  const r = await lintText(text, file, { config: false, preset: 'all' });
  expect(r.kind, file).not.toBe('unknown');
  return [...new Set(r.diagnostics.map((d) => d.ruleId))].sort();
};

describe('raw JSON, CloudFormation and Terraform plans give the same findings', async () => {
  const rand = prng(20241122);
  const tasks: Record<string, unknown>[] = [];
  for (let n = 0; n < COUNT; n++) {
    const text = taskDefinition(rand, n) as string;
    try {
      tasks.push(JSON.parse(text));
    } catch {
      // A syntax error is the file's own: not converted.
    }
  }

  it('covers the corpus, mistakes included', () => {
    expect(tasks.length).toBeGreaterThan(COUNT * 0.9);
  });

  it('as CloudFormation JSON and YAML', async () => {
    let compared = 0;
    for (const task of tasks) {
      const raw = await ruleIds(JSON.stringify(task, null, 2), 'task-definition.json');
      const template = cfn(task);
      expect(await ruleIds(JSON.stringify(template, null, 2), 'template.json'), JSON.stringify(task)).toEqual(raw);
      expect(await ruleIds(stringify(template), 'template.yaml'), JSON.stringify(task)).toEqual(raw);
      compared++;
    }
    expect(compared).toBe(tasks.length);
  });

  it('as Terraform HCL with jsonencode', async () => {
    // Fewer files: each is a large HCL text, and the point is the mapping, which 40 files exercise fully.
    for (const task of tasks.slice(0, 40)) {
      const raw = await ruleIds(JSON.stringify(task, null, 2), 'task-definition.json');
      expect(await ruleIds(terraformHcl(task), 'main.tf'), terraformHcl(task)).toEqual(raw);
    }
  });

  it('as a Terraform plan', async () => {
    for (const task of tasks) {
      const raw = await ruleIds(JSON.stringify(task, null, 2), 'task-definition.json');
      expect(await ruleIds(JSON.stringify(plan(task), null, 2), 'plan.json'), JSON.stringify(task)).toEqual(raw);
    }
  });
});
