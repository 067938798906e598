import { defineRule } from '../../src/rule.js';
import { atContainer, containers } from '../_helpers/index.js';

const isRouter = (config: unknown): boolean => typeof config === 'object' && config !== null;

export default defineRule({
  meta: {
    id: 'require-health-check',
    category: 'reliability',
    description: 'Require a container health check on every essential container',
    severity: 'note',
    presets: { recommended: 'note', strict: 'warning' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/healthcheck.html',
    ],
    messages: {
      missing: '{{container}} is essential but has no "healthCheck": ECS cannot tell when it stops working',
    },
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      // An omitted "essential" means true. A non-essential container may stop without harm.
      if (c.container.essential === false) continue;
      // `null` (as console exports write it) means none.
      const healthCheck: unknown = c.container.healthCheck;
      if (healthCheck !== undefined && healthCheck !== null) continue;
      ctx.report({
        messageId: 'missing',
        ...atContainer(c),
        data: { container: c.label },
        hint: isRouter(c.container.firelensConfiguration)
          ? 'add a "healthCheck" that fits the log router (aws-for-fluent-bit documents one); a hung router loses every container\'s logs'
          : 'add "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"]} with a check that fits the container',
      });
    }
  },
});
