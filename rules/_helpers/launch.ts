/**
 * Helpers for the rules that check a service, run-task input, AppSpec or EventBridge target (a launch
 * document) against the task definition it runs.
 */
import type { LaunchView, PairedTaskDefinition, RuleContext, TaskView } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import {
  arr,
  type ContainerRef,
  containers,
  hasPlaceholder,
  isObject,
  num,
  type Obj,
  obj,
  objects,
  str,
} from './index.js';

/** The launch view, typed as launch documents are (the rule API hands every rule a TaskView). */
export const launchView = (task: TaskView): LaunchView & Obj => task as unknown as LaunchView & Obj;

/** The paired task definition, with what rules ask of it. */
export interface Paired {
  readonly td: PairedTaskDefinition;
  readonly task: TaskView;
  readonly kind: PairedTaskDefinition['kind'];
  /** How messages name it: `task definition "web"` or `task definition in td.json`. */
  readonly label: string;
}

export function paired(ctx: Pick<RuleContext<string, unknown>, 'taskDefinition'>): Paired | undefined {
  const td = ctx.taskDefinition;
  if (!td) return undefined;
  const family = str(td.task.family);
  const label =
    td.name !== undefined
      ? `task definition ${td.name}`
      : family && !hasPlaceholder(family)
        ? `task definition "${family}"`
        : `the task definition in ${td.file}`;
  return { td, task: td.task, kind: td.kind, label };
}

/** A container of the paired task by name (a literal name only). */
export function containerNamed(task: TaskView, name: string): ContainerRef | undefined {
  return containers(task).find((c) => c.name === name);
}

/** Whether some container's name is not a literal (a placeholder, or missing): a name check is then unsure. */
export const uncertainNames = (task: TaskView): boolean =>
  containers(task).some((c) => c.name === undefined || hasPlaceholder(c.name));

/** The container ports a container maps (single ports; ranges as [from, to]). */
export function containerPorts(c: ContainerRef): { ports: number[]; ranges: [number, number][]; uncertain: boolean } {
  const ports: number[] = [];
  const ranges: [number, number][] = [];
  let uncertain = false;
  for (const [m] of objects(c.container.portMappings)) {
    const p = num(m.containerPort);
    if (p !== undefined) ports.push(p);
    else if (typeof m.containerPort === 'string') uncertain = true;
    const range = str(m.containerPortRange);
    const r = range === undefined ? undefined : /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(range);
    if (r) ranges.push([Number(r[1]), Number(r[2])]);
    else if (range !== undefined) uncertain = true;
  }
  return { ports, ranges, uncertain };
}

export const mapsPort = (c: ContainerRef, port: number): boolean => {
  const { ports, ranges } = containerPorts(c);
  return ports.includes(port) || ranges.some(([a, b]) => port >= a && port <= b);
};

/** Where a container's port mappings are (for a related location), else its name. */
export function portsPath(c: ContainerRef): JsonPath {
  return Array.isArray(c.container.portMappings) ? [...c.path, 'portMappings'] : [...c.path, 'name'];
}

/** Effective launch: `launchType` as written, or FARGATE when every capacity provider is a Fargate one. */
export function launchOf(view: Obj): { type: string | undefined; path: JsonPath | undefined } {
  const type = str(view.launchType);
  if (type !== undefined) return { type, path: ['launchType'] };
  const strategy = objects(view.capacityProviderStrategy);
  if (strategy.length > 0) {
    const names = strategy.map(([s]) => str(s.capacityProvider));
    if (names.every((n) => n === 'FARGATE' || n === 'FARGATE_SPOT')) {
      return { type: 'FARGATE', path: ['capacityProviderStrategy'] };
    }
  }
  return { type: undefined, path: undefined };
}

/** The awsvpc configuration of a launch view, if any. */
export const awsvpcOf = (view: Obj): Obj | undefined => obj(obj(view.networkConfiguration)?.awsvpcConfiguration);

export { arr, isObject, num, obj, objects, str };
