import { closest, distance } from 'fastest-levenshtein';
import { defineRule, type RuleContext } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import {
  type ContainerRef,
  containers,
  hasPlaceholder,
  isFargate,
  type Obj,
  obj,
  quoteList,
  str,
} from '../_helpers/index.js';

/**
 * Options the awslogs driver takes: Docker's awslogs options (which Docker validates, refusing to create a
 * container with any other), the ECS-only `awslogs-stream-prefix`, and the options every driver takes.
 */
export const AWSLOGS_OPTIONS = [
  'awslogs-group',
  'awslogs-region',
  'awslogs-stream-prefix',
  'awslogs-create-group',
  'awslogs-datetime-format',
  'awslogs-multiline-pattern',
  'awslogs-endpoint',
  'awslogs-credentials-endpoint',
  'awslogs-stream',
  'awslogs-create-stream',
  'awslogs-format',
  'awslogs-force-flush-interval-seconds',
  'awslogs-max-buffered-events',
  'tag',
  'mode',
  'max-buffer-size',
] as const;

const KNOWN: ReadonlySet<string> = new Set(AWSLOGS_OPTIONS);
/** Required: group and Region everywhere, the stream prefix on Fargate (aws-facts.md §2.6, §4.20). */
const REQUIRED: readonly string[] = ['awslogs-group', 'awslogs-region'];
const REQUIRED_ON_FARGATE: readonly string[] = [...REQUIRED, 'awslogs-stream-prefix'];
const MODES = ['blocking', 'non-blocking'];
/** What Docker's size parser (units.RAMInBytes) accepts: `25m`, `4MB`, `1.5g`, `512k`, `1024`. */
const BUFFER_SIZE = /^\d+(\.\d+)? ?[kKmMgGtTpP]?[iI]?[bB]?$/;
/** What Go's strconv.ParseBool accepts (Docker parses `awslogs-create-group` with it). */
const BOOLEANS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False']);

/** The known name a misspelt one most likely meant (a letter in four may differ, at most three). */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = word.toLowerCase();
  const best = closest(lower, [...candidates]);
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 4)));
  return distance(lower, best) <= limit ? best : undefined;
}

const EXAMPLES: Record<string, string> = {
  'awslogs-group': '"awslogs-group": "/ecs/my-app"',
  'awslogs-region': '"awslogs-region": "us-east-1"',
  'awslogs-stream-prefix': '"awslogs-stream-prefix": "my-app"',
};

const cut = (s: string, max = 40): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** A path in the container's awslogs options, built only for a finding: most have none. */
const optionsPath = (c: ContainerRef, ...more: string[]): JsonPath => [
  ...c.path,
  'logConfiguration',
  'options',
  ...more,
];

/** The options that must not be empty when written. */
const NOT_EMPTY = ['awslogs-group', 'awslogs-region', 'awslogs-stream-prefix'] as const;

const NONE_MISSING: readonly string[] = Object.freeze([]);

/** The required options that are neither written nor misspelt (a list is made only when one is missing). */
function missingOptions(
  required: readonly string[],
  opts: Obj,
  typoOf: Map<string, string> | undefined,
): readonly string[] {
  let missing: string[] | undefined;
  for (const o of required) {
    if (Object.hasOwn(opts, o) || typoOf?.has(o)) continue;
    missing ??= [];
    missing.push(o);
  }
  return missing ?? NONE_MISSING;
}

export default defineRule({
  meta: {
    id: 'valid-awslogs-options',
    category: 'observability',
    description: 'Require the options the awslogs log driver needs, with names and values it accepts',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html',
      'https://docs.docker.com/engine/logging/drivers/awslogs/',
      'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html',
      'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogStream.html',
    ],
    messages: {
      missingOptions: '{{container}}: the "awslogs" log driver needs {{options}}{{fargate}}',
      emptyOption: '{{container}}: log option "{{option}}" is empty',
      unknownOption: '{{container}}: "{{option}}" is not an option of the "awslogs" log driver',
      bothPatterns: '{{container}}: "awslogs-datetime-format" and "awslogs-multiline-pattern" cannot be set together',
      badMode: '{{container}}: log option "mode" is "{{value}}", not "blocking" or "non-blocking"',
      badBufferSize: '{{container}}: log option "max-buffer-size" "{{value}}" is not a size such as "25m"',
      bufferNeedsNonBlocking:
        '{{container}}: "max-buffer-size" works only with "mode": "non-blocking", and "mode" is "{{mode}}"',
      bufferModeUnset: '{{container}}: "max-buffer-size" works only in non-blocking mode, and "mode" is not set',
      badCreateGroup: '{{container}}: log option "awslogs-create-group" is "{{value}}", not "true" or "false"',
      badGroupName:
        '{{container}}: "awslogs-group" {{value}} has {{chars}}, which CloudWatch Logs group names cannot contain',
      longGroupName: '{{container}}: "awslogs-group" is {{length}} characters long; CloudWatch Logs allows 512',
      badStreamPrefix:
        '{{container}}: "awslogs-stream-prefix" {{value}} has {{chars}}, which CloudWatch Logs stream names cannot contain',
    },
  },
  check(task, ctx) {
    const fargate = isFargate(task, ctx);
    for (const c of containers(task)) {
      const log = obj(c.container.logConfiguration);
      if (log?.logDriver !== 'awslogs') continue;
      const container = c.label;
      // No "options" at all (or `null`, which deploy tools drop), or one that is not an object (the schema's
      // finding): point at the driver.
      const options = obj(log.options);
      if (log.options !== undefined && log.options !== null && !options) continue;
      const opts = options ?? {};

      // Misspelt names first: a typo of a required option is reported once, as the typo.
      // Made only when there is a typo to remember: most options are spelt right.
      let typoOf: Map<string, string> | undefined;
      for (const name of Object.keys(opts)) {
        if (KNOWN.has(name)) continue;
        const suggestion = suggest(
          name,
          AWSLOGS_OPTIONS.filter((o) => !Object.hasOwn(opts, o)),
        );
        if (suggestion !== undefined) {
          typoOf ??= new Map();
          typoOf.set(suggestion, name);
        }
        ctx.report({
          messageId: 'unknownOption',
          path: optionsPath(c, name),
          target: 'key',
          data: { container, option: cut(name) },
          hint:
            suggestion === undefined
              ? `remove it; the awslogs driver takes ${AWSLOGS_OPTIONS.slice(0, 6)
                  .map((o) => `"${o}"`)
                  .join(', ')} and a few more`
              : `did you mean "${suggestion}"?`,
        });
      }

      const required = fargate ? REQUIRED_ON_FARGATE : REQUIRED;
      const missing = missingOptions(required, opts, typoOf);
      if (missing.length > 0) {
        ctx.report({
          messageId: 'missingOptions',
          ...(options
            ? { path: optionsPath(c), target: 'key' as const }
            : { path: [...c.path, 'logConfiguration', 'logDriver'], target: 'value' as const }),
          data: {
            container,
            options: quoteList(missing),
            fargate: missing.includes('awslogs-stream-prefix') ? ' (the prefix is required on Fargate)' : '',
          },
          hint: `add ${missing.map((o) => EXAMPLES[o] ?? `"${o}"`).join(', ')}`,
        });
      }

      for (const option of NOT_EMPTY) {
        const value = opts[option];
        if (typeof value === 'string' && value.trim() === '') {
          ctx.report({ messageId: 'emptyOption', path: optionsPath(c, option), data: { container, option } });
        }
      }

      checkNames(ctx, c, opts);

      if (Object.hasOwn(opts, 'awslogs-datetime-format') && Object.hasOwn(opts, 'awslogs-multiline-pattern')) {
        ctx.report({
          messageId: 'bothPatterns',
          path: optionsPath(c, 'awslogs-multiline-pattern'),
          target: 'key',
          data: { container },
          hint: 'keep one of them: Docker refuses to create the container with both',
          related: [
            {
              path: optionsPath(c, 'awslogs-datetime-format'),
              message: '"awslogs-datetime-format" is here',
              target: 'key',
            },
          ],
        });
      }

      const mode = str(opts.mode);
      if (mode !== undefined && !MODES.includes(mode)) {
        const suggestion = suggest(mode, MODES);
        ctx.report({
          messageId: 'badMode',
          path: optionsPath(c, 'mode'),
          data: { container, value: cut(mode) },
          hint: suggestion === undefined ? 'use "non-blocking" or "blocking"' : `did you mean "${suggestion}"?`,
        });
      }

      const buffer = str(opts['max-buffer-size']);
      if (buffer !== undefined) {
        if (!BUFFER_SIZE.test(buffer.trim())) {
          ctx.report({
            messageId: 'badBufferSize',
            path: optionsPath(c, 'max-buffer-size'),
            data: { container, value: cut(buffer) },
            hint: 'write a number with a unit: "25m", "4m", "1g"',
          });
        }
        if (mode === 'blocking') {
          ctx.report({
            messageId: 'bufferNeedsNonBlocking',
            path: optionsPath(c, 'max-buffer-size'),
            target: 'key',
            data: { container, mode },
            hint: 'set "mode": "non-blocking", or remove "max-buffer-size"',
            related: [{ path: optionsPath(c, 'mode'), message: '"mode" is set here' }],
          });
        } else if (mode === undefined && !Object.hasOwn(opts, 'mode')) {
          ctx.report({
            messageId: 'bufferModeUnset',
            path: optionsPath(c, 'max-buffer-size'),
            target: 'key',
            data: { container },
            // ECS has defaulted to non-blocking since June 2025; older agents default to blocking.
            severity: 'note',
            hint: 'set "mode": "non-blocking" explicitly: older container agents default to blocking and then reject the option',
          });
        }
      }

      const createGroup = str(opts['awslogs-create-group']);
      if (createGroup !== undefined && !BOOLEANS.has(createGroup)) {
        ctx.report({
          messageId: 'badCreateGroup',
          path: optionsPath(c, 'awslogs-create-group'),
          data: { container, value: cut(createGroup) },
          hint: 'use "true" (the execution role then needs logs:CreateLogGroup) or "false"',
        });
      }
    }
  },
});

/** CreateLogGroup's logGroupName: 1–512 of `[.\-_/#A-Za-z0-9]`. */
const GROUP_CHAR = /[.\-_/#A-Za-z0-9]/;
const GROUP_MAX = 512;
/** CreateLogStream's logStreamName: no `:` and no `*` (the prefix starts every stream name of the task). */
const STREAM_BAD = /[:*]/;

/** The characters of `text` that `ok` refuses, each once, as messages show them. */
function refused(text: string, ok: (ch: string) => boolean): string {
  const out: string[] = [];
  for (const ch of text) {
    if (ok(ch)) continue;
    const code = ch.codePointAt(0) ?? 0;
    const shown = code <= 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${ch}"`;
    if (!out.includes(shown)) out.push(shown);
    if (out.length === 5) break;
  }
  return out.join(', ');
}

/**
 * The log group and stream prefix name what the driver creates or writes to: a name CloudWatch Logs refuses
 * fails the container at start ("failed to initialize logging driver").
 */
function checkNames(ctx: RuleContext<string>, c: ContainerRef, opts: Record<string, unknown>): void {
  const group = str(opts['awslogs-group']);
  if (group !== undefined && group.trim() !== '' && !hasPlaceholder(group)) {
    const chars = refused(group, (ch) => GROUP_CHAR.test(ch));
    if (chars !== '') {
      ctx.report({
        messageId: 'badGroupName',
        path: optionsPath(c, 'awslogs-group'),
        data: { container: c.label, value: JSON.stringify(cut(group)), chars },
        hint: /^arn:[^:]*:logs:/.test(group)
          ? `use the log group name ("${cut(group.replace(/^arn:[^:]*:logs:[^:]*:[^:]*:log-group:/, '').replace(/:\*$/, ''))}"), not its ARN`
          : 'use letters, digits and . - _ / # only, such as "/ecs/my-service"',
      });
    } else if (group.length > GROUP_MAX) {
      ctx.report({
        messageId: 'longGroupName',
        path: optionsPath(c, 'awslogs-group'),
        data: { container: c.label, length: group.length },
        hint: `shorten the log group name to ${GROUP_MAX} characters or fewer`,
      });
    }
  }
  const prefix = str(opts['awslogs-stream-prefix']);
  if (prefix !== undefined && STREAM_BAD.test(prefix) && !hasPlaceholder(prefix)) {
    ctx.report({
      messageId: 'badStreamPrefix',
      path: optionsPath(c, 'awslogs-stream-prefix'),
      data: {
        container: c.label,
        value: JSON.stringify(cut(prefix)),
        chars: refused(prefix, (ch) => !STREAM_BAD.test(ch)),
      },
      hint: 'remove ":" and "*" from the prefix, for example "ecs" or "my-service"',
    });
  }
}
