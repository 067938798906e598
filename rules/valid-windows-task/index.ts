import { defineRule, type RuleContext, type TaskView } from '../../src/rule.js';
import {
  containers,
  hasPlaceholder,
  hasTaskContext,
  isFargate,
  isWindows,
  obj,
  objects,
  str,
  volumes,
} from '../_helpers/index.js';

/** Set to something that takes effect: not null, not false, not an empty list, object or string. */
const isSet = (v: unknown): boolean =>
  v !== undefined &&
  v !== null &&
  v !== false &&
  v !== '' &&
  !(Array.isArray(v) && v.length === 0) &&
  !(typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => x === null || x === undefined));

/**
 * Container parameters Windows containers do not support (aws-facts.md §3.6, API doc strings). `fargate`
 * marks those no-fargate-unsupported-parameters already reports on Fargate, so one finding says it.
 * `links` is valid-links' and `user` is left out: AWS Config's ecs-task-definition-windows-user-non-admin
 * expects Windows containers to set it.
 */
const CONTAINER_PARAMS: readonly { param: string; hint: string; fargate?: boolean }[] = [
  { param: 'disableNetworking', hint: 'remove it', fargate: true },
  {
    param: 'dnsServers',
    hint: 'remove it; set DNS servers on the instance or through VPC DHCP options',
    fargate: true,
  },
  { param: 'dnsSearchDomains', hint: 'remove it; set search domains through VPC DHCP options', fargate: true },
  { param: 'extraHosts', hint: 'remove it; use DNS records instead', fargate: true },
  { param: 'privileged', hint: 'remove it', fargate: true },
  { param: 'linuxParameters', hint: 'remove "linuxParameters"; it applies to Linux containers only' },
  { param: 'readonlyRootFilesystem', hint: 'remove it' },
  { param: 'ulimits', hint: 'remove it' },
  { param: 'systemControls', hint: 'remove it' },
  { param: 'firelensConfiguration', hint: 'remove it; send logs with the "awslogs" driver' },
];

/** Windows families that Fargate does not offer (§2.9). */
/**
 * The Windows families Fargate runs: Windows Server 2019 and 2022, Full and Core (Fargate Windows platform
 * version 1.0.0, the only one). The API enum's other Windows values (2016, 2004, 20H2, 2025) are EC2 only.
 */
const FARGATE_FAMILIES = [
  'WINDOWS_SERVER_2019_FULL',
  'WINDOWS_SERVER_2019_CORE',
  'WINDOWS_SERVER_2022_FULL',
  'WINDOWS_SERVER_2022_CORE',
];

/** Images that run only on Windows: Microsoft's Windows base images and Windows-only tags. */
const WINDOWS_IMAGE = /^mcr\.microsoft\.com\/(windows|dotnet\/framework)\/|[:-](windowsservercore|nanoserver)/i;

type Ctx = RuleContext<string>;

/** The platform: x86-64 only, the Windows families Fargate runs, and no Linux network modes on EC2. */
function checkPlatform(task: TaskView, ctx: Ctx, fargate: boolean): void {
  const platform = obj(task.runtimePlatform);

  const arch = str(platform?.cpuArchitecture);
  if (arch !== undefined && arch !== 'X86_64') {
    ctx.report({
      messageId: 'architecture',
      path: ['runtimePlatform', 'cpuArchitecture'],
      data: { arch },
      hint: 'set "cpuArchitecture" to "X86_64" (ARM64 is Linux only)',
    });
  }

  const family = str(platform?.operatingSystemFamily);
  if (fargate && family !== undefined && !FARGATE_FAMILIES.includes(family)) {
    ctx.report({
      messageId: 'family',
      path: ['runtimePlatform', 'operatingSystemFamily'],
      data: { family },
      hint: 'use "WINDOWS_SERVER_2019_CORE", "WINDOWS_SERVER_2022_CORE" or their _FULL variants on Fargate, or run the task on EC2',
    });
  }

  // Fargate's awsvpc requirement is require-awsvpc-on-fargate's finding.
  const mode = str(task.networkMode);
  if (!fargate && mode !== undefined && ['bridge', 'host', 'none'].includes(mode)) {
    ctx.report({
      messageId: 'networkMode',
      path: ['networkMode'],
      data: { mode },
      hint: 'remove "networkMode" to use the default (NAT) mode, or use "awsvpc"',
    });
  }
}

/** Task-level parameters Windows tasks do not take. */
function checkTaskLevel(task: TaskView, ctx: Ctx, fargate: boolean): void {
  function isSetTask(param: string): boolean {
    return isSet(task[param]);
  }
  function reportTask(param: string): void {
    ctx.report({ messageId: 'task', path: [param], target: 'key', data: { param }, hint: `remove "${param}"` });
  }
  const pidMode = str(task.pidMode);
  if (isSetTask('pidMode') && !(fargate && pidMode !== 'task')) reportTask('pidMode');
  if (isSetTask('ipcMode') && !fargate) reportTask('ipcMode');
  if (isSetTask('proxyConfiguration')) reportTask('proxyConfiguration');
  if (isSetTask('inferenceAccelerators') && !fargate) reportTask('inferenceAccelerators');
  if (!fargate) {
    for (const param of ['cpu', 'memory'] as const) {
      if (!isSet(task[param])) continue;
      ctx.report({
        messageId: 'taskSize',
        path: [param],
        target: 'key',
        severity: 'warning',
        data: { param },
        hint: `set "${param}" on each container instead`,
      });
    }
  }
}

/** Container parameters, log drivers, GPUs and ports Windows containers do not take. */
function checkContainers(task: TaskView, ctx: Ctx, fargate: boolean): void {
  for (const c of containers(task)) {
    for (const { param, hint, fargate: fargateRule } of CONTAINER_PARAMS) {
      if (fargate && fargateRule) continue;
      if (!isSet(c.container[param])) continue;
      ctx.report({
        messageId: 'container',
        path: [...c.path, param],
        target: 'key',
        data: { container: c.label, param },
        hint,
      });
    }

    const driver = str(obj(c.container.logConfiguration)?.logDriver);
    if (driver === 'awsfirelens') {
      ctx.report({
        messageId: 'firelens',
        path: [...c.path, 'logConfiguration', 'logDriver'],
        data: { container: c.label },
        hint: 'use the "awslogs" log driver',
      });
    } else if (fargate && driver === 'splunk') {
      // Fargate allows splunk; the Windows-on-Fargate guide names only awslogs.
      ctx.report({
        messageId: 'logDriver',
        path: [...c.path, 'logConfiguration', 'logDriver'],
        severity: 'warning',
        data: { container: c.label, driver },
        hint: 'use the "awslogs" log driver',
      });
    }

    if (!fargate) {
      for (const [req, i] of objects(c.container.resourceRequirements)) {
        if (req.type !== 'GPU') continue;
        ctx.report({
          messageId: 'gpu',
          path: [...c.path, 'resourceRequirements', i, 'type'],
          data: { container: c.label },
          hint: 'run GPU workloads on Linux GPU instances',
        });
      }
    }

    if (fargate) {
      for (const [mapping, i] of objects(c.container.portMappings)) {
        if (mapping.containerPort !== 3150) continue;
        ctx.report({
          messageId: 'port',
          path: [...c.path, 'portMappings', i, 'containerPort'],
          severity: 'warning',
          data: { container: c.label },
          hint: 'listen on another port',
        });
      }
    }
  }
}

/** Volumes Windows tasks cannot mount: EFS, and Docker volume drivers other than local on EC2. */
function checkVolumes(task: TaskView, ctx: Ctx, fargate: boolean): void {
  for (const v of volumes(task)) {
    const label = v.name === undefined ? `volume #${v.index + 1}` : `volume "${v.name}"`;
    // The storage options list EFS for Linux only, on Fargate and on EC2 alike.
    if (isSet(v.volume.efsVolumeConfiguration)) {
      ctx.report({
        messageId: 'efs',
        path: [...v.path, 'efsVolumeConfiguration'],
        target: 'key',
        data: { volume: label },
        hint: 'use an FSx for Windows File Server volume (EC2), or store the data elsewhere',
      });
    }
    const dockerDriver = str(obj(v.volume.dockerVolumeConfiguration)?.driver);
    if (!fargate && dockerDriver !== undefined && dockerDriver !== '' && dockerDriver !== 'local') {
      ctx.report({
        messageId: 'dockerDriver',
        path: [...v.path, 'dockerVolumeConfiguration', 'driver'],
        data: { volume: label, driver: dockerDriver },
        hint: 'use the "local" driver, or an FSx for Windows File Server volume',
      });
    }
  }
}

/** A Linux task (Fargate, or LINUX stated) whose container images are Windows-only. */
function checkWindowsImagesOnLinux(task: TaskView, ctx: Ctx, fargate: boolean): void {
  const stated = str(obj(task.runtimePlatform)?.operatingSystemFamily);
  // On EC2 a task without runtimePlatform can be placed on Windows instances.
  if (stated === undefined ? !fargate : hasPlaceholder(stated)) return;
  const os = stated === undefined ? 'Linux (no "runtimePlatform")' : stated;
  // FSx for Windows File Server is for Windows EC2 tasks only (aws-facts §4.18); on Fargate it is
  // no-fargate-unsupported-parameters' finding.
  if (!fargate) {
    for (const v of volumes(task)) {
      if (!isSet(v.volume.fsxWindowsFileServerVolumeConfiguration)) continue;
      ctx.report({
        messageId: 'fsxOnLinux',
        path: [...v.path, 'fsxWindowsFileServerVolumeConfiguration'],
        target: 'key',
        data: { volume: v.name === undefined ? `volume #${v.index + 1}` : `volume "${v.name}"`, os },
        hint: 'set "runtimePlatform" to a Windows family and run the task on Windows instances, or use an EFS volume for Linux',
      });
    }
  }
  for (const c of containers(task)) {
    const image = str(c.container.image);
    if (image === undefined || !WINDOWS_IMAGE.test(image)) continue;
    ctx.report({
      messageId: 'linuxTask',
      path: [...c.path, 'image'],
      severity: 'warning',
      data: { container: c.label, image, os },
      hint: 'set "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"} (or the image\'s version), or use a Linux image',
    });
  }
}

export default defineRule({
  meta: {
    id: 'valid-windows-task',
    category: 'correctness',
    description: 'Disallow parameters, architectures and network modes that Windows tasks do not support',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/windows_task_definitions.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-windows-considerations.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RuntimePlatform.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-windows-fargate.html',
    ],
    messages: {
      container: '{{container}}: "{{param}}" is not supported for Windows containers',
      task: '"{{param}}" is not supported for Windows tasks',
      architecture: '"cpuArchitecture" "{{arch}}" is not supported for Windows tasks; only "X86_64" is',
      networkMode: 'network mode "{{mode}}" is not supported for Windows tasks; use "awsvpc", or omit "networkMode"',
      family: '"{{family}}" is not available on Fargate; Fargate runs Windows Server 2019 and 2022',
      taskSize: 'task-level "{{param}}" is ignored for Windows containers outside Fargate',
      firelens: '{{container}}: log driver "awsfirelens" is not supported for Windows containers',
      logDriver: '{{container}}: log driver "{{driver}}" is not documented for Windows on Fargate; only "awslogs" is',
      gpu: '{{container}}: GPU resource requirements are not supported for Windows containers',
      efs: '{{volume}}: EFS volumes are not supported for Windows tasks',
      fsxOnLinux:
        '{{volume}}: FSx for Windows File Server volumes are supported only for Windows tasks, but the task runs on {{os}}',
      dockerDriver: '{{volume}}: docker volume driver "{{driver}}" is not supported on Windows; only "local" is',
      port: '{{container}}: container port 3150 is reserved for Windows tasks on Fargate',
      linuxTask: '{{container}}: image "{{image}}" is a Windows image, but the task runs on {{os}}',
    },
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx)) return;
    const fargate = isFargate(task, ctx);
    if (!isWindows(task)) {
      checkWindowsImagesOnLinux(task, ctx, fargate);
      return;
    }
    checkPlatform(task, ctx, fargate);
    checkTaskLevel(task, ctx, fargate);
    checkContainers(task, ctx, fargate);
    checkVolumes(task, ctx, fargate);
  },
});
