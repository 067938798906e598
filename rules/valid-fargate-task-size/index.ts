import { defineRule, type TaskView } from '../../src/rule.js';
import {
  allowsMemory,
  cpusForMemory,
  describeMemory,
  type FargateOs,
  fargateEntryPath,
  fargateSize,
  fargateSizes,
  parseCpu,
  parseMemory,
  type SizeValue,
  showSize,
} from '../_helpers/fargate.js';
import { containers, hasPlaceholder, hasTaskContext, isFargate, isWindows } from '../_helpers/index.js';

const listCpus = (os: FargateOs): string => {
  const cpus = fargateSizes(os).map((s) => s.cpu);
  return `${cpus.slice(0, -1).join(', ')} and ${cpus.at(-1)}`;
};

const orList = (items: readonly number[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/** Present and meant as a value (not null, not a template placeholder). */
const written = (v: unknown): boolean => v !== undefined && v !== null;
const templated = (v: unknown): boolean => typeof v === 'string' && hasPlaceholder(v);

export default defineRule({
  meta: {
    id: 'valid-fargate-task-size',
    category: 'correctness',
    description: 'Require a task cpu and memory pair that Fargate offers',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
      'https://github.com/aws/amazon-ecs-cli/issues/1145',
    ],
    messages: {
      missing: '{{names}} must be defined at the task level on Fargate',
      badCpu: 'cpu {{cpu}} is neither CPU units nor a vCPU string; Fargate cpu values are {{valid}}',
      unknownCpu: 'cpu {{cpu}} is not a Fargate size; valid cpu values are {{valid}}',
      windowsCpu: 'cpu {{cpu}} is not available for Windows on Fargate; valid cpu values are {{valid}}',
      badMemory: 'memory {{memory}} is neither MiB nor a GB string; cpu {{cpu}} allows memory {{allowed}}',
      badMemoryAlone: 'memory {{memory}} is neither MiB nor a GB string',
      pair: 'cpu {{cpu}} allows memory {{allowed}}; got {{memory}}',
      fractional:
        '{{name}} {{value}} is a fractional form that AWS does not document; AWS stores it as "{{canonical}}"',
      noCompatibilities:
        'no "requiresCompatibilities": this Fargate-shaped task (task cpu and memory, "awsvpc", no container memory) registers as EC2-compatible only',
    },
  },
  check(task, ctx) {
    if (ctx.kind === 'task-definition' && task.requiresCompatibilities === undefined && fargateShaped(task)) {
      ctx.report({
        messageId: 'noCompatibilities',
        path: [],
        target: 'key',
        // Registration succeeds; RunTask or a service with the FARGATE launch type then fails.
        severity: 'warning',
        hint: 'add "requiresCompatibilities": ["FARGATE"] to run it on Fargate (RunTask otherwise answers "Task definition does not support launch_type FARGATE"), or ["EC2"] to say EC2 is meant',
        suggestions: [
          {
            message: 'add "requiresCompatibilities": ["FARGATE"]',
            edits: [{ op: 'set', path: ['requiresCompatibilities'], value: ['FARGATE'] }],
          },
          {
            message: 'add "requiresCompatibilities": ["EC2"]',
            edits: [{ op: 'set', path: ['requiresCompatibilities'], value: ['EC2'] }],
          },
        ],
      });
    }
    if (!hasTaskContext(ctx) || !isFargate(task, ctx)) return;
    const os: FargateOs = isWindows(task) ? 'windows' : 'linux';

    // The list of what is missing is built only when something is.
    if (!written(task.cpu) || !written(task.memory)) {
      const missing = (['cpu', 'memory'] as const).filter((k) => !written(task[k]));
      ctx.report({
        messageId: 'missing',
        path: fargateEntryPath(task),
        data: { names: missing.map((k) => `"${k}"`).join(' and ') },
        hint:
          missing.length === 2
            ? 'add task-level "cpu" and "memory" from the Fargate size table, e.g. "cpu": "256", "memory": "512"'
            : `add a task-level "${missing[0]}" from the Fargate size table`,
      });
    }

    // cpu: its row in the table, or undefined when it has none (reported) or is unknown (placeholder).
    let cpu: SizeValue | undefined;
    let row: ReturnType<typeof fargateSize>;
    if (written(task.cpu) && !templated(task.cpu)) {
      cpu = parseCpu(task.cpu);
      if (cpu === undefined) {
        ctx.report({
          messageId: 'badCpu',
          path: ['cpu'],
          data: { cpu: JSON.stringify(task.cpu), valid: listCpus(os) },
          hint: 'write CPU units as a string, such as "1024", or vCPUs, such as "1 vCPU"',
        });
      } else {
        row = fargateSize(cpu.value, os);
        if (row === undefined) {
          const linuxOnly = os === 'windows' && fargateSize(cpu.value, 'linux') !== undefined;
          ctx.report({
            messageId: linuxOnly ? 'windowsCpu' : 'unknownCpu',
            path: ['cpu'],
            data: { cpu: showSize(cpu), valid: listCpus(os) },
            hint: linuxOnly
              ? 'Windows on Fargate needs at least 1 vCPU and at most 4: use "1024", "2048" or "4096"'
              : 'set "cpu" to one of the listed CPU units, e.g. "1024" for 1 vCPU',
          });
        }
        if (cpu.fractional) {
          ctx.report({
            messageId: 'fractional',
            path: ['cpu'],
            severity: 'note',
            data: { name: 'cpu', value: cpu.shown, canonical: cpu.canonical },
            hint: `write "${cpu.canonical}"`,
          });
        }
      }
    }

    if (!written(task.memory) || templated(task.memory)) return;
    const memory = parseMemory(task.memory);
    if (memory === undefined) {
      const shown = JSON.stringify(task.memory);
      ctx.report(
        row && cpu
          ? {
              messageId: 'badMemory',
              path: ['memory'],
              data: { memory: shown, cpu: showSize(cpu), allowed: describeMemory(row.memory) },
              hint: 'write MiB as a string, such as "2048", or GB, such as "2 GB"',
            }
          : {
              messageId: 'badMemoryAlone',
              path: ['memory'],
              data: { memory: shown },
              hint: 'write MiB as a string, such as "2048", or GB, such as "2 GB"',
            },
      );
      return;
    }
    if (memory.fractional) {
      ctx.report({
        messageId: 'fractional',
        path: ['memory'],
        severity: 'note',
        data: { name: 'memory', value: memory.shown, canonical: memory.canonical },
        hint: `write "${memory.canonical}"`,
      });
    }
    if (!row || !cpu) return;
    // What `cpusForMemory(memory.value, os).includes(row.cpu)` answers (each cpu has one row), without the list.
    if (allowsMemory(row, memory.value)) return;
    const others = cpusForMemory(memory.value, os);
    ctx.report({
      messageId: 'pair',
      path: ['memory'],
      data: { cpu: showSize(cpu), allowed: describeMemory(row.memory), memory: showSize(memory) },
      hint:
        others.length > 0
          ? `use a memory value from that list, or a cpu that allows ${memory.value} MiB: ${orList(others)}`
          : 'use a memory value from that list',
      related: [{ path: ['cpu'], message: 'the task cpu' }],
    });
  },
});

/**
 * The shape only a Fargate task needs: task-level cpu and memory, the awsvpc network mode, and no container
 * that sets its own memory (which EC2 tasks usually do). Written that way without "requiresCompatibilities",
 * the task registers for EC2 only.
 */
function fargateShaped(task: TaskView): boolean {
  if (!written(task.cpu) || !written(task.memory) || task.networkMode !== 'awsvpc') return false;
  const all = containers(task);
  return (
    all.length > 0 && all.every((c) => c.container.memory === undefined && c.container.memoryReservation === undefined)
  );
}
