/**
 * A plugin as docs/policies.md writes one, type-checked by `npm run typecheck` against the declarations
 * the package ships (tsconfig.json maps "ecslint" to dist/types): a change that breaks plugin authors'
 * types fails CI.
 */
import { type ContainerView, defineRule, type LintOptions, lint, type TaskView } from 'ecslint';

const requireStartPeriod = defineRule({
  meta: {
    id: 'acme/require-start-period',
    category: 'policy',
    description: 'Containers with port mappings set healthCheck.startPeriod',
    severity: 'warning',
    presets: { recommended: 'warning', strict: 'warning' },
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html'],
    messages: { missing: 'container "{{name}}" takes traffic but its health check has no "startPeriod"' },
  },
  check(task: TaskView, ctx) {
    const list: ContainerView[] = Array.isArray(task.containerDefinitions) ? task.containerDefinitions : [];
    list.forEach((c, i) => {
      if (Array.isArray(c.portMappings) && c.healthCheck?.startPeriod === undefined) {
        ctx.report({
          messageId: 'missing',
          path: ['containerDefinitions', i],
          target: 'key',
          data: { name: String(c.name) },
        });
      }
    });
  },
});

export default [requireStartPeriod];

/** The library call the README shows, typed. */
export const run = (options: LintOptions) => lint(['deploy/'], { ...options, preset: 'strict' });
