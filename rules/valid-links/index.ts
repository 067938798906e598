import { defineRule } from '../../src/rule.js';
import {
  arr,
  type ContainerRef,
  containers,
  hasPlaceholder,
  isFargate,
  isWindows,
  networkMode,
  quoteList,
} from '../_helpers/index.js';

const hasLinks = (c: ContainerRef): boolean => arr(c.container.links).length > 0;

export default defineRule({
  meta: {
    id: 'valid-links',
    category: 'correctness',
    description: 'Allow "links" only in bridge mode on Linux, each naming another container of the task',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_network',
    ],
    messages: {
      mode: '{{container}}: "links" are not supported when "networkMode" is "{{mode}}"',
      windows: '{{container}}: "links" are not supported on Windows',
      unknown: '{{container}}: link {{link}} names no container in the task',
      self: '{{container}}: link {{link}} names the container itself',
    },
  },
  check(task, ctx) {
    // Fargate rejects "links" outright: no-fargate-unsupported-parameters says so.
    if (isFargate(task, ctx)) return;
    const all = containers(task);
    // Few tasks use links: those without any are answered before the names are gathered.
    if (!all.some(hasLinks)) return;
    // A container without a literal name might be the one a link names: then only self-links are sure.
    const uncertain = all.some((c) => c.name === undefined || hasPlaceholder(c.name));
    const names = new Set(all.map((c) => c.name).filter((n): n is string => n !== undefined));
    const windows = isWindows(task);
    const mode = networkMode(task, ctx);

    for (const c of all) {
      const links = arr(c.container.links);
      if (links.length === 0) continue;
      const data = { container: c.label };
      if (windows) {
        ctx.report({
          messageId: 'windows',
          path: [...c.path, 'links'],
          target: 'key',
          data,
          hint: 'remove "links": Windows containers do not support Docker links',
          related: [{ path: ['runtimePlatform', 'operatingSystemFamily'], message: 'the task runs Windows' }],
        });
        continue;
      }
      if (mode !== undefined && mode !== 'bridge') {
        ctx.report({
          messageId: 'mode',
          path: [...c.path, 'links'],
          target: 'key',
          data: { ...data, mode },
          hint:
            mode === 'awsvpc' || mode === 'host'
              ? 'remove "links"; containers of the task reach each other on localhost'
              : 'remove "links", or use "networkMode" "bridge"',
          related: [{ path: ['networkMode'], message: 'the network mode is set here' }],
        });
        continue;
      }
      const others = [...names].filter((n) => n !== c.name);
      links.forEach((link, i) => {
        if (typeof link !== 'string' || hasPlaceholder(link)) return;
        const target = link.split(':')[0] ?? '';
        const path = [...c.path, 'links', i];
        if (c.name !== undefined && target === c.name) {
          ctx.report({
            messageId: 'self',
            path,
            data: { ...data, link: JSON.stringify(link) },
            hint: 'remove the link; a container reaches itself on localhost',
          });
        } else if (!uncertain && !names.has(target)) {
          ctx.report({
            messageId: 'unknown',
            path,
            data: { ...data, link: JSON.stringify(link) },
            hint:
              others.length > 0
                ? `link to ${quoteList(others, 'or')} (write "name" or "name:alias")`
                : 'remove the link: the task has no other container',
          });
        }
      });
    }
  },
});
