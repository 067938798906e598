import { defineRule, type Related, type RuleContext } from '../../src/rule.js';
import { parseCpu, parseMemory } from '../_helpers/fargate.js';
import { type ContainerRef, containers, hasTaskContext, launchTypes, num } from '../_helpers/index.js';

/** Docker 20.10+ reserves 6 MiB per container (4 MiB before 19.03.13-ce). */
const MIN_MEMORY_MIB = 6;
/** The task `cpu` range on EC2 and EXTERNAL in the current API (aws-facts §3.2). */
const EC2_CPU = { min: 128, max: 196608 };

/** How a task-level value is shown: `2048`, or `"2 GB" (2048 MiB)` when written in another form. */
function shown(written: unknown, value: number, unit: string): string {
  if (typeof written === 'number' || (typeof written === 'string' && written.trim() === String(value))) {
    return String(value);
  }
  return `${JSON.stringify(written)} (${value} ${unit})`;
}

/** A number, `absent`, or `unknown` for any other value (a string, a placeholder: the schema's business). */
function amount(v: unknown): number | 'absent' | 'unknown' {
  if (v === undefined || v === null) return 'absent';
  return num(v) ?? 'unknown';
}

/** Warn about a container memory value below what Docker reserves (likely meant in GB). */
function checkTiny(
  ctx: RuleContext<'tinyMemory'>,
  c: ContainerRef,
  property: 'memory' | 'memoryReservation',
  value: number | 'absent' | 'unknown',
): void {
  if (typeof value === 'number' && value > 0 && value < MIN_MEMORY_MIB) {
    ctx.report({
      messageId: 'tinyMemory',
      path: [...c.path, property],
      severity: 'warning',
      data: { container: c.label, property, value, min: MIN_MEMORY_MIB },
      hint: `give the container at least ${MIN_MEMORY_MIB} MiB; the value is in MiB, not GB`,
    });
  }
}

const reservationOf = (c: ContainerRef): number | 'absent' | 'unknown' => amount(c.container.memoryReservation);

/** What a container takes from the task's memory: its soft limit, else its hard limit. */
function memoryTaken(c: ContainerRef): number | 'absent' | 'unknown' {
  const reservation = reservationOf(c);
  return reservation !== 'absent' ? reservation : amount(c.container.memory);
}

const cpuOf = (c: ContainerRef): number | 'absent' | 'unknown' => amount(c.container.cpu);

/**
 * The positive amounts of the containers added up, how many there are, and whether every amount is known
 * (a value that is not a number, such as a placeholder, leaves the sum unknown).
 */
function total(
  all: readonly ContainerRef[],
  amountOf: (c: ContainerRef) => number | 'absent' | 'unknown',
): { sum: number; count: number; known: boolean } {
  let sum = 0;
  let count = 0;
  let known = true;
  for (const c of all) {
    const v = amountOf(c);
    if (v === 'unknown') known = false;
    else if (typeof v === 'number' && v > 0) {
      sum += v;
      count++;
    }
  }
  return { sum, count, known };
}

/** How a message lists the parts of a sum: `"app" 384 + "sidecar" 256`. */
const partsOf = (parts: readonly [ContainerRef, number][]): string =>
  parts.map(([c, v]) => `${who(c)} ${v}`).join(' + ');

/** The containers with a positive amount, with it. */
function positive(
  all: readonly ContainerRef[],
  amountOf: (c: ContainerRef) => number | 'absent' | 'unknown',
): [ContainerRef, number][] {
  const out: [ContainerRef, number][] = [];
  for (const c of all) {
    const v = amountOf(c);
    if (typeof v === 'number' && v > 0) out.push([c, v]);
  }
  return out;
}

const who = (c: ContainerRef): string => (c.name === undefined ? `#${c.index + 1}` : `"${c.name}"`);

export default defineRule({
  meta: {
    id: 'valid-task-resources',
    category: 'correctness',
    description: 'Keep container cpu and memory within the task size and "memoryReservation" within "memory"',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_size',
    ],
    messages: {
      reservationAboveMemory: '{{container}}: "memoryReservation" {{reservation}} is greater than "memory" {{memory}}',
      tinyMemory:
        '{{container}}: "{{property}}" {{value}} MiB is less than the {{min}} MiB Docker reserves for a container',
      containerAboveTaskMemory: '{{container}}: "memory" {{memory}} MiB is greater than the task "memory" {{task}}',
      reservedAboveTaskMemory:
        'the containers reserve {{sum}} MiB of memory ({{parts}}), more than the task "memory" {{task}}',
      reservationsAboveTaskMemory:
        'the "memoryReservation" values add up to {{sum}} MiB ({{parts}}), more than the task "memory" {{task}}',
      cpuSumAboveTask: 'the containers\' "cpu" values add up to {{sum}} ({{parts}}), more than the task "cpu" {{task}}',
      containerCpuAboveTask: '{{container}}: "cpu" {{cpu}} is greater than the task "cpu" {{task}}',
      taskCpuRange:
        'task "cpu" {{task}} is outside the {{min}}–{{max}} CPU units (0.125–192 vCPU) that {{launchType}} accepts',
    },
  },
  check(task, ctx) {
    const all = containers(task);

    // Per container, whatever the document kind.
    for (const c of all) {
      const memory = amount(c.container.memory);
      const reservation = amount(c.container.memoryReservation);
      if (typeof memory === 'number' && typeof reservation === 'number' && memory > 0 && reservation > memory) {
        ctx.report({
          messageId: 'reservationAboveMemory',
          path: [...c.path, 'memoryReservation'],
          data: { container: c.label, reservation, memory },
          hint: 'set "memoryReservation" (the soft limit) at or below "memory" (the hard limit)',
          related: [{ path: [...c.path, 'memory'], message: `the hard limit is ${memory} MiB` }],
        });
      }
      checkTiny(ctx, c, 'memory', memory);
      checkTiny(ctx, c, 'memoryReservation', reservation);
    }

    // Against the task size. Elastic Beanstalk builds Dockerrun v2 tasks without task cpu or memory.
    if (!hasTaskContext(ctx) || ctx.kind === 'dockerrun-v2') return;

    const taskMemory = parseMemory(task.memory)?.value;
    if (taskMemory !== undefined) {
      let overLimit = false;
      for (const c of all) {
        const memory = amount(c.container.memory);
        if (typeof memory === 'number' && memory > taskMemory) {
          overLimit = true;
          ctx.report({
            messageId: 'containerAboveTaskMemory',
            path: [...c.path, 'memory'],
            data: { container: c.label, memory, task: shown(task.memory, taskMemory, 'MiB') },
            hint: 'lower the container "memory" or raise the task "memory"',
            related: [{ path: ['memory'], message: `the task has ${taskMemory} MiB` }],
          });
        }
      }
      // ECS rejects soft limits that add up to more than the task has: "The sum of all container
      // 'memoryReservation' values cannot be greater than the value of the task 'memory'".
      const reservations = total(all, reservationOf);
      const reservationsOver = reservations.known && reservations.sum > taskMemory;
      if (reservationsOver) {
        const reserved = positive(all, reservationOf);
        ctx.report({
          messageId: 'reservationsAboveTaskMemory',
          path: ['memory'],
          data: { sum: reservations.sum, parts: partsOf(reserved), task: shown(task.memory, taskMemory, 'MiB') },
          hint: 'lower the containers\' "memoryReservation" or raise the task "memory"',
          related: reserved.map(([c]) => ({
            path: [...c.path, 'memoryReservation'],
            message: `${c.label} reserves this`,
          })),
        });
      }
      // What the containers take from the task (the list is built only for a finding).
      const { sum, count, known } = total(all, memoryTaken);
      if (!overLimit && !reservationsOver && known && count > 1 && sum > taskMemory) {
        const reserved = positive(all, memoryTaken);
        ctx.report({
          messageId: 'reservedAboveTaskMemory',
          path: ['memory'],
          severity: 'warning',
          data: { sum, parts: partsOf(reserved), task: shown(task.memory, taskMemory, 'MiB') },
          hint: 'lower the containers\' "memoryReservation" (or "memory") or raise the task "memory"',
          related: reserved.map(([c]) => ({
            path: [...c.path, c.container.memoryReservation !== undefined ? 'memoryReservation' : 'memory'],
            message: `${c.label} reserves this`,
          })),
        });
      }
    }

    const taskCpu = parseCpu(task.cpu)?.value;
    if (taskCpu !== undefined) {
      const { sum, known } = total(all, cpuOf);
      const hint = 'lower the containers\' "cpu" or raise the task "cpu" (1 vCPU = 1024 CPU units)';
      // A sum above the task's has a positive part (the list is built only for a finding).
      const cpus = known && sum > taskCpu ? positive(all, cpuOf) : [];
      const first = cpus[0];
      if (known && sum > taskCpu && first !== undefined) {
        if (cpus.length === 1) {
          const [c, cpu] = first;
          ctx.report({
            messageId: 'containerCpuAboveTask',
            path: [...c.path, 'cpu'],
            data: { container: c.label, cpu, task: shown(task.cpu, taskCpu, 'CPU units') },
            hint,
            related: [{ path: ['cpu'], message: `the task has ${taskCpu} CPU units` }],
          });
        } else {
          const related: Related[] = cpus.map(([c, v]) => ({
            path: [...c.path, 'cpu'],
            message: `${c.label} asks for ${v}`,
          }));
          ctx.report({
            messageId: 'cpuSumAboveTask',
            path: ['cpu'],
            data: { sum, parts: partsOf(cpus), task: shown(task.cpu, taskCpu, 'CPU units') },
            hint,
            related,
          });
        }
      }

      const types = taskCpu < EC2_CPU.min || taskCpu > EC2_CPU.max ? launchTypes(task, ctx) : undefined;
      const ec2Like = types !== undefined && !types.has('FARGATE') && (types.has('EC2') || types.has('EXTERNAL'));
      if (ec2Like) {
        ctx.report({
          messageId: 'taskCpuRange',
          path: ['cpu'],
          data: {
            task: shown(task.cpu, taskCpu, 'CPU units'),
            min: EC2_CPU.min,
            max: EC2_CPU.max,
            launchType: types?.has('EC2') ? 'EC2' : 'EXTERNAL',
          },
          hint: `set the task "cpu" between ${EC2_CPU.min} and ${EC2_CPU.max} CPU units, or leave it out`,
        });
      }
    }
  },
});
