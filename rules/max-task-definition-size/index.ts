import { defineRule, type TaskView } from '../../src/rule.js';
import { OUTPUT_ONLY_TASK_FIELDS } from '../../src/schema/ecs-model.js';
import type { DocumentKind } from '../../src/types.js';
import { containers } from '../_helpers/index.js';

/** The service's limit on a task definition, in bytes (aws-facts §4.1). */
export const MAX_BYTES = 65_536;
/** Above this share of the limit, warn: a few more variables and the next deploy fails. */
export const WARN_RATIO = 0.9;

const encoder = new TextEncoder();
const bytes = (value: unknown): number => encoder.encode(JSON.stringify(value) ?? '').length;
const grouped = (n: number): string => n.toLocaleString('en-US');

/** Members that are in the file but not in what AWS receives (RegisterTaskDefinition input). */
const NOT_SENT: Partial<Record<DocumentKind, readonly string[]>> = {
  'describe-output': OUTPUT_ONLY_TASK_FIELDS,
  // Elastic Beanstalk reads these itself and registers the rest as a task definition.
  'dockerrun-v2': ['AWSEBDockerrunVersion', 'authentication'],
};

/** The task as AWS receives it: minified JSON of the register input. */
export function registeredSize(task: TaskView, kind: DocumentKind): number {
  const drop = NOT_SENT[kind] ?? [];
  const sent = drop.length === 0 ? task : Object.fromEntries(Object.entries(task).filter(([k]) => !drop.includes(k)));
  return bytes(sent);
}

export default defineRule({
  meta: {
    id: 'max-task-definition-size',
    category: 'correctness',
    description: 'Keep a task definition under the 64 KiB that AWS accepts',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
    ],
    messages: {
      tooLarge: '{{what}} {{size}} bytes as AWS receives it (minified JSON): the limit is {{max}} bytes',
      nearLimit: '{{what}} {{size}} bytes as AWS receives it (minified JSON), {{percent}}% of the {{max}}-byte limit',
    },
  },
  check(task, ctx) {
    const size = registeredSize(task, ctx.kind);
    if (size <= MAX_BYTES * WARN_RATIO) return;
    const over = size > MAX_BYTES;
    const all = containers(task);
    const largest = all
      .map((c) => ({ c, size: bytes(c.container) }))
      .reduce<{ c: (typeof all)[number]; size: number } | undefined>(
        (best, x) => (best === undefined || x.size > best.size ? x : best),
        undefined,
      );
    const bare = ctx.kind === 'container-definitions';
    ctx.report({
      messageId: over ? 'tooLarge' : 'nearLimit',
      path: [],
      target: 'key',
      severity: over ? 'error' : 'warning',
      data: {
        what: bare ? 'the container definitions alone are' : 'the task definition is',
        size: grouped(size),
        max: grouped(MAX_BYTES),
        percent: Math.floor((size / MAX_BYTES) * 100),
      },
      hint: over
        ? 'move bulk out of the task definition: environment variables to "environmentFiles" or "secrets", long commands and config into the image'
        : 'keep room to grow: move large environment blocks to "environmentFiles" or "secrets", long commands and config into the image',
      ...(largest && all.length > 1
        ? {
            related: [
              {
                path: largest.c.path,
                message: `${largest.c.label} is the largest part: ${grouped(largest.size)} bytes`,
                target: 'key' as const,
              },
            ],
          }
        : {}),
    });
  },
});
