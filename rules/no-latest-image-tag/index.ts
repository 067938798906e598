import { defineRule, TASK_KINDS } from '../../src/rule.js';
import { checkableImage, imageSites } from '../_helpers/image.js';

export default defineRule({
  meta: {
    id: 'no-latest-image-tag',
    category: 'reliability',
    description: 'Disallow images without a tag or with the "latest" tag, unless pinned by digest',
    severity: 'warning',
    presets: { recommended: 'warning', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html#deployment-container-image-stability',
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
    ],
    messages: {
      untagged: '{{where}}: image "{{image}}" has no tag, so it pulls whatever "latest" points to',
      latest: '{{where}}: image "{{image}}" uses the mutable "latest" tag',
    },
    appliesTo: [...TASK_KINDS, 'dockerrun-v1'],
  },
  check(task, ctx) {
    for (const site of imageSites(task, ctx)) {
      const ref = checkableImage(site);
      if (!ref || ref.digest !== undefined) continue;
      if (ref.tag !== undefined && ref.tag !== 'latest') continue;
      ctx.report({
        messageId: ref.tag === undefined ? 'untagged' : 'latest',
        path: site.path,
        data: { where: site.label, image: ref.raw },
        hint: 'pin a version tag (e.g. "app:1.4.2" or a commit SHA) or a digest ("app@sha256:…")',
      });
    }
  },
});
