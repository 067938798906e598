import { defineRule } from '../../src/rule.js';
import { containers } from '../_helpers/index.js';

export default defineRule({
  meta: {
    id: 'no-privileged-container',
    category: 'security',
    description: 'Disallow containers that run privileged',
    severity: 'error',
    presets: { recommended: 'warning', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
      'https://docs.aws.amazon.com/config/latest/developerguide/ecs-containers-nonprivileged.html',
    ],
    messages: {
      privileged: '{{container}} runs privileged: root on the host, with every capability and every host device',
    },
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      // Only an explicit true: a string "true" is the schema's finding, and AWS would reject it.
      if (c.container.privileged !== true) continue;
      ctx.report({
        messageId: 'privileged',
        path: [...c.path, 'privileged'],
        data: { container: c.label },
        hint: 'remove "privileged": true and add only the capabilities it needs in "linuxParameters.capabilities.add"',
      });
    }
  },
});
