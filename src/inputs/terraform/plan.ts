/**
 * Terraform plans and state as JSON (`terraform show -json plan.out`, `terraform show -json`): every
 * `aws_ecs_task_definition` in `planned_values` (or a state's `values`), in the root module and every child
 * module, each `count`/`for_each` instance by its address. Attributes are the AWS provider's (`network_mode`,
 * `volume` blocks…), mapped onto the API's names; `container_definitions` is the JSON string the provider
 * decodes. A value Terraform knows only after apply (`after_unknown`) is unknown, as an intrinsic is in a
 * template: nothing is reported on it.
 */
import { isObject } from '../detect.js';
import { mapShape, type Resolved, unknownText } from '../shape.js';
import type { InputProblem, LocatedDocument } from '../types.js';
import { planServices } from './service.js';
import { containerKeyProblem, TERRAFORM_TASK_DEFINITION } from './spec.js';

const UNKNOWN = Symbol('unknown after apply');

/** Whether a parsed JSON value is Terraform's JSON output of a plan or state. */
export function isTerraformJson(value: unknown): value is Record<string, unknown> {
  return (
    isObject(value) &&
    typeof value.format_version === 'string' &&
    (isObject(value.planned_values) || isObject(value.values)) &&
    (Object.hasOwn(value, 'terraform_version') || Object.hasOwn(value, 'resource_changes'))
  );
}

interface Found {
  address: string;
  values: unknown;
  path: (string | number)[];
}

function* resources(
  module: unknown,
  path: (string | number)[],
  depth = 0,
  type = 'aws_ecs_task_definition',
): Generator<Found> {
  if (!isObject(module) || depth > 50) return;
  const list = module.resources;
  if (Array.isArray(list)) {
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (!isObject(r) || r.type !== type || (r.mode !== undefined && r.mode !== 'managed')) {
        continue;
      }
      const address = typeof r.address === 'string' ? r.address : `${type}.${String(r.name)}`;
      yield { address, values: r.values, path: [...path, 'resources', i, 'values'] };
    }
  }
  const children = module.child_modules;
  if (Array.isArray(children)) {
    for (let i = 0; i < children.length; i++) {
      yield* resources(children[i], [...path, 'child_modules', i], depth + 1, type);
    }
  }
}

/** `values` with each attribute that `after_unknown` marks replaced by a marker. */
function markUnknown(values: unknown, unknown: unknown): unknown {
  if (unknown === true) return UNKNOWN;
  if (Array.isArray(values) && Array.isArray(unknown)) return values.map((v, i) => markUnknown(v, unknown[i]));
  if (isObject(values) && isObject(unknown)) {
    const out: Record<string, unknown> = { ...values };
    for (const [k, u] of Object.entries(unknown)) {
      if (u === true) out[k] = UNKNOWN;
      else if (Object.hasOwn(values, k)) out[k] = markUnknown(values[k], u);
    }
    return out;
  }
  return values;
}

export function planTaskDefinitions(plan: Record<string, unknown>): LocatedDocument[] {
  const root = isObject(plan.planned_values) ? 'planned_values' : 'values';
  const afterUnknown = new Map<string, unknown>();
  if (Array.isArray(plan.resource_changes)) {
    for (const rc of plan.resource_changes) {
      if (isObject(rc) && typeof rc.address === 'string' && isObject(rc.change)) {
        afterUnknown.set(rc.address, rc.change.after_unknown);
      }
    }
  }
  const top = (plan[root] as Record<string, unknown>).root_module;
  const documents: LocatedDocument[] = [];
  for (const found of resources(top, [root, 'root_module'])) {
    const label = found.address;
    const problems: InputProblem[] = [];
    const resolve = (value: unknown): Resolved | undefined =>
      value === UNKNOWN ? { known: false, text: unknownText('known after apply') } : undefined;
    const mapped = mapShape(
      markUnknown(found.values, afterUnknown.get(found.address)),
      TERRAFORM_TASK_DEFINITION,
      {
        resolve,
        dropNull: true,
        caseInsensitive: true,
        unknownKey(key, shape, sourcePath) {
          const problem = containerKeyProblem(label, key, shape, sourcePath, found.path.length);
          if (problem) problems.push(problem);
          return false;
        },
      },
      found.path,
    );
    documents.push({
      kind: 'task-definition',
      value: mapped.value,
      toSource: mapped.toSource,
      isUnknown: mapped.isUnknown,
      label,
      deployPath: 'terraform',
      problems,
    });
  }
  const services = [
    ...resources(top, [root, 'root_module'], 0, 'aws_ecs_service'),
    ...resources(top, [root, 'root_module'], 0, 'aws_cloudwatch_event_target'),
  ].map((found) => ({
    ...found,
    values: markUnknown(found.values, afterUnknown.get(found.address)),
  }));
  return [...documents, ...planServices(plan, services, documents, UNKNOWN)];
}
