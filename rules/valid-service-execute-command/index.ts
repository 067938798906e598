import { defineRule, LAUNCH_KINDS } from '../../src/rule.js';
import { launchView, paired, str } from '../_helpers/launch.js';

export default defineRule({
  meta: {
    id: 'valid-service-execute-command',
    category: 'reliability',
    description: 'Require a task role when ECS Exec ("enableExecuteCommand") is turned on',
    severity: 'warning',
    presets: { recommended: 'warning', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
    ],
    messages: {
      noTaskRole:
        '"enableExecuteCommand" is true, but {{td}} has no "taskRoleArn": ECS Exec needs a task role that allows the ssmmessages actions, so "execute-command" will fail',
    },
    appliesTo: LAUNCH_KINDS,
  },
  check(task, ctx) {
    if (launchView(task).enableExecuteCommand !== true) return;
    const td = paired(ctx);
    if (!td) return;
    const role = str(td.task.taskRoleArn);
    if (role !== undefined && role !== '') return;
    ctx.report({
      messageId: 'noTaskRole',
      path: ['enableExecuteCommand'],
      data: { td: td.label },
      hint: 'add a "taskRoleArn" whose role allows ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel and OpenDataChannel',
      related: [
        {
          in: 'task-definition',
          path: td.task.family === undefined ? [] : ['family'],
          message: 'the task definition',
          target: 'key',
        },
      ],
    });
  },
});
