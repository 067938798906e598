import { defineRule } from '../../src/rule.js';
import { arr, containers, plural } from '../_helpers/index.js';

/** Containers per task definition: a fixed quota, not adjustable (aws-facts §4.1). */
export const MAX_CONTAINERS = 10;

export default defineRule({
  meta: {
    id: 'valid-container-count',
    category: 'correctness',
    description: 'Require 1 to 10 container definitions in a task definition',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
    ],
    messages: {
      empty: '"containerDefinitions" is empty: a task definition needs at least 1 container',
      tooMany: '{{count}} container definitions: a task definition allows at most {{max}}',
    },
  },
  check(task, ctx) {
    const list = task.containerDefinitions;
    if (!Array.isArray(list)) return; // missing or not an array: the schema reports it
    const count = arr(list).length;
    if (count === 0) {
      ctx.report({
        messageId: 'empty',
        path: ['containerDefinitions'],
        target: 'key',
        hint: 'add the container the task runs to "containerDefinitions"',
      });
      return;
    }
    if (count <= MAX_CONTAINERS) return;
    const extra = count - MAX_CONTAINERS;
    const first = containers(task).find((c) => c.index === MAX_CONTAINERS);
    const bare = ctx.kind === 'container-definitions';
    ctx.report({
      messageId: 'tooMany',
      // A bare array has no "containerDefinitions" key: point at the first container over the limit.
      path: bare ? ['containerDefinitions', MAX_CONTAINERS] : ['containerDefinitions'],
      target: 'key',
      data: { count, max: MAX_CONTAINERS },
      hint: `remove or merge ${plural(extra, 'container')}, or split the work into tasks of ${MAX_CONTAINERS} containers or fewer`,
      ...(bare
        ? {}
        : {
            related: [
              {
                path: ['containerDefinitions', MAX_CONTAINERS],
                message: `${first?.label ?? `container #${MAX_CONTAINERS + 1}`} is number ${MAX_CONTAINERS + 1}`,
                target: 'key' as const,
              },
            ],
          }),
    });
  },
});
