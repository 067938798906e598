import { defineRule } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { hasPlaceholder, objects } from '../_helpers/index.js';

/** A template value: `${X}`, `{{x}}`, `<X>` (the engine's placeholders) or a whole-value shell variable `$NAME`. */
// hasPlaceholder also covers a whole-value $VAR.
const templated = hasPlaceholder;

/** The characters a tag key or value may hold: the API model's TagKey/TagValue pattern (aws-facts §4.4). */
const ALLOWED = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const ALLOWED_CHAR = /[\p{L}\p{Z}\p{N}_.:/=+\-@]/u;
const RESERVED = /^aws:/i;

/** The characters that are not allowed, each once, in order of appearance, as messages show them. */
export function badCharacters(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    if (ALLOWED_CHAR.test(ch)) continue;
    const code = ch.codePointAt(0) ?? 0;
    const shown = code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${ch}"`;
    if (!out.includes(shown)) out.push(shown);
  }
  return out;
}

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const shown = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);

export default defineRule({
  meta: {
    id: 'valid-tags',
    category: 'correctness',
    description: 'Require task definition tags with allowed characters, unique keys and no reserved prefix',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tag.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
      'https://github.com/aws-actions/amazon-ecs-deploy-task-definition/pull/52',
    ],
    messages: {
      badKeyChars: 'tag key {{key}} has characters that tags do not allow: {{chars}}',
      badValueChars: 'tag {{key}}: value {{value}} has characters that tags do not allow: {{chars}}',
      reservedKey: 'tag key {{key}} starts with "{{prefix}}", a prefix reserved for AWS',
      reservedValue: 'tag {{key}}: value {{value}} starts with "{{prefix}}", a prefix reserved for AWS',
      duplicateKey: 'tag key {{key}} is used twice',
      emptyList: '"tags" is an empty list, which RegisterTaskDefinition rejects: "Tags can not be empty"',
    },
  },
  check(task, ctx) {
    // Register input only: describe output holds its tags outside the task, and they are not sent back.
    if (ctx.kind === 'task-definition' && Array.isArray(task.tags) && task.tags.length === 0) {
      ctx.report({
        messageId: 'emptyList',
        path: ['tags'],
        hint: 'remove "tags", or give at least one {"key": …, "value": …}',
        // No tags and an empty list mean the same to anyone but RegisterTaskDefinition.
        fix: { message: 'remove "tags"', edits: [{ op: 'remove', path: ['tags'] }] },
      });
    }
    /** The index of the first tag with each key. */
    const seen = new Map<string, number>();
    for (const [tag, i] of objects(task.tags)) {
      const path: JsonPath = ['tags', i];
      const key = typeof tag.key === 'string' && !templated(tag.key) ? tag.key : undefined;
      const value = typeof tag.value === 'string' && !templated(tag.value) ? tag.value : undefined;

      if (key !== undefined) {
        if (!ALLOWED.test(key)) {
          ctx.report({
            messageId: 'badKeyChars',
            path: [...path, 'key'],
            data: { key: shown(key), chars: list(badCharacters(key)) },
            hint: 'use letters, digits, spaces and _ . : / = + - @ only',
          });
        }
        const prefix = RESERVED.exec(key)?.[0];
        if (prefix !== undefined) {
          ctx.report({
            messageId: 'reservedKey',
            path: [...path, 'key'],
            data: { key: shown(key), prefix },
            // Describe output may hold the aws: tags that AWS itself added (CloudFormation's, say): they
            // are only a problem when the output is registered again.
            ...(ctx.kind === 'describe-output' ? { severity: 'warning' as const } : {}),
            hint:
              ctx.kind === 'describe-output'
                ? 'remove aws: tags before registering this output again: AWS adds them itself'
                : 'drop the "aws:" prefix or use your own (for example "app:"); AWS adds its own aws: tags',
          });
        }
        const earlier = seen.get(key);
        if (earlier === undefined) seen.set(key, i);
        else {
          ctx.report({
            messageId: 'duplicateKey',
            path: [...path, 'key'],
            data: { key: shown(key) },
            hint: 'keep one tag per key: remove or rename one of them',
            related: [{ path: ['tags', earlier, 'key'], message: `the first tag with key ${shown(key)}` }],
          });
        }
      }

      if (value !== undefined && key !== undefined) {
        if (!ALLOWED.test(value)) {
          ctx.report({
            messageId: 'badValueChars',
            path: [...path, 'value'],
            data: { key: shown(key), value: shown(value), chars: list(badCharacters(value)) },
            hint: 'use letters, digits, spaces and _ . : / = + - @ only',
          });
        }
        const prefix = RESERVED.exec(value)?.[0];
        if (prefix !== undefined) {
          ctx.report({
            messageId: 'reservedValue',
            path: [...path, 'value'],
            data: { key: shown(key), value: shown(value), prefix },
            // The API documents the prefix as reserved for values too, but enforcement is not documented.
            severity: 'warning',
            hint: 'start the value with something other than "aws:"',
          });
        }
      }
    }
  },
});
