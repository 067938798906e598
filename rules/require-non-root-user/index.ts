import { defineRule } from '../../src/rule.js';
import { atContainer, containers, isObject, isWindows, str } from '../_helpers/index.js';
import { userKind } from './user.js';

/** The levels a finding is reported at, made once rather than for each finding. */
const NOTE = { severity: 'note' } as const;
const DEFAULT = {};

export default defineRule({
  meta: {
    id: 'require-non-root-user',
    category: 'security',
    description: 'Require Linux containers to run as a non-root user',
    severity: 'warning',
    presets: { recommended: 'off', strict: 'warning' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
      'https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-nonroot-user.html',
    ],
    messages: {
      absent:
        '{{container}} sets no "user", so it runs as the image\'s user, which is root unless the image says otherwise',
      root: '{{container}} runs as root: "user" is "{{user}}"',
    },
  },
  check(task, ctx) {
    // "user" is not supported on Windows (aws-facts §3.6).
    if (isWindows(task)) return;
    for (const c of containers(task)) {
      const kind = userKind(c.container);
      if (kind !== 'absent' && kind !== 'root') continue;
      // FireLens log routers long had to run as UID 0; agents since 2025 allow another user
      // (aws-facts "Where sources disagree" 17): advice only.
      const router = isObject(c.container.firelensConfiguration);
      const severity = router ? NOTE : DEFAULT;
      const hint = router
        ? 'run the log router as a non-root "user" if your container agent supports it (2025 and later)'
        : 'set "user" to a non-root uid:gid such as "1000:1000" that the image can run as';
      const user = str(c.container.user) ?? '';
      if (kind === 'root') {
        ctx.report({
          messageId: 'root',
          path: [...c.path, 'user'],
          data: { container: c.label, user },
          hint,
          ...severity,
        });
      } else {
        ctx.report({
          messageId: 'absent',
          ...((c.container.user !== undefined && c.container.user !== null) || c.name === undefined
            ? { path: [...c.path, 'user'] }
            : atContainer(c)),
          data: { container: c.label },
          hint,
          ...severity,
        });
      }
    }
  },
});
