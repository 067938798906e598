import { defineRule } from '../../src/rule.js';
import { obj, volumes } from '../_helpers/index.js';

export default defineRule({
  meta: {
    id: 'require-efs-transit-encryption',
    category: 'security',
    description: 'Require in-transit encryption on every EFS volume',
    severity: 'error',
    presets: { recommended: 'warning', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-efs-encryption-enabled.html',
    ],
    messages: {
      absent: '{{volume}}: EFS traffic is not encrypted: "transitEncryption" is not set and defaults to "DISABLED"',
      disabled: '{{volume}}: EFS traffic is not encrypted: "transitEncryption" is "DISABLED"',
    },
  },
  check(task, ctx) {
    // Every EFS volume, not only the first one (checkov's CKV_AWS_97 stops at the first).
    for (const v of volumes(task)) {
      const efs = obj(v.volume.efsVolumeConfiguration);
      if (efs === undefined) continue;
      const volume = v.name === undefined || v.name === '' ? `volume #${v.index + 1}` : `volume "${v.name}"`;
      const hint = 'set "transitEncryption": "ENABLED" in "efsVolumeConfiguration"';
      if (efs.transitEncryption === undefined) {
        ctx.report({
          messageId: 'absent',
          path: [...v.path, 'efsVolumeConfiguration'],
          target: 'key',
          data: { volume },
          hint,
        });
      } else if (efs.transitEncryption === 'DISABLED') {
        ctx.report({
          messageId: 'disabled',
          path: [...v.path, 'efsVolumeConfiguration', 'transitEncryption'],
          data: { volume },
          hint,
        });
      }
    }
  },
});
