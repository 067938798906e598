import { defineRule } from '../../src/rule.js';
import { containers, objects, str } from '../_helpers/index.js';
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
      for (const [entry, i] of objects(c.container.environment)) {
        const variable = str(entry.name);
        const value = entry.value;
        if (variable === undefined || typeof value !== 'string') continue;
        const path = [...c.path, 'environment', i, 'name'];
        const hint = `move "${variable}" to "secrets" with "valueFrom" naming a Secrets Manager secret or SSM parameter, and rotate the value`;
        // Never put `value` (or any part of it) into a report.
        const what = secretShape(value);
        if (what !== undefined) {
          ctx.report({ messageId: 'shape', path, data: { container: c.label, variable, what }, hint });
          continue;
        }
        const verdict = secretName(variable);
        if (verdict === undefined || isInertValue(value)) continue;
        const data = { container: c.label, variable, word: verdict.word };
        const trimmed = value.trim();
        if (verdict.strength === 'strong' && verdict.word !== 'auth') {
          ctx.report({ messageId: 'name', path, data, hint });
        } else if (verdict.word === 'auth' && !(IDENTIFIER.test(trimmed) && !looksRandom(trimmed))) {
          ctx.report({ messageId: 'name', path, data, hint });
        } else if (looksRandom(trimmed)) {
          ctx.report({ messageId: 'random', path, data, hint });
        }
      }
    }
  },
});
