import { defineRule } from '../../src/rule.js';
import { fargateEntryPath } from '../_helpers/fargate.js';
import { hasTaskContext, isFargate } from '../_helpers/index.js';

export default defineRule({
  meta: {
    id: 'require-awsvpc-on-fargate',
    category: 'correctness',
    description: 'Require the awsvpc network mode on Fargate',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
    ],
    messages: {
      missing: '"networkMode" is missing; Fargate only supports network mode "awsvpc"',
      wrong: 'network mode "{{mode}}" is not supported on Fargate; Fargate only supports "awsvpc"',
    },
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx) || !isFargate(task, ctx)) return;
    const mode = task.networkMode as unknown;
    if (mode === undefined || mode === null) {
      ctx.report({
        messageId: 'missing',
        path: fargateEntryPath(task),
        hint: 'add "networkMode": "awsvpc" to the task definition',
      });
      return;
    }
    // A non-string is the schema's finding.
    if (typeof mode !== 'string' || mode === 'awsvpc') return;
    ctx.report({
      messageId: 'wrong',
      path: ['networkMode'],
      data: { mode },
      hint: 'set "networkMode" to "awsvpc" (host ports then equal container ports)',
    });
  },
});
