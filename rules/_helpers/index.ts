/**
 * Helpers for rule authors. They read the task view defensively (any member may have any JSON type)
 * and answer launch type, OS and network mode the same way for every rule.
 */
import { type ContainerView, hasPlaceholder, type RuleContext, type Target, type TaskView } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';

export { findPlaceholder, hasPlaceholder } from '../../src/rule.js';

export type Obj = Record<string, unknown>;

/** Longer strings are not kept by memoize: a hostile file must not pin megabytes. */
const MAX_MEMO_KEY = 512;

/**
 * A pure function of a string, with its results kept for the last `max` distinct strings. For what
 * several rules, or every container and file, ask about the same value (an image, a variable name).
 * Results are shared between callers: never change one.
 */
export function memoize<T>(fn: (key: string) => T, max = 1024): (key: string) => T {
  const cache = new Map<string, { value: T }>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit.value;
    const value = fn(key);
    if (key.length <= MAX_MEMO_KEY) {
      // The oldest entry goes first (a Map iterates in insertion order).
      if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      cache.set(key, { value });
    }
    return value;
  };
}

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
export const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
export const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
export const obj = (v: unknown): Obj | undefined => (isObject(v) ? v : undefined);

const NO_OBJECTS: readonly [Obj, number][] = Object.freeze([]);

/**
 * Each item of an array that is an object, with its index. An array rather than a generator: rules call
 * this for every list of every container, and resuming a generator costs more than the list.
 */
export function objects(v: unknown): readonly [Obj, number][] {
  if (!Array.isArray(v) || v.length === 0) return NO_OBJECTS;
  const out: [Obj, number][] = [];
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (isObject(item)) out.push([item, i]);
  }
  return out;
}

export interface ContainerRef {
  readonly container: ContainerView & Obj;
  readonly index: number;
  readonly path: JsonPath;
  /** The name when it is a string. */
  readonly name: string | undefined;
  /** How messages name it: `container "web"`, or `container #2` when it has no name. */
  readonly label: string;
}

/**
 * The task containers() last answered for, and the answer. Nearly every rule asks, one after another,
 * about the same task (the engine hands each rule the same view, and rules never change it): one entry
 * spares each later rule the walk and the objects, paths and labels it builds.
 */
const lastContainers: { task: TaskView | undefined; list: unknown; length: number; refs: readonly ContainerRef[] } = {
  task: undefined,
  list: undefined,
  length: 0,
  refs: [],
};

/**
 * The container definitions that are objects, with their paths. Shared between the rules that ask about
 * the same task: never change the list or its entries.
 */
export function containers(task: TaskView): readonly ContainerRef[] {
  const list = task.containerDefinitions;
  const last = lastContainers;
  // The list and its length are compared too, in case a caller swapped or grew the list in between.
  if (last.task === task && last.list === list && last.length === (Array.isArray(list) ? list.length : 0)) {
    return last.refs;
  }
  const out: ContainerRef[] = [];
  for (const [container, index] of objects(list)) {
    const name = str(container.name);
    out.push({
      container: container as ContainerView & Obj,
      index,
      path: ['containerDefinitions', index],
      name,
      label: name === undefined || name === '' ? `container #${index + 1}` : `container "${name}"`,
    });
  }
  last.task = task;
  last.list = list;
  last.length = Array.isArray(list) ? list.length : 0;
  last.refs = out;
  return out;
}

/**
 * Where a finding about a whole container (a member it lacks) points: its name, or the container itself
 * when it has no name, or when the name is a template placeholder (the engine drops findings on the value
 * of a placeholder, and this finding is not about the name).
 */
export function atContainer(c: ContainerRef): { path: JsonPath; target: Target } {
  if (c.name === undefined || hasPlaceholder(c.name)) return { path: c.path, target: 'key' };
  return { path: [...c.path, 'name'], target: 'value' };
}

/** Is the task around the containers known? A bare container-definitions array has none. */
export const hasTaskContext = (ctx: Pick<RuleContext<string, unknown>, 'kind'>): boolean =>
  ctx.kind !== 'container-definitions';

export type LaunchType = 'EC2' | 'FARGATE' | 'EXTERNAL' | 'MANAGED_INSTANCES';
const LAUNCH_TYPES: ReadonlySet<string> = new Set<LaunchType>(['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES']);

/**
 * The launch types the task is for: `requiresCompatibilities` as written, EC2 when it is absent (and
 * for Dockerrun v2, which Elastic Beanstalk runs on EC2). Undefined when there is no task to ask.
 */
export function launchTypes(
  task: TaskView,
  ctx: Pick<RuleContext<string, unknown>, 'kind'>,
): Set<LaunchType> | undefined {
  if (!hasTaskContext(ctx)) return undefined;
  if (ctx.kind === 'dockerrun-v2') return new Set(['EC2']);
  const listed = arr(task.requiresCompatibilities).filter((v): v is LaunchType => LAUNCH_TYPES.has(String(v)));
  return new Set(listed.length > 0 ? listed : ['EC2']);
}

/**
 * Does the task list this launch type? What `launchTypes(task, ctx)?.has(type)` answers for the types that
 * are never a default, without building the set: most rules ask this of every task.
 */
function listsLaunchType(
  task: TaskView,
  ctx: Pick<RuleContext<string, unknown>, 'kind'>,
  type: 'FARGATE' | 'EXTERNAL',
): boolean {
  if (!hasTaskContext(ctx) || ctx.kind === 'dockerrun-v2') return false;
  const listed = task.requiresCompatibilities;
  // The string itself: launchTypes keeps the values as written.
  return Array.isArray(listed) && listed.includes(type);
}

export const isFargate = (task: TaskView, ctx: Pick<RuleContext<string, unknown>, 'kind'>): boolean =>
  listsLaunchType(task, ctx, 'FARGATE');

export const isExternal = (task: TaskView, ctx: Pick<RuleContext<string, unknown>, 'kind'>): boolean =>
  listsLaunchType(task, ctx, 'EXTERNAL');

/** Windows when `runtimePlatform.operatingSystemFamily` names a Windows family; Linux when absent. */
export function isWindows(task: TaskView): boolean {
  const family = str(obj(task.runtimePlatform)?.operatingSystemFamily);
  return family?.startsWith('WINDOWS') ?? false;
}

export type NetworkMode = 'awsvpc' | 'bridge' | 'host' | 'none' | 'default';

/**
 * The network mode in force: as written, or the default when absent (`awsvpc` is required on Fargate
 * and checked elsewhere; EC2 Linux defaults to `bridge`, Windows to `default`). Undefined when there is
 * no task to ask, or the value is not a mode.
 */
export function networkMode(task: TaskView, ctx: Pick<RuleContext<string, unknown>, 'kind'>): NetworkMode | undefined {
  if (!hasTaskContext(ctx)) return undefined;
  const written = task.networkMode;
  if (written === undefined) return isWindows(task) ? 'default' : 'bridge';
  return typeof written === 'string' && ['awsvpc', 'bridge', 'host', 'none'].includes(written)
    ? (written as NetworkMode)
    : undefined;
}

export interface PortMappingRef {
  mapping: Obj;
  path: JsonPath;
  container: ContainerRef;
}

export function portMappings(task: TaskView): PortMappingRef[] {
  const out: PortMappingRef[] = [];
  for (const c of containers(task)) {
    for (const [mapping, i] of objects(c.container.portMappings)) {
      out.push({ mapping, path: [...c.path, 'portMappings', i], container: c });
    }
  }
  return out;
}

export interface VolumeRef {
  volume: Obj;
  index: number;
  path: JsonPath;
  name: string | undefined;
}

export function volumes(task: TaskView): VolumeRef[] {
  const out: VolumeRef[] = [];
  for (const [volume, index] of objects(task.volumes)) {
    out.push({ volume, index, path: ['volumes', index], name: str(volume.name) });
  }
  return out;
}

/** `"a", "b" and "c"`. */
export function quoteList(items: readonly (string | number)[], conjunction = 'and'): string {
  const q = items.map((i) => (typeof i === 'number' ? String(i) : `"${i}"`));
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} ${conjunction} ${q.at(-1)}`;
}

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
