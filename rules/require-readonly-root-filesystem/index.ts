import { defineRule } from '../../src/rule.js';
import { atContainer, containers, isWindows } from '../_helpers/index.js';

export default defineRule({
  meta: {
    id: 'require-readonly-root-filesystem',
    category: 'security',
    description: 'Require containers to mount their root filesystem read-only',
    severity: 'warning',
    presets: { recommended: 'off', strict: 'warning' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
      'https://docs.aws.amazon.com/config/latest/developerguide/ecs-containers-readonly-access.html',
    ],
    messages: {
      absent: '{{container}} has a writable root filesystem: "readonlyRootFilesystem" is not set',
      false: '{{container}} has a writable root filesystem: "readonlyRootFilesystem" is false',
    },
  },
  check(task, ctx) {
    // Windows containers cannot set it (aws-facts §3.6).
    if (isWindows(task)) return;
    const hint = 'set "readonlyRootFilesystem": true and give the paths it writes to a volume';
    for (const c of containers(task)) {
      const value: unknown = c.container.readonlyRootFilesystem;
      // `null` (as console exports write it, and deploy tools drop) is not set.
      if (value === undefined || value === null) {
        ctx.report({
          messageId: 'absent',
          ...(c.name === undefined ? { path: [...c.path, 'readonlyRootFilesystem'] } : atContainer(c)),
          data: { container: c.label },
          hint,
        });
      } else if (value === false) {
        ctx.report({
          messageId: 'false',
          path: [...c.path, 'readonlyRootFilesystem'],
          data: { container: c.label },
          hint,
        });
      }
    }
  },
});
