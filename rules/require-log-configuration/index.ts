import { defineRule } from '../../src/rule.js';
import { atContainer, containers } from '../_helpers/index.js';

export default defineRule({
  meta: {
    id: 'require-log-configuration',
    category: 'observability',
    description: 'Require a log configuration with a log driver on every container',
    severity: 'warning',
    presets: { recommended: 'warning', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-9',
    ],
    messages: {
      missing: '{{container}} has no "logConfiguration": its output stays on the host or is lost',
    },
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      // A "logConfiguration" without "logDriver" (or of the wrong type) is the schema's finding; `null`
      // (as console exports write it) means none.
      const log: unknown = c.container.logConfiguration;
      if (log !== undefined && log !== null) continue;
      ctx.report({
        messageId: 'missing',
        ...atContainer(c),
        data: { container: c.label },
        hint: 'add "logConfiguration" with a "logDriver", e.g. "awslogs" with "awslogs-group", "awslogs-region" and "awslogs-stream-prefix"',
      });
    }
  },
});
