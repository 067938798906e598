import { defineRule, type RuleContext } from '../../src/rule.js';
import { type ContainerRef, containers, obj } from '../_helpers/index.js';
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

/** A name with the word `header` in it, in any case: the only names nameTokens can split into `header`. */
const HEADER = /header/i;

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
      for (const option of Object.keys(options)) {
        const value = options[option];
        if (typeof value !== 'string') continue;
        const what = secretShape(value);
        if (what !== undefined) {
          report(ctx, c, option, 'shape', { container: c.label, option, what });
          continue;
        }
        // The name first (judged once per name): most options are not secret-like, and their values need
        // no closer look.
        if (HEADER.test(option) && nameTokens(option).includes('header') && AUTH_HEADER.test(value.trim())) {
          if (!isInertValue(value)) report(ctx, c, option, 'header', { container: c.label, option });
          continue;
        }
        const verdict = secretName(option);
        if (verdict === undefined || isInertValue(value)) continue;
        const data = { container: c.label, option, word: verdict.word };
        // Fluent Bit's `AWS_Auth On` and similar switches are inert values; anything else under a
        // secret word is the credential itself.
        if (verdict.strength === 'strong') report(ctx, c, option, 'name', data);
        else if (looksRandom(value)) report(ctx, c, option, 'random', data);
      }
    }
  },
});

type MessageId = 'name' | 'random' | 'shape' | 'header';

/** Report on the option's name, never its value (built only for a finding: most options are not secrets). */
function report(
  ctx: RuleContext<MessageId>,
  c: ContainerRef,
  option: string,
  messageId: MessageId,
  data: { container: string; option: string; what?: string; word?: string },
): void {
  ctx.report({
    path: [...c.path, 'logConfiguration', 'options', option],
    target: 'key',
    hint: `move "${option}" to "logConfiguration.secretOptions" with "valueFrom" naming a Secrets Manager secret or SSM parameter`,
    messageId,
    data,
  });
}
