import { defineRule, type RuleContext } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { type ContainerRef, containers, num, type Obj, obj } from '../_helpers/index.js';

type Ctx = RuleContext<string>;

/**
 * The ranges of the API reference (HealthCheck) and the developer guide (aws-facts.md §4.11). The CDK's own
 * check lets timeout go to 120; RegisterTaskDefinition does not.
 */
const BOUNDS = [
  { field: 'interval', min: 5, max: 300, unit: ' seconds' },
  { field: 'timeout', min: 2, max: 60, unit: ' seconds' },
  { field: 'retries', min: 1, max: 10, unit: '' },
  { field: 'startPeriod', min: 0, max: 300, unit: ' seconds' },
] as const;
const DEFAULT_INTERVAL = 30;

const PREFIXES = ['CMD', 'CMD-SHELL'];
/** Docker's health check types: the first element must be one of these, exactly (upper case, no spaces). */
const TYPES = /^(CMD|CMD-SHELL|NONE)$/;

/** The first word of a command element: a program name, never the rest of the line (it may hold a password). */
const firstWord = (s: string): string => {
  const word = s.trim().split(/[\s,]+/)[0] ?? '';
  return word.length > 40 ? `${word.slice(0, 39)}…` : word;
};

/** A path in the container's health check, built only for a finding: most health checks have none. */
const hcPath = (c: ContainerRef, ...more: (string | number)[]): JsonPath => [...c.path, 'healthCheck', ...more];

/** Every element a string (a list of anything else is the schema's finding). */
function allStrings(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== 'string') return false;
  return true;
}

/** Every element from `from` on empty or white space (true when there is none). */
function allBlank(parts: readonly string[], from: number): boolean {
  for (let i = from; i < parts.length; i++) if ((parts[i] as string).trim() !== '') return false;
  return true;
}

/** The command: its prefix and how its elements are split. */
function checkCommand(c: ContainerRef, container: string, hc: Obj, ctx: Ctx): void {
  // The command. A missing one (or one that is not a list of strings) is the schema's finding.
  const command = hc.command;
  if (Array.isArray(command) && allStrings(command)) {
    const parts = command as string[];
    const first = parts[0];
    if (first === undefined || allBlank(parts, 0)) {
      ctx.report({
        messageId: 'empty',
        path: hcPath(c, 'command'),
        data: { container },
        // Docker reads an empty list as "use the image's HEALTHCHECK"; AWS documents none of that.
        severity: 'warning',
        hint: 'give the command, e.g. ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], or remove "healthCheck"',
      });
    } else if (PREFIXES.includes(first)) {
      // The elements after the prefix, read in place.
      if (allBlank(parts, 1)) {
        ctx.report({
          messageId: 'prefixOnly',
          path: hcPath(c, 'command'),
          data: { container, prefix: first },
          hint: `add the command after "${first}" as ${first === 'CMD' ? 'separate elements' : 'one more element'}`,
        });
      } else if (first === 'CMD' && parts.length === 2 && /\s/.test((parts[1] ?? '').trim())) {
        // ["CMD", "curl -f http://x || exit 1"] asks Docker to run a program named "curl -f ...".
        ctx.report({
          messageId: 'execShellLine',
          path: hcPath(c, 'command', 1),
          data: { container },
          severity: 'warning',
          hint: 'use "CMD-SHELL" to run it through the shell, or give the program and each argument as separate elements',
        });
      }
    } else if (first === 'NONE') {
      ctx.report({
        messageId: 'none',
        path: hcPath(c, 'command'),
        data: { container },
        severity: 'warning',
        hint: 'remove "healthCheck" to run without one; ECS documents only "CMD" and "CMD-SHELL"',
      });
    } else {
      const joined = /^\s*(CMD-SHELL|CMD)(?:\s*,|\s+\S)/.exec(first);
      if (joined) {
        // The console's comma form pasted into JSON: ["CMD-SHELL, curl -f http://localhost/ || exit 1"],
        // or the prefix and the line in one string: ["CMD-SHELL curl -f http://localhost/ || exit 1"].
        const prefix = joined[1] ?? 'CMD-SHELL';
        ctx.report({
          messageId: 'joined',
          path: hcPath(c, 'command', 0),
          data: { container, prefix },
          hint: `make "${prefix}" its own element: ["${prefix}", "<command>"] (one string is only for the console)`,
        });
      } else if (parts.length === 1 && /\s/.test(first.trim())) {
        // A whole command line as the only element: it would run as one program name.
        ctx.report({
          messageId: 'singleString',
          path: hcPath(c, 'command', 0),
          data: { container, first: firstWord(first) },
          hint: 'write ["CMD-SHELL", "<the command line>"]',
        });
      } else if (TYPES.test(first.trim().toUpperCase())) {
        // Docker compares the first element exactly: " CMD-SHELL" and "cmd-shell" are none of its types.
        const prefix = first.trim().toUpperCase();
        ctx.report({
          messageId: 'spacedPrefix',
          path: hcPath(c, 'command', 0),
          data: { container, first: JSON.stringify(first), prefix },
          hint: `write "${prefix}" exactly: upper case, without spaces around it`,
          fix: {
            message: `write "${prefix}"`,
            edits: [{ op: 'set', path: hcPath(c, 'command', 0), value: prefix }],
          },
        });
      } else {
        // The API: the command "must start with" CMD or CMD-SHELL. Docker reads any other first element
        // as an unknown check type and never runs the check, so the container never becomes healthy.
        ctx.report({
          messageId: 'noPrefix',
          path: hcPath(c, 'command', 0),
          data: { container, first: firstWord(first) },
          hint: `put "CMD" first to run the program directly (["CMD", "${firstWord(first)}", …]), or "CMD-SHELL" to run a shell command line`,
          // Two readings of the same words: a person picks (the program and its arguments, or one line).
          suggestions: [
            {
              message: 'put "CMD" first',
              edits: [{ op: 'set', path: hcPath(c, 'command'), value: ['CMD', ...parts] }],
            },
            {
              message: 'run it as one shell line with "CMD-SHELL"',
              edits: [{ op: 'set', path: hcPath(c, 'command'), value: ['CMD-SHELL', parts.join(' ')] }],
            },
          ],
        });
      }
    }
  }
}

/** The timings: each within its bounds, and the timeout shorter than the interval. */
function checkTimings(c: ContainerRef, container: string, hc: Obj, ctx: Ctx): void {
  // Timings.
  for (const { field, min, max, unit } of BOUNDS) {
    const value = num(hc[field]);
    if (value === undefined) continue;
    if (value < min) {
      ctx.report({
        messageId: 'tooLow',
        path: hcPath(c, field),
        data: { container, field, value, min, unit },
        hint: `set "${field}" between ${min} and ${max}`,
      });
    } else if (value > max) {
      ctx.report({
        messageId: 'tooHigh',
        path: hcPath(c, field),
        data: { container, field, value, max, unit },
        hint: `set "${field}" between ${min} and ${max}`,
      });
    }
  }

  const timeout = num(hc.timeout);
  const written = num(hc.interval);
  const interval = written ?? DEFAULT_INTERVAL;
  if (
    timeout !== undefined &&
    timeout >= interval &&
    timeout >= 2 &&
    timeout <= 60 &&
    interval >= 5 &&
    interval <= 300
  ) {
    ctx.report({
      messageId: 'timeoutNotLess',
      path: hcPath(c, 'timeout'),
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
        : { related: [{ path: hcPath(c, 'interval'), message: `"interval" is ${interval}` }] }),
    });
  }
}

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
      spacedPrefix: '{{container}}: "healthCheck.command" starts with {{first}}, which is not "{{prefix}}"',
      none: '{{container}}: "healthCheck.command" is ["NONE"], which turns the health check off',
      execShellLine: '{{container}}: "healthCheck.command" uses "CMD" with a whole command line in one element',
      tooLow: '{{container}}: "healthCheck.{{field}}" {{value}} is below the minimum {{min}}{{unit}}',
      tooHigh: '{{container}}: "healthCheck.{{field}}" {{value}} is above the maximum {{max}}{{unit}}',
      timeoutNotLess:
        '{{container}}: "healthCheck.timeout" {{timeout}} is not less than "interval" {{interval}}{{intervalNote}}',
    },
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      const hc = obj(c.container.healthCheck);
      if (!hc) continue;
      const container = c.label;

      checkCommand(c, container, hc, ctx);
      checkTimings(c, container, hc, ctx);
    }
  },
});
