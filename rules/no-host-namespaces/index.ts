import { defineRule } from '../../src/rule.js';
import { hasTaskContext } from '../_helpers/index.js';

export default defineRule({
  meta: {
    id: 'no-host-namespaces',
    category: 'security',
    description: 'Disallow sharing the host\'s process or IPC namespace ("pidMode" or "ipcMode" "host")',
    severity: 'error',
    presets: { recommended: 'warning', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_pidmode',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_ipcmode',
      'https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-pid-mode-check.html',
    ],
    messages: {
      pid: '"pidMode" is "host": the containers see, and as root can signal or trace, every process on the instance',
      ipc: '"ipcMode" is "host": the containers share the instance\'s IPC namespace and shared memory',
    },
  },
  check(task, ctx) {
    // Task-level fields (checkov's CKV_AWS_335 looks for pidMode in the containers and never finds it).
    if (!hasTaskContext(ctx)) return;
    if (task.pidMode === 'host') {
      ctx.report({
        messageId: 'pid',
        path: ['pidMode'],
        hint: 'set "pidMode" to "task" to share processes only among this task\'s containers, or remove it',
      });
    }
    if (task.ipcMode === 'host') {
      ctx.report({
        messageId: 'ipc',
        path: ['ipcMode'],
        hint: 'set "ipcMode" to "task" to share IPC only among this task\'s containers, or "none", or remove it',
      });
    }
  },
});
