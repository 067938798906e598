import { defineRule } from '../../src/rule.js';
import { atContainer, containers, hasTaskContext, isFargate, launchTypes, num } from '../_helpers/index.js';

export default defineRule({
  meta: {
    id: 'require-container-memory',
    category: 'correctness',
    description: 'Require "memory" or "memoryReservation" on every container when the task sets no "memory"',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_memory',
      'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/create_deploy_docker_v2config.html',
    ],
    messages: {
      missing: '{{container}} sets neither "memory" nor "memoryReservation", and {{task}}',
      zero: '{{container}}: "{{property}}" {{value}} is not a memory limit, and {{task}}',
    },
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx)) return; // a bare array: the task around it may set "memory"
    if (isFargate(task, ctx)) return; // Fargate requires task memory (valid-fargate-task-size)
    const types = launchTypes(task, ctx);
    if (!(types?.has('EC2') || types?.has('EXTERNAL'))) return;
    const dockerrun = ctx.kind === 'dockerrun-v2';
    // Elastic Beanstalk builds the task definition without task-level memory, whatever the file says.
    if (!dockerrun && task.memory !== undefined && task.memory !== null) return;
    const taskWords = dockerrun
      ? 'Elastic Beanstalk sets no task-level "memory" for Dockerrun v2'
      : 'the task sets no "memory"';
    const hint = dockerrun
      ? 'set "memoryReservation" (soft limit, MiB) or "memory" (hard limit, MiB) on the container'
      : 'set "memoryReservation" (soft limit, MiB) or "memory" (hard limit, MiB) on the container, or a task-level "memory"';

    for (const c of containers(task)) {
      const { memory, memoryReservation } = c.container;
      // Any other value (a string, a placeholder) is the schema's business, or unknown: not ours.
      if (memory !== undefined && memory !== null && num(memory) === undefined) continue;
      if (memoryReservation !== undefined && memoryReservation !== null && num(memoryReservation) === undefined) {
        continue;
      }
      const values = [
        ['memory', num(memory)],
        ['memoryReservation', num(memoryReservation)],
      ] as const;
      if (values.some(([, v]) => v !== undefined && v > 0)) continue;
      const given = values.find(([, v]) => v !== undefined);
      if (given === undefined) {
        ctx.report({
          messageId: 'missing',
          ...atContainer(c),
          data: { container: c.label, task: taskWords },
          hint,
        });
      } else {
        const [property, value] = given;
        ctx.report({
          messageId: 'zero',
          path: [...c.path, property],
          data: { container: c.label, property, value: value ?? 0, task: taskWords },
          hint,
        });
      }
    }
  },
});
