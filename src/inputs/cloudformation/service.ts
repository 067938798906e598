/**
 * `AWS::ECS::Service` resources of a template as services in the CreateService API's shape, each paired
 * with the `AWS::ECS::TaskDefinition` of the same template that its `TaskDefinition` names (`!Ref TaskDef`,
 * `{"Ref": "TaskDef"}`, `!GetAtt TaskDef.TaskDefinitionArn`, `!Sub "${TaskDef}"`), so that the service
 * cross-checks (valid-service-* rules) run inside the template as cfn-lint's do, with positions in the
 * template and logical ids in the messages.
 *
 * Property names from the CloudFormation resource schema `aws-ecs-service.json` (the registry schema):
 * the API's member with a capital first letter, except `PlacementStrategies` (API `placementStrategy`).
 * Properties not listed here (`ForceNewDeployment`, `VpcLatticeConfigurations`, Service Connect `Tls` and
 * `LogConfiguration`, …) are left out of the mapped service: nothing checks them, and CloudFormation's own
 * schema is cfn-lint's to enforce.
 */

import type { JsonPath } from '../../types.js';
import { isObject } from '../detect.js';
import { mapShape, type ObjectShape } from '../shape.js';
import type { LocatedDocument } from '../types.js';
import { list, object, strings } from './spec.js';
import {
  intrinsicName,
  intrinsicResolver,
  resourceLabel,
  resourcesOfType,
  TASK_DEFINITION_TYPE,
  templateTaskDefinitions,
} from './template.js';

export const SERVICE_TYPE = 'AWS::ECS::Service';

/** `Properties` of an `AWS::ECS::Service`, as far as the checks read them. */
export const SERVICE: ObjectShape = object('service', {
  AvailabilityZoneRebalancing: 'string',
  CapacityProviderStrategy: list(
    object('capacity provider strategy item', { Base: 'integer', CapacityProvider: 'string', Weight: 'integer' }),
  ),
  Cluster: 'string',
  DeploymentConfiguration: object('deployment configuration', {
    Alarms: object('deployment alarms', { AlarmNames: strings, Enable: 'boolean', Rollback: 'boolean' }),
    DeploymentCircuitBreaker: object('deployment circuit breaker', { Enable: 'boolean', Rollback: 'boolean' }),
    MaximumPercent: 'integer',
    MinimumHealthyPercent: 'integer',
    Strategy: 'string',
    BakeTimeInMinutes: 'integer',
  }),
  DeploymentController: object('deployment controller', { Type: 'string' }),
  DesiredCount: 'integer',
  EnableECSManagedTags: 'boolean',
  EnableExecuteCommand: 'boolean',
  HealthCheckGracePeriodSeconds: 'integer',
  LaunchType: 'string',
  LoadBalancers: list(
    object('load balancer', {
      ContainerName: 'string',
      ContainerPort: 'integer',
      LoadBalancerName: 'string',
      TargetGroupArn: 'string',
    }),
  ),
  NetworkConfiguration: object('network configuration', {
    AwsvpcConfiguration: object('awsvpc configuration', {
      AssignPublicIp: 'string',
      SecurityGroups: strings,
      Subnets: strings,
    }),
  }),
  PlacementConstraints: list(object('placement constraint', { Expression: 'string', Type: 'string' })),
  PlacementStrategies: ['placementStrategy', list(object('placement strategy', { Field: 'string', Type: 'string' }))],
  PlatformVersion: 'string',
  PropagateTags: 'string',
  Role: 'string',
  SchedulingStrategy: 'string',
  ServiceConnectConfiguration: object('Service Connect configuration', {
    Enabled: 'boolean',
    Namespace: 'string',
    Services: list(
      object('Service Connect service', {
        ClientAliases: list(object('client alias', { DnsName: 'string', Port: 'integer' })),
        DiscoveryName: 'string',
        IngressPortOverride: 'integer',
        PortName: 'string',
        Timeout: object('timeout configuration', {
          IdleTimeoutSeconds: 'integer',
          PerRequestTimeoutSeconds: 'integer',
        }),
      }),
    ),
  }),
  ServiceName: 'string',
  ServiceRegistries: list(
    object('service registry', {
      ContainerName: 'string',
      ContainerPort: 'integer',
      Port: 'integer',
      RegistryArn: 'string',
    }),
  ),
  Tags: list(object('tag', { Key: 'string', Value: 'string' })),
  TaskDefinition: 'string',
  VolumeConfigurations: list(
    object('service volume configuration', {
      ManagedEBSVolume: object('managed EBS volume', {
        Encrypted: 'boolean',
        FilesystemType: 'string',
        Iops: 'integer',
        KmsKeyId: 'string',
        RoleArn: 'string',
        SizeInGiB: 'integer',
        SnapshotId: 'string',
        Throughput: 'integer',
        VolumeInitializationRate: 'integer',
        VolumeType: 'string',
      }),
      Name: 'string',
    }),
  ),
});

/**
 * The logical id of the task definition resource a `TaskDefinition` value names, or undefined: `Ref`
 * (short or long form), `Fn::GetAtt` of `TaskDefinitionArn`, or `Fn::Sub` of exactly `${Id}`.
 */
export function referencedResource(value: unknown): string | undefined {
  const fn = intrinsicName(value);
  if (fn === undefined) return undefined;
  const arg = (value as Record<string, unknown>)[fn];
  if (fn === 'Ref' || fn === 'Fn::Ref') return typeof arg === 'string' ? arg : undefined;
  if (fn === 'Fn::GetAtt') {
    const [id, attribute] = Array.isArray(arg) ? arg : typeof arg === 'string' ? arg.split('.') : [];
    return typeof id === 'string' && attribute === 'TaskDefinitionArn' ? id : undefined;
  }
  if (fn === 'Fn::Sub' && typeof arg === 'string') return /^\$\{([A-Za-z0-9]+)\}$/.exec(arg.trim())?.[1];
  return undefined;
}

/**
 * The services of a template, each paired with one of `tasks` (the template's task definitions, in the
 * order of resourcesOfType) when its `TaskDefinition` names that resource or its family.
 */
export function templateServices(
  template: Record<string, unknown>,
  tasks: readonly LocatedDocument[],
  writable = false,
): LocatedDocument[] {
  const services = resourcesOfType(template, SERVICE_TYPE);
  if (services.length === 0) return [];
  const resolve = intrinsicResolver(template);
  const pairing = templatePairing(template, tasks);
  const documents: LocatedDocument[] = [];
  for (const { id, resource } of services) {
    const label = resourceLabel(id, resource);
    const props = isObject(resource.Properties) ? resource.Properties : {};
    const mapped = mapShape(props, SERVICE, { resolve, coerce: true, unknownKey: () => false }, [
      'Resources',
      id,
      'Properties',
    ]);
    const doc: LocatedDocument = {
      kind: 'create-service',
      value: mapped.value,
      toSource: mapped.toSource,
      isUnknown: mapped.isUnknown,
      sourceName: mapped.sourceName,
      label,
      deployPath: 'cloudformation',
      // CloudFormation names the service and takes the cluster's default when the template gives none.
      skipSchema: (issue) => issue.messageId === 'required' && issue.path.length === 0,
      pairing: pairing(props.TaskDefinition),
    };
    if (writable) doc.fixPath = mapped.fixPath;
    documents.push(doc);
  }
  return documents;
}

/**
 * How a document of a template names its task definition → the pairing: the template's task definitions by
 * logical id (in the order of resourcesOfType) and, built on first use, by family.
 */
function templatePairing(
  template: Record<string, unknown>,
  tasks: readonly LocatedDocument[],
): (reference: unknown, property?: string) => NonNullable<LocatedDocument['pairing']> {
  const byId = new Map<string, LocatedDocument>();
  resourcesOfType(template, TASK_DEFINITION_TYPE).forEach(({ id }, i) => {
    const doc = tasks[i];
    if (doc) byId.set(id, doc);
  });
  const resources = isObject(template.Resources) ? template.Resources : {};
  const parameters = new Set(isObject(template.Parameters) ? Object.keys(template.Parameters) : []);
  let families: Map<string, { id: string; task: LocatedDocument }> | undefined;
  const byFamily = (): ReadonlyMap<string, { id: string; task: LocatedDocument }> => {
    if (!families) {
      families = new Map();
      for (const [id, task] of byId) {
        const family = isObject(task.value) ? task.value.family : undefined;
        if (typeof family === 'string' && !families.has(family)) families.set(family, { id, task });
      }
    }
    return families;
  };
  return (reference, property) => pairingOf(reference, byId, resources, parameters, byFamily, property);
}

function pairingOf(
  reference: unknown,
  byId: ReadonlyMap<string, LocatedDocument>,
  resources: Record<string, unknown>,
  parameters: ReadonlySet<string>,
  byFamily: () => ReadonlyMap<string, { id: string; task: LocatedDocument }>,
  property = 'TaskDefinition',
): NonNullable<LocatedDocument['pairing']> {
  const id = referencedResource(reference);
  if (id !== undefined) {
    const task = byId.get(id);
    if (task) return { document: task, name: id };
    const other = Object.hasOwn(resources, id) ? resources[id] : undefined;
    const type = isObject(other) && typeof other.Type === 'string' ? other.Type : undefined;
    return {
      unpaired:
        type === undefined
          ? `"${property}" refers to ${JSON.stringify(id)}, ${parameters.has(id) ? 'a parameter' : 'no resource of this template'}, not a task definition of this template: the checks against the task definition did not run`
          : `"${property}" refers to ${JSON.stringify(id)}, a ${type}, not an ${TASK_DEFINITION_TYPE}: the checks against the task definition did not run`,
      hint: 'define the task definition in the same template to have the service checked against it',
    };
  }
  // A literal family, family:revision or ARN: the template's task definition with that family.
  if (typeof reference === 'string') {
    const family = /(?:task-definition\/)?([A-Za-z0-9_-]{1,255})(?::\d+)?$/.exec(reference.trim())?.[1];
    const found = family === undefined ? undefined : byFamily().get(family);
    if (found) return { document: found.task, name: found.id };
    return {
      unpaired: `"${property}" ${JSON.stringify(reference)} is no task definition of this template: the checks against it did not run`,
      hint: 'define the task definition in the same template and !Ref it to have the service checked against it',
    };
  }
  return {
    unpaired: `no task definition of this template is named ("${property}" is missing or computed): the checks against the task definition did not run`,
    hint: 'define the task definition in the same template and !Ref it to have the service checked against it',
  };
}

export const RULE_TYPE = 'AWS::Events::Rule';

/**
 * `EcsParameters` of an `AWS::Events::Rule` target, in EventBridge's API spelling (the events-target view's):
 * CloudFormation writes `AwsVpcConfiguration` and capitalises the capacity provider strategy's members.
 */
const ECS_PARAMETERS: ObjectShape = object('ECS parameters', {
  TaskDefinitionArn: ['TaskDefinitionArn', 'string'],
  TaskCount: ['TaskCount', 'integer'],
  LaunchType: ['LaunchType', 'string'],
  PlatformVersion: ['PlatformVersion', 'string'],
  Group: ['Group', 'string'],
  EnableExecuteCommand: ['EnableExecuteCommand', 'boolean'],
  EnableECSManagedTags: ['EnableECSManagedTags', 'boolean'],
  PropagateTags: ['PropagateTags', 'string'],
  ReferenceId: ['ReferenceId', 'string'],
  NetworkConfiguration: [
    'NetworkConfiguration',
    object('network configuration', {
      AwsVpcConfiguration: [
        'awsvpcConfiguration',
        object('awsvpc configuration', {
          AssignPublicIp: ['AssignPublicIp', 'string'],
          SecurityGroups: ['SecurityGroups', strings],
          Subnets: ['Subnets', strings],
        }),
      ],
    }),
  ],
  CapacityProviderStrategy: [
    'CapacityProviderStrategy',
    list(object('capacity provider strategy item', { Base: 'integer', CapacityProvider: 'string', Weight: 'integer' })),
  ],
});

/**
 * The ECS targets of a template's `AWS::Events::Rule`s (scheduled tasks): each an EventBridge target paired
 * with the task definition its `EcsParameters.TaskDefinitionArn` names, as services are.
 */
export function templateRuleTargets(
  template: Record<string, unknown>,
  tasks: readonly LocatedDocument[],
  writable = false,
): LocatedDocument[] {
  const rules = resourcesOfType(template, RULE_TYPE);
  if (rules.length === 0) return [];
  const resolve = intrinsicResolver(template);
  const pairing = templatePairing(template, tasks);
  const documents: LocatedDocument[] = [];
  for (const { id, resource } of rules) {
    const props = isObject(resource.Properties) ? resource.Properties : {};
    if (!Array.isArray(props.Targets)) continue;
    props.Targets.forEach((target, i) => {
      if (!isObject(target) || !isObject(target.EcsParameters)) return;
      const at = ['Resources', id, 'Properties', 'Targets', i, 'EcsParameters'];
      const mapped = mapShape(
        target.EcsParameters,
        ECS_PARAMETERS,
        { resolve, coerce: true, unknownKey: () => false },
        at,
      );
      const inner = (path: JsonPath): JsonPath => (path[0] === 'EcsParameters' ? path.slice(1) : []);
      const name = typeof target.Id === 'string' ? ` target ${JSON.stringify(target.Id)}` : ` target #${i + 1}`;
      const doc: LocatedDocument = {
        kind: 'events-target',
        value: { EcsParameters: mapped.value },
        toSource: (path) => (path[0] === 'EcsParameters' ? mapped.toSource(inner(path)) : [...at.slice(0, -1)]),
        isUnknown: (path) => path[0] === 'EcsParameters' && mapped.isUnknown(inner(path)),
        label: `${resourceLabel(id, resource)}${name}`,
        deployPath: 'cloudformation',
        skipSchema: (issue) => issue.messageId === 'required',
        pairing: pairing(target.EcsParameters.TaskDefinitionArn, 'TaskDefinitionArn'),
      };
      if (writable) {
        doc.fixPath = (path) => (path[0] === 'EcsParameters' ? mapped.fixPath(inner(path)) : undefined);
      }
      documents.push(doc);
    });
  }
  return documents;
}

/** The task definitions of a template, then its services and scheduled-task targets (each paired where it can be). */
export function templateDocuments(template: Record<string, unknown>, writable = false): LocatedDocument[] {
  const tasks = templateTaskDefinitions(template, writable);
  return [...tasks, ...templateServices(template, tasks, writable), ...templateRuleTargets(template, tasks, writable)];
}
