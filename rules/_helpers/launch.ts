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

/** A value made on first use and kept (a list quoted in messages, built once per check). */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T | undefined;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
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

/** Where a container's port mappings are (for a related location), else its name. */
export function portsPath(c: ContainerRef): JsonPath {
  return Array.isArray(c.container.portMappings) ? [...c.path, 'portMappings'] : [...c.path, 'name'];
}

/** Effective launch: `launchType` as written, or FARGATE when every capacity provider is a Fargate one. */
export function launchOf(view: Obj): { type: string | undefined; path: JsonPath | undefined } {
  const type = str(view.launchType);
  if (type !== undefined && type !== '') return { type, path: ['launchType'] };
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

/** What the port checks ask of the paired task definition, answered in time linear in its size. */
export interface PortIndex {
  /** The first container with this (literal) name. */
  container(name: string): ContainerRef | undefined;
  /** The names of the containers that have one. */
  readonly names: readonly string[];
  /** The ports a container maps: single ports, ranges, whether some are not literal, and a lookup. */
  ports(c: ContainerRef): ContainerPorts;
  /** The one container that maps a port, if exactly one does (overlapping ranges count as more than one). */
  onlyOwner(port: number): ContainerRef | undefined;
}

export interface ContainerPorts {
  ports: readonly number[];
  ranges: readonly (readonly [number, number])[];
  uncertain: boolean;
  maps(port: number): boolean;
}

const PORT_INDEXES = new WeakMap<TaskView, PortIndex>();
const MAX_PORT = 65535;

export function portIndex(task: TaskView): PortIndex {
  const cached = PORT_INDEXES.get(task);
  if (cached) return cached;
  const all = containers(task);
  const byName = new Map<string, ContainerRef>();
  const names: string[] = [];
  for (const c of all) {
    if (c.name === undefined) continue;
    names.push(c.name);
    if (!byName.has(c.name)) byName.set(c.name, c);
  }
  const perContainer = new Map<ContainerRef, ContainerPorts>();
  const ports = (c: ContainerRef): ContainerPorts => {
    let found = perContainer.get(c);
    if (found) return found;
    const { ports: single, ranges, uncertain } = containerPorts(c);
    const set = new Set(single);
    // Merged, sorted ranges: a port is looked up by binary search.
    const merged: [number, number][] = [];
    for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
      const last = merged[merged.length - 1];
      if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    const maps = (port: number): boolean => {
      if (set.has(port)) return true;
      let lo = 0;
      let hi = merged.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [a, b] = merged[mid] as [number, number];
        if (port < a) hi = mid - 1;
        else if (port > b) lo = mid + 1;
        else return true;
      }
      return false;
    };
    found = { ports: single, ranges, uncertain, maps };
    perContainer.set(c, found);
    return found;
  };
  // Who maps each port, built on the first question: single ports in a map, ranges by a count and an index
  // sum per port (prefix sums over the port space), so that a port one container covers names it.
  let single: Map<number, ContainerRef[]> | undefined;
  let count: Int32Array | undefined;
  let sum: Float64Array | undefined;
  const onlyOwner = (port: number): ContainerRef | undefined => {
    if (!single) {
      single = new Map();
      all.forEach((c, i) => {
        const { ports: list, ranges } = ports(c);
        for (const p of list) {
          const at = single?.get(p);
          if (!at) single?.set(p, [c]);
          else if (at.length < 2 && at[0] !== c) at.push(c);
        }
        for (const [a, b] of ranges) {
          if (!(a >= 1 && b <= MAX_PORT && a <= b)) continue;
          count ??= new Int32Array(MAX_PORT + 2);
          sum ??= new Float64Array(MAX_PORT + 2);
          count[a] = (count[a] ?? 0) + 1;
          count[b + 1] = (count[b + 1] ?? 0) - 1;
          sum[a] = (sum[a] ?? 0) + i;
          sum[b + 1] = (sum[b + 1] ?? 0) - i;
        }
      });
      if (count && sum) {
        for (let p = 1; p <= MAX_PORT + 1; p++) {
          count[p] = (count[p] ?? 0) + (count[p - 1] ?? 0);
          sum[p] = (sum[p] ?? 0) + (sum[p - 1] ?? 0);
        }
      }
    }
    const listed = single.get(port) ?? [];
    if (listed.length > 1) return undefined;
    const covered = count && port >= 1 && port <= MAX_PORT ? (count[port] ?? 0) : 0;
    if (covered === 0) return listed[0];
    if (covered > 1 || !sum) return undefined;
    const byRange = all[sum[port] ?? -1];
    return listed.length === 0 || listed[0] === byRange ? byRange : undefined;
  };
  const index: PortIndex = { container: (name) => byName.get(name), names, ports, onlyOwner };
  PORT_INDEXES.set(task, index);
  return index;
}
