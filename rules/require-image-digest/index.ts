import { defineRule, TASK_KINDS } from '../../src/rule.js';
import { checkableImage, imageSites } from '../_helpers/image.js';

export default defineRule({
  meta: {
    id: 'require-image-digest',
    category: 'security',
    description: 'Require every image to be pinned by its sha256 digest',
    severity: 'warning',
    presets: { recommended: 'off', strict: 'warning' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html#deployment-container-image-stability',
    ],
    messages: {
      unpinned: '{{where}}: image "{{image}}" is not pinned by digest',
    },
    appliesTo: [...TASK_KINDS, 'dockerrun-v1'],
  },
  check(task, ctx) {
    for (const site of imageSites(task, ctx)) {
      const ref = checkableImage(site);
      if (!ref || ref.digest !== undefined) continue;
      ctx.report({
        messageId: 'unpinned',
        path: site.path,
        data: { where: site.label, image: ref.raw },
        hint: `append the digest of the image you tested: "${ref.name}@sha256:<digest>"`,
      });
    }
  },
});
