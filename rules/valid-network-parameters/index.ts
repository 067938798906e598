import { defineRule, type RuleContext } from '../../src/rule.js';
import { type ContainerRef, containers, isFargate, isWindows, networkMode, objects, str } from '../_helpers/index.js';

/** Set to something that takes effect: not null, not false, not an empty list or string. */
const isSet = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== false && v !== '' && !(Array.isArray(v) && v.length === 0);

/**
 * Container settings that conflict with the awsvpc network mode. `hostname` and `extraHosts`: the API
 * reference says neither is supported with awsvpc, and RegisterTaskDefinition rejects `hostname` ("hostname
 * is not supported on container when networkMode=awsvpc."). The DNS settings and `disableNetworking`: the
 * current API reference names only Windows, the 2023 developer guide also awsvpc (aws-facts.md, where sources
 * disagree 5): a warning.
 */
const AWSVPC_ERRORS = ['hostname', 'extraHosts'] as const;
const AWSVPC_WARNINGS = ['dnsServers', 'dnsSearchDomains', 'disableNetworking'] as const;

const HINTS: Record<string, string> = {
  hostname: 'remove "hostname": in awsvpc mode the task takes its host name from its network interface',
  extraHosts:
    'remove "extraHosts": use a Route 53 private hosted zone or Cloud Map, or write the entries at container start',
  dnsServers: "remove it: awsvpc tasks resolve names through the VPC's DNS (set DHCP options on the VPC)",
  dnsSearchDomains: "remove it: awsvpc tasks resolve names through the VPC's DNS (set DHCP options on the VPC)",
  disableNetworking: 'remove it, or use "networkMode": "none" for a task without networking',
};

export default defineRule({
  meta: {
    id: 'valid-network-parameters',
    category: 'correctness',
    description: 'Disallow container host name, hosts-file and DNS settings that the network mode rejects',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HostEntry.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_network',
    ],
    messages: {
      awsvpc: '{{container}}: "{{param}}" is not supported when "networkMode" is "awsvpc"',
      awsvpcDoubtful: '{{container}}: "{{param}}" may not take effect when "networkMode" is "awsvpc"',
      emptyHostEntry: '{{container}}: "extraHosts" entry #{{n}} has an empty "{{field}}"',
    },
  },
  check(task, ctx) {
    const list = containers(task);
    // Fargate rejects all of these outright (no-fargate-unsupported-parameters), and Windows containers
    // support none of the hosts-file and DNS settings (valid-windows-task): one finding each, there.
    const fargate = isFargate(task, ctx);
    const awsvpc = !fargate && networkMode(task, ctx) === 'awsvpc';
    const windows = isWindows(task);
    for (const c of list) {
      checkHostEntries(ctx, c);
      if (!awsvpc) continue;
      for (const param of AWSVPC_ERRORS) {
        if (!isSet(c.container[param]) || (windows && param === 'extraHosts')) continue;
        ctx.report({
          messageId: 'awsvpc',
          path: [...c.path, param],
          target: 'key',
          data: { container: c.label, param },
          hint: HINTS[param] ?? '',
          related: [{ path: ['networkMode'], message: 'the network mode is set here' }],
        });
      }
      if (windows) continue;
      for (const param of AWSVPC_WARNINGS) {
        if (!isSet(c.container[param])) continue;
        ctx.report({
          messageId: 'awsvpcDoubtful',
          path: [...c.path, param],
          target: 'key',
          data: { container: c.label, param },
          severity: 'warning',
          hint: HINTS[param] ?? '',
        });
      }
    }
  },
});

/** HostEntry.hostname and .ipAddress are required members: an empty one is no hosts-file line. */
function checkHostEntries(ctx: RuleContext<string>, c: ContainerRef): void {
  for (const [entry, i] of objects(c.container.extraHosts)) {
    for (const field of ['hostname', 'ipAddress'] as const) {
      const value = str(entry[field]);
      if (value === undefined || value.trim() !== '') continue;
      ctx.report({
        messageId: 'emptyHostEntry',
        path: [...c.path, 'extraHosts', i, field],
        data: { container: c.label, n: i + 1, field },
        hint:
          field === 'hostname'
            ? 'give the host name the entry maps, or remove the entry'
            : 'give the IP address the host name maps to, or remove the entry',
      });
    }
  }
}
