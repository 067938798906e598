import { defineRule } from '../../src/rule.js';
import { arr, containers, hasTaskContext, isFargate, obj, objects, str, volumes } from '../_helpers/index.js';

/** Set to something that takes effect: not null, not false, not an empty list or string. */
const isSet = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== false && v !== '' && !(Array.isArray(v) && v.length === 0);

const RUN_ON_EC2 = 'remove it, or run the task on EC2';

/** Container parameters Fargate rejects (aws-facts.md §2.3), with how to do without. */
const CONTAINER_PARAMS: Record<string, string> = {
  disableNetworking: RUN_ON_EC2,
  dnsSearchDomains: "remove it; Fargate tasks resolve names through the VPC's DNS (set DHCP options on the VPC)",
  dnsServers: "remove it; Fargate tasks resolve names through the VPC's DNS (set DHCP options on the VPC)",
  dockerSecurityOptions: RUN_ON_EC2,
  extraHosts: 'remove it; use a Route 53 private hosted zone, or write the entries at container start',
  links: 'remove it; containers in an awsvpc task reach each other on localhost',
  privileged: RUN_ON_EC2,
  hostname: 'remove it; in awsvpc mode the task gets its hostname from its network interface',
};

/** linuxParameters members Fargate rejects (§2.3, §2.4). */
const LINUX_PARAMS = ['devices', 'sharedMemorySize', 'tmpfs', 'maxSwap', 'swappiness'] as const;

/** Task parameters Fargate rejects (§2.3, §2.11, §4.23). */
const TASK_PARAMS: Record<string, string> = {
  ipcMode: 'remove "ipcMode", or run the task on EC2',
  placementConstraints: 'remove it; Fargate places tasks itself (choose Availability Zones through the subnets)',
  inferenceAccelerators: 'remove it; Elastic Inference is not available on Fargate (and is deprecated)',
};

/** Volume types Fargate rejects (§2.3, §4.18). */
const VOLUME_TYPES: Record<string, string> = {
  dockerVolumeConfiguration: 'use an EFS volume ("efsVolumeConfiguration") or a name-only bind-mount volume',
  fsxWindowsFileServerVolumeConfiguration: 'use an EFS volume, or run the task on EC2 Windows',
};

export default defineRule({
  meta: {
    id: 'no-fargate-unsupported-parameters',
    category: 'correctness',
    description: 'Disallow task and container parameters that Fargate rejects',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
    ],
    messages: {
      container: '{{container}}: "{{param}}" is not supported on Fargate',
      linux: '{{container}}: "linuxParameters.{{param}}" is not supported on Fargate',
      capability: '{{container}}: capability "{{capability}}" cannot be added on Fargate; only "SYS_PTRACE" can',
      gpu: '{{container}}: GPU resource requirements are not supported on Fargate',
      task: '"{{param}}" is not supported on Fargate',
      pidMode: '"pidMode" "{{mode}}" is not supported on Fargate; only "task" is',
      volume: '{{volume}}: "{{param}}" is not supported on Fargate',
    },
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx) || !isFargate(task, ctx)) return;

    for (const c of containers(task)) {
      // for-in over the tables: no iterator or entry pair per container (this runs cold, for every container).
      for (const param in CONTAINER_PARAMS) {
        if (!isSet(c.container[param])) continue;
        const hint = CONTAINER_PARAMS[param] as string;
        ctx.report({
          messageId: 'container',
          path: [...c.path, param],
          target: 'key',
          data: { container: c.label, param },
          hint,
        });
      }

      for (const [req, i] of objects(c.container.resourceRequirements)) {
        if (req.type !== 'GPU') continue;
        ctx.report({
          messageId: 'gpu',
          path: [...c.path, 'resourceRequirements', i, 'type'],
          data: { container: c.label },
          hint: 'run GPU workloads on EC2 GPU instances',
        });
      }

      const linux = obj(c.container.linuxParameters);
      if (!linux) continue;
      const linuxPath = [...c.path, 'linuxParameters'];
      for (const param of LINUX_PARAMS) {
        if (!isSet(linux[param])) continue;
        ctx.report({
          messageId: 'linux',
          path: [...linuxPath, param],
          target: 'key',
          data: { container: c.label, param },
          hint: RUN_ON_EC2,
        });
      }
      const add = arr(obj(linux.capabilities)?.add);
      add.forEach((cap, i) => {
        // CAP_SYS_PTRACE is the same capability (its prefix is valid-linux-parameters' finding).
        if (typeof cap !== 'string' || cap === 'SYS_PTRACE' || cap === 'CAP_SYS_PTRACE') return;
        ctx.report({
          messageId: 'capability',
          path: [...linuxPath, 'capabilities', 'add', i],
          data: { container: c.label, capability: cap },
          hint: 'remove it from "capabilities.add", or run the task on EC2',
        });
      });
    }

    for (const param in TASK_PARAMS) {
      if (!isSet(task[param])) continue;
      const hint = TASK_PARAMS[param] as string;
      ctx.report({ messageId: 'task', path: [param], target: 'key', data: { param }, hint });
    }
    const pidMode = str(task.pidMode);
    if (pidMode !== undefined && pidMode !== 'task') {
      ctx.report({
        messageId: 'pidMode',
        path: ['pidMode'],
        data: { mode: pidMode },
        hint: 'use "pidMode": "task" to share the process namespace between the containers of the task',
      });
    }

    for (const v of volumes(task)) {
      const label = v.name === undefined ? `volume #${v.index + 1}` : `volume "${v.name}"`;
      for (const param in VOLUME_TYPES) {
        if (!isSet(v.volume[param])) continue;
        const hint = VOLUME_TYPES[param] as string;
        ctx.report({
          messageId: 'volume',
          path: [...v.path, param],
          target: 'key',
          data: { volume: label, param },
          hint,
        });
      }
      const host = obj(v.volume.host);
      if (host && isSet(host.sourcePath)) {
        ctx.report({
          messageId: 'volume',
          path: [...v.path, 'host', 'sourcePath'],
          target: 'key',
          data: { volume: label, param: 'host.sourcePath' },
          hint: 'remove "host" so the volume is a Fargate bind mount (storage that lives with the task), or use EFS',
        });
      }
    }
  },
});
