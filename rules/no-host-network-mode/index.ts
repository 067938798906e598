import type { Related } from '../../src/rule.js';
import { defineRule } from '../../src/rule.js';
import { containers, hasTaskContext, isWindows, plural } from '../_helpers/index.js';
import { userKind } from '../require-non-root-user/user.js';

export default defineRule({
  meta: {
    id: 'no-host-network-mode',
    category: 'security',
    description: 'Disallow the host network mode, and above all with root or privileged containers',
    severity: 'error',
    presets: { recommended: 'warning', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#network_mode',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-user-for-host-mode-check.html',
    ],
    messages: {
      host: '"networkMode" is "host": the containers share the instance\'s network stack',
      hostRoot: '"networkMode" is "host" and {{who}}: they share the instance\'s network stack',
    },
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx) || task.networkMode !== 'host') return;
    // "user" does not apply to Windows containers, so only "privileged" counts there.
    const linux = !isWindows(task);
    const related: Related[] = [];
    let single = '';
    for (const c of containers(task)) {
      const user = linux ? userKind(c.container) : undefined;
      if (c.container.privileged === true) {
        related.push({ path: [...c.path, 'privileged'], message: `${c.label} is privileged` });
        single = `${c.label} is privileged`;
      } else if (user === 'root') {
        related.push({ path: [...c.path, 'user'], message: `${c.label} runs as root` });
        single = `${c.label} runs as root`;
      } else if (user === 'absent') {
        const message = `${c.label} sets no "user", so it runs as the image's user (root unless the image says otherwise)`;
        related.push({ path: [...c.path, c.container.user === undefined ? 'name' : 'user'], message });
        single = `${c.label} may run as root (no "user")`;
      }
    }
    if (related.length === 0) {
      ctx.report({
        messageId: 'host',
        path: ['networkMode'],
        severity: 'warning',
        hint: 'use "awsvpc" or "bridge" unless the task needs the host\'s network; if it does, run its containers as a non-root "user"',
      });
      return;
    }
    const who = related.length === 1 ? single : `${plural(related.length, 'container')} run as root or privileged`;
    ctx.report({
      messageId: 'hostRoot',
      path: ['networkMode'],
      data: { who },
      hint: 'use "awsvpc" or "bridge", or give every container a non-root "user" and no "privileged"',
      related,
    });
  },
});
