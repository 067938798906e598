/**
 * The attributes of the AWS provider's `aws_ecs_task_definition` (Terraform), with the ECS API's name of
 * each; nested blocks (`volume`, `efs_volume_configuration`…) are lists of objects in plan JSON. Attributes
 * the provider computes (`arn`, `revision`, `tags_all`…) or that only steer Terraform (`skip_destroy`,
 * `track_latest`) are not part of the task definition and are left out.
 *
 * `container_definitions` is a JSON string the provider decodes into the SDK's `[]ContainerDefinition` with
 * Go's `encoding/json` (hashicorp/terraform-provider-aws, internal/service/ecs/container_definitions.go,
 * `expandContainerDefinitions`, and internal/json/decode.go, at commits c67cc847 and 18fc80b6): keys match
 * the SDK's field names without regard to case (`"Image"` works), a key that matches no field is dropped
 * without a word, and a value of the wrong JSON type fails the plan.
 */

import { CONTAINER_DEFINITION } from '../cloudformation/spec.js';
import type { ObjectShape, Prop, Shape } from '../shape.js';
import type { InputProblem } from '../types.js';

/** A shape keyed by the API's names (a container definition as the JSON string holds it). */
function apiKeyed(shape: Shape): Shape {
  if (typeof shape === 'string') return shape;
  if ('items' in shape) return { items: apiKeyed(shape.items) };
  const props: Record<string, Prop> = {};
  for (const p of Object.values(shape.props)) props[p.api] = { api: p.api, shape: apiKeyed(p.shape) };
  return { title: shape.title, props };
}

const CONTAINER = apiKeyed(CONTAINER_DEFINITION) as ObjectShape;
/** `container_definitions` once decoded: what `file(...)` and `templatefile(...)` give too. */
export const TERRAFORM_CONTAINERS: Shape = { items: CONTAINER };

const decodeJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

const p = (api: string, shape: Shape, convert?: (v: unknown) => unknown): Prop =>
  convert ? { api, shape, convert } : { api, shape };
const obj = (title: string, props: Record<string, Prop>, block = true): ObjectShape => ({ title, props, block });

/** A map attribute as the API's `[{key, value}]` (tags) or `[{name, value}]` (proxy properties) list. */
const pairs =
  (k: string) =>
  (value: unknown): unknown =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.entries(value).map(([key, v]) => ({ [k]: key, value: v }))
      : value;

/**
 * `tags`: an empty map sends no tags at all (the provider's generated `getTagsIn`: "nil is returned if there
 * are no input tags", hashicorp/terraform-provider-aws internal/generate/tags), so it is not the empty list
 * RegisterTaskDefinition rejects.
 */
const tagList = (value: unknown): unknown => {
  const list = pairs('key')(value);
  return Array.isArray(list) && list.length === 0 ? undefined : list;
};

const keyValue = (k: string): Shape => ({
  items: { title: k === 'key' ? 'tag' : 'property', props: { [k]: p(k, 'string'), value: p('value', 'string') } },
});

export const TERRAFORM_TASK_DEFINITION: ObjectShape = obj(
  'task definition',
  {
    family: p('family', 'string'),
    container_definitions: p('containerDefinitions', { items: CONTAINER }, decodeJson),
    cpu: p('cpu', 'string'),
    memory: p('memory', 'string'),
    network_mode: p('networkMode', 'string'),
    execution_role_arn: p('executionRoleArn', 'string'),
    task_role_arn: p('taskRoleArn', 'string'),
    requires_compatibilities: p('requiresCompatibilities', { items: 'string' }),
    ipc_mode: p('ipcMode', 'string'),
    pid_mode: p('pidMode', 'string'),
    enable_fault_injection: p('enableFaultInjection', 'boolean'),
    tags: p('tags', keyValue('key'), tagList),
    placement_constraints: p('placementConstraints', {
      items: obj('placement constraint', { type: p('type', 'string'), expression: p('expression', 'string') }, false),
    }),
    inference_accelerator: p('inferenceAccelerators', {
      items: obj(
        'inference accelerator',
        { device_name: p('deviceName', 'string'), device_type: p('deviceType', 'string') },
        false,
      ),
    }),
    proxy_configuration: p(
      'proxyConfiguration',
      obj('proxy configuration', {
        container_name: p('containerName', 'string'),
        type: p('type', 'string'),
        properties: p('properties', keyValue('name'), pairs('name')),
      }),
    ),
    runtime_platform: p(
      'runtimePlatform',
      obj('runtime platform', {
        operating_system_family: p('operatingSystemFamily', 'string'),
        cpu_architecture: p('cpuArchitecture', 'string'),
      }),
    ),
    ephemeral_storage: p('ephemeralStorage', obj('ephemeral storage', { size_in_gib: p('sizeInGiB', 'integer') })),
    volume: p('volumes', {
      items: obj(
        'volume',
        {
          name: p('name', 'string'),
          host_path: p('host', obj('host volume', { source_path: p('sourcePath', 'string') }, false), (v) =>
            typeof v === 'string' ? { source_path: v } : v,
          ),
          configure_at_launch: p('configuredAtLaunch', 'boolean'),
          docker_volume_configuration: p(
            'dockerVolumeConfiguration',
            obj('Docker volume configuration', {
              autoprovision: p('autoprovision', 'boolean'),
              driver: p('driver', 'string'),
              driver_opts: p('driverOpts', 'map'),
              labels: p('labels', 'map'),
              scope: p('scope', 'string'),
            }),
          ),
          efs_volume_configuration: p(
            'efsVolumeConfiguration',
            obj('EFS volume configuration', {
              file_system_id: p('fileSystemId', 'string'),
              root_directory: p('rootDirectory', 'string'),
              transit_encryption: p('transitEncryption', 'string'),
              transit_encryption_port: p('transitEncryptionPort', 'integer'),
              authorization_config: p(
                'authorizationConfig',
                obj('EFS authorization config', {
                  access_point_id: p('accessPointId', 'string'),
                  iam: p('iam', 'string'),
                }),
              ),
            }),
          ),
          fsx_windows_file_server_volume_configuration: p(
            'fsxWindowsFileServerVolumeConfiguration',
            obj('FSx for Windows File Server volume configuration', {
              file_system_id: p('fileSystemId', 'string'),
              root_directory: p('rootDirectory', 'string'),
              authorization_config: p(
                'authorizationConfig',
                obj('FSx authorization config', {
                  credentials_parameter: p('credentialsParameter', 'string'),
                  domain: p('domain', 'string'),
                }),
              ),
            }),
          ),
        },
        false,
      ),
    }),
  },
  false,
);

/**
 * A key of a container definition that the provider drops (it matches no field of the SDK's types), as a
 * finding; keys of the resource itself that are not task definition members (`arn`, `tags_all`…) are not.
 */
export function containerKeyProblem(
  label: string,
  key: string,
  shape: ObjectShape,
  sourcePath: readonly (string | number)[],
  resourceDepth: number,
): InputProblem | undefined {
  if (sourcePath.length <= resourceDepth + 1) return undefined;
  return {
    ruleId: 'schema',
    messageId: 'unknownProperty',
    message: `${label === '' ? '' : `${label}: `}unknown property ${JSON.stringify(key)} in ${shape.title}: the Terraform AWS provider drops keys it does not know without a word, so this setting never reaches ECS`,
    hint: 'check the spelling against the ECS API (keys match without regard to case)',
    // Nothing rejects it: the task is registered without the setting. A warning, as a member the deploy
    // Action's SDK drops is.
    severity: 'warning',
    path: sourcePath,
    target: 'key',
    data: { property: key },
  };
}
