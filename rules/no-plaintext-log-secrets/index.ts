import { defineRule } from '../../src/rule.js';
import { containers, obj } from '../_helpers/index.js';
import {
  isInertValue,
  looksRandom,
  nameTokens,
  secretName,
  secretShape,
} from '../no-secrets-in-environment/secrets.js';

/** Header options (Fluent Bit's `Header`, `http_header`) whose value starts with a credential header. */
const AUTH_HEADER =
  /^(?:authorization|proxy-authorization|x-api-key|api-key|apikey|x-auth-token|dd-api-key|x-honeycomb-team|x-license-key|x-insert-key)(?::|\s)/i;

export default defineRule({
  meta: {
    id: 'no-plaintext-log-secrets',
    category: 'security',
    sensitive: true,
    description: 'Disallow secrets in plain-text log driver options instead of "secretOptions"',
    severity: 'error',
    presets: { recommended: 'warning', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
    ],
    messages: {
      name: '{{container}}: log option "{{option}}" holds a plain-text secret (the name says "{{word}}")',
      random: '{{container}}: log option "{{option}}" holds a random-looking value and the name says "{{word}}"',
      shape: '{{container}}: log option "{{option}}" holds what looks like {{what}}',
      header: '{{container}}: log option "{{option}}" sends a credential header in plain text',
    },
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      const options = obj(obj(c.container.logConfiguration)?.options);
      if (options === undefined) continue;
      for (const [option, value] of Object.entries(options)) {
        if (typeof value !== 'string') continue;
        // Point at the option's name, never at its value.
        const path = [...c.path, 'logConfiguration', 'options', option];
        const hint = `move "${option}" to "logConfiguration.secretOptions" with "valueFrom" naming a Secrets Manager secret or SSM parameter`;
        const base = { path, target: 'key' as const, hint };
        const what = secretShape(value);
        if (what !== undefined) {
          ctx.report({ ...base, messageId: 'shape', data: { container: c.label, option, what } });
          continue;
        }
        if (isInertValue(value)) continue;
        if (nameTokens(option).includes('header') && AUTH_HEADER.test(value.trim())) {
          ctx.report({ ...base, messageId: 'header', data: { container: c.label, option } });
          continue;
        }
        const verdict = secretName(option);
        if (verdict === undefined) continue;
        const data = { container: c.label, option, word: verdict.word };
        // Fluent Bit's `AWS_Auth On` and similar switches are inert values; anything else under a
        // secret word is the credential itself.
        if (verdict.strength === 'strong') ctx.report({ ...base, messageId: 'name', data });
        else if (looksRandom(value)) ctx.report({ ...base, messageId: 'random', data });
      }
    }
  },
});
