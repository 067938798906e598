import { defineRule, LAUNCH_KINDS, type Related } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { hasPlaceholder, quoteList } from '../_helpers/index.js';
import {
  launchView,
  lazy,
  num,
  objects,
  paired,
  portIndex,
  portsPath,
  str,
  uncertainNames,
} from '../_helpers/launch.js';

const LISTS = [
  { key: 'loadBalancers', noun: 'load balancer' },
  { key: 'serviceRegistries', noun: 'service registry' },
] as const;

export default defineRule({
  meta: {
    id: 'valid-service-container-ports',
    category: 'correctness',
    description:
      'Require the container and port a load balancer, service registry or AppSpec names to be in the task definition',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceRegistry.html',
      'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html',
    ],
    messages: {
      noContainer: '{{what}} names container {{container}}, which {{td}} does not have',
      noPort: '{{what}} routes to port {{port}} of container {{container}}, which maps {{mapped}}',
    },
    appliesTo: LAUNCH_KINDS,
  },
  check(task, ctx) {
    const td = paired(ctx);
    if (!td) return;
    const view = launchView(task);
    const unsure = uncertainNames(td.task);
    // Containers by name and ports by container, indexed once: linear in the service and the task definition.
    const index = portIndex(td.task);
    const choices = lazy(() => quoteList(index.names, 'or'));
    const listed = new Map<object, { text: string; one: string | number | undefined }>();
    for (const { key, noun } of LISTS) {
      for (const [item, i] of objects(view[key])) {
        const what = ctx.kind === 'appspec' ? '"LoadBalancerInfo"' : `${noun} #${i + 1}`;
        const name = str(item.containerName);
        const port = num(item.containerPort);
        const at: JsonPath = [key, i];
        if (name === undefined || hasPlaceholder(name)) continue;
        const container = index.container(name);
        if (!container) {
          if (unsure) continue;
          // The one container that maps the port is the likely intended one.
          const owner = port === undefined ? undefined : index.onlyOwner(port);
          const only = owner?.name ? owner : undefined;
          const names = index.names;
          const suggested = only?.name ?? (names.length === 1 ? names[0] : undefined);
          ctx.report({
            messageId: 'noContainer',
            path: [...at, 'containerName'],
            data: { what, container: JSON.stringify(name), td: td.label },
            hint: only?.name
              ? `did you mean "${only.name}"? It is the container that maps port ${port}`
              : `name one of the task definition's containers: ${choices()}`,
            // The only container that maps the port, or the only container: a person confirms the rename.
            ...(suggested === undefined
              ? {}
              : {
                  suggestions: [
                    {
                      message: `name container "${suggested}"`,
                      edits: [{ op: 'set' as const, path: [...at, 'containerName'], value: suggested }],
                    },
                  ],
                }),
            related: [
              only
                ? { in: 'task-definition', path: [...only.path, 'name'], message: 'the container that maps the port' }
                : { in: 'task-definition', path: ['containerDefinitions'], message: 'the containers', target: 'key' },
            ],
          });
          continue;
        }
        if (port === undefined) continue;
        const mapped = index.ports(container);
        if (mapped.uncertain || mapped.maps(port)) continue;
        const related: Related = {
          in: 'task-definition',
          path: portsPath(container),
          message: `the port mappings of container "${name}"`,
          target: 'key',
        };
        let shown = listed.get(container);
        if (shown === undefined) {
          const list = [...mapped.ports, ...mapped.ranges.map(([a, b]) => `${a}-${b}`)];
          shown = {
            text: list.length === 0 ? 'no ports' : `only ${quoteList(list)}`,
            one: list.length === 1 ? list[0] : undefined,
          };
          listed.set(container, shown);
        }
        ctx.report({
          messageId: 'noPort',
          path: [...at, 'containerPort'],
          data: {
            what,
            port,
            container: JSON.stringify(name),
            mapped: shown.text,
          },
          hint:
            shown.one !== undefined
              ? `route to port ${shown.one}, or add a port mapping for ${port} to container "${name}"`
              : `add a port mapping with "containerPort": ${port} to container "${name}", or route to a port it maps`,
          related: [related],
          // The container maps one port: routing to it is the mechanical answer (or the mapping is what changes).
          ...(mapped.ports.length === 1 && mapped.ranges.length === 0
            ? {
                suggestions: [
                  {
                    message: `route to port ${mapped.ports[0]}`,
                    edits: [{ op: 'set' as const, path: [...at, 'containerPort'], value: mapped.ports[0] }],
                  },
                ],
              }
            : {}),
        });
      }
    }
  },
});
