import { defineRule, TASK_KINDS } from '../../src/rule.js';
import {
  checkableImage,
  type ImageReference,
  imageSites,
  isDockerHub,
  isEcr,
  isPublicEcr,
  registryName,
} from '../_helpers/image.js';
import { isObject, obj } from '../_helpers/index.js';

/** Registries that serve only public images: no credentials needed. */
const PUBLIC_ONLY = new Set([
  'mcr.microsoft.com',
  'registry.k8s.io',
  'k8s.gcr.io',
  'docker.elastic.co',
  'registry.access.redhat.com',
]);

/** Registries that host public and private images alike: a missing credential is only worth a note. */
const MAYBE_PUBLIC = new Set(['ghcr.io', 'quay.io', 'gcr.io', 'registry.gitlab.com', 'nvcr.io', 'cgr.dev', 'lscr.io']);

function maybePublic(registry: string): boolean {
  if (MAYBE_PUBLIC.has(registry)) return true;
  // Regional Container Registry hosts (eu.gcr.io) and Artifact Registry (europe-docker.pkg.dev) can be public too.
  return registry.endsWith('.gcr.io') || registry.endsWith('-docker.pkg.dev');
}

const needsNoCredentials = (ref: ImageReference): boolean =>
  isEcr(ref) || isPublicEcr(ref) || isDockerHub(ref) || PUBLIC_ONLY.has(registryName(ref));

export default defineRule({
  meta: {
    id: 'require-registry-credentials',
    category: 'reliability',
    description: 'Require "repositoryCredentials" for images from private registries other than Amazon ECR',
    severity: 'warning',
    presets: { recommended: 'warning', strict: 'warning' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RepositoryCredentials.html',
      'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/docker-configuration.remote-repo.html',
    ],
    messages: {
      private:
        '{{where}}: image "{{image}}" is from the private registry "{{registry}}" but there is no {{credentials}}',
      maybePublic:
        '{{where}}: image "{{image}}" from "{{registry}}" has no {{credentials}}, so it must be a public image',
    },
    appliesTo: [...TASK_KINDS, 'dockerrun-v1'],
  },
  check(task, ctx) {
    // Elastic Beanstalk logs in to private registries with the file that `authentication` points to.
    if (ctx.kind === 'dockerrun-v1' && isObject(task.Authentication)) return;
    if (ctx.kind === 'dockerrun-v2' && isObject(task.authentication)) return;
    const dockerrun = ctx.kind === 'dockerrun-v1' || ctx.kind === 'dockerrun-v2';
    for (const site of imageSites(task, ctx)) {
      const ref = checkableImage(site);
      if (!ref || needsNoCredentials(ref)) continue;
      if (site.container && obj(site.container.container.repositoryCredentials)) continue;
      const registry = registryName(ref);
      const authKey = ctx.kind === 'dockerrun-v1' ? 'Authentication' : 'authentication';
      const fix = dockerrun
        ? `add "${authKey}" with the S3 bucket and key of a Docker config file that logs in to "${registry}"`
        : `add "repositoryCredentials": {"credentialsParameter": "<Secrets Manager secret ARN>"} with the login for "${registry}"`;
      const publicMaybe = maybePublic(registry);
      ctx.report({
        messageId: publicMaybe ? 'maybePublic' : 'private',
        path: site.path,
        severity: publicMaybe ? 'note' : 'warning',
        data: {
          where: site.label,
          image: ref.raw,
          registry,
          credentials: ctx.kind === 'dockerrun-v1' ? '"Authentication"' : '"repositoryCredentials"',
        },
        hint: publicMaybe ? `if the image is private, ${fix}` : fix,
      });
    }
  },
});
