export declare const APPLICATION_PROTOCOLS: readonly ['grpc', 'http', 'http2'];
export type ApplicationProtocol = (typeof APPLICATION_PROTOCOLS)[number];
export declare const CPU_ARCHITECTURES: readonly ['ARM64', 'X86_64'];
export type CPUArchitecture = (typeof CPU_ARCHITECTURES)[number];
export declare const COMPATIBILITIES: readonly ['EC2', 'EXTERNAL', 'FARGATE', 'MANAGED_INSTANCES'];
export type Compatibility = (typeof COMPATIBILITIES)[number];
export declare const CONTAINER_CONDITIONS: readonly ['COMPLETE', 'HEALTHY', 'START', 'SUCCESS'];
export type ContainerCondition = (typeof CONTAINER_CONDITIONS)[number];
export declare const DEVICE_CGROUP_PERMISSIONS: readonly ['mknod', 'read', 'write'];
export type DeviceCgroupPermission = (typeof DEVICE_CGROUP_PERMISSIONS)[number];
export declare const EFS_AUTHORIZATION_CONFIG_IAMS: readonly ['DISABLED', 'ENABLED'];
export type EFSAuthorizationConfigIAM = (typeof EFS_AUTHORIZATION_CONFIG_IAMS)[number];
export declare const EFS_TRANSIT_ENCRYPTIONS: readonly ['DISABLED', 'ENABLED'];
export type EFSTransitEncryption = (typeof EFS_TRANSIT_ENCRYPTIONS)[number];
export declare const ENVIRONMENT_FILE_TYPES: readonly ['s3'];
export type EnvironmentFileType = (typeof ENVIRONMENT_FILE_TYPES)[number];
export declare const FIRELENS_CONFIGURATION_TYPES: readonly ['fluentbit', 'fluentd'];
export type FirelensConfigurationType = (typeof FIRELENS_CONFIGURATION_TYPES)[number];
export declare const IPC_MODES: readonly ['host', 'none', 'task'];
export type IpcMode = (typeof IPC_MODES)[number];
export declare const LOG_DRIVERS: readonly ['awsfirelens', 'awslogs', 'fluentd', 'gelf', 'journald', 'json-file', 'splunk', 'syslog'];
export type LogDriver = (typeof LOG_DRIVERS)[number];
export declare const NETWORK_MODES: readonly ['awsvpc', 'bridge', 'host', 'none'];
export type NetworkMode = (typeof NETWORK_MODES)[number];
export declare const OS_FAMILIES: readonly ['LINUX', 'WINDOWS_SERVER_2004_CORE', 'WINDOWS_SERVER_2016_FULL', 'WINDOWS_SERVER_2019_CORE', 'WINDOWS_SERVER_2019_FULL', 'WINDOWS_SERVER_2022_CORE', 'WINDOWS_SERVER_2022_FULL', 'WINDOWS_SERVER_2025_CORE', 'WINDOWS_SERVER_2025_FULL', 'WINDOWS_SERVER_20H2_CORE'];
export type OSFamily = (typeof OS_FAMILIES)[number];
export declare const PID_MODES: readonly ['host', 'task'];
export type PidMode = (typeof PID_MODES)[number];
export declare const PROXY_CONFIGURATION_TYPES: readonly ['APPMESH'];
export type ProxyConfigurationType = (typeof PROXY_CONFIGURATION_TYPES)[number];
export declare const RESOURCE_TYPES: readonly ['GPU', 'InferenceAccelerator', 'NeuronDevice'];
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export declare const SCOPES: readonly ['shared', 'task'];
export type Scope = (typeof SCOPES)[number];
export declare const TARGET_TYPES: readonly ['container-instance'];
export type TargetType = (typeof TARGET_TYPES)[number];
export declare const TASK_DEFINITION_PLACEMENT_CONSTRAINT_TYPES: readonly ['memberOf'];
export type TaskDefinitionPlacementConstraintType = (typeof TASK_DEFINITION_PLACEMENT_CONSTRAINT_TYPES)[number];
export declare const TASK_DEFINITION_STATUSES: readonly ['ACTIVE', 'DELETE_IN_PROGRESS', 'INACTIVE'];
export type TaskDefinitionStatus = (typeof TASK_DEFINITION_STATUSES)[number];
export declare const TRANSPORT_PROTOCOLS: readonly ['tcp', 'udp'];
export type TransportProtocol = (typeof TRANSPORT_PROTOCOLS)[number];
export declare const ULIMIT_NAMES: readonly ['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack'];
export type UlimitName = (typeof ULIMIT_NAMES)[number];
export declare const VERSION_CONSISTENCIES: readonly ['disabled', 'enabled'];
export type VersionConsistency = (typeof VERSION_CONSISTENCIES)[number];
/** `TaskDefinition` members that `RegisterTaskDefinitionRequest` lacks: describe output only. */
export declare const OUTPUT_ONLY_TASK_FIELDS: readonly ['taskDefinitionArn', 'revision', 'status', 'requiresAttributes', 'compatibilities', 'registeredAt', 'deregisteredAt', 'deleteRequestedAt', 'registeredBy'];
/** Members of the RegisterTaskDefinition input. */
export declare const REGISTER_TASK_DEFINITION_FIELDS: readonly ['family', 'taskRoleArn', 'executionRoleArn', 'networkMode', 'containerDefinitions', 'volumes', 'placementConstraints', 'requiresCompatibilities', 'cpu', 'memory', 'tags', 'pidMode', 'ipcMode', 'proxyConfiguration', 'inferenceAccelerators', 'ephemeralStorage', 'runtimePlatform', 'enableFaultInjection'];
/** Members of a container definition. */
export declare const CONTAINER_DEFINITION_FIELDS: readonly ['name', 'image', 'repositoryCredentials', 'cpu', 'memory', 'memoryReservation', 'links', 'portMappings', 'essential', 'restartPolicy', 'entryPoint', 'command', 'environment', 'environmentFiles', 'mountPoints', 'volumesFrom', 'linuxParameters', 'secrets', 'dependsOn', 'startTimeout', 'stopTimeout', 'versionConsistency', 'hostname', 'user', 'workingDirectory', 'disableNetworking', 'privileged', 'readonlyRootFilesystem', 'dnsServers', 'dnsSearchDomains', 'extraHosts', 'dockerSecurityOptions', 'interactive', 'pseudoTerminal', 'dockerLabels', 'ulimits', 'logConfiguration', 'healthCheck', 'systemControls', 'resourceRequirements', 'firelensConfiguration', 'credentialSpecs'];
/** attribute */
export interface Attribute {
    name: string;
    value?: string;
    targetType?: TargetType;
    targetId?: string;
}
/** container definition: members from @aws-sdk/client-ecs that aws-sdk lacks: versionConsistency */
export interface ContainerDefinition {
    name?: string;
    image?: string;
    repositoryCredentials?: RepositoryCredentials;
    cpu?: number;
    memory?: number;
    memoryReservation?: number;
    links?: string[];
    portMappings?: PortMapping[];
    essential?: boolean;
    restartPolicy?: ContainerRestartPolicy;
    entryPoint?: string[];
    command?: string[];
    environment?: KeyValuePair[];
    environmentFiles?: EnvironmentFile[];
    mountPoints?: MountPoint[];
    volumesFrom?: VolumeFrom[];
    linuxParameters?: LinuxParameters;
    secrets?: Secret[];
    dependsOn?: ContainerDependency[];
    startTimeout?: number;
    stopTimeout?: number;
    versionConsistency?: VersionConsistency;
    hostname?: string;
    user?: string;
    workingDirectory?: string;
    disableNetworking?: boolean;
    privileged?: boolean;
    readonlyRootFilesystem?: boolean;
    dnsServers?: string[];
    dnsSearchDomains?: string[];
    extraHosts?: HostEntry[];
    dockerSecurityOptions?: string[];
    interactive?: boolean;
    pseudoTerminal?: boolean;
    dockerLabels?: Record<string, string>;
    ulimits?: Ulimit[];
    logConfiguration?: LogConfiguration;
    healthCheck?: HealthCheck;
    systemControls?: SystemControl[];
    resourceRequirements?: ResourceRequirement[];
    firelensConfiguration?: FirelensConfiguration;
    credentialSpecs?: string[];
}
/** container dependency */
export interface ContainerDependency {
    containerName: string;
    condition: ContainerCondition;
}
/** restart policy */
export interface ContainerRestartPolicy {
    enabled: boolean;
    ignoredExitCodes?: number[];
    restartAttemptPeriod?: number;
}
/** describe-task-definition output */
export interface DescribeTaskDefinitionResponse {
    taskDefinition?: TaskDefinition;
    tags?: Tag[];
}
/** device */
export interface Device {
    hostPath: string;
    containerPath?: string;
    permissions?: DeviceCgroupPermission[];
}
/** docker volume configuration */
export interface DockerVolumeConfiguration {
    scope?: Scope;
    autoprovision?: boolean;
    driver?: string;
    driverOpts?: Record<string, string>;
    labels?: Record<string, string>;
}
/** "authentication": S3 object holding a .dockercfg / config.json; lower-case keys in v2 (aws-facts.md §6.2) */
export interface DockerrunAuthentication {
    bucket: string;
    key: string;
}
/** Dockerrun.aws.json v2: Elastic Beanstalk Dockerrun.aws.json version 2 (ECS platform): the EB Developer Guide (create_deploy_docker_v2config.md), aws-facts.md §6.2. EB builds an ECS task definition from it. */
export interface DockerrunV2 {
    AWSEBDockerrunVersion: 2 | '2';
    containerDefinitions: ContainerDefinition[];
    volumes?: Volume[];
    authentication?: DockerrunAuthentication;
    executionRoleArn?: string;
}
/** EFS authorization config */
export interface EFSAuthorizationConfig {
    accessPointId?: string;
    iam?: EFSAuthorizationConfigIAM;
}
/** EFS volume configuration */
export interface EFSVolumeConfiguration {
    fileSystemId: string;
    rootDirectory?: string;
    transitEncryption?: EFSTransitEncryption;
    transitEncryptionPort?: number;
    authorizationConfig?: EFSAuthorizationConfig;
}
/** environment file */
export interface EnvironmentFile {
    value: string;
    type: EnvironmentFileType;
}
/** ephemeral storage */
export interface EphemeralStorage {
    sizeInGiB: number;
}
/** FSx for Windows File Server authorization config */
export interface FSxWindowsFileServerAuthorizationConfig {
    credentialsParameter: string;
    domain: string;
}
/** FSx for Windows File Server volume configuration */
export interface FSxWindowsFileServerVolumeConfiguration {
    fileSystemId: string;
    rootDirectory: string;
    authorizationConfig: FSxWindowsFileServerAuthorizationConfig;
}
/** firelens configuration */
export interface FirelensConfiguration {
    type: FirelensConfigurationType;
    options?: Record<string, string>;
}
/** health check */
export interface HealthCheck {
    command: string[];
    interval?: number;
    timeout?: number;
    retries?: number;
    startPeriod?: number;
}
/** host entry */
export interface HostEntry {
    hostname: string;
    ipAddress: string;
}
/** host volume properties */
export interface HostVolumeProperties {
    sourcePath?: string;
}
/** inference accelerator */
export interface InferenceAccelerator {
    deviceName: string;
    deviceType: string;
}
/** kernel capabilities */
export interface KernelCapabilities {
    add?: string[];
    drop?: string[];
}
/** name/value pair */
export interface KeyValuePair {
    name?: string;
    value?: string;
}
/** linux parameters */
export interface LinuxParameters {
    capabilities?: KernelCapabilities;
    devices?: Device[];
    initProcessEnabled?: boolean;
    sharedMemorySize?: number;
    tmpfs?: Tmpfs[];
    maxSwap?: number;
    swappiness?: number;
}
/** log configuration */
export interface LogConfiguration {
    logDriver: LogDriver;
    options?: Record<string, string>;
    secretOptions?: Secret[];
}
/** mount point */
export interface MountPoint {
    sourceVolume?: string;
    containerPath?: string;
    readOnly?: boolean;
}
/** NVIDIA MPS allocation: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface NvidiaMpsAllocation {
    memory: number;
    maxComputePercent?: number;
}
/** port mapping */
export interface PortMapping {
    containerPort?: number;
    hostPort?: number;
    protocol?: TransportProtocol;
    name?: string;
    appProtocol?: ApplicationProtocol;
    containerPortRange?: string;
}
/** proxy configuration */
export interface ProxyConfiguration {
    type?: ProxyConfigurationType;
    containerName: string;
    properties?: KeyValuePair[];
}
/** task definition: members from @aws-sdk/client-ecs that aws-sdk lacks: enableFaultInjection */
export interface RegisterTaskDefinitionRequest {
    family: string;
    taskRoleArn?: string;
    executionRoleArn?: string;
    networkMode?: NetworkMode;
    containerDefinitions: ContainerDefinition[];
    volumes?: Volume[];
    placementConstraints?: TaskDefinitionPlacementConstraint[];
    requiresCompatibilities?: Compatibility[];
    cpu?: string;
    memory?: string;
    tags?: Tag[];
    pidMode?: PidMode;
    ipcMode?: IpcMode;
    proxyConfiguration?: ProxyConfiguration;
    inferenceAccelerators?: InferenceAccelerator[];
    ephemeralStorage?: EphemeralStorage;
    runtimePlatform?: RuntimePlatform;
    enableFaultInjection?: boolean;
}
/** repository credentials */
export interface RepositoryCredentials {
    credentialsParameter: string;
}
/** resource requirement: members from @aws-sdk/client-ecs that aws-sdk lacks: sharingStrategy; required as @aws-sdk/client-ecs says: value (required in aws-sdk) */
export interface ResourceRequirement {
    value?: string;
    type: ResourceType;
    sharingStrategy?: SharingStrategy;
}
/** runtime platform */
export interface RuntimePlatform {
    cpuArchitecture?: CPUArchitecture;
    operatingSystemFamily?: OSFamily;
}
/** S3 Files volume configuration: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface S3FilesVolumeConfiguration {
    fileSystemArn: string;
    rootDirectory?: string;
    transitEncryptionPort?: number;
    accessPointArn?: string;
}
/** secret */
export interface Secret {
    name: string;
    valueFrom: string;
}
/** sharing strategy: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface SharingStrategy {
    nvidiaMps?: NvidiaMpsAllocation;
}
/** system control */
export interface SystemControl {
    namespace?: string;
    value?: string;
}
/** tag */
export interface Tag {
    key?: string;
    value?: string;
}
/** task definition: members from @aws-sdk/client-ecs that aws-sdk lacks: deleteRequestedAt, enableFaultInjection */
export interface TaskDefinition {
    taskDefinitionArn?: string;
    containerDefinitions?: ContainerDefinition[];
    family?: string;
    taskRoleArn?: string;
    executionRoleArn?: string;
    networkMode?: NetworkMode;
    revision?: number;
    volumes?: Volume[];
    status?: TaskDefinitionStatus;
    requiresAttributes?: Attribute[];
    placementConstraints?: TaskDefinitionPlacementConstraint[];
    compatibilities?: Compatibility[];
    runtimePlatform?: RuntimePlatform;
    requiresCompatibilities?: Compatibility[];
    cpu?: string;
    memory?: string;
    inferenceAccelerators?: InferenceAccelerator[];
    pidMode?: PidMode;
    ipcMode?: IpcMode;
    proxyConfiguration?: ProxyConfiguration;
    registeredAt?: string | number;
    deregisteredAt?: string | number;
    deleteRequestedAt?: string | number;
    registeredBy?: string;
    ephemeralStorage?: EphemeralStorage;
    enableFaultInjection?: boolean;
}
/** placement constraint */
export interface TaskDefinitionPlacementConstraint {
    type?: TaskDefinitionPlacementConstraintType;
    expression?: string;
}
/** tmpfs */
export interface Tmpfs {
    containerPath: string;
    size: number;
    mountOptions?: string[];
}
/** ulimit */
export interface Ulimit {
    name: UlimitName;
    softLimit: number;
    hardLimit: number;
}
/** volume: members from @aws-sdk/client-ecs that aws-sdk lacks: s3filesVolumeConfiguration */
export interface Volume {
    name?: string;
    host?: HostVolumeProperties;
    dockerVolumeConfiguration?: DockerVolumeConfiguration;
    efsVolumeConfiguration?: EFSVolumeConfiguration;
    s3filesVolumeConfiguration?: S3FilesVolumeConfiguration;
    fsxWindowsFileServerVolumeConfiguration?: FSxWindowsFileServerVolumeConfiguration;
    configuredAtLaunch?: boolean;
}
/** volume from */
export interface VolumeFrom {
    sourceContainer?: string;
    readOnly?: boolean;
}
/** Dockerrun.aws.json v1 */
export interface DockerrunV1 {
    AWSEBDockerrunVersion: '1' | 1;
    Image?: DockerrunV1Image;
    Ports?: DockerrunV1Port[];
    Volumes?: DockerrunV1Volume[];
    Logging?: string;
    Authentication?: DockerrunV1Authentication;
    Entrypoint?: string;
    Command?: string;
}
/** "Image": Update is a string; the EB CLI treats only the exact string "false" as false. Name is needed only without a Dockerfile (valid-dockerrun checks that) */
export interface DockerrunV1Image {
    Name?: string;
    Update?: 'true' | 'false';
}
/** port mapping: AWS examples write ports both as numbers and as numeric strings; HostPort defaults to ContainerPort */
export interface DockerrunV1Port {
    ContainerPort: number | string;
    HostPort?: number | string;
}
/** volume mapping */
export interface DockerrunV1Volume {
    HostDirectory: string;
    ContainerDirectory: string;
}
/** "Authentication": S3 object holding a .dockercfg / config.json; capitalised keys in v1 */
export interface DockerrunV1Authentication {
    Bucket: string;
    Key: string;
}
/** Dockerrun.aws.json v3 */
export interface DockerrunV3 {
    AWSEBDockerrunVersion: '3' | 3;
    Authentication?: DockerrunV3Authentication;
}
/** "Authentication": S3 object holding a .dockercfg / config.json */
export interface DockerrunV3Authentication {
    bucket: string;
    key: string;
}
