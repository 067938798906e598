/**
 * Helpers for rule authors. They read the task view defensively (any member may have any JSON type)
 * and answer launch type, OS and network mode the same way for every rule.
 */
import type { ContainerView, RuleContext, TaskView } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';

export { findPlaceholder, hasPlaceholder } from '../../src/json/placeholder.js';

export type Obj = Record<string, unknown>;

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
export const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
export const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
export const obj = (v: unknown): Obj | undefined => (isObject(v) ? v : undefined);

/** Each item of an array that is an object, with its index. */
export function* objects(v: unknown): Generator<[Obj, number]> {
  const items = arr(v);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (isObject(item)) yield [item, i];
  }
}

export interface ContainerRef {
  container: ContainerView & Obj;
  index: number;
  path: JsonPath;
  /** The name when it is a string. */
  name: string | undefined;
  /** How messages name it: `container "web"`, or `container #2` when it has no name. */
  label: string;
}

/** The container definitions that are objects, with their paths. */
export function containers(task: TaskView): ContainerRef[] {
  const out: ContainerRef[] = [];
  for (const [container, index] of objects(task.containerDefinitions)) {
    const name = str(container.name);
    out.push({
      container: container as ContainerView & Obj,
      index,
      path: ['containerDefinitions', index],
      name,
      label: name === undefined || name === '' ? `container #${index + 1}` : `container "${name}"`,
    });
  }
  return out;
}

/** Is the task around the containers known? A bare container-definitions array has none. */
export const hasTaskContext = (ctx: Pick<RuleContext<string, unknown>, 'kind'>): boolean =>
  ctx.kind !== 'container-definitions';

export type LaunchType = 'EC2' | 'FARGATE' | 'EXTERNAL' | 'MANAGED_INSTANCES';

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
  const listed = arr(task.requiresCompatibilities).filter((v): v is LaunchType =>
    ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'].includes(String(v)),
  );
  return new Set(listed.length > 0 ? listed : ['EC2']);
}

export const isFargate = (task: TaskView, ctx: Pick<RuleContext<string, unknown>, 'kind'>): boolean =>
  launchTypes(task, ctx)?.has('FARGATE') ?? false;

export const isExternal = (task: TaskView, ctx: Pick<RuleContext<string, unknown>, 'kind'>): boolean =>
  launchTypes(task, ctx)?.has('EXTERNAL') ?? false;

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
