import picomatch from 'picomatch';
import { defineRule, TASK_KINDS } from '../../src/rule.js';
import { checkableImage, type ImageReference, imageSites, isDockerHub, registryName } from '../_helpers/image.js';
import { quoteList } from '../_helpers/index.js';

interface Options {
  registries: string[];
}

/**
 * The names an image answers to: its registry (`docker.io` for Docker Hub, the host with and without its
 * port) and, for patterns with a `/`, registry plus repository (Docker Hub official images also as
 * `docker.io/library/<name>`).
 */
function candidates(ref: ImageReference): { registries: string[]; repositories: string[] } {
  const canonical = registryName(ref);
  const registries = new Set([canonical]);
  if (ref.host !== undefined) registries.add(ref.host.toLowerCase());
  const repositories = new Set<string>();
  for (const r of registries) repositories.add(`${r}/${ref.repository}`);
  if (isDockerHub(ref) && !ref.repository.includes('/')) repositories.add(`docker.io/library/${ref.repository}`);
  return { registries: [...registries], repositories: [...repositories] };
}

export default defineRule<'notAllowed', Options>({
  meta: {
    id: 'allowed-image-registries',
    category: 'security',
    description: 'Allow images only from the registries the "registries" option lists',
    severity: 'error',
    presets: { recommended: 'off', strict: 'off' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/Registries.html',
    ],
    messages: {
      notAllowed: '{{where}}: image "{{image}}" is from registry "{{registry}}", which is not in {{allowed}}',
    },
    options: {
      type: 'object',
      properties: {
        registries: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: [],
          description:
            'Glob patterns of allowed registries ("public.ecr.aws", "123456789012.dkr.ecr.*.amazonaws.com", "docker.io"); a pattern with "/" matches registry/repository',
        },
      },
      additionalProperties: false,
    },
    appliesTo: [...TASK_KINDS, 'dockerrun-v1'],
  },
  check(task, ctx) {
    const patterns = (ctx.options?.registries ?? []).filter((p): p is string => typeof p === 'string' && p !== '');
    if (patterns.length === 0) return;
    const hostPatterns = patterns.filter((p) => !p.includes('/'));
    const pathPatterns = patterns.filter((p) => p.includes('/'));
    const options = { nocase: true, dot: true };
    const hostMatch = hostPatterns.length > 0 ? picomatch(hostPatterns, options) : () => false;
    const pathMatch = pathPatterns.length > 0 ? picomatch(pathPatterns, options) : () => false;
    const allowed =
      patterns.length > 4 ? `the ${patterns.length} allowed registries` : `the allowed ${quoteList(patterns, 'or')}`;
    for (const site of imageSites(task, ctx)) {
      const ref = checkableImage(site);
      if (!ref) continue;
      const names = candidates(ref);
      if (names.registries.some((r) => hostMatch(r)) || names.repositories.some((r) => pathMatch(r))) continue;
      ctx.report({
        messageId: 'notAllowed',
        path: site.path,
        data: { where: site.label, image: ref.raw, registry: registryName(ref), allowed },
        hint: 'use an image from an allowed registry (mirror it there), or add its registry to "registries"',
      });
    }
  },
});
