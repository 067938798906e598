import { defineRule } from '../../src/rule.js';
import { containers } from '../_helpers/index.js';

export default defineRule({
  meta: {
    id: 'require-essential-container',
    category: 'correctness',
    description: 'Require at least one essential container',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_environment',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
    ],
    messages: {
      none: 'no container is essential: all {{count}} set "essential": false',
    },
  },
  check(task, ctx) {
    const all = containers(task);
    if (all.length === 0) return;
    // An omitted "essential" means true.
    if (all.some((c) => c.container.essential !== false)) return;
    ctx.report({
      messageId: 'none',
      path: ['containerDefinitions'],
      target: 'key',
      data: { count: all.length },
      hint: 'set "essential": true on the container the task exists to run',
      related: all.map((c) => ({ path: [...c.path, 'essential'], message: `${c.label} is not essential` })),
    });
  },
});
