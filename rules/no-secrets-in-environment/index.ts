import { defineRule, type RuleContext } from '../../src/rule.js';
import { type ContainerRef, containers, isObject, str } from '../_helpers/index.js';
import { isInertValue, looksRandom, secretName, secretShape } from './secrets.js';

/** An identifier or a word: under an `AUTH` name that is a mode or a provider (`cognito`, `my-idp`), not a secret. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9._-]{0,255}$/;

export default defineRule({
  meta: {
    id: 'no-secrets-in-environment',
    category: 'security',
    sensitive: true,
    description: 'Disallow secrets in plain-text container environment variables',
    severity: 'error',
    presets: { recommended: 'warning', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8',
    ],
    messages: {
      name: '{{container}}: "environment" variable "{{variable}}" holds a plain-text secret (the name says "{{word}}")',
      random:
        '{{container}}: "environment" variable "{{variable}}" holds a random-looking value and the name says "{{word}}"',
      shape: '{{container}}: "environment" variable "{{variable}}" holds what looks like {{what}}',
    },
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      // By index rather than objects(): no pair is built for each of the many variables.
      const environment = c.container.environment;
      if (!Array.isArray(environment)) continue;
      for (let i = 0; i < environment.length; i++) {
        const entry: unknown = environment[i];
        if (!isObject(entry)) continue;
        const variable = str(entry.name);
        const value = entry.value;
        if (variable === undefined || typeof value !== 'string') continue;
        // Never put `value` (or any part of it) into a report.
        const what = secretShape(value);
        if (what !== undefined) {
          report(ctx, c, i, 'shape', { container: c.label, variable, what });
          continue;
        }
        const verdict = secretName(variable);
        if (verdict === undefined || isInertValue(value)) continue;
        const data = { container: c.label, variable, word: verdict.word };
        const trimmed = value.trim();
        if (verdict.strength === 'strong' && verdict.word !== 'auth') {
          report(ctx, c, i, 'name', data);
        } else if (verdict.word === 'auth' && !(IDENTIFIER.test(trimmed) && !looksRandom(trimmed))) {
          report(ctx, c, i, 'name', data);
        } else if (looksRandom(trimmed)) {
          report(ctx, c, i, 'random', data);
        }
      }
    }
  },
});

/** Report on the variable's name (built only for a finding: most variables are not secrets). */
function report(
  ctx: RuleContext<'name' | 'random' | 'shape'>,
  c: ContainerRef,
  i: number,
  messageId: 'name' | 'random' | 'shape',
  data: { container: string; variable: string; what?: string; word?: string },
): void {
  ctx.report({
    messageId,
    path: [...c.path, 'environment', i, 'name'],
    data,
    hint: `move "${data.variable}" to "secrets" with "valueFrom" naming a Secrets Manager secret or SSM parameter, and rotate the value`,
  });
}
