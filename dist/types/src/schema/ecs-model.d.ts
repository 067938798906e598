export declare const ACCESS_TYPES: readonly ['PRIVATE', 'PUBLIC'];
export type AccessType = (typeof ACCESS_TYPES)[number];
export declare const APPLICATION_PROTOCOLS: readonly ['grpc', 'http', 'http2'];
export type ApplicationProtocol = (typeof APPLICATION_PROTOCOLS)[number];
export declare const ASSIGN_PUBLIC_IPS: readonly ['DISABLED', 'ENABLED'];
export type AssignPublicIp = (typeof ASSIGN_PUBLIC_IPS)[number];
export declare const AVAILABILITY_ZONE_REBALANCINGS: readonly ['DISABLED', 'ENABLED'];
export type AvailabilityZoneRebalancing = (typeof AVAILABILITY_ZONE_REBALANCINGS)[number];
export declare const CPU_ARCHITECTURES: readonly ['ARM64', 'X86_64'];
export type CPUArchitecture = (typeof CPU_ARCHITECTURES)[number];
export declare const COMPATIBILITIES: readonly ['EC2', 'EXTERNAL', 'FARGATE', 'MANAGED_INSTANCES'];
export type Compatibility = (typeof COMPATIBILITIES)[number];
export declare const CONTAINER_CONDITIONS: readonly ['COMPLETE', 'HEALTHY', 'START', 'SUCCESS'];
export type ContainerCondition = (typeof CONTAINER_CONDITIONS)[number];
export declare const DEPLOYMENT_CONTROLLER_TYPES: readonly ['CODE_DEPLOY', 'ECS', 'EXTERNAL'];
export type DeploymentControllerType = (typeof DEPLOYMENT_CONTROLLER_TYPES)[number];
export declare const DEPLOYMENT_LIFECYCLE_HOOK_ACTIONS: readonly ['CONTINUE', 'ROLLBACK'];
export type DeploymentLifecycleHookAction = (typeof DEPLOYMENT_LIFECYCLE_HOOK_ACTIONS)[number];
export declare const DEPLOYMENT_LIFECYCLE_HOOK_STAGES: readonly ['POST_PRODUCTION_TRAFFIC_SHIFT', 'POST_SCALE_UP', 'POST_TEST_TRAFFIC_SHIFT', 'PRE_PRODUCTION_TRAFFIC_SHIFT', 'PRE_SCALE_UP', 'PRODUCTION_TRAFFIC_SHIFT', 'RECONCILE_SERVICE', 'TEST_TRAFFIC_SHIFT'];
export type DeploymentLifecycleHookStage = (typeof DEPLOYMENT_LIFECYCLE_HOOK_STAGES)[number];
export declare const DEPLOYMENT_LIFECYCLE_HOOK_TARGET_TYPES: readonly ['AWS_LAMBDA', 'PAUSE'];
export type DeploymentLifecycleHookTargetType = (typeof DEPLOYMENT_LIFECYCLE_HOOK_TARGET_TYPES)[number];
export declare const DEPLOYMENT_ROLLOUT_STATES: readonly ['COMPLETED', 'FAILED', 'IN_PROGRESS'];
export type DeploymentRolloutState = (typeof DEPLOYMENT_ROLLOUT_STATES)[number];
export declare const DEPLOYMENT_STRATEGIES: readonly ['BLUE_GREEN', 'CANARY', 'LINEAR', 'ROLLING'];
export type DeploymentStrategy = (typeof DEPLOYMENT_STRATEGIES)[number];
export declare const DEVICE_CGROUP_PERMISSIONS: readonly ['mknod', 'read', 'write'];
export type DeviceCgroupPermission = (typeof DEVICE_CGROUP_PERMISSIONS)[number];
export declare const EBS_RESOURCE_TYPES: readonly ['volume'];
export type EBSResourceType = (typeof EBS_RESOURCE_TYPES)[number];
export declare const EFS_AUTHORIZATION_CONFIG_IAMS: readonly ['DISABLED', 'ENABLED'];
export type EFSAuthorizationConfigIAM = (typeof EFS_AUTHORIZATION_CONFIG_IAMS)[number];
export declare const EFS_TRANSIT_ENCRYPTIONS: readonly ['DISABLED', 'ENABLED'];
export type EFSTransitEncryption = (typeof EFS_TRANSIT_ENCRYPTIONS)[number];
export declare const ENVIRONMENT_FILE_TYPES: readonly ['s3'];
export type EnvironmentFileType = (typeof ENVIRONMENT_FILE_TYPES)[number];
export declare const FIRELENS_CONFIGURATION_TYPES: readonly ['fluentbit', 'fluentd'];
export type FirelensConfigurationType = (typeof FIRELENS_CONFIGURATION_TYPES)[number];
export declare const GATEWAY_CONNECTOR_HEALTH_CHECK_PROTOCOLS: readonly ['HTTP', 'HTTPS'];
export type GatewayConnectorHealthCheckProtocol = (typeof GATEWAY_CONNECTOR_HEALTH_CHECK_PROTOCOLS)[number];
export declare const IPC_MODES: readonly ['host', 'none', 'task'];
export type IpcMode = (typeof IPC_MODES)[number];
export declare const LAUNCH_TYPES: readonly ['EC2', 'EXTERNAL', 'FARGATE', 'MANAGED_INSTANCES'];
export type LaunchType = (typeof LAUNCH_TYPES)[number];
export declare const LOG_DRIVERS: readonly ['awsfirelens', 'awslogs', 'fluentd', 'gelf', 'journald', 'json-file', 'splunk', 'syslog'];
export type LogDriver = (typeof LOG_DRIVERS)[number];
export declare const NETWORK_MODES: readonly ['awsvpc', 'bridge', 'host', 'none'];
export type NetworkMode = (typeof NETWORK_MODES)[number];
export declare const OS_FAMILIES: readonly ['LINUX', 'WINDOWS_SERVER_2004_CORE', 'WINDOWS_SERVER_2016_FULL', 'WINDOWS_SERVER_2019_CORE', 'WINDOWS_SERVER_2019_FULL', 'WINDOWS_SERVER_2022_CORE', 'WINDOWS_SERVER_2022_FULL', 'WINDOWS_SERVER_2025_CORE', 'WINDOWS_SERVER_2025_FULL', 'WINDOWS_SERVER_20H2_CORE'];
export type OSFamily = (typeof OS_FAMILIES)[number];
export declare const PID_MODES: readonly ['host', 'task'];
export type PidMode = (typeof PID_MODES)[number];
export declare const PLACEMENT_CONSTRAINT_TYPES: readonly ['distinctInstance', 'memberOf'];
export type PlacementConstraintType = (typeof PLACEMENT_CONSTRAINT_TYPES)[number];
export declare const PLACEMENT_STRATEGY_TYPES: readonly ['binpack', 'random', 'spread'];
export type PlacementStrategyType = (typeof PLACEMENT_STRATEGY_TYPES)[number];
export declare const PROPAGATE_TAGSES: readonly ['NONE', 'SERVICE', 'TASK_DEFINITION'];
export type PropagateTags = (typeof PROPAGATE_TAGSES)[number];
export declare const PROXY_CONFIGURATION_TYPES: readonly ['APPMESH'];
export type ProxyConfigurationType = (typeof PROXY_CONFIGURATION_TYPES)[number];
export declare const RESOURCE_MANAGEMENT_TYPES: readonly ['CUSTOMER', 'ECS'];
export type ResourceManagementType = (typeof RESOURCE_MANAGEMENT_TYPES)[number];
export declare const RESOURCE_TYPES: readonly ['GPU', 'InferenceAccelerator', 'NeuronDevice'];
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export declare const SCALE_UNITS: readonly ['PERCENT'];
export type ScaleUnit = (typeof SCALE_UNITS)[number];
export declare const SCHEDULING_STRATEGIES: readonly ['DAEMON', 'REPLICA'];
export type SchedulingStrategy = (typeof SCHEDULING_STRATEGIES)[number];
export declare const SCOPES: readonly ['shared', 'task'];
export type Scope = (typeof SCOPES)[number];
export declare const SERVICE_CONNECT_ACCESS_LOGGING_FORMATS: readonly ['JSON', 'TEXT'];
export type ServiceConnectAccessLoggingFormat = (typeof SERVICE_CONNECT_ACCESS_LOGGING_FORMATS)[number];
export declare const SERVICE_CONNECT_CONTAINER_LOG_LEVELS: readonly ['debug', 'info'];
export type ServiceConnectContainerLogLevel = (typeof SERVICE_CONNECT_CONTAINER_LOG_LEVELS)[number];
export declare const SERVICE_CONNECT_INCLUDE_QUERY_PARAMETERSES: readonly ['DISABLED', 'ENABLED'];
export type ServiceConnectIncludeQueryParameters = (typeof SERVICE_CONNECT_INCLUDE_QUERY_PARAMETERSES)[number];
export declare const SERVICE_REVISION_CLEANUPS: readonly ['BLOCKING', 'DEFERRED'];
export type ServiceRevisionCleanup = (typeof SERVICE_REVISION_CLEANUPS)[number];
export declare const STABILITY_STATUSES: readonly ['STABILIZING', 'STEADY_STATE'];
export type StabilityStatus = (typeof STABILITY_STATUSES)[number];
export declare const TARGET_TYPES: readonly ['container-instance'];
export type TargetType = (typeof TARGET_TYPES)[number];
export declare const TASK_DEFINITION_PLACEMENT_CONSTRAINT_TYPES: readonly ['memberOf'];
export type TaskDefinitionPlacementConstraintType = (typeof TASK_DEFINITION_PLACEMENT_CONSTRAINT_TYPES)[number];
export declare const TASK_DEFINITION_STATUSES: readonly ['ACTIVE', 'DELETE_IN_PROGRESS', 'INACTIVE'];
export type TaskDefinitionStatus = (typeof TASK_DEFINITION_STATUSES)[number];
export declare const TASK_FILESYSTEM_TYPES: readonly ['ext3', 'ext4', 'ntfs', 'xfs'];
export type TaskFilesystemType = (typeof TASK_FILESYSTEM_TYPES)[number];
export declare const THRESHOLD_TYPES: readonly ['BOUNDED_PERCENT', 'COUNT', 'UNBOUNDED_PERCENT'];
export type ThresholdType = (typeof THRESHOLD_TYPES)[number];
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
/** advanced configuration: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface AdvancedConfiguration {
    alternateTargetGroupArn?: string;
    productionListenerRule?: string;
    testListenerRule?: string;
    roleArn?: string;
}
/** attribute */
export interface Attribute {
    name: string;
    value?: string;
    targetType?: TargetType;
    targetId?: string;
}
/** aws vpc configuration */
export interface AwsVpcConfiguration {
    subnets: string[];
    securityGroups?: string[];
    assignPublicIp?: AssignPublicIp;
}
/** canary configuration: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface CanaryConfiguration {
    canaryPercent?: number;
    canaryBakeTimeInMinutes?: number;
}
/** capacity provider strategy item */
export interface CapacityProviderStrategyItem {
    capacityProvider: string;
    weight?: number;
    base?: number;
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
/** container override */
export interface ContainerOverride {
    name?: string;
    command?: string[];
    environment?: KeyValuePair[];
    environmentFiles?: EnvironmentFile[];
    cpu?: number;
    memory?: number;
    memoryReservation?: number;
    resourceRequirements?: ResourceRequirement[];
}
/** restart policy */
export interface ContainerRestartPolicy {
    enabled: boolean;
    ignoredExitCodes?: number[];
    restartAttemptPeriod?: number;
}
/** service definition: members from @aws-sdk/client-ecs that aws-sdk lacks: availabilityZoneRebalancing, vpcLatticeConfigurations, gatewayConnectors, monitoring; required in the API but not here (the command line or deploy tool gives them): serviceName */
export interface CreateServiceRequest {
    cluster?: string;
    serviceName?: string;
    taskDefinition?: string;
    availabilityZoneRebalancing?: AvailabilityZoneRebalancing;
    loadBalancers?: LoadBalancer[];
    serviceRegistries?: ServiceRegistry[];
    desiredCount?: number;
    clientToken?: string;
    launchType?: LaunchType;
    capacityProviderStrategy?: CapacityProviderStrategyItem[];
    platformVersion?: string;
    role?: string;
    deploymentConfiguration?: DeploymentConfiguration;
    placementConstraints?: PlacementConstraint[];
    placementStrategy?: PlacementStrategy[];
    networkConfiguration?: NetworkConfiguration;
    healthCheckGracePeriodSeconds?: number;
    schedulingStrategy?: SchedulingStrategy;
    deploymentController?: DeploymentController;
    tags?: Tag[];
    enableECSManagedTags?: boolean;
    propagateTags?: PropagateTags;
    enableExecuteCommand?: boolean;
    serviceConnectConfiguration?: ServiceConnectConfiguration;
    volumeConfigurations?: ServiceVolumeConfiguration[];
    vpcLatticeConfigurations?: VpcLatticeConfiguration[];
    gatewayConnectors?: GatewayConnector[];
    monitoring?: MonitoringConfiguration;
}
/** deployment: members from @aws-sdk/client-ecs that aws-sdk lacks: vpcLatticeConfigurations */
export interface Deployment {
    id?: string;
    status?: string;
    taskDefinition?: string;
    desiredCount?: number;
    pendingCount?: number;
    runningCount?: number;
    failedTasks?: number;
    createdAt?: string | number;
    updatedAt?: string | number;
    capacityProviderStrategy?: CapacityProviderStrategyItem[];
    launchType?: LaunchType;
    platformVersion?: string;
    platformFamily?: string;
    networkConfiguration?: NetworkConfiguration;
    rolloutState?: DeploymentRolloutState;
    rolloutStateReason?: string;
    serviceConnectConfiguration?: ServiceConnectConfiguration;
    serviceConnectResources?: ServiceConnectServiceResource[];
    volumeConfigurations?: ServiceVolumeConfiguration[];
    fargateEphemeralStorage?: DeploymentEphemeralStorage;
    vpcLatticeConfigurations?: VpcLatticeConfiguration[];
}
/** deployment alarms */
export interface DeploymentAlarms {
    alarmNames: string[];
    rollback: boolean;
    enable: boolean;
}
/** deployment circuit breaker: members from @aws-sdk/client-ecs that aws-sdk lacks: resetOnHealthyTask, thresholdConfiguration */
export interface DeploymentCircuitBreaker {
    enable: boolean;
    rollback: boolean;
    resetOnHealthyTask?: boolean;
    thresholdConfiguration?: ThresholdConfiguration;
}
/** deployment configuration: members from @aws-sdk/client-ecs that aws-sdk lacks: strategy, bakeTimeInMinutes, lifecycleHooks, linearConfiguration, canaryConfiguration, earlySuccessCriteria */
export interface DeploymentConfiguration {
    deploymentCircuitBreaker?: DeploymentCircuitBreaker;
    maximumPercent?: number;
    minimumHealthyPercent?: number;
    alarms?: DeploymentAlarms;
    strategy?: DeploymentStrategy;
    bakeTimeInMinutes?: number;
    lifecycleHooks?: DeploymentLifecycleHook[];
    linearConfiguration?: LinearConfiguration;
    canaryConfiguration?: CanaryConfiguration;
    earlySuccessCriteria?: DeploymentEarlySuccessCriteria;
}
/** deployment controller */
export interface DeploymentController {
    type: DeploymentControllerType;
}
/** deployment early success criteria: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface DeploymentEarlySuccessCriteria {
    enable: boolean;
    healthyPercent?: number;
    sourceServiceRevisionCleanup?: ServiceRevisionCleanup;
}
/** deployment ephemeral storage */
export interface DeploymentEphemeralStorage {
    kmsKeyId?: string;
}
/** deployment lifecycle hook: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface DeploymentLifecycleHook {
    targetType?: DeploymentLifecycleHookTargetType;
    hookTargetArn?: string;
    roleArn?: string;
    lifecycleStages?: DeploymentLifecycleHookStage[];
    hookDetails?: unknown;
    timeoutConfiguration?: DeploymentLifecycleHookTimeoutConfiguration;
}
/** deployment lifecycle hook timeout configuration: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface DeploymentLifecycleHookTimeoutConfiguration {
    timeoutInMinutes?: number;
    action?: DeploymentLifecycleHookAction;
}
/** describe-services output */
export interface DescribeServicesResponse {
    services?: Service[];
    failures?: Failure[];
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
/** EBS tag specification */
export interface EBSTagSpecification {
    resourceType: EBSResourceType;
    tags?: Tag[];
    propagateTags?: PropagateTags;
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
/** failure */
export interface Failure {
    arn?: string;
    reason?: string;
    detail?: string;
}
/** firelens configuration */
export interface FirelensConfiguration {
    type: FirelensConfigurationType;
    options?: Record<string, string>;
}
/** gateway connector: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface GatewayConnector {
    portName: string;
    healthCheck?: GatewayConnectorHealthCheck;
    filters?: GatewayConnectorFilters;
}
/** gateway connector filters: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface GatewayConnectorFilters {
    accessTypes?: AccessType[];
}
/** gateway connector health check: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface GatewayConnectorHealthCheck {
    healthCheckProtocol?: GatewayConnectorHealthCheckProtocol;
    healthCheckPort?: number;
    healthCheckPath?: string;
    healthCheckTimeoutSeconds?: number;
    healthCheckIntervalSeconds?: number;
    healthyThresholdCount?: number;
    unhealthyThresholdCount?: number;
    matcher?: GatewayConnectorHealthCheckMatcher;
}
/** gateway connector health check matcher: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface GatewayConnectorHealthCheckMatcher {
    httpCode?: string;
    grpcCode?: string;
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
/** inference accelerator override */
export interface InferenceAcceleratorOverride {
    deviceName?: string;
    deviceType?: string;
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
/** linear configuration: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface LinearConfiguration {
    stepPercent?: number;
    stepBakeTimeInMinutes?: number;
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
/** load balancer: members from @aws-sdk/client-ecs that aws-sdk lacks: advancedConfiguration */
export interface LoadBalancer {
    targetGroupArn?: string;
    loadBalancerName?: string;
    containerName?: string;
    containerPort?: number;
    advancedConfiguration?: AdvancedConfiguration;
}
/** log configuration */
export interface LogConfiguration {
    logDriver: LogDriver;
    options?: Record<string, string>;
    secretOptions?: Secret[];
}
/** metric configuration: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface MetricConfiguration {
    metricNames: string[];
    resolutionSeconds: number;
}
/** monitoring configuration: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface MonitoringConfiguration {
    metricConfigurations?: MetricConfiguration[];
}
/** mount point */
export interface MountPoint {
    sourceVolume?: string;
    containerPath?: string;
    readOnly?: boolean;
}
/** network configuration */
export interface NetworkConfiguration {
    awsvpcConfiguration?: AwsVpcConfiguration;
}
/** NVIDIA MPS allocation: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface NvidiaMpsAllocation {
    memory: number;
    maxComputePercent?: number;
}
/** placement constraint */
export interface PlacementConstraint {
    type?: PlacementConstraintType;
    expression?: string;
}
/** placement strategy */
export interface PlacementStrategy {
    type?: PlacementStrategyType;
    field?: string;
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
/** RunTask input: required in the API but not here (the command line or deploy tool gives them): taskDefinition */
export interface RunTaskRequest {
    capacityProviderStrategy?: CapacityProviderStrategyItem[];
    cluster?: string;
    count?: number;
    enableECSManagedTags?: boolean;
    enableExecuteCommand?: boolean;
    group?: string;
    launchType?: LaunchType;
    networkConfiguration?: NetworkConfiguration;
    overrides?: TaskOverride;
    placementConstraints?: PlacementConstraint[];
    placementStrategy?: PlacementStrategy[];
    platformVersion?: string;
    propagateTags?: PropagateTags;
    referenceId?: string;
    startedBy?: string;
    tags?: Tag[];
    taskDefinition?: string;
    clientToken?: string;
    volumeConfigurations?: TaskVolumeConfiguration[];
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
/** scale */
export interface Scale {
    value?: number;
    unit?: ScaleUnit;
}
/** secret */
export interface Secret {
    name: string;
    valueFrom: string;
}
/** service: members from @aws-sdk/client-ecs that aws-sdk lacks: currentServiceDeployment, currentServiceRevisions, availabilityZoneRebalancing, resourceManagementType */
export interface Service {
    serviceArn?: string;
    serviceName?: string;
    clusterArn?: string;
    loadBalancers?: LoadBalancer[];
    serviceRegistries?: ServiceRegistry[];
    status?: string;
    desiredCount?: number;
    runningCount?: number;
    pendingCount?: number;
    launchType?: LaunchType;
    capacityProviderStrategy?: CapacityProviderStrategyItem[];
    platformVersion?: string;
    platformFamily?: string;
    taskDefinition?: string;
    deploymentConfiguration?: DeploymentConfiguration;
    taskSets?: TaskSet[];
    deployments?: Deployment[];
    roleArn?: string;
    events?: ServiceEvent[];
    createdAt?: string | number;
    currentServiceDeployment?: string;
    currentServiceRevisions?: ServiceCurrentRevisionSummary[];
    placementConstraints?: PlacementConstraint[];
    placementStrategy?: PlacementStrategy[];
    networkConfiguration?: NetworkConfiguration;
    healthCheckGracePeriodSeconds?: number;
    schedulingStrategy?: SchedulingStrategy;
    deploymentController?: DeploymentController;
    tags?: Tag[];
    createdBy?: string;
    enableECSManagedTags?: boolean;
    propagateTags?: PropagateTags;
    enableExecuteCommand?: boolean;
    availabilityZoneRebalancing?: AvailabilityZoneRebalancing;
    resourceManagementType?: ResourceManagementType;
}
/** service connect access log configuration: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface ServiceConnectAccessLogConfiguration {
    format: ServiceConnectAccessLoggingFormat;
    includeQueryParameters?: ServiceConnectIncludeQueryParameters;
}
/** service connect client alias: members from @aws-sdk/client-ecs that aws-sdk lacks: testTrafficRules */
export interface ServiceConnectClientAlias {
    port: number;
    dnsName?: string;
    testTrafficRules?: ServiceConnectTestTrafficRules;
}
/** service connect configuration: members from @aws-sdk/client-ecs that aws-sdk lacks: accessLogConfiguration, containerConfigurations */
export interface ServiceConnectConfiguration {
    enabled: boolean;
    namespace?: string;
    services?: ServiceConnectService[];
    logConfiguration?: LogConfiguration;
    accessLogConfiguration?: ServiceConnectAccessLogConfiguration;
    containerConfigurations?: ServiceConnectContainerConfiguration[];
}
/** service connect container configuration: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface ServiceConnectContainerConfiguration {
    logLevel?: ServiceConnectContainerLogLevel;
}
/** service connect service */
export interface ServiceConnectService {
    portName: string;
    discoveryName?: string;
    clientAliases?: ServiceConnectClientAlias[];
    ingressPortOverride?: number;
    timeout?: TimeoutConfiguration;
    tls?: ServiceConnectTlsConfiguration;
}
/** service connect service resource */
export interface ServiceConnectServiceResource {
    discoveryName?: string;
    discoveryArn?: string;
}
/** service connect test traffic header match rules: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface ServiceConnectTestTrafficHeaderMatchRules {
    exact: string;
}
/** service connect test traffic header rules: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface ServiceConnectTestTrafficHeaderRules {
    name: string;
    value?: ServiceConnectTestTrafficHeaderMatchRules;
}
/** service connect test traffic rules: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface ServiceConnectTestTrafficRules {
    header: ServiceConnectTestTrafficHeaderRules;
}
/** service connect tls certificate authority */
export interface ServiceConnectTlsCertificateAuthority {
    awsPcaAuthorityArn?: string;
}
/** service connect tls configuration */
export interface ServiceConnectTlsConfiguration {
    issuerCertificateAuthority: ServiceConnectTlsCertificateAuthority;
    kmsKey?: string;
    roleArn?: string;
}
/** service current revision summary: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface ServiceCurrentRevisionSummary {
    arn?: string;
    requestedTaskCount?: number;
    runningTaskCount?: number;
    pendingTaskCount?: number;
}
/** service event */
export interface ServiceEvent {
    id?: string;
    createdAt?: string | number;
    message?: string;
}
/** service managed EBS volume configuration: members from @aws-sdk/client-ecs that aws-sdk lacks: volumeInitializationRate */
export interface ServiceManagedEBSVolumeConfiguration {
    encrypted?: boolean;
    kmsKeyId?: string;
    volumeType?: string;
    sizeInGiB?: number;
    snapshotId?: string;
    volumeInitializationRate?: number;
    iops?: number;
    throughput?: number;
    tagSpecifications?: EBSTagSpecification[];
    roleArn: string;
    filesystemType?: TaskFilesystemType;
}
/** service registry */
export interface ServiceRegistry {
    registryArn?: string;
    port?: number;
    containerName?: string;
    containerPort?: number;
}
/** service volume configuration */
export interface ServiceVolumeConfiguration {
    name: string;
    managedEBSVolume?: ServiceManagedEBSVolumeConfiguration;
}
/** sharing strategy: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface SharingStrategy {
    nvidiaMps?: NvidiaMpsAllocation;
}
/** StartTask input: required in the API but not here (the command line or deploy tool gives them): containerInstances, taskDefinition */
export interface StartTaskRequest {
    cluster?: string;
    containerInstances?: string[];
    enableECSManagedTags?: boolean;
    enableExecuteCommand?: boolean;
    group?: string;
    networkConfiguration?: NetworkConfiguration;
    overrides?: TaskOverride;
    propagateTags?: PropagateTags;
    referenceId?: string;
    startedBy?: string;
    tags?: Tag[];
    taskDefinition?: string;
    volumeConfigurations?: TaskVolumeConfiguration[];
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
/** task managed EBS volume configuration: members from @aws-sdk/client-ecs that aws-sdk lacks: volumeInitializationRate */
export interface TaskManagedEBSVolumeConfiguration {
    encrypted?: boolean;
    kmsKeyId?: string;
    volumeType?: string;
    sizeInGiB?: number;
    snapshotId?: string;
    volumeInitializationRate?: number;
    iops?: number;
    throughput?: number;
    tagSpecifications?: EBSTagSpecification[];
    roleArn: string;
    terminationPolicy?: TaskManagedEBSVolumeTerminationPolicy;
    filesystemType?: TaskFilesystemType;
}
/** task managed EBS volume termination policy */
export interface TaskManagedEBSVolumeTerminationPolicy {
    deleteOnTermination: boolean;
}
/** task override */
export interface TaskOverride {
    containerOverrides?: ContainerOverride[];
    cpu?: string;
    inferenceAcceleratorOverrides?: InferenceAcceleratorOverride[];
    executionRoleArn?: string;
    memory?: string;
    taskRoleArn?: string;
    ephemeralStorage?: EphemeralStorage;
}
/** task set */
export interface TaskSet {
    id?: string;
    taskSetArn?: string;
    serviceArn?: string;
    clusterArn?: string;
    startedBy?: string;
    externalId?: string;
    status?: string;
    taskDefinition?: string;
    computedDesiredCount?: number;
    pendingCount?: number;
    runningCount?: number;
    createdAt?: string | number;
    updatedAt?: string | number;
    launchType?: LaunchType;
    capacityProviderStrategy?: CapacityProviderStrategyItem[];
    platformVersion?: string;
    platformFamily?: string;
    networkConfiguration?: NetworkConfiguration;
    loadBalancers?: LoadBalancer[];
    serviceRegistries?: ServiceRegistry[];
    scale?: Scale;
    stabilityStatus?: StabilityStatus;
    stabilityStatusAt?: string | number;
    tags?: Tag[];
    fargateEphemeralStorage?: DeploymentEphemeralStorage;
}
/** task volume configuration */
export interface TaskVolumeConfiguration {
    name: string;
    managedEBSVolume?: TaskManagedEBSVolumeConfiguration;
}
/** threshold configuration: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface ThresholdConfiguration {
    type: ThresholdType;
    value: number;
}
/** timeout configuration */
export interface TimeoutConfiguration {
    idleTimeoutSeconds?: number;
    perRequestTimeoutSeconds?: number;
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
/** UpdateService input: members from @aws-sdk/client-ecs that aws-sdk lacks: availabilityZoneRebalancing, deploymentController, vpcLatticeConfigurations, gatewayConnectors, monitoring; required in the API but not here (the command line or deploy tool gives them): service */
export interface UpdateServiceRequest {
    cluster?: string;
    service?: string;
    desiredCount?: number;
    taskDefinition?: string;
    capacityProviderStrategy?: CapacityProviderStrategyItem[];
    deploymentConfiguration?: DeploymentConfiguration;
    availabilityZoneRebalancing?: AvailabilityZoneRebalancing;
    networkConfiguration?: NetworkConfiguration;
    placementConstraints?: PlacementConstraint[];
    placementStrategy?: PlacementStrategy[];
    platformVersion?: string;
    forceNewDeployment?: boolean;
    healthCheckGracePeriodSeconds?: number;
    deploymentController?: DeploymentController;
    enableExecuteCommand?: boolean;
    enableECSManagedTags?: boolean;
    loadBalancers?: LoadBalancer[];
    propagateTags?: PropagateTags;
    serviceRegistries?: ServiceRegistry[];
    serviceConnectConfiguration?: ServiceConnectConfiguration;
    volumeConfigurations?: ServiceVolumeConfiguration[];
    vpcLatticeConfigurations?: VpcLatticeConfiguration[];
    gatewayConnectors?: GatewayConnector[];
    monitoring?: MonitoringConfiguration;
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
/** vpc lattice advanced configuration: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface VpcLatticeAdvancedConfiguration {
    alternateTargetGroupArn?: string;
    productionListenerRule?: string;
    testListenerRule?: string;
}
/** vpc lattice configuration: not in the aws-sdk model; from @aws-sdk/client-ecs */
export interface VpcLatticeConfiguration {
    roleArn: string;
    targetGroupArn: string;
    portName: string;
    advancedConfiguration?: VpcLatticeAdvancedConfiguration;
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
