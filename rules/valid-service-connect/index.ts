import { defineRule, LAUNCH_KINDS } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { hasPlaceholder, portMappings, quoteList } from '../_helpers/index.js';
import { launchView, lazy, num, obj, objects, paired, str } from '../_helpers/launch.js';

export default defineRule({
  meta: {
    id: 'valid-service-connect',
    category: 'correctness',
    description: 'Require each Service Connect "portName" to name a port mapping, with an "appProtocol" that fits',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectService.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TimeoutConfiguration.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts-deploy.html',
    ],
    messages: {
      noPort: '"portName" {{name}} of Service Connect names no port mapping of {{td}} (named: {{named}})',
      perRequestTcp:
        '"perRequestTimeoutSeconds" is set for port {{name}}, whose port mapping has no HTTP "appProtocol" (TCP): only "idleTimeoutSeconds" applies to TCP',
    },
    appliesTo: LAUNCH_KINDS,
  },
  check(task, ctx) {
    const td = paired(ctx);
    if (!td) return;
    const config = obj(launchView(task).serviceConnectConfiguration);
    if (!config || config.enabled === false) return;
    const mappings = portMappings(td.task);
    if (mappings.some((m) => typeof m.mapping.name === 'string' && hasPlaceholder(m.mapping.name))) return;
    const named = mappings.filter((m) => typeof m.mapping.name === 'string');
    // By name (the first of each), and the names listed once: linear in the services and the mappings.
    const byName = new Map<string, (typeof named)[number]>();
    for (const m of named) if (!byName.has(String(m.mapping.name))) byName.set(String(m.mapping.name), m);
    const listNamed = lazy(() => quoteList(named.map((m) => String(m.mapping.name))));
    const orList = lazy(() =>
      quoteList(
        named.map((m) => String(m.mapping.name)),
        'or',
      ),
    );
    for (const [service, i] of objects(config.services)) {
      const name = str(service.portName);
      if (name === undefined || hasPlaceholder(name)) continue;
      const at: JsonPath = ['serviceConnectConfiguration', 'services', i];
      const mapping = byName.get(name);
      if (!mapping) {
        const byPort = named.length === 1 ? named[0] : undefined;
        ctx.report({
          messageId: 'noPort',
          path: [...at, 'portName'],
          data: {
            name: JSON.stringify(name),
            td: td.label,
            named: named.length === 0 ? 'none' : listNamed(),
          },
          hint:
            byPort !== undefined
              ? `did you mean "${String(byPort.mapping.name)}"?`
              : named.length === 0
                ? 'give the port mapping a "name" (and an "appProtocol") in the task definition'
                : `use one of the port mapping names: ${orList()}`,
          ...(byPort === undefined
            ? {}
            : {
                suggestions: [
                  {
                    message: `use port name "${String(byPort.mapping.name)}"`,
                    edits: [{ op: 'set' as const, path: [...at, 'portName'], value: String(byPort.mapping.name) }],
                  },
                ],
              }),
          related: byPort
            ? [{ in: 'task-definition', path: [...byPort.path, 'name'], message: 'the named port mapping' }]
            : mappings[0]
              ? [{ in: 'task-definition', path: mappings[0].path, message: 'a port mapping', target: 'key' }]
              : [],
        });
        continue;
      }
      const timeout = obj(service.timeout);
      const perRequest = timeout === undefined ? undefined : num(timeout.perRequestTimeoutSeconds);
      const protocol = str(mapping.mapping.appProtocol);
      if (perRequest !== undefined && protocol === undefined) {
        ctx.report({
          messageId: 'perRequestTcp',
          path: [...at, 'timeout', 'perRequestTimeoutSeconds'],
          target: 'key',
          data: { name: JSON.stringify(name) },
          hint: 'set "appProtocol" ("http", "http2" or "grpc") on the port mapping, or use "idleTimeoutSeconds"',
          related: [{ in: 'task-definition', path: [...mapping.path, 'name'], message: 'the port mapping' }],
        });
      }
    }
  },
});
