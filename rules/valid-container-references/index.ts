import { closest, distance } from 'fastest-levenshtein';
import { defineRule, type Related, type RuleContext, type TaskView } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import {
  arr,
  type ContainerRef,
  containers,
  hasPlaceholder,
  hasTaskContext,
  isObject,
  obj,
  objects,
  quoteList,
  str,
} from '../_helpers/index.js';

/** A template value: `${X}`, `{{x}}`, `<X>` (the engine's placeholders) or a whole-value shell variable `$NAME`. */
// hasPlaceholder also covers a whole-value $VAR.
const templated = hasPlaceholder;

/** Elastic Beanstalk adds a log volume `awseb-logs-<container>` for each container of a Dockerrun v2 file. */
const EB_LOG_VOLUME = 'awseb-logs-';
/** Enough cycles for any real task; a bound keeps a pathological file fast. */
const MAX_CYCLES = 20;
const MAX_LISTED = 10;

/** A did-you-mean looks at this many names at most: a hostile file with thousands of them stays linear. */
const MAX_COMPARED = 64;

/**
 * How to fix a name that names nothing: a did-you-mean when one existing name is close, else the names
 * that exist. `exclude` (the container holding the reference) is left out of `existing`.
 */
export function suggestion(
  name: string,
  existing: readonly string[],
  noun: string,
  where: string,
  exclude?: string,
): string {
  const candidates: string[] = [];
  let count = 0;
  for (const n of existing) {
    if (n === exclude) continue;
    count++;
    if (candidates.length < MAX_COMPARED) candidates.push(n);
  }
  if (count === 0) return `the task defines no ${noun}s: add one named "${name}" to ${where}, or remove the reference`;
  const guess = closest(name, candidates);
  const close =
    guess.toLowerCase() === name.toLowerCase() || distance(name, guess) <= Math.max(1, Math.floor(name.length / 3));
  if (close) return `did you mean "${guess}"?`;
  const listed =
    count > MAX_LISTED
      ? `${candidates
          .slice(0, MAX_LISTED)
          .map((n) => `"${n}"`)
          .join(', ')} and ${count - MAX_LISTED} more`
      : quoteList(candidates, 'or');
  return `name one of the ${noun}s in ${where}: ${listed}`;
}

interface Edge {
  from: number;
  to: number;
  /** The `dependsOn[i]` entry. */
  path: JsonPath;
}

/**
 * Every elementary cycle of the graph (nodes 0..n-1), each once, starting at its lowest node; at most
 * `limit` of them.
 */
export function findCycles(n: number, edges: readonly Edge[], limit = MAX_CYCLES): Edge[][] {
  const out: Edge[][] = [];
  const adjacent = Array.from({ length: n }, () => [] as Edge[]);
  for (const e of edges) adjacent[e.from]?.push(e);
  let budget = 100_000;
  const onPath = new Uint8Array(n);
  for (let start = 0; start < n && out.length < limit && budget > 0; start++) {
    // A depth-first search with its own stack (a chain of thousands of "dependsOn" overflowed the call
    // stack): per node on the path, the next of its edges to follow.
    const path: Edge[] = [];
    const nodes = [start];
    const next = [0];
    onPath[start] = 1;
    while (nodes.length > 0) {
      const depth = nodes.length - 1;
      const node = nodes[depth] as number;
      const e = adjacent[node]?.[next[depth] as number];
      if (e === undefined || out.length >= limit || --budget < 0) {
        onPath[node] = 0;
        nodes.pop();
        next.pop();
        path.pop();
        continue;
      }
      next[depth] = (next[depth] as number) + 1;
      if (e.to === start) out.push([...path, e]);
      else if (e.to > start && onPath[e.to] === 0) {
        onPath[e.to] = 1;
        path.push(e);
        nodes.push(e.to);
        next.push(0);
      }
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'valid-container-references',
    category: 'correctness',
    description: 'Require container, volume and device references to name something that exists, without cycles',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_VolumeFrom.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ProxyConfiguration.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ResourceRequirement.html',
      'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/create_deploy_docker_v2config.html',
    ],
    messages: {
      unknownDependency: '{{label}}: "dependsOn" names container "{{name}}", which is not in the {{scope}}',
      unknownVolumesFrom: '{{label}}: "volumesFrom" names container "{{name}}", which is not in the {{scope}}',
      emptyName: '{{label}}: "{{field}}" is empty: it must name a container of the task definition',
      unknownProxyContainer: '"proxyConfiguration" names container "{{name}}", which is not in the task definition',
      unknownVolume: '{{label}}: "mountPoints" names volume "{{name}}", which is not in "volumes"',
      unknownDevice:
        '{{label}}: InferenceAccelerator "{{name}}" is not a "deviceName" in the task\'s "inferenceAccelerators"',
      dependsOnSelf: '{{label}} depends on itself',
      volumesFromSelf: '{{label}}: "volumesFrom" names the container itself',
      cycle: '"dependsOn" cycle: {{cycle}}: none of these containers can start',
      healthyWithoutCheck:
        '{{label}} waits for container "{{name}}" to be HEALTHY, but container "{{name}}" has no "healthCheck"',
      essentialTarget:
        '{{label}} waits for container "{{name}}" with condition "{{condition}}", but container "{{name}}" is essential',
    },
  },
  check(task, ctx) {
    const all = containers(task);
    const bare = !hasTaskContext(ctx);
    const byName = new Map<string, ContainerRef>();
    for (const c of all) if (c.name !== undefined && !byName.has(c.name)) byName.set(c.name, c);
    let names: string[] | undefined;
    const targets: Targets = {
      byName,
      // A container whose name is a template placeholder (or not a string) might be the one referred to.
      namesKnown: all.every((c) => c.container.name === undefined || (c.name !== undefined && !templated(c.name))),
      scope: bare ? 'container definitions' : 'task definition',
      names: () => {
        names ??= containerNames(byName);
        return names;
      },
    };
    const edges: Edge[] = [];
    for (const c of all) {
      checkDependsOn(ctx, targets, c, edges);
      checkVolumesFrom(ctx, targets, c);
    }
    if (mayHaveCycle(edges)) reportCycles(ctx, all, edges);

    if (bare) return; // volumes, the proxy and accelerators are task-level: unknown for a bare array
    checkMountPoints(task, ctx, all);
    checkProxy(task, ctx, targets);
    checkAccelerators(task, ctx, all);
  },
});

type MessageId =
  | 'emptyName'
  | 'unknownDependency'
  | 'unknownVolumesFrom'
  | 'unknownProxyContainer'
  | 'unknownVolume'
  | 'unknownDevice'
  | 'dependsOnSelf'
  | 'volumesFromSelf'
  | 'cycle'
  | 'healthyWithoutCheck'
  | 'essentialTarget';

type Context = RuleContext<MessageId>;

/** The containers a reference can name. */
interface Targets {
  /** The first container of each name. */
  byName: ReadonlyMap<string, ContainerRef>;
  /** False when some container's name is a template (or not a string): it might be the one referred to. */
  namesKnown: boolean;
  /** Where the containers are, for messages: the task definition, or the container definitions alone. */
  scope: string;
  /** containerNames(byName), made once when a hint first needs it. */
  names: () => readonly string[];
}

// Each part of the check is a function of its own: small functions are optimized sooner, and the rule
// runs once per file.

/** dependsOn: names a container, not itself, with a condition the target can meet; collects the edges. */
function checkDependsOn(ctx: Context, targets: Targets, c: ContainerRef, edges: Edge[]): void {
  const { byName, namesKnown, scope } = targets;
  const list = c.container.dependsOn;
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const dep: unknown = list[i];
    if (!isObject(dep)) continue;
    const target = dep.containerName;
    const depPath = [...c.path, 'dependsOn', i];
    if (target === '') {
      // ContainerDependency.containerName is required: an empty one names nothing.
      ctx.report({
        messageId: 'emptyName',
        path: [...depPath, 'containerName'],
        data: { label: c.label, field: 'dependsOn.containerName' },
        hint: `name the container this one waits for (${quoteNames(targets.names(), c.name)}), or remove the entry`,
      });
      continue;
    }
    if (!usable(target)) continue;
    if (target === c.name) {
      ctx.report({
        messageId: 'dependsOnSelf',
        path: [...depPath, 'containerName'],
        data: { label: c.label },
        hint: 'remove this "dependsOn" entry, or name the container this one waits for',
      });
      continue;
    }
    const ref = byName.get(target);
    if (ref === undefined) {
      if (namesKnown) {
        ctx.report({
          messageId: 'unknownDependency',
          path: [...depPath, 'containerName'],
          data: { label: c.label, name: target, scope },
          hint: suggestion(target, targets.names(), 'container', '"containerDefinitions"', c.name),
        });
      }
      continue;
    }
    edges.push({ from: c.index, to: ref.index, path: depPath });
    const condition = str(dep.condition);
    // `null` (as console exports write it, and deploy tools drop) means none.
    if (condition === 'HEALTHY' && (ref.container.healthCheck === undefined || ref.container.healthCheck === null)) {
      ctx.report({
        messageId: 'healthyWithoutCheck',
        path: [...depPath, 'condition'],
        data: { label: c.label, name: target },
        hint: `add a "healthCheck" to container "${target}", or wait for it with condition "START"`,
        related: [{ path: [...ref.path, 'name'], message: `container "${target}" has no "healthCheck"` }],
      });
    }
    const essential = ref.container.essential;
    if ((condition === 'COMPLETE' || condition === 'SUCCESS') && (essential === undefined || essential === true)) {
      ctx.report({
        messageId: 'essentialTarget',
        path: [...depPath, 'condition'],
        data: { label: c.label, name: target, condition },
        hint: `set "essential": false on container "${target}" (a container that exits must not be essential), or use condition "START" or "HEALTHY"`,
        related: [
          essential === undefined
            ? {
                path: [...ref.path, 'name'],
                message: `container "${target}" is essential: "essential" is omitted, which means true`,
              }
            : { path: [...ref.path, 'essential'], message: `container "${target}" sets "essential": true` },
        ],
      });
    }
  }
}

/** volumesFrom: names another container. */
function checkVolumesFrom(ctx: Context, targets: Targets, c: ContainerRef): void {
  const { byName, namesKnown, scope } = targets;
  const list = c.container.volumesFrom;
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const from: unknown = list[i];
    if (!isObject(from)) continue;
    const source = from.sourceContainer;
    if (!usable(source)) continue;
    const path = [...c.path, 'volumesFrom', i, 'sourceContainer'];
    if (source === c.name) {
      ctx.report({
        messageId: 'volumesFromSelf',
        path,
        data: { label: c.label },
        hint: 'name another container of the task, or remove this "volumesFrom" entry',
      });
    } else if (!byName.has(source) && namesKnown) {
      ctx.report({
        messageId: 'unknownVolumesFrom',
        path,
        data: { label: c.label, name: source, scope },
        hint: suggestion(source, targets.names(), 'container', '"containerDefinitions"', c.name),
      });
    }
  }
}

/**
 * Can the edges hold a cycle? Every container on a cycle both depends on another and is depended on:
 * when no edge leads to a container with edges of its own (an app waiting for its sidecars, the common
 * case), there is none, and the search is skipped.
 */
function mayHaveCycle(edges: readonly Edge[]): boolean {
  if (edges.length < 2) return false; // a cycle of one is a self-dependency, never an edge
  const dependents = new Set<number>();
  for (const e of edges) dependents.add(e.from);
  for (const e of edges) if (dependents.has(e.to)) return true;
  return false;
}

/** dependsOn cycles (a container that depends on itself is reported by checkDependsOn). */
function reportCycles(ctx: Context, all: readonly ContainerRef[], edges: readonly Edge[]): void {
  const position = new Map<number, number>();
  all.forEach((c, i) => {
    position.set(c.index, i);
  });
  const at = (index: number): number => position.get(index) ?? -1;
  const positioned = edges.map((e) => ({ ...e, from: at(e.from), to: at(e.to) }));
  for (const cycle of findCycles(all.length, positioned)) {
    const first = cycle[0];
    if (first === undefined) continue;
    const label = (i: number): string => `"${all[i]?.name ?? ''}"`;
    const chain = [...cycle.map((e) => label(e.from)), label(first.from)].join(' → ');
    const related: Related[] = cycle.slice(1).map((e) => ({
      path: [...e.path, 'containerName'],
      message: `${all[e.from]?.label ?? 'a container'} depends on ${all[e.to]?.label ?? 'another'}`,
    }));
    ctx.report({
      messageId: 'cycle',
      path: [...first.path, 'containerName'],
      data: { cycle: chain },
      hint: 'remove one of these "dependsOn" entries so the containers can start in some order',
      related,
    });
  }
}

/** mountPoints name a volume of the task (its volumes are read only when some container mounts one). */
function checkMountPoints(task: TaskView, ctx: Context, all: readonly ContainerRef[]): void {
  if (all.some((c) => arr(c.container.mountPoints).length > 0)) {
    const volumeNames = knownVolumeNames(task);
    let volumeList: string[] | undefined;
    const listed = (): string[] => {
      volumeList ??= [...(volumeNames ?? [])];
      return volumeList;
    };
    if (volumeNames !== undefined) {
      for (const c of all) {
        for (const [mount, i] of objects(c.container.mountPoints)) {
          const source = mount.sourceVolume;
          if (!usable(source) || volumeNames.has(source)) continue;
          if (ctx.kind === 'dockerrun-v2' && source.startsWith(EB_LOG_VOLUME)) continue;
          ctx.report({
            messageId: 'unknownVolume',
            path: [...c.path, 'mountPoints', i, 'sourceVolume'],
            data: { label: c.label, name: source },
            hint: suggestion(source, listed(), 'volume', '"volumes"'),
          });
        }
      }
    }
  }
}

/**
 * The names of the task's volumes, each once in order; undefined when some volume's name is not known
 * (missing, not a string, a template, or "volumes" is not a list): a mount might name that one.
 */
function knownVolumeNames(task: TaskView): Set<string> | undefined {
  const list = task.volumes;
  const names = new Set<string>();
  if (list === undefined || list === null) return names;
  if (!Array.isArray(list)) return undefined;
  for (const volume of list) {
    if (!isObject(volume)) continue;
    const name = str(volume.name);
    if (name === undefined || templated(name)) return undefined;
    names.add(name);
  }
  return names;
}

/** proxyConfiguration.containerName names a container. */
function checkProxy(task: TaskView, ctx: Context, targets: Targets): void {
  const { byName, namesKnown } = targets;
  const proxy = obj(task.proxyConfiguration);
  const proxyName = proxy?.containerName;
  if (proxyName === '') {
    ctx.report({
      messageId: 'emptyName',
      path: ['proxyConfiguration', 'containerName'],
      data: { label: '"proxyConfiguration"', field: 'containerName' },
      hint: `name the App Mesh proxy container (${quoteNames(targets.names())})`,
    });
  } else if (usable(proxyName) && !byName.has(proxyName) && namesKnown) {
    ctx.report({
      messageId: 'unknownProxyContainer',
      path: ['proxyConfiguration', 'containerName'],
      data: { name: proxyName },
      hint: suggestion(proxyName, targets.names(), 'container', '"containerDefinitions"'),
    });
  }
}

/**
 * An InferenceAccelerator resource requirement names a deviceName of the task's inferenceAccelerators
 * (read only when some container has resource requirements).
 */
function checkAccelerators(task: TaskView, ctx: Context, all: readonly ContainerRef[]): void {
  if (all.some((c) => arr(c.container.resourceRequirements).length > 0)) {
    const accelerators = task.inferenceAccelerators;
    const devices = objects(accelerators).map(([a]) => a.deviceName);
    const devicesKnown =
      (accelerators === undefined || Array.isArray(accelerators)) &&
      devices.every((d) => typeof d === 'string' && !templated(d));
    const deviceNames = devices.filter((d): d is string => typeof d === 'string');
    const deviceSet = new Set(deviceNames);
    if (devicesKnown) {
      for (const c of all) {
        for (const [req, i] of objects(c.container.resourceRequirements)) {
          if (req.type !== 'InferenceAccelerator') continue;
          const device = req.value;
          if (!usable(device) || deviceSet.has(device)) continue;
          ctx.report({
            messageId: 'unknownDevice',
            path: [...c.path, 'resourceRequirements', i, 'value'],
            data: { label: c.label, name: device },
            hint: suggestion(device, deviceNames, 'inference accelerator', '"inferenceAccelerators"'),
          });
        }
      }
    }
  }
}

/** A reference that can be checked: a non-empty string that is not a template. */
const usable = (v: unknown): v is string => typeof v === 'string' && v !== '' && !templated(v);

/** Container names for a hint: `"web", "app"`, or a word when there are none. */
const quoteNames = (all: readonly string[], exclude?: string): string => {
  // The first five only: a hint per finding must not read every name of a task with thousands.
  const names: string[] = [];
  for (const n of all) {
    if (n !== '' && n !== exclude) names.push(n);
    if (names.length === 5) break;
  }
  return names.length === 0
    ? 'no other container is named'
    : `for example ${names
        .slice(0, 5)
        .map((n) => `"${n}"`)
        .join(', ')}`;
};

/** The container names a reference may name (templates aside), for a did-you-mean. */
const containerNames = (byName: ReadonlyMap<string, ContainerRef>): string[] =>
  [...byName.keys()].filter((n) => !templated(n));
