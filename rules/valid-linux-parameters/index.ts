import { distance } from 'fastest-levenshtein';
import { defineRule, type RuleContext } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { arr, type ContainerRef, containers, num, type Obj, obj, objects, quoteList, str } from '../_helpers/index.js';

/** `KernelCapabilities.add`/`drop` values the ECS API lists (aws-facts.md §4.13). */
export const ECS_CAPABILITIES: readonly string[] = [
  'ALL',
  'AUDIT_CONTROL',
  'AUDIT_WRITE',
  'BLOCK_SUSPEND',
  'CHOWN',
  'DAC_OVERRIDE',
  'DAC_READ_SEARCH',
  'FOWNER',
  'FSETID',
  'IPC_LOCK',
  'IPC_OWNER',
  'KILL',
  'LEASE',
  'LINUX_IMMUTABLE',
  'MAC_ADMIN',
  'MAC_OVERRIDE',
  'MKNOD',
  'NET_ADMIN',
  'NET_BIND_SERVICE',
  'NET_BROADCAST',
  'NET_RAW',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_ADMIN',
  'SYS_BOOT',
  'SYS_CHROOT',
  'SYS_MODULE',
  'SYS_NICE',
  'SYS_PACCT',
  'SYS_PTRACE',
  'SYS_RAWIO',
  'SYS_RESOURCE',
  'SYS_TIME',
  'SYS_TTY_CONFIG',
  'SYSLOG',
  'WAKE_ALARM',
];

/**
 * Real Linux capabilities that the current ECS API list leaves out (AUDIT_READ was in the 2023 developer
 * guide's add list; the others are newer kernels'). Docker knows them; whether ECS accepts them is not
 * documented, so they are warnings.
 */
export const OTHER_LINUX_CAPABILITIES: readonly string[] = ['AUDIT_READ', 'BPF', 'PERFMON', 'CHECKPOINT_RESTORE'];

/** `Tmpfs.mountOptions` values the ECS API lists (aws-facts.md §4.13). */
export const TMPFS_MOUNT_OPTIONS: readonly string[] = [
  'defaults',
  'ro',
  'rw',
  'suid',
  'nosuid',
  'dev',
  'nodev',
  'exec',
  'noexec',
  'sync',
  'async',
  'dirsync',
  'remount',
  'mand',
  'nomand',
  'atime',
  'noatime',
  'diratime',
  'nodiratime',
  'bind',
  'rbind',
  'unbindable',
  'runbindable',
  'private',
  'rprivate',
  'shared',
  'rshared',
  'slave',
  'rslave',
  'relatime',
  'norelatime',
  'strictatime',
  'nostrictatime',
  'mode',
  'uid',
  'gid',
  'nr_inodes',
  'nr_blocks',
  'mpol',
];
/** Listed options that take a value in mount syntax (`mode=1777`); that form is not flagged. */
const VALUED_OPTIONS = new Set(['mode', 'uid', 'gid', 'nr_inodes', 'nr_blocks', 'mpol']);

export type CapabilityVerdict =
  | { kind: 'ok' }
  | { kind: 'empty' }
  | { kind: 'prefix'; fix: string }
  | { kind: 'case'; fix: string }
  | { kind: 'spaces'; fix: string }
  | { kind: 'notInApi' }
  | { kind: 'unknown'; suggestion?: string };

/** How a capability name reads to ECS and Docker. */
export function classifyCapability(name: string): CapabilityVerdict {
  const trimmed = name.trim();
  if (trimmed === '') return { kind: 'empty' };
  // Docker upper-cases a name and adds "CAP_", but keeps spaces: " NET_ADMIN" is no capability.
  if (trimmed !== name) {
    const inner = classifyCapability(trimmed);
    return { kind: 'spaces', fix: inner.kind === 'prefix' || inner.kind === 'case' ? inner.fix : trimmed };
  }
  if (ECS_CAPABILITIES.includes(trimmed)) return { kind: 'ok' };
  const upper = trimmed.toUpperCase();
  // Docker takes "ALL" in any case, but not "CAP_ALL".
  if (upper === 'CAP_ALL') return { kind: 'unknown', suggestion: 'ALL' };
  const bare = upper.startsWith('CAP_') ? upper.slice(4) : upper;
  const known = ECS_CAPABILITIES.includes(bare) || OTHER_LINUX_CAPABILITIES.includes(bare);
  if (known && upper.startsWith('CAP_')) return { kind: 'prefix', fix: bare };
  if (known && trimmed !== bare) return { kind: 'case', fix: bare };
  if (OTHER_LINUX_CAPABILITIES.includes(bare)) return { kind: 'notInApi' };
  const suggestion = closest(bare, ECS_CAPABILITIES);
  return suggestion === undefined ? { kind: 'unknown' } : { kind: 'unknown', suggestion };
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 4)) ? best : undefined;
}

type Ctx = RuleContext<string>;

/**
 * ulimits: a soft limit above the hard one is refused by the kernel (setrlimit: EINVAL), so the runtime
 * cannot create the container; a name given twice leaves one value silently unused.
 */
function checkUlimits(ctx: Ctx, c: ContainerRef): void {
  const list = c.container.ulimits;
  if (!Array.isArray(list) || list.length === 0) return;
  const first = new Map<string, number>();
  for (const [u, i] of objects(list)) {
    const name = typeof u.name === 'string' ? u.name : undefined;
    if (name === undefined) continue;
    const soft = num(u.softLimit);
    const hard = num(u.hardLimit);
    // -1 is "unlimited" to Docker: it is above any hard limit only when the hard limit is not unlimited.
    const unlimited = (v: number): boolean => v === -1;
    if (soft !== undefined && hard !== undefined && !unlimited(hard) && (unlimited(soft) || soft > hard)) {
      ctx.report({
        messageId: 'ulimitSoftAboveHard',
        path: [...c.path, 'ulimits', i, 'softLimit'],
        data: { container: c.label, name, soft: soft === -1 ? '-1 (unlimited)' : soft, hard },
        hint: `lower "softLimit" to ${hard} or less, or raise "hardLimit" to ${soft === -1 ? '-1' : soft}`,
        related: [{ path: [...c.path, 'ulimits', i, 'hardLimit'], message: `"hardLimit" is ${hard}` }],
      });
    }
    const earlier = first.get(name);
    if (earlier === undefined) first.set(name, i);
    else {
      ctx.report({
        messageId: 'ulimitDuplicate',
        path: [...c.path, 'ulimits', i, 'name'],
        data: { container: c.label, name },
        hint: 'keep one entry per ulimit name: merge the limits into one',
        related: [{ path: [...c.path, 'ulimits', earlier, 'name'], message: `the first "${name}" ulimit` }],
      });
    }
  }
}

/** Kernel capabilities to add and drop: names from the ECS KernelCapabilities list, written as the API writes them. */
function checkCapabilities(ctx: Ctx, lp: Obj, lpPath: JsonPath, container: string): void {
  const caps = obj(lp.capabilities);
  for (const list of ['add', 'drop'] as const) {
    const items = arr(caps?.[list]);
    for (let i = 0; i < items.length; i++) {
      const name = items[i];
      if (typeof name !== 'string') continue;
      const path = [...lpPath, 'capabilities', list, i];
      const verdict = classifyCapability(name);
      switch (verdict.kind) {
        case 'ok':
          break;
        case 'empty':
          ctx.report({
            messageId: 'capEmpty',
            path,
            data: { container, list },
            hint: 'remove the empty entry or name a capability such as "NET_BIND_SERVICE"',
          });
          break;
        case 'prefix':
          // Docker accepts either form; the ECS API lists the names without the prefix.
          ctx.report({
            messageId: 'capPrefix',
            path,
            data: { container, name, list },
            severity: 'warning',
            hint: `write "${verdict.fix}"`,
          });
          break;
        case 'case':
          ctx.report({
            messageId: 'capCase',
            path,
            data: { container, name, list },
            severity: 'warning',
            hint: `write "${verdict.fix}"`,
          });
          break;
        case 'spaces':
          ctx.report({
            messageId: 'capSpaces',
            path,
            data: { container, quoted: JSON.stringify(name.length > 40 ? `${name.slice(0, 39)}…` : name), list },
            hint: `write "${verdict.fix}"`,
          });
          break;
        case 'notInApi':
          ctx.report({
            messageId: 'capNotInApi',
            path,
            data: { container, name, list },
            severity: 'warning',
            hint: 'check that ECS registers it; the API documents only the names in its KernelCapabilities list',
          });
          break;
        case 'unknown':
          ctx.report({
            messageId: 'capUnknown',
            path,
            data: { container, name: name.length > 40 ? `${name.slice(0, 39)}…` : name, list },
            hint:
              verdict.suggestion === undefined
                ? 'use a name from the ECS KernelCapabilities list, e.g. "NET_BIND_SERVICE" or "SYS_PTRACE"'
                : `did you mean "${verdict.suggestion}"?`,
          });
          break;
      }
    }
  }
}

/** Devices: permissions are an enum the schema checks; the paths are checked here. */
function checkDevices(ctx: Ctx, lp: Obj, lpPath: JsonPath, container: string): void {
  for (const [device, i] of objects(lp.devices)) {
    const path = [...lpPath, 'devices', i];
    const hostPath = str(device.hostPath);
    if (hostPath !== undefined && hostPath.trim() === '') {
      ctx.report({
        messageId: 'deviceEmpty',
        path: [...path, 'hostPath'],
        data: { container },
        hint: 'give the device path on the host, e.g. "/dev/fuse"',
      });
    }
    for (const field of ['hostPath', 'containerPath'] as const) {
      const value = str(device[field]);
      if (value === undefined || value.trim() === '' || value.startsWith('/')) continue;
      ctx.report({
        messageId: 'deviceRelative',
        path: [...path, field],
        data: { container, field, path: value },
        severity: 'warning',
        hint: `write it from the root: "/${value.replace(/^\.?\//, '')}"`,
      });
    }
  }
}

/** tmpfs mounts: an absolute container path, and mount options from the ECS list. */
function checkTmpfs(ctx: Ctx, lp: Obj, lpPath: JsonPath, container: string): void {
  for (const [mount, i] of objects(lp.tmpfs)) {
    const path = [...lpPath, 'tmpfs', i];
    const containerPath = str(mount.containerPath);
    if (containerPath !== undefined && containerPath.trim() === '') {
      ctx.report({
        messageId: 'tmpfsEmpty',
        path: [...path, 'containerPath'],
        data: { container },
        hint: 'give the absolute path where the tmpfs is mounted, e.g. "/run"',
      });
    } else if (containerPath !== undefined && !containerPath.startsWith('/')) {
      ctx.report({
        messageId: 'tmpfsRelative',
        path: [...path, 'containerPath'],
        data: { container, path: containerPath },
        hint: `write it from the root: "/${containerPath.replace(/^\.?\//, '')}"`,
      });
    }
    const where = containerPath !== undefined && containerPath.trim() !== '' ? `"${containerPath}"` : `#${i + 1}`;
    const options = arr(mount.mountOptions);
    for (let j = 0; j < options.length; j++) {
      const option = options[j];
      if (typeof option !== 'string') continue;
      const optionPath = [...path, 'mountOptions', j];
      const trimmed = option.trim();
      if (TMPFS_MOUNT_OPTIONS.includes(trimmed)) continue;
      const key = trimmed.split('=')[0] ?? '';
      if (trimmed.includes('=') && VALUED_OPTIONS.has(key)) continue;
      if (trimmed === '') {
        ctx.report({
          messageId: 'tmpfsOptionEmpty',
          path: optionPath,
          data: { container, path: where },
          hint: 'remove the empty entry',
        });
      } else if (key === 'size') {
        ctx.report({
          messageId: 'tmpfsOptionSize',
          path: optionPath,
          data: { container, path: where, option: trimmed },
          severity: 'warning',
          hint: 'remove it and set "size" (MiB) on the tmpfs entry',
        });
      } else {
        const parts = trimmed.split(',').map((p) => p.trim());
        const joined = parts.length > 1 && parts.every((p) => TMPFS_MOUNT_OPTIONS.includes(p.split('=')[0] ?? ''));
        const suggestion = closest(trimmed.toLowerCase(), TMPFS_MOUNT_OPTIONS);
        ctx.report({
          messageId: 'tmpfsOptionUnknown',
          path: optionPath,
          data: { container, path: where, option: trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed },
          hint: joined
            ? `give each option as its own element: ${quoteList(parts)}`
            : suggestion === undefined
              ? 'use options from the ECS list, e.g. "rw", "noexec", "nosuid", "nodev"'
              : `did you mean "${suggestion}"?`,
        });
      }
    }
  }
}

/** Swap and shared memory: swappiness 0-100, no negative sizes. */
function checkSwapAndSharedMemory(ctx: Ctx, lp: Obj, lpPath: JsonPath, container: string): void {
  const swappiness = num(lp.swappiness);
  if (swappiness !== undefined && (swappiness < 0 || swappiness > 100)) {
    ctx.report({
      messageId: 'swappiness',
      path: [...lpPath, 'swappiness'],
      data: { container, value: swappiness },
      hint: 'set "swappiness" between 0 (no swapping) and 100; the default is 60',
    });
  }
  for (const field of ['maxSwap', 'sharedMemorySize'] as const) {
    const value = num(lp[field]);
    if (value === undefined || value >= 0) continue;
    ctx.report({
      messageId: 'negative',
      path: [...lpPath, field],
      data: { container, field, value },
      hint:
        field === 'maxSwap'
          ? 'set "maxSwap" to 0 (no swap) or a positive number of MiB, or remove it'
          : 'set "sharedMemorySize" to a positive number of MiB, or remove it',
    });
  }
}

export default defineRule({
  meta: {
    id: 'valid-linux-parameters',
    category: 'correctness',
    description:
      'Require Linux capability names, devices, tmpfs mount options, swap settings and ulimits that ECS accepts',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Device.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tmpfs.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Ulimit.html',
      'https://github.com/opencontainers/runtime-spec/blob/main/config.md#posix-process',
    ],
    messages: {
      capEmpty: '{{container}}: "linuxParameters.capabilities.{{list}}" has an empty capability name',
      capPrefix:
        '{{container}}: capability "{{name}}" in "linuxParameters.capabilities.{{list}}" has the "CAP_" prefix, which ECS values leave out',
      capCase: '{{container}}: capability "{{name}}" in "linuxParameters.capabilities.{{list}}" is not upper-case',
      capSpaces:
        '{{container}}: capability {{quoted}} in "linuxParameters.capabilities.{{list}}" has spaces around it, which Docker keeps',
      capNotInApi:
        '{{container}}: capability "{{name}}" in "linuxParameters.capabilities.{{list}}" is not in the list the ECS API accepts',
      capUnknown: '{{container}}: "{{name}}" in "linuxParameters.capabilities.{{list}}" is not a Linux capability',
      deviceEmpty: '{{container}}: device "hostPath" is empty',
      deviceRelative: '{{container}}: device "{{field}}" "{{path}}" is not an absolute path',
      tmpfsEmpty: '{{container}}: tmpfs "containerPath" is empty',
      tmpfsRelative: '{{container}}: tmpfs "containerPath" "{{path}}" is not an absolute path',
      tmpfsOptionEmpty: '{{container}}: tmpfs {{path}} has an empty mount option',
      tmpfsOptionSize: '{{container}}: tmpfs {{path}} sets "{{option}}" as a mount option instead of the "size" member',
      tmpfsOptionUnknown: '{{container}}: tmpfs {{path}} mount option "{{option}}" is not one that ECS accepts',
      swappiness: '{{container}}: "linuxParameters.swappiness" {{value}} is outside 0–100',
      negative: '{{container}}: "linuxParameters.{{field}}" {{value}} is negative',
      ulimitSoftAboveHard:
        '{{container}}: ulimit "{{name}}" has "softLimit" {{soft}} above "hardLimit" {{hard}}, so the container cannot start',
      ulimitDuplicate: '{{container}}: ulimit "{{name}}" is given more than once',
    },
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      checkUlimits(ctx, c);
      const lp = obj(c.container.linuxParameters);
      if (!lp) continue;
      const lpPath = [...c.path, 'linuxParameters'];
      const container = c.label;

      checkCapabilities(ctx, lp, lpPath, container);
      checkDevices(ctx, lp, lpPath, container);
      checkTmpfs(ctx, lp, lpPath, container);
      checkSwapAndSharedMemory(ctx, lp, lpPath, container);
    }
  },
});
