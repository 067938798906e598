/**
 * `aws_ecs_service` resources of Terraform (`.tf` files and plan JSON) as services in the CreateService
 * API's shape, each paired with the `aws_ecs_task_definition` of the same file that its `task_definition`
 * references (`aws_ecs_task_definition.web.arn`, `.arn_without_revision`, `"${….family}:${….revision}"`),
 * so that the service cross-checks (valid-service-* rules) run on Terraform as they do on JSON files.
 *
 * Arguments of the AWS provider's `aws_ecs_service` (registry docs, resources/ecs_service): flat where the
 * API nests (`deployment_maximum_percent` is `deploymentConfiguration.maximumPercent`, the
 * `network_configuration` block is `networkConfiguration.awsvpcConfiguration` with a boolean
 * `assign_public_ip`), blocks for the API's lists. Arguments not listed are left out of the mapped service.
 */
import { isObject } from '../detect.js';
import {
  type Mapped,
  mapShape,
  type ObjectShape,
  type Prop,
  type Resolved,
  type Shape,
  unknownText,
} from '../shape.js';
import type { LocatedDocument } from '../types.js';

const p = (api: string, shape: Shape, convert?: (v: unknown) => unknown): Prop =>
  convert ? { api, shape, convert } : { api, shape };
/** A block: one object (`block`), or a repeated block as a list. */
const block = (title: string, props: Record<string, Prop>): ObjectShape => ({ title, props, block: true });
const blocks = (title: string, props: Record<string, Prop>): Shape => ({ items: { title, props } });

const tags = (value: unknown): unknown =>
  isObject(value) ? Object.entries(value).map(([key, v]) => ({ key, value: v })) : value;
const publicIp = (value: unknown): unknown => (value === true ? 'ENABLED' : value === false ? 'DISABLED' : value);

/** The provider's flat `network_configuration` block, under the names of the API that reads it. */
const networkBlock = ([subnets, securityGroups, assignPublicIp]: [string, string, string]): ObjectShape =>
  block('network configuration', {
    subnets: p(subnets, { items: 'string' }),
    security_groups: p(securityGroups, { items: 'string' }),
    assign_public_ip: p(assignPublicIp, 'string', publicIp),
  });

/** Members the provider writes flat that the API nests: `a.b` in the mapped value is `a: { b }`. */
const NESTED = '.';

export const TERRAFORM_SERVICE: ObjectShape = {
  title: 'service',
  props: {
    name: p('serviceName', 'string'),
    cluster: p('cluster', 'string'),
    task_definition: p('taskDefinition', 'string'),
    desired_count: p('desiredCount', 'integer'),
    launch_type: p('launchType', 'string'),
    platform_version: p('platformVersion', 'string'),
    scheduling_strategy: p('schedulingStrategy', 'string'),
    iam_role: p('role', 'string'),
    enable_execute_command: p('enableExecuteCommand', 'boolean'),
    enable_ecs_managed_tags: p('enableECSManagedTags', 'boolean'),
    propagate_tags: p('propagateTags', 'string'),
    health_check_grace_period_seconds: p('healthCheckGracePeriodSeconds', 'integer'),
    availability_zone_rebalancing: p('availabilityZoneRebalancing', 'string'),
    deployment_maximum_percent: p(`deploymentConfiguration${NESTED}maximumPercent`, 'integer'),
    deployment_minimum_healthy_percent: p(`deploymentConfiguration${NESTED}minimumHealthyPercent`, 'integer'),
    deployment_circuit_breaker: p(
      `deploymentConfiguration${NESTED}deploymentCircuitBreaker`,
      block('deployment circuit breaker', { enable: p('enable', 'boolean'), rollback: p('rollback', 'boolean') }),
    ),
    deployment_controller: p('deploymentController', block('deployment controller', { type: p('type', 'string') })),
    capacity_provider_strategy: p(
      'capacityProviderStrategy',
      blocks('capacity provider strategy item', {
        capacity_provider: p('capacityProvider', 'string'),
        weight: p('weight', 'integer'),
        base: p('base', 'integer'),
      }),
    ),
    load_balancer: p(
      'loadBalancers',
      blocks('load balancer', {
        target_group_arn: p('targetGroupArn', 'string'),
        elb_name: p('loadBalancerName', 'string'),
        container_name: p('containerName', 'string'),
        container_port: p('containerPort', 'integer'),
      }),
    ),
    network_configuration: p('networkConfiguration', networkBlock(['subnets', 'securityGroups', 'assignPublicIp'])),
    service_registries: p(
      'serviceRegistries',
      blocks('service registry', {
        registry_arn: p('registryArn', 'string'),
        port: p('port', 'integer'),
        container_port: p('containerPort', 'integer'),
        container_name: p('containerName', 'string'),
      }),
    ),
    ordered_placement_strategy: p(
      'placementStrategy',
      blocks('placement strategy', { type: p('type', 'string'), field: p('field', 'string') }),
    ),
    placement_constraints: p(
      'placementConstraints',
      blocks('placement constraint', { type: p('type', 'string'), expression: p('expression', 'string') }),
    ),
    service_connect_configuration: p(
      'serviceConnectConfiguration',
      block('Service Connect configuration', {
        enabled: p('enabled', 'boolean'),
        namespace: p('namespace', 'string'),
        service: p(
          'services',
          blocks('Service Connect service', {
            port_name: p('portName', 'string'),
            discovery_name: p('discoveryName', 'string'),
            ingress_port_override: p('ingressPortOverride', 'integer'),
            client_alias: p(
              'clientAliases',
              blocks('client alias', { port: p('port', 'integer'), dns_name: p('dnsName', 'string') }),
            ),
            timeout: p(
              'timeout',
              block('timeout configuration', {
                idle_timeout_seconds: p('idleTimeoutSeconds', 'integer'),
                per_request_timeout_seconds: p('perRequestTimeoutSeconds', 'integer'),
              }),
            ),
          }),
        ),
      }),
    ),
    volume_configuration: p(
      'volumeConfigurations',
      blocks('service volume configuration', {
        name: p('name', 'string'),
        managed_ebs_volume: p(
          'managedEBSVolume',
          block('managed EBS volume', {
            role_arn: p('roleArn', 'string'),
            encrypted: p('encrypted', 'boolean'),
            file_system_type: p('filesystemType', 'string'),
            iops: p('iops', 'integer'),
            kms_key_id: p('kmsKeyId', 'string'),
            size_in_gb: p('sizeInGiB', 'integer'),
            snapshot_id: p('snapshotId', 'string'),
            throughput: p('throughput', 'integer'),
            volume_type: p('volumeType', 'string'),
          }),
        ),
      }),
    ),
    tags: p('tags', { items: { title: 'tag', props: { key: p('key', 'string'), value: p('value', 'string') } } }, tags),
  },
};

/**
 * The mapped service in the API's nesting: `deploymentConfiguration.maximumPercent` members moved under
 * `deploymentConfiguration`, the network block under `networkConfiguration.awsvpcConfiguration`; paths of
 * the result are mapped back through the flat members.
 */
function nestApi(mapped: Mapped): Pick<LocatedDocument, 'value' | 'toSource' | 'isUnknown'> {
  const flat = isObject(mapped.value) ? mapped.value : {};
  const value: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(flat)) {
    const dot = key.indexOf(NESTED);
    if (dot < 0) value[key] = key === 'networkConfiguration' && isObject(v) ? { awsvpcConfiguration: v } : v;
    else {
      const outer = key.slice(0, dot);
      const inner = isObject(value[outer]) ? (value[outer] as Record<string, unknown>) : {};
      value[outer] = { ...inner, [key.slice(dot + 1)]: v };
    }
  }
  const toFlat = (path: readonly (string | number)[]): (string | number)[] => {
    const [first, second, ...rest] = path;
    if (first === 'networkConfiguration') {
      return second === 'awsvpcConfiguration' ? [first, ...rest] : ['networkConfiguration'];
    }
    if (typeof first === 'string' && second === undefined) {
      // An object the provider writes flat: its first member written stands for it.
      const member = Object.keys(flat).find((k) => k.startsWith(`${first}${NESTED}`));
      if (member !== undefined && !Object.hasOwn(flat, first)) return [member];
    }
    if (typeof first === 'string' && typeof second === 'string' && Object.hasOwn(flat, `${first}${NESTED}${second}`)) {
      return [`${first}${NESTED}${second}`, ...rest];
    }
    return [...path];
  };
  return {
    value,
    toSource: (path) => mapped.toSource(toFlat(path)),
    isUnknown: (path) => mapped.isUnknown(toFlat(path)),
  };
}

/**
 * `aws_cloudwatch_event_target` with an `ecs_target` block (a scheduled task), as an EventBridge target in
 * EventBridge's API spelling: `{EcsParameters: {TaskDefinitionArn, …, NetworkConfiguration:
 * {awsvpcConfiguration: {Subnets, …}}}}`. The provider's `network_configuration` block is flat.
 */
export const TERRAFORM_EVENT_TARGET: ObjectShape = {
  title: 'EventBridge target',
  props: {
    ecs_target: p(
      'EcsParameters',
      block('ECS target', {
        task_definition_arn: p('TaskDefinitionArn', 'string'),
        task_count: p('TaskCount', 'integer'),
        launch_type: p('LaunchType', 'string'),
        platform_version: p('PlatformVersion', 'string'),
        group: p('Group', 'string'),
        enable_execute_command: p('EnableExecuteCommand', 'boolean'),
        enable_ecs_managed_tags: p('EnableECSManagedTags', 'boolean'),
        propagate_tags: p('PropagateTags', 'string'),
        network_configuration: p('NetworkConfiguration', networkBlock(['Subnets', 'SecurityGroups', 'AssignPublicIp'])),
        capacity_provider_strategy: p(
          'CapacityProviderStrategy',
          blocks('capacity provider strategy item', {
            capacity_provider: p('capacityProvider', 'string'),
            weight: p('weight', 'integer'),
            base: p('base', 'integer'),
          }),
        ),
      }),
    ),
  },
};

/** The network block under `awsvpcConfiguration`, as EventBridge nests it; paths mapped back. */
function nestEventTarget(mapped: Mapped): Pick<LocatedDocument, 'value' | 'toSource' | 'isUnknown'> {
  const flat = isObject(mapped.value) ? mapped.value : {};
  const ecs = isObject(flat.EcsParameters) ? flat.EcsParameters : undefined;
  const network = ecs && isObject(ecs.NetworkConfiguration) ? ecs.NetworkConfiguration : undefined;
  const value = network
    ? { ...flat, EcsParameters: { ...ecs, NetworkConfiguration: { awsvpcConfiguration: network } } }
    : flat;
  const toFlat = (path: readonly (string | number)[]): (string | number)[] =>
    path[0] === 'EcsParameters' && path[1] === 'NetworkConfiguration' && path[2] === 'awsvpcConfiguration'
      ? [path[0], path[1], ...path.slice(3)]
      : [...path];
  return {
    value,
    toSource: (path) => mapped.toSource(toFlat(path)),
    isUnknown: (path) => mapped.isUnknown(toFlat(path)),
  };
}

/** The task definition resource name a `task_definition` expression references, in this module. */
export function referencedTaskDefinition(expression: string): string | undefined {
  return /(?<![\w.])aws_ecs_task_definition\.([A-Za-z_][\w-]*)/.exec(expression)?.[1];
}

export interface TerraformServiceInput {
  /** `aws_ecs_service.web` (with the module path and instance key in a plan). */
  address: string;
  /** An `aws_cloudwatch_event_target` (a scheduled task: its `ecs_target` block) rather than a service. */
  eventTarget?: boolean;
  /** The resource's attributes as read from the file. */
  source: unknown;
  /** Where they are in the file. */
  prefix: (string | number)[];
  resolve: (value: unknown) => Resolved | undefined;
  /** The `task_definition` expression as written (HCL) or its configuration references (plan). */
  references: readonly string[];
  /** A known `task_definition` value (a plan's ARN). */
  known?: string;
}

/**
 * One service, paired with the task definition of `tasks` (by resource address in the same module) that
 * its `task_definition` references, or by family when it is a known ARN or family.
 */
export function terraformService(
  input: TerraformServiceInput,
  tasks: ReadonlyMap<string, LocatedDocument>,
): LocatedDocument {
  if (input.eventTarget) {
    const mapped = mapShape(
      input.source,
      TERRAFORM_EVENT_TARGET,
      { resolve: input.resolve, dropNull: true, coerce: true, unknownKey: () => false },
      input.prefix,
    );
    return {
      kind: 'events-target',
      ...nestEventTarget(mapped),
      label: input.address,
      deployPath: 'terraform',
      skipSchema: (issue) => issue.messageId === 'required',
      pairing: pairingOf(input, tasks, 'task_definition_arn'),
    };
  }
  const mapped = mapShape(
    input.source,
    TERRAFORM_SERVICE,
    { resolve: input.resolve, dropNull: true, coerce: true, unknownKey: () => false },
    input.prefix,
  );
  return {
    kind: 'create-service',
    ...nestApi(mapped),
    label: input.address,
    deployPath: 'terraform',
    // Terraform names the service with `name`; the other required members are the provider's to fill in.
    skipSchema: (issue) => issue.messageId === 'required' && issue.path.length === 0,
    pairing: pairingOf(input, tasks),
  };
}

const FAMILIES = new WeakMap<ReadonlyMap<string, LocatedDocument>, Map<string, LocatedDocument>>();

/** The task definitions of a map by family (the first of each), built once per map. */
function byFamily(tasks: ReadonlyMap<string, LocatedDocument>): Map<string, LocatedDocument> {
  let out = FAMILIES.get(tasks);
  if (!out) {
    out = new Map();
    for (const task of tasks.values()) {
      const family = isObject(task.value) ? task.value.family : undefined;
      if (typeof family === 'string' && !out.has(family)) out.set(family, task);
    }
    FAMILIES.set(tasks, out);
  }
  return out;
}

function pairingOf(
  input: TerraformServiceInput,
  tasks: ReadonlyMap<string, LocatedDocument>,
  property = 'task_definition',
): NonNullable<LocatedDocument['pairing']> {
  for (const reference of input.references) {
    const name = referencedTaskDefinition(reference);
    if (name === undefined) continue;
    const address = `aws_ecs_task_definition.${name}`;
    const task = tasks.get(name);
    if (task) return { document: task, name: task.label ?? address };
    return {
      external: address,
      unpaired: `"${property}" references ${address}, which is not in this file nor another .tf file of its folder: the checks against the task definition did not run`,
      hint: `lint the plan (terraform show -json) to have every resource of the module in one file, or keep ${address} in this file`,
    };
  }
  const known = input.known;
  if (known !== undefined) {
    const family = /(?:task-definition\/)?([A-Za-z0-9_-]{1,255})(?::\d+)?$/.exec(known.trim())?.[1];
    const task = family === undefined ? undefined : byFamily(tasks).get(family);
    if (task) return { document: task, name: task.label ?? `aws_ecs_task_definition with family "${family}"` };
  }
  return {
    unpaired: `"${property}" references no aws_ecs_task_definition of this file (a variable, a data source or another module): the checks against the task definition did not run`,
    hint: 'define the task definition in the same configuration and reference aws_ecs_task_definition.<name>.arn',
  };
}

/** `module.a.module.b.` of a resource address (instance keys kept), and the resource's name. */
function splitAddress(address: string): { module: string; name: string } | undefined {
  const m = /^((?:module\.[^.[]+(?:\[[^\]]*\])?\.)*)(?:data\.)?[a-z0-9_]+\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?$/.exec(
    address,
  );
  return m ? { module: m[1] ?? '', name: m[2] ?? '' } : undefined;
}

/** A module of a plan's `configuration` by its address prefix (`module.a.module.b.`; instance keys ignored). */
function configurationModule(plan: Record<string, unknown>, prefix: string): Record<string, unknown> | undefined {
  let module = isObject(plan.configuration) ? plan.configuration.root_module : undefined;
  for (const m of prefix.matchAll(/module\.([^.[]+)/g)) {
    const calls = isObject(module) ? module.module_calls : undefined;
    const call = isObject(calls) && m[1] !== undefined && Object.hasOwn(calls, m[1]) ? calls[m[1]] : undefined;
    module = isObject(call) ? call.module : undefined;
  }
  return isObject(module) ? module : undefined;
}

/** What `task_definition` of each service of a configuration module references, by service name. */
function configurationReferences(config: Record<string, unknown> | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const list = Array.isArray(config?.resources) ? config.resources : [];
  for (const r of list) {
    if (!isObject(r) || typeof r.name !== 'string') continue;
    const key = `${String(r.type)}.${r.name}`;
    if (out.has(key)) continue;
    const expressions = isObject(r.expressions) ? r.expressions : {};
    // A service's `task_definition`; a scheduled task's `ecs_target` block's `task_definition_arn`.
    const ecsTarget = Array.isArray(expressions.ecs_target) ? expressions.ecs_target[0] : undefined;
    const td =
      r.type === 'aws_ecs_service'
        ? expressions.task_definition
        : r.type === 'aws_cloudwatch_event_target' && isObject(ecsTarget)
          ? ecsTarget.task_definition_arn
          : undefined;
    if (!isObject(td)) continue;
    out.set(key, Array.isArray(td.references) ? td.references.filter((x): x is string => typeof x === 'string') : []);
  }
  return out;
}

/**
 * The services of a plan or state, each paired with the task definition of the same module that its
 * configuration references (a plan's `configuration`), or by family when its `task_definition` is known.
 */
export function planServices(
  plan: Record<string, unknown>,
  services: readonly { address: string; values: unknown; path: (string | number)[] }[],
  tasks: readonly LocatedDocument[],
  unknown: symbol,
): LocatedDocument[] {
  const out: LocatedDocument[] = [];
  if (services.length === 0) return out;
  // Task definitions by module and name, and configuration references by module: read once, not per service.
  const byModule = new Map<string, Map<string, LocatedDocument>>();
  for (const task of tasks) {
    const t = task.label === undefined ? undefined : splitAddress(task.label);
    if (!t) continue;
    let inModule = byModule.get(t.module);
    if (!inModule) {
      inModule = new Map();
      byModule.set(t.module, inModule);
    }
    // Instances of a `count`/`for_each` task definition: the first one stands for them.
    if (!inModule.has(t.name)) inModule.set(t.name, task);
  }
  const referencesIn = new Map<string, Map<string, string[]>>();
  for (const found of services) {
    const where = splitAddress(found.address);
    const module = where?.module ?? '';
    const inModule = byModule.get(module) ?? new Map<string, LocatedDocument>();
    // Instance keys (`module.a["x"]`) are not in the configuration's module path.
    const configKey = module.replace(/\[[^\]]*\]/g, '');
    let references = referencesIn.get(configKey);
    if (!references) {
      references = configurationReferences(configurationModule(plan, configKey));
      referencesIn.set(configKey, references);
    }
    const values = isObject(found.values) ? found.values : {};
    const eventTarget = found.address.includes('aws_cloudwatch_event_target.');
    const ecsTarget =
      Array.isArray(values.ecs_target) && isObject(values.ecs_target[0]) ? values.ecs_target[0] : undefined;
    if (eventTarget && !ecsTarget) continue;
    const reference = eventTarget ? ecsTarget?.task_definition_arn : values.task_definition;
    const known = typeof reference === 'string' ? reference : undefined;
    const type = eventTarget ? 'aws_cloudwatch_event_target' : 'aws_ecs_service';
    out.push(
      terraformService(
        {
          ...(eventTarget ? { eventTarget: true } : {}),
          address: found.address,
          source: found.values,
          prefix: found.path,
          resolve: (value) =>
            value === unknown ? { known: false, text: unknownText('known after apply') } : undefined,
          references: (where && references.get(`${type}.${where.name}`)) ?? [],
          ...(known === undefined ? {} : { known }),
        },
        inModule,
      ),
    );
  }
  return out;
}
