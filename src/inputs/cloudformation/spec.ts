/**
 * The properties of `AWS::ECS::TaskDefinition` as CloudFormation names them, with the ECS API's name and
 * type of each. Facts from the CloudFormation resource schema `aws-ecs-taskdefinition.json` (the registry
 * schema CloudFormation validates templates against; read at propulsionworks/cfn-resource-schemas commit
 * 78bd4b6b, June 2026). Where CloudFormation's name is not the API's with a capital first letter, the
 * difference is written out: `EFSVolumeConfiguration`, `FSxWindowsFileServerVolumeConfiguration`,
 * `S3FilesVolumeConfiguration`, `FilesystemId` (EFS), `IAM`, `ProxyConfigurationProperties`.
 */
import type { ObjectShape, Prop, Shape } from '../shape.js';

const lower = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** An object shape from `{ CfnName: shape }` or `{ CfnName: [apiName, shape] }`. */
export function object(title: string, props: Record<string, Shape | [string, Shape]>): ObjectShape {
  const out: Record<string, Prop> = {};
  for (const [name, spec] of Object.entries(props)) {
    out[name] = Array.isArray(spec) ? { api: spec[0], shape: spec[1] } : { api: lower(name), shape: spec };
  }
  return { title, props: out };
}
export const list = (items: Shape): Shape => ({ items });
export const strings = list('string');

const keyValue = object('key-value pair', { Name: 'string', Value: 'string' });
const secret = object('secret', { Name: 'string', ValueFrom: 'string' });

export const CONTAINER_DEFINITION = object('container definition', {
  Command: strings,
  Cpu: 'integer',
  CredentialSpecs: strings,
  DependsOn: list(object('container dependency', { Condition: 'string', ContainerName: 'string' })),
  DisableNetworking: 'boolean',
  DnsSearchDomains: strings,
  DnsServers: strings,
  DockerLabels: 'map',
  DockerSecurityOptions: strings,
  EntryPoint: strings,
  Environment: list(keyValue),
  EnvironmentFiles: list(object('environment file', { Type: 'string', Value: 'string' })),
  Essential: 'boolean',
  ExtraHosts: list(object('host entry', { Hostname: 'string', IpAddress: 'string' })),
  FirelensConfiguration: object('FireLens configuration', { Options: 'map', Type: 'string' }),
  HealthCheck: object('health check', {
    Command: strings,
    Interval: 'integer',
    Retries: 'integer',
    StartPeriod: 'integer',
    Timeout: 'integer',
  }),
  Hostname: 'string',
  Image: 'string',
  Interactive: 'boolean',
  Links: strings,
  LinuxParameters: object('Linux parameters', {
    Capabilities: object('kernel capabilities', { Add: strings, Drop: strings }),
    Devices: list(object('device', { ContainerPath: 'string', HostPath: 'string', Permissions: strings })),
    InitProcessEnabled: 'boolean',
    MaxSwap: 'integer',
    SharedMemorySize: 'integer',
    Swappiness: 'integer',
    Tmpfs: list(object('tmpfs mount', { ContainerPath: 'string', MountOptions: strings, Size: 'integer' })),
  }),
  LogConfiguration: object('log configuration', { LogDriver: 'string', Options: 'map', SecretOptions: list(secret) }),
  Memory: 'integer',
  MemoryReservation: 'integer',
  MountPoints: list(object('mount point', { ContainerPath: 'string', ReadOnly: 'boolean', SourceVolume: 'string' })),
  Name: 'string',
  PortMappings: list(
    object('port mapping', {
      AppProtocol: 'string',
      ContainerPort: 'integer',
      ContainerPortRange: 'string',
      HostIp: 'string',
      HostPort: 'integer',
      Name: 'string',
      Protocol: 'string',
    }),
  ),
  Privileged: 'boolean',
  PseudoTerminal: 'boolean',
  ReadonlyRootFilesystem: 'boolean',
  RepositoryCredentials: object('repository credentials', { CredentialsParameter: 'string' }),
  ResourceRequirements: list(object('resource requirement', { Type: 'string', Value: 'string' })),
  RestartPolicy: object('restart policy', {
    Enabled: 'boolean',
    IgnoredExitCodes: list('integer'),
    RestartAttemptPeriod: 'integer',
  }),
  Secrets: list(secret),
  StartTimeout: 'integer',
  StopTimeout: 'integer',
  SystemControls: list(object('system control', { Namespace: 'string', Value: 'string' })),
  Ulimits: list(object('ulimit', { HardLimit: 'integer', Name: 'string', SoftLimit: 'integer' })),
  User: 'string',
  VersionConsistency: 'string',
  VolumesFrom: list(object('volume from', { ReadOnly: 'boolean', SourceContainer: 'string' })),
  WorkingDirectory: 'string',
});

export const VOLUME = object('volume', {
  ConfiguredAtLaunch: 'boolean',
  DockerVolumeConfiguration: object('Docker volume configuration', {
    Autoprovision: 'boolean',
    Driver: 'string',
    DriverOpts: 'map',
    Labels: 'map',
    Scope: 'string',
  }),
  EFSVolumeConfiguration: [
    'efsVolumeConfiguration',
    object('EFS volume configuration', {
      AuthorizationConfig: object('EFS authorization config', { AccessPointId: 'string', IAM: ['iam', 'string'] }),
      FilesystemId: ['fileSystemId', 'string'],
      RootDirectory: 'string',
      TransitEncryption: 'string',
      TransitEncryptionPort: 'integer',
    }),
  ],
  FSxWindowsFileServerVolumeConfiguration: [
    'fsxWindowsFileServerVolumeConfiguration',
    object('FSx for Windows File Server volume configuration', {
      AuthorizationConfig: object('FSx authorization config', { CredentialsParameter: 'string', Domain: 'string' }),
      FileSystemId: 'string',
      RootDirectory: 'string',
    }),
  ],
  Host: object('host volume', { SourcePath: 'string' }),
  Name: 'string',
  S3FilesVolumeConfiguration: [
    's3filesVolumeConfiguration',
    object('S3 Files volume configuration', {
      AccessPointArn: 'string',
      FileSystemArn: 'string',
      RootDirectory: 'string',
      TransitEncryptionPort: 'integer',
    }),
  ],
});

/** `Properties` of an `AWS::ECS::TaskDefinition`. */
export const TASK_DEFINITION: ObjectShape = object('task definition', {
  ContainerDefinitions: list(CONTAINER_DEFINITION),
  Cpu: 'string',
  EnableFaultInjection: 'boolean',
  EphemeralStorage: object('ephemeral storage', { SizeInGiB: 'integer' }),
  ExecutionRoleArn: 'string',
  Family: 'string',
  InferenceAccelerators: list(object('inference accelerator', { DeviceName: 'string', DeviceType: 'string' })),
  IpcMode: 'string',
  Memory: 'string',
  NetworkMode: 'string',
  PidMode: 'string',
  PlacementConstraints: list(object('placement constraint', { Expression: 'string', Type: 'string' })),
  ProxyConfiguration: object('proxy configuration', {
    ContainerName: 'string',
    ProxyConfigurationProperties: ['properties', list(keyValue)],
    Type: 'string',
  }),
  RequiresCompatibilities: strings,
  RuntimePlatform: object('runtime platform', { CpuArchitecture: 'string', OperatingSystemFamily: 'string' }),
  Tags: list(object('tag', { Key: 'string', Value: 'string' })),
  TaskRoleArn: 'string',
  Volumes: list(VOLUME),
});
