import { defineRule } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { arr, isObject, obj, quoteList } from '../_helpers/index.js';

/** Keys that only one Dockerrun version has: their presence says which format the file was written in. */
const V1_ONLY = ['Image', 'Ports'];
const V2_ONLY = ['containerDefinitions'];

export default defineRule({
  meta: {
    id: 'valid-dockerrun',
    category: 'correctness',
    description:
      'Require a Dockerrun.aws.json whose version matches its content and whose ports Elastic Beanstalk can use',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/single-container-docker-configuration.html',
      'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/create_deploy_docker_v2config.html',
      'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/docker-configuration.remote-repo.html',
    ],
    messages: {
      v2KeysInV1: '"AWSEBDockerrunVersion" is {{version}}, but the file defines {{keys}}, as version 2 does',
      v1KeysInV2:
        '"AWSEBDockerrunVersion" is {{version}}, but the file has {{keys}} and no "containerDefinitions", as version 1 does',
      containersInV3:
        '"AWSEBDockerrunVersion" is {{version}}, which holds only "Authentication", but the file defines {{keys}}',
      portsRequired: '"Image" is given but "Ports" is {{state}}: Elastic Beanstalk needs the container port',
      firstPortOnly: '"Ports" lists {{count}} ports, but Elastic Beanstalk uses only the first one',
    },
    appliesTo: ['dockerrun-v1', 'dockerrun-v2', 'dockerrun-v3'],
  },
  check(_task, ctx) {
    const doc = obj(ctx.document);
    if (!doc) return;
    const has = (key: string): boolean => Object.hasOwn(doc, key);
    const versionValue = doc.AWSEBDockerrunVersion;
    const version = typeof versionValue === 'string' ? `"${versionValue}"` : String(versionValue);
    const versionPath: JsonPath = ['AWSEBDockerrunVersion'];
    const written = (keys: readonly string[]): string[] => keys.filter(has);

    // The version as written against the format the content is in. A missing or unknown version is the
    // schema's finding (and the kind then comes from the content, so the two cannot disagree). The schema
    // also reports each foreign key as unknown (an error); this warning names the cause once, at the version.
    const severity = 'warning' as const;
    if (has('AWSEBDockerrunVersion')) {
      if (ctx.kind === 'dockerrun-v1' && written(V2_ONLY).length > 0) {
        ctx.report({
          messageId: 'v2KeysInV1',
          path: versionPath,
          severity,
          data: { version, keys: quoteList(written(V2_ONLY)) },
          hint: 'set "AWSEBDockerrunVersion": 2 and deploy to the ECS platform branch, or rewrite the file in the version 1 format',
        });
      } else if (ctx.kind === 'dockerrun-v2' && !has('containerDefinitions') && written(V1_ONLY).length > 0) {
        ctx.report({
          messageId: 'v1KeysInV2',
          path: versionPath,
          severity,
          data: { version, keys: quoteList(written(V1_ONLY)) },
          hint: 'set "AWSEBDockerrunVersion": "1" for the Docker platform branch, or define "containerDefinitions" for the ECS platform branch',
        });
      } else if (ctx.kind === 'dockerrun-v3') {
        const keys = written([...V2_ONLY, ...V1_ONLY]);
        if (keys.length > 0) {
          ctx.report({
            messageId: 'containersInV3',
            path: versionPath,
            severity,
            data: { version, keys: quoteList(keys) },
            hint: 'define the services in docker-compose.yml, or use version "1" (one container, no Compose) or 2 (ECS platform)',
          });
        }
      }
    }

    if (ctx.kind !== 'dockerrun-v1') return;
    const image = obj(doc.Image);
    if (image) {
      // An empty `Image.Name` is valid-image-reference's finding.
      // Ports is required with Image (aws-facts.md §6.1); a Ports that is not an array is the schema's finding.
      // A "ports" or "PORTS" key is the schema's finding ("did you mean "Ports"?"): do not also call it missing.
      const ports = doc.Ports;
      const miscased = Object.keys(doc).some((k) => k !== 'Ports' && k.toLowerCase() === 'ports');
      if (!miscased && (ports === undefined || (Array.isArray(ports) && ports.length === 0))) {
        ctx.report({
          messageId: 'portsRequired',
          path: ports === undefined ? ['Image'] : ['Ports'],
          target: 'key',
          data: { state: ports === undefined ? 'missing' : 'empty' },
          hint: 'add "Ports": [{"ContainerPort": 80}] with the port the application listens on',
        });
      }
    }
    const ports = arr(doc.Ports);
    if (ports.length > 1 && ports.every(isObject)) {
      ctx.report({
        messageId: 'firstPortOnly',
        path: ['Ports', 1],
        data: { count: ports.length },
        severity: 'note',
        hint: 'keep only the port the reverse proxy should send traffic to, first; use the ECS platform (version 2) to publish more',
        related: [{ path: ['Ports', 0], message: 'this is the port Elastic Beanstalk uses' }],
      });
    }
  },
});
