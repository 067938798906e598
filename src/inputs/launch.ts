/**
 * Documents that launch a task definition: services (CreateService/UpdateService input, describe-services
 * output), run-task inputs, CodeDeploy AppSpec files and EventBridge targets. Each is seen by rules as one
 * ECS-API-shaped view (the CreateService member names: `taskDefinition`, `launchType`, `loadBalancers`,
 * `networkConfiguration.awsvpcConfiguration.subnets`, …) whatever its own spelling (AppSpec PascalCase,
 * EventBridge's mixed case), with each view path mapped back to where it is written.
 */
import type { DocumentKind, JsonPath } from '../types.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const has = (obj: Record<string, unknown>, key: string): boolean => Object.hasOwn(obj, key);

/** Kinds that launch a task definition. */
export const LAUNCH_KINDS: readonly DocumentKind[] = [
  'create-service',
  'update-service',
  'describe-services',
  'run-task',
  'start-task',
  'appspec',
  'events-target',
];

export const isLaunchKind = (kind: DocumentKind): boolean => LAUNCH_KINDS.includes(kind);

/** Members only a service has: two of them (or one with `serviceName`) make a document a service. */
const SERVICE_KEYS = [
  'loadBalancers',
  'serviceRegistries',
  'desiredCount',
  'deploymentConfiguration',
  'deploymentController',
  'schedulingStrategy',
  'serviceConnectConfiguration',
  'healthCheckGracePeriodSeconds',
  'placementStrategy',
  'role',
];
/** Members a service shares with run-task. */
const LAUNCH_KEYS = [
  'launchType',
  'capacityProviderStrategy',
  'platformVersion',
  'networkConfiguration',
  'enableExecuteCommand',
  'propagateTags',
  'enableECSManagedTags',
  'volumeConfigurations',
  'placementConstraints',
];
const count = (obj: Record<string, unknown>, keys: readonly string[]): number =>
  keys.reduce((n, k) => n + (has(obj, k) ? 1 : 0), 0);

/** The kind of a document that launches tasks, or undefined. Called after the task kinds were ruled out. */
export function detectLaunchKind(value: Record<string, unknown>): DocumentKind | undefined {
  if (Array.isArray(value.services) && value.services.some((s) => isObject(s) && isServiceDescription(s))) {
    return 'describe-services';
  }
  if (isServiceDescription(value)) return 'describe-services';
  const resources = value.Resources ?? value.resources;
  if (Array.isArray(resources) && (has(value, 'version') || has(value, 'Hooks') || resources.some(isEcsResource))) {
    return resources.some(isEcsResource) || resources.length === 0 ? 'appspec' : undefined;
  }
  if (isObject(value.EcsParameters)) return 'events-target';
  if (Array.isArray(value.Targets) && value.Targets.some((t) => isObject(t) && isObject(t.EcsParameters))) {
    return 'events-target';
  }
  const service = count(value, SERVICE_KEYS);
  const launch = count(value, LAUNCH_KEYS);
  if (
    typeof value.service === 'string' &&
    !has(value, 'serviceName') &&
    (has(value, 'forceNewDeployment') || service + launch > 0 || has(value, 'taskDefinition'))
  ) {
    return 'update-service';
  }
  if (service >= 2 || (service + launch >= 1 && typeof value.serviceName === 'string')) return 'create-service';
  if (typeof value.serviceName === 'string' && typeof value.taskDefinition === 'string') return 'create-service';
  if (Array.isArray(value.containerInstances) && has(value, 'taskDefinition')) return 'start-task';
  if (
    typeof value.taskDefinition === 'string' &&
    (launch > 0 || has(value, 'count') || has(value, 'overrides') || has(value, 'startedBy') || has(value, 'cluster'))
  ) {
    return 'run-task';
  }
  if (service === 1 && launch >= 1) return 'create-service';
  return undefined;
}

function isServiceDescription(s: Record<string, unknown>): boolean {
  return typeof s.serviceArn === 'string' && (has(s, 'taskDefinition') || has(s, 'deployments'));
}

function isEcsResource(r: unknown): boolean {
  if (!isObject(r)) return false;
  return Object.values(r).some((v) => isObject(v) && String(v.Type ?? v.type ?? '') === 'AWS::ECS::Service');
}

/**
 * How a view's keys are spelled in the source, per object: `view key → source key`. Keys not listed are the
 * same in both. A `[viewKey, sourcePath]` entry says the view member comes from further away (AppSpec's
 * `LoadBalancerInfo` is `loadBalancers[0]`).
 */
interface Spelling {
  [viewKey: string]: { key: string; children?: Spelling; items?: Spelling };
}

const APPSPEC_AWSVPC: Spelling = {
  subnets: { key: 'Subnets' },
  securityGroups: { key: 'SecurityGroups' },
  assignPublicIp: { key: 'AssignPublicIp' },
};
const APPSPEC: Spelling = {
  taskDefinition: { key: 'TaskDefinition' },
  platformVersion: { key: 'PlatformVersion' },
  networkConfiguration: {
    key: 'NetworkConfiguration',
    children: { awsvpcConfiguration: { key: 'AwsvpcConfiguration', children: APPSPEC_AWSVPC } },
  },
  capacityProviderStrategy: {
    key: 'CapacityProviderStrategy',
    items: { base: { key: 'Base' }, capacityProvider: { key: 'CapacityProvider' }, weight: { key: 'Weight' } },
  },
};
const EVENTS: Spelling = {
  taskDefinition: { key: 'TaskDefinitionArn' },
  count: { key: 'TaskCount' },
  launchType: { key: 'LaunchType' },
  platformVersion: { key: 'PlatformVersion' },
  group: { key: 'Group' },
  enableExecuteCommand: { key: 'EnableExecuteCommand' },
  enableECSManagedTags: { key: 'EnableECSManagedTags' },
  propagateTags: { key: 'PropagateTags' },
  referenceId: { key: 'ReferenceId' },
  networkConfiguration: {
    key: 'NetworkConfiguration',
    children: {
      awsvpcConfiguration: {
        key: 'awsvpcConfiguration',
        children: APPSPEC_AWSVPC,
      },
    },
  },
  capacityProviderStrategy: {
    key: 'CapacityProviderStrategy',
    items: { base: { key: 'base' }, capacityProvider: { key: 'capacityProvider' }, weight: { key: 'weight' } },
  },
};

export interface LaunchView {
  /** The ECS-API-shaped view. */
  task: Record<string, unknown>;
  toSource(path: JsonPath): JsonPath;
}

/** Renames a source object into the view's spelling, and maps view paths back. */
function spelled(source: unknown, spelling: Spelling, at: JsonPath): LaunchView {
  const task = isObject(source) ? rename(source, spelling) : {};
  return { task, toSource: (path) => [...at, ...back(path, spelling)] };
}

function rename(source: Record<string, unknown>, spelling: Spelling): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const bySource = new Map(Object.entries(spelling).map(([viewKey, s]) => [s.key, { viewKey, s }]));
  for (const [key, value] of Object.entries(source)) {
    const hit = bySource.get(key);
    if (!hit) {
      // A member the view does not rename keeps its own name, so that nothing is silently dropped.
      if (!Object.hasOwn(spelling, key)) out[key] = value;
      continue;
    }
    const { viewKey, s } = hit;
    if (s.children && isObject(value)) out[viewKey] = rename(value, s.children);
    else if (s.items && Array.isArray(value)) {
      out[viewKey] = value.map((item) => (isObject(item) && s.items ? rename(item, s.items) : item));
    } else out[viewKey] = value;
  }
  return out;
}

function back(path: JsonPath, spelling: Spelling): JsonPath {
  const out: (string | number)[] = [];
  let current: Spelling | undefined = spelling;
  let items: Spelling | undefined;
  for (const seg of path) {
    if (typeof seg === 'number') {
      out.push(seg);
      current = items;
      items = undefined;
      continue;
    }
    const s = current?.[seg];
    out.push(s ? s.key : seg);
    current = s?.children;
    items = s?.items;
  }
  return out;
}

/** The one ECS resource of an AppSpec file: its index in `Resources`, its name and properties. */
export function appspecResource(
  value: Record<string, unknown>,
): { resourcesKey: string; index: number; name: string; resource: Record<string, unknown> } | undefined {
  const resourcesKey = has(value, 'Resources') ? 'Resources' : 'resources';
  const resources = value[resourcesKey];
  if (!Array.isArray(resources)) return undefined;
  for (let index = 0; index < resources.length; index++) {
    const r = resources[index];
    if (!isObject(r)) continue;
    for (const [name, v] of Object.entries(r)) if (isObject(v)) return { resourcesKey, index, name, resource: v };
  }
  return undefined;
}

/**
 * The views of a launch document: one per service, target or resource it holds (a describe-services output
 * or a PutTargets input may hold several).
 */
export function launchViews(kind: DocumentKind, value: unknown): LaunchView[] {
  if (kind === 'events-target' && Array.isArray(value)) return targetViews(value, []);
  if (!isObject(value)) return [];
  switch (kind) {
    case 'describe-services': {
      if (!Array.isArray(value.services)) return [spelled(value, {}, [])];
      return value.services.map((s, i) => spelled(s, {}, ['services', i]));
    }
    case 'appspec': {
      const found = appspecResource(value);
      if (!found) return [];
      const propsKey = has(found.resource, 'Properties') ? 'Properties' : 'properties';
      const props = found.resource[propsKey];
      const at: JsonPath = [found.resourcesKey, found.index, found.name, propsKey];
      const view = spelled(props, APPSPEC, at);
      // LoadBalancerInfo is the one load balancer CodeDeploy shifts traffic on: the view's loadBalancers[0].
      if (isObject(props) && isObject(props.LoadBalancerInfo)) {
        const info = props.LoadBalancerInfo;
        view.task.loadBalancers = [{ containerName: info.ContainerName, containerPort: info.ContainerPort }];
        delete view.task.LoadBalancerInfo;
      }
      const inner = view.toSource;
      view.toSource = (path) => {
        if (path[0] === 'loadBalancers') {
          const member =
            path[2] === 'containerName' ? 'ContainerName' : path[2] === 'containerPort' ? 'ContainerPort' : undefined;
          return [...at, 'LoadBalancerInfo', ...(member ? [member] : [])];
        }
        return inner(path);
      };
      return [view];
    }
    case 'events-target': {
      if (isObject(value.EcsParameters)) return [spelled(value.EcsParameters, EVENTS, ['EcsParameters'])];
      return Array.isArray(value.Targets) ? targetViews(value.Targets, ['Targets']) : [];
    }
    default:
      return [spelled(value, {}, [])];
  }
}

/** One view per target of a list that runs an ECS task (`Targets` of PutTargets, or the `--targets` file). */
function targetViews(targets: readonly unknown[], at: JsonPath): LaunchView[] {
  const views: LaunchView[] = [];
  targets.forEach((t, i) => {
    if (isObject(t) && isObject(t.EcsParameters))
      views.push(spelled(t.EcsParameters, EVENTS, [...at, i, 'EcsParameters']));
  });
  return views;
}
