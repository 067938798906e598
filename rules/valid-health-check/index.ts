import { defineRule } from '../../src/rule.js';
import { containers, num, obj } from '../_helpers/index.js';

/** Documented ranges (aws-facts.md §4.11); timeout up to 120 is what the CDK accepts, above 60 is a warning. */
const BOUNDS = [
  { field: 'interval', min: 5, max: 300, unit: ' seconds' },
  { field: 'timeout', min: 2, max: 120, unit: ' seconds' },
  { field: 'retries', min: 1, max: 10, unit: '' },
  { field: 'startPeriod', min: 0, max: 300, unit: ' seconds' },
] as const;
const DOCUMENTED_TIMEOUT_MAX = 60;
const DEFAULT_INTERVAL = 30;

const PREFIXES = ['CMD', 'CMD-SHELL'];

/** The first word of a command element: a program name, never the rest of the line (it may hold a password). */
const firstWord = (s: string): string => {
  const word = s.trim().split(/[\s,]+/)[0] ?? '';
  return word.length > 40 ? `${word.slice(0, 39)}…` : word;
};

export default defineRule({
  meta: {
    id: 'valid-health-check',
    category: 'correctness',
    description: 'Require a health check command that starts with CMD or CMD-SHELL and timings in range',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_healthcheck',
    ],
    messages: {
      empty: '{{container}}: "healthCheck.command" is empty',
      prefixOnly: '{{container}}: "healthCheck.command" has "{{prefix}}" but no command after it',
      joined: '{{container}}: "healthCheck.command" puts "{{prefix}}" and the command in one string',
      singleString:
        '{{container}}: "healthCheck.command" is one string that starts with "{{first}}", without "CMD-SHELL"',
      noPrefix: '{{container}}: "healthCheck.command" starts with "{{first}}", not "CMD" or "CMD-SHELL"',
      none: '{{container}}: "healthCheck.command" is ["NONE"], which turns the health check off',
      execShellLine: '{{container}}: "healthCheck.command" uses "CMD" with a whole command line in one element',
      tooLow: '{{container}}: "healthCheck.{{field}}" {{value}} is below the minimum {{min}}{{unit}}',
      tooHigh: '{{container}}: "healthCheck.{{field}}" {{value}} is above the maximum {{max}}{{unit}}',
      timeoutUndocumented:
        '{{container}}: "healthCheck.timeout" {{value}} is above {{max}} seconds, the most the ECS documentation allows',
      timeoutNotLess:
        '{{container}}: "healthCheck.timeout" {{timeout}} is not less than "interval" {{interval}}{{intervalNote}}',
    },
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      const hc = obj(c.container.healthCheck);
      if (!hc) continue;
      const hcPath = [...c.path, 'healthCheck'];
      const container = c.label;

      // The command. A missing one (or one that is not a list of strings) is the schema's finding.
      const command = hc.command;
      if (Array.isArray(command) && command.every((e) => typeof e === 'string')) {
        const parts = command as string[];
        const cmdPath = [...hcPath, 'command'];
        const first = parts[0];
        if (first === undefined || parts.every((p) => p.trim() === '')) {
          ctx.report({
            messageId: 'empty',
            path: cmdPath,
            data: { container },
            // Docker reads an empty list as "use the image's HEALTHCHECK"; AWS documents none of that.
            severity: 'warning',
            hint: 'give the command, e.g. ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], or remove "healthCheck"',
          });
        } else if (PREFIXES.includes(first)) {
          const rest = parts.slice(1);
          if (rest.every((p) => p.trim() === '')) {
            ctx.report({
              messageId: 'prefixOnly',
              path: cmdPath,
              data: { container, prefix: first },
              hint: `add the command after "${first}" as ${first === 'CMD' ? 'separate elements' : 'one more element'}`,
            });
          } else if (first === 'CMD' && rest.length === 1 && /\s/.test((rest[0] ?? '').trim())) {
            // ["CMD", "curl -f http://x || exit 1"] asks Docker to run a program named "curl -f ...".
            ctx.report({
              messageId: 'execShellLine',
              path: [...cmdPath, 1],
              data: { container },
              severity: 'warning',
              hint: 'use "CMD-SHELL" to run it through the shell, or give the program and each argument as separate elements',
            });
          }
        } else if (first.trim() === 'NONE' && parts.length === 1) {
          ctx.report({
            messageId: 'none',
            path: cmdPath,
            data: { container },
            severity: 'warning',
            hint: 'remove "healthCheck" to run without one; ECS documents only "CMD" and "CMD-SHELL"',
          });
        } else {
          const joined = /^\s*(CMD-SHELL|CMD)\s*,/.exec(first);
          if (joined) {
            // The console's comma form pasted into JSON: ["CMD-SHELL, curl -f http://localhost/ || exit 1"].
            const prefix = joined[1] ?? 'CMD-SHELL';
            ctx.report({
              messageId: 'joined',
              path: [...cmdPath, 0],
              data: { container, prefix },
              hint: `make "${prefix}" its own element: ["${prefix}", "<command>"] (the comma form is only for the console)`,
            });
          } else if (parts.length === 1 && /\s/.test(first.trim())) {
            // A whole command line as the only element: it would run as one program name.
            ctx.report({
              messageId: 'singleString',
              path: [...cmdPath, 0],
              data: { container, first: firstWord(first) },
              hint: 'write ["CMD-SHELL", "<the command line>"]',
            });
          } else {
            // The API says it must start with CMD or CMD-SHELL; older docs say CMD is assumed (aws-facts.md,
            // "Where sources disagree" 11), so a program with its arguments as elements is only a warning.
            ctx.report({
              messageId: 'noPrefix',
              path: [...cmdPath, 0],
              data: { container, first: firstWord(first) },
              severity: 'warning',
              hint: 'put "CMD" first to run the program directly, or "CMD-SHELL" to run a shell command line',
            });
          }
        }
      }

      // Timings.
      for (const { field, min, max, unit } of BOUNDS) {
        const value = num(hc[field]);
        if (value === undefined) continue;
        const path = [...hcPath, field];
        if (value < min) {
          ctx.report({
            messageId: 'tooLow',
            path,
            data: { container, field, value, min, unit },
            hint: `set "${field}" between ${min} and ${field === 'timeout' ? DOCUMENTED_TIMEOUT_MAX : max}`,
          });
        } else if (value > max) {
          ctx.report({
            messageId: 'tooHigh',
            path,
            data: { container, field, value, max, unit },
            hint: `set "${field}" between ${min} and ${field === 'timeout' ? DOCUMENTED_TIMEOUT_MAX : max}`,
          });
        } else if (field === 'timeout' && value > DOCUMENTED_TIMEOUT_MAX) {
          ctx.report({
            messageId: 'timeoutUndocumented',
            path,
            data: { container, value, max: DOCUMENTED_TIMEOUT_MAX },
            severity: 'warning',
            hint: `set "timeout" to ${DOCUMENTED_TIMEOUT_MAX} or less`,
          });
        }
      }

      const timeout = num(hc.timeout);
      const written = num(hc.interval);
      const interval = written ?? DEFAULT_INTERVAL;
      if (timeout !== undefined && timeout >= interval && timeout <= 120 && interval >= 5 && interval <= 300) {
        ctx.report({
          messageId: 'timeoutNotLess',
          path: [...hcPath, 'timeout'],
          data: {
            container,
            timeout,
            interval,
            intervalNote: written === undefined ? ' (the default)' : '',
          },
          severity: 'warning',
          hint:
            written === undefined
              ? `lower "timeout" below ${interval}, or set a longer "interval"`
              : `lower "timeout" below ${interval}, or raise "interval" above ${timeout}`,
          ...(written === undefined
            ? {}
            : { related: [{ path: [...hcPath, 'interval'], message: `"interval" is ${interval}` }] }),
        });
      }
    }
  },
});
