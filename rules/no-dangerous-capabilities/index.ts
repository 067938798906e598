import { defineRule } from '../../src/rule.js';
import { arr, containers, isFargate, obj, objects, str } from '../_helpers/index.js';

/** What each capability lets a container do to its host. */
const DANGEROUS: Readonly<Record<string, string>> = {
  ALL: 'grants every capability, as good as "privileged"',
  SYS_ADMIN: 'allows mounts, namespace changes and many container escapes',
  NET_ADMIN: "can change interfaces, routes and firewall rules (the instance's own in host network mode)",
  SYS_MODULE: 'can load kernel modules',
  SYS_RAWIO: 'gives raw access to I/O ports and devices',
  SYS_PTRACE: 'can trace and read the memory of other processes',
  DAC_READ_SEARCH: 'bypasses file read permissions and opens host files by handle (the "shocker" escape)',
  MAC_ADMIN: 'can change the AppArmor or SELinux policy',
  MAC_OVERRIDE: 'can bypass the AppArmor or SELinux policy',
  BPF: 'can load eBPF programs into the kernel',
  PERFMON: 'can use kernel performance monitoring and tracing',
};

/** Accelerator and EFA device nodes: Neuron, NVIDIA, DRI render nodes, Xilinx, InfiniBand verbs. */
const ACCELERATOR = /^\/dev\/(?:neuron\d|nvidia|dri\/|xclmgmt|dri$|infiniband\/)/;

export default defineRule({
  meta: {
    id: 'no-dangerous-capabilities',
    category: 'security',
    description: 'Disallow adding dangerous Linux capabilities and mapping host devices into containers',
    severity: 'error',
    presets: { recommended: 'warning', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Device.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_linuxparameters',
    ],
    messages: {
      capability: '{{container}} adds the "{{capability}}" capability, which {{why}}',
      device: '{{container}} maps the host device "{{device}}" into the container',
      accelerator: '{{container}} maps the host accelerator {{devices}} into the container',
    },
  },
  check(task, ctx) {
    const fargate = isFargate(task, ctx);
    for (const c of containers(task)) {
      const linux = obj(c.container.linuxParameters);
      if (linux === undefined) continue;
      const added = arr(obj(linux.capabilities)?.add);
      for (let i = 0; i < added.length; i++) {
        const capability = str(added[i]);
        if (capability === undefined) continue;
        // "CAP_SYS_ADMIN" and "sys_admin" are the same capability (their spelling is valid-linux-parameters').
        const key = capability.trim().toUpperCase().replace(/^CAP_/, '');
        const why = DANGEROUS[key];
        if (why === undefined) continue;
        // SYS_PTRACE is the one capability Fargate allows, for debuggers and APM agents, inside the task's
        // own process namespace: advice there.
        const note = fargate && key === 'SYS_PTRACE';
        ctx.report({
          messageId: 'capability',
          path: [...c.path, 'linuxParameters', 'capabilities', 'add', i],
          data: { container: c.label, capability, why },
          hint:
            key === 'ALL'
              ? 'list only the capabilities the container needs instead of "ALL"'
              : `remove "${capability}" from "linuxParameters.capabilities.add" unless the container cannot work without it`,
          ...(note ? { severity: 'note' as const } : {}),
        });
      }
      // Accelerators (Inferentia, GPUs, video transcoders, EFA) are mapped this way by design, as the AWS
      // guides show: one note per container. Any other host device is a finding of its own.
      const accelerators: string[] = [];
      let acceleratorIndex = -1;
      for (const [device, j] of objects(linux.devices)) {
        const hostPath = str(device.hostPath)?.trim();
        if (hostPath === undefined || hostPath === '') continue;
        if (ACCELERATOR.test(hostPath)) {
          accelerators.push(hostPath);
          if (acceleratorIndex < 0) acceleratorIndex = j;
          continue;
        }
        ctx.report({
          messageId: 'device',
          path: [...c.path, 'linuxParameters', 'devices', j, 'hostPath'],
          data: { container: c.label, device: hostPath },
          hint: 'remove the device unless the container needs it, and limit its "permissions" to what it uses',
        });
      }
      const [first] = accelerators;
      if (first !== undefined) {
        const devices =
          accelerators.length === 1 ? `device "${first}"` : `devices "${first}" and ${accelerators.length - 1} more`;
        ctx.report({
          messageId: 'accelerator',
          path: [...c.path, 'linuxParameters', 'devices', acceleratorIndex, 'hostPath'],
          data: { container: c.label, devices },
          severity: 'note',
          hint: 'keep "permissions" to what the container uses; for NVIDIA GPUs use "resourceRequirements" of type "GPU" instead',
        });
      }
    }
  },
});
