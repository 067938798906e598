import { defineRule } from '../../src/rule.js';
import { arr, containers, isWindows, launchTypes } from '../_helpers/index.js';

export default defineRule({
  meta: {
    id: 'require-no-new-privileges',
    category: 'security',
    description: 'Require "no-new-privileges" in the Docker security options of EC2 Linux containers',
    severity: 'note',
    presets: { recommended: 'off', strict: 'note' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
    ],
    messages: {
      missing: '{{container}} does not set "no-new-privileges" in "dockerSecurityOptions"',
    },
  },
  check(task, ctx) {
    // dockerSecurityOptions is for EC2 and EXTERNAL Linux containers only (aws-facts §4.25): Fargate
    // rejects it, and a bare container list does not say where it runs.
    const types = launchTypes(task, ctx);
    if (types === undefined || isWindows(task)) return;
    if ([...types].some((t) => t !== 'EC2' && t !== 'EXTERNAL')) return;
    for (const c of containers(task)) {
      const options = arr(c.container.dockerSecurityOptions);
      const set = options.some((o) => typeof o === 'string' && /^no-new-privileges(?:[:=]true)?$/.test(o.trim()));
      if (set) continue;
      const written = c.container.dockerSecurityOptions !== undefined;
      ctx.report({
        messageId: 'missing',
        path: [...c.path, written || c.name === undefined ? 'dockerSecurityOptions' : 'name'],
        target: written ? 'key' : 'value',
        data: { container: c.label },
        hint: 'add "no-new-privileges" to "dockerSecurityOptions" so setuid programs cannot raise its privileges',
      });
    }
  },
});
