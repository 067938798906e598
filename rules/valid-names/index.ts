import { defineRule, type RuleContext } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { type ContainerRef, containers, hasPlaceholder, isObject, str } from '../_helpers/index.js';

/** A template value: `${X}`, `{{x}}`, `<X>` (the engine's placeholders) or a whole-value shell variable `$NAME`. */
// hasPlaceholder also covers a whole-value $VAR.
const templated = hasPlaceholder;

/** `family`, container and volume names: 1–255 letters, digits, `_`, `-` (aws-facts §4.2). */
export const MAX_NAME_LENGTH = 255;
const ALLOWED = /^[A-Za-z0-9_-]*$/;

/** The characters of a name that are not allowed, each once, in order of appearance. */
export function badCharacters(name: string): string[] {
  const out: string[] = [];
  for (const ch of name) if (!/[A-Za-z0-9_-]/.test(ch) && !out.includes(ch)) out.push(ch);
  return out;
}

/** How a character reads in a message: `" "` is "space", control characters by code. */
function show(ch: string): string {
  if (ch === ' ') return 'space';
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${ch}"`;
}

type Problem =
  | { messageId: 'empty' }
  | { messageId: 'tooLong'; length: number }
  | { messageId: 'badChars'; chars: string };

const HINTS: Record<Problem['messageId'], string> = {
  empty: 'give it a name of letters, digits, "_" and "-" (for example "web-app_v2")',
  tooLong: 'shorten the name to 255 characters or fewer',
  badChars: 'use only letters, digits, "_" and "-" (for example "web-app_v2")',
};

function problemOf(name: string): Problem | undefined {
  if (name.length === 0) return { messageId: 'empty' };
  if (!ALLOWED.test(name)) {
    const bad = badCharacters(name).map(show);
    return {
      messageId: 'badChars',
      chars: bad.length <= 1 ? (bad[0] ?? '') : `${bad.slice(0, -1).join(', ')} and ${bad.at(-1)}`,
    };
  }
  // All ASCII by now: one character per code unit.
  if (name.length > MAX_NAME_LENGTH) return { messageId: 'tooLong', length: name.length };
  return undefined;
}

/** What is wrong with a name AWS would refuse; undefined for a good name or a template (filled in later). */
function nameProblem(value: unknown): Problem | undefined {
  return typeof value !== 'string' || templated(value) ? undefined : problemOf(value);
}

/** Report a name nameProblem found a problem with (the path is built only then: most names are fine). */
function reportName(
  ctx: RuleContext<Problem['messageId']>,
  value: string,
  problem: Problem,
  path: JsonPath,
  what: string,
): void {
  const shown = value.length > 40 ? `${JSON.stringify(value.slice(0, 39))}…` : JSON.stringify(value);
  ctx.report({
    messageId: problem.messageId,
    path,
    data: {
      what,
      name: shown,
      ...(problem.messageId === 'tooLong' ? { length: problem.length } : {}),
      ...(problem.messageId === 'badChars' ? { chars: problem.chars } : {}),
    },
    hint: HINTS[problem.messageId],
  });
}

export default defineRule({
  meta: {
    id: 'valid-names',
    category: 'correctness',
    description: 'Require family, container and volume names that AWS accepts, and unique names in a task',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html',
    ],
    messages: {
      empty: '{{what}} is empty: it needs 1 to 255 letters, digits, "_" or "-"',
      tooLong: '{{what}} is {{length}} characters long: the limit is 255',
      badChars: '{{what}} {{name}} has characters AWS does not allow in names: {{chars}}',
      missingContainerName: '{{label}} has no "name": every container needs one',
      duplicateContainer: 'container name "{{name}}" is used twice in the task',
      duplicateVolume: 'volume name "{{name}}" is used twice in the task',
    },
  },
  check(task, ctx) {
    // A Dockerrun v2 file has no "family" (Elastic Beanstalk names the task definition): the member itself
    // is the schema's one finding there, and its value is never used.
    const familyProblem = ctx.kind === 'dockerrun-v2' ? undefined : nameProblem(task.family);
    if (familyProblem) reportName(ctx, task.family as string, familyProblem, ['family'], '"family"');

    const seenContainers = new Map<string, ContainerRef>();
    for (const c of containers(task)) {
      if (c.container.name === undefined) {
        ctx.report({
          messageId: 'missingContainerName',
          path: [...c.path, 'name'],
          data: { label: c.label },
          hint: 'add a "name" of letters, digits, "_" and "-", unique in the task',
        });
        continue;
      }
      const problem = nameProblem(c.container.name);
      if (problem) reportName(ctx, c.container.name as string, problem, [...c.path, 'name'], 'container name');
      const name = c.name;
      if (name === undefined || name === '' || templated(name)) continue;
      const earlier = seenContainers.get(name);
      if (earlier === undefined) {
        seenContainers.set(name, c);
        continue;
      }
      ctx.report({
        messageId: 'duplicateContainer',
        path: [...c.path, 'name'],
        data: { name },
        hint: 'give each container its own name: "dependsOn", "links" and "volumesFrom" refer to containers by name',
        related: [{ path: [...earlier.path, 'name'], message: `the first container named "${name}"` }],
      });
    }

    // By index rather than volumes(): no reference or path is built for a volume without a finding.
    const list = task.volumes;
    if (!Array.isArray(list)) return;
    const seenVolumes = new Map<string, number>();
    for (let index = 0; index < list.length; index++) {
      const volume: unknown = list[index];
      if (!isObject(volume)) continue;
      const problem = nameProblem(volume.name);
      if (problem) reportName(ctx, volume.name as string, problem, ['volumes', index, 'name'], 'volume name');
      const name = str(volume.name);
      if (name === undefined || name === '' || templated(name)) continue;
      const earlier = seenVolumes.get(name);
      if (earlier === undefined) {
        seenVolumes.set(name, index);
        continue;
      }
      ctx.report({
        messageId: 'duplicateVolume',
        path: ['volumes', index, 'name'],
        data: { name },
        hint: `rename one of them, or merge them into one volume: "mountPoints" refer to volumes by name`,
        related: [{ path: ['volumes', earlier, 'name'], message: `the first volume named "${name}"` }],
      });
    }
  },
});
