import { defineRule, type RuleContext } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import {
  type ContainerRef,
  containers,
  hasPlaceholder,
  isFargate,
  isWindows,
  obj,
  objects,
  str,
} from '../_helpers/index.js';

/** `arn:<partition>:<service>:<region>:<account>:<resource>`; the resource may hold more colons. */
const ARN = /^arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)$/s;
const PARTITION = /^aws(-[a-z]+)*$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ACCOUNT = /^\d{12}$/;
/** SSM parameter names: letters, digits, `_ . -`, and `/` for hierarchies (a leading `/` is optional). */
const SSM_NAME = /^[A-Za-z0-9_.\-/]+$/;
/** Secrets Manager secret names. */
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;

export type Reference =
  | { kind: 'secretsmanager'; jsonKey: string; versionStage: string; versionId: string }
  | { kind: 'ssm' }
  | { kind: 'ssm-name' }
  | { kind: 'template' }
  | { kind: 'invalid'; reason: InvalidReason; detail?: string };

export type InvalidReason =
  | 'malformedArn'
  | 'arnPart'
  | 'wrongService'
  | 'secretSuffix'
  | 'emptySecretName'
  | 'ssmResource'
  | 'notAName';

/**
 * What a secret's `valueFrom` refers to (aws-facts.md §4.7): a Secrets Manager secret ARN, optionally with
 * `:json-key:version-stage:version-id` (all three colons kept), an SSM parameter ARN, or an SSM parameter name.
 */
export function classifyValueFrom(value: string): Reference {
  const v = value.trim();
  // `$NAME` / `$(...)`: a shell variable that envsubst or a deploy script fills in.
  if (v.startsWith('$')) return { kind: 'template' };
  if (!v.startsWith('arn:')) {
    return SSM_NAME.test(v) ? { kind: 'ssm-name' } : { kind: 'invalid', reason: 'notAName' };
  }
  const m = ARN.exec(v);
  if (!m) return { kind: 'invalid', reason: 'malformedArn' };
  const [, partition = '', service = '', region = '', account = '', resource = ''] = m;
  if (service !== 'secretsmanager' && service !== 'ssm') {
    return { kind: 'invalid', reason: 'wrongService', detail: service };
  }
  // A Region or account written as a word ("REGION", "ACCOUNT_ID", "aws_account_id") is a template
  // placeholder: real ones always hold digits. Say nothing about what is not written yet.
  if (!/\d/.test(region) || !/\d/.test(account)) return { kind: 'template' };
  if (!PARTITION.test(partition)) return { kind: 'invalid', reason: 'arnPart', detail: 'partition' };
  if (!REGION.test(region)) return { kind: 'invalid', reason: 'arnPart', detail: 'Region' };
  if (!ACCOUNT.test(account)) return { kind: 'invalid', reason: 'arnPart', detail: 'account ID' };
  if (service === 'ssm') {
    return resource.startsWith('parameter/') && resource.length > 'parameter/'.length
      ? { kind: 'ssm' }
      : { kind: 'invalid', reason: 'ssmResource' };
  }
  if (!resource.startsWith('secret:')) return { kind: 'invalid', reason: 'malformedArn' };
  const parts = resource.slice('secret:'.length).split(':');
  if (parts.length !== 1 && parts.length !== 4) {
    const colons = parts.length - 1;
    return { kind: 'invalid', reason: 'secretSuffix', detail: `${colons} ${colons === 1 ? 'colon' : 'colons'}` };
  }
  const [name = '', jsonKey = '', versionStage = '', versionId = ''] = parts;
  if (name === '') return { kind: 'invalid', reason: 'emptySecretName' };
  return { kind: 'secretsmanager', jsonKey, versionStage, versionId };
}

const cut = (s: string, max = 60): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

const REASON_HINTS: Record<InvalidReason, string> = {
  malformedArn:
    'write "arn:aws:secretsmanager:<region>:<account>:secret:<name>" or "arn:aws:ssm:<region>:<account>:parameter/<name>"',
  arnPart: 'copy the full ARN from the Secrets Manager or Parameter Store console',
  wrongService: 'reference a Secrets Manager secret or an SSM parameter; ECS reads secrets from nowhere else',
  secretSuffix:
    'keep all three colons after the secret name: "<secret-arn>:<json-key>:<version-stage>:<version-id>", e.g. "...:secret:db-AbCdEf:password::"',
  emptySecretName: 'put the secret name after "secret:"',
  ssmResource: 'the resource part is "parameter/<name>", e.g. "arn:aws:ssm:us-east-1:123456789012:parameter/prod/db"',
  notAName: 'use the full Secrets Manager secret ARN, or an SSM parameter name (letters, digits, "_", ".", "-", "/")',
};

export default defineRule({
  meta: {
    id: 'valid-secrets',
    category: 'security',
    description: 'Require secrets that reference a Secrets Manager secret or SSM parameter in a form ECS accepts',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Secret.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html',
    ],
    messages: {
      emptyName: '{{container}}: a {{list}} entry has an empty "name"',
      emptyValueFrom: '{{container}}: {{what}} has an empty "valueFrom"',
      malformedArn: '{{container}}: {{what}} "valueFrom" "{{value}}" is not a valid secret or parameter ARN',
      arnPart: '{{container}}: {{what}} "valueFrom" "{{value}}" has no valid {{detail}}',
      wrongService:
        '{{container}}: {{what}} "valueFrom" is an ARN of "{{detail}}", not of a Secrets Manager secret or SSM parameter',
      secretSuffix:
        '{{container}}: {{what}} "valueFrom" has {{detail}} after the secret name; ECS needs 0 or exactly 3',
      emptySecretName: '{{container}}: {{what}} "valueFrom" "{{value}}" has no secret name',
      ssmResource: '{{container}}: {{what}} "valueFrom" "{{value}}" does not name a parameter',
      notAName: '{{container}}: {{what}} "valueFrom" "{{value}}" is neither an ARN nor a valid SSM parameter name',
      stageAndId:
        '{{container}}: {{what}} "valueFrom" gives both a version stage and a version ID; they are mutually exclusive',
      fargateVersion:
        '{{count}} with a JSON key or version in "valueFrom": Fargate needs platform version 1.4.0 or later',
      duplicate: '{{container}}: {{list}} name "{{name}}" is given more than once',
      alsoEnvironment: '{{container}}: "{{name}}" is both a secret and an "environment" variable',
      emptyCredentials: '{{container}}: "repositoryCredentials.credentialsParameter" is empty',
      credentialsNotSecret:
        '{{container}}: "repositoryCredentials.credentialsParameter" "{{value}}" is not a Secrets Manager secret ARN or name',
    },
  },
  check(task, ctx) {
    const versioned: Versioned[] = [];
    for (const c of containers(task)) {
      const container = c.label;
      checkList(ctx, versioned, c, [...c.path, 'secrets'], c.container.secrets, 'secrets');
      const log = obj(c.container.logConfiguration);
      if (log) {
        checkList(
          ctx,
          versioned,
          c,
          [...c.path, 'logConfiguration', 'secretOptions'],
          log.secretOptions,
          'secretOptions',
        );
      }

      // A secret that is also a plain environment variable.
      const secrets = objects(c.container.secrets);
      if (secrets.length > 0) {
        /** The first environment entry of each name, by index (a path only for a finding). */
        const envByName = new Map<string, number>();
        for (const [env, i] of objects(c.container.environment)) {
          const name = str(env.name);
          if (name !== undefined && !envByName.has(name)) envByName.set(name, i);
        }
        for (const [secret, i] of secrets) {
          const name = str(secret.name);
          const envIndex = name === undefined ? undefined : envByName.get(name);
          if (name === undefined || envIndex === undefined || name.trim() === '') continue;
          ctx.report({
            messageId: 'alsoEnvironment',
            path: [...c.path, 'secrets', i, 'name'],
            data: { container, name: cut(name, 40) },
            severity: 'warning',
            hint: 'remove the "environment" entry: only one of the two values reaches the container',
            related: [
              {
                path: [...c.path, 'environment', envIndex, 'name'],
                message: `"environment" sets "${cut(name, 40)}" here`,
              },
            ],
          });
        }
      }

      // Private registry credentials: a Secrets Manager secret, by ARN or (same Region) by name (§4.9).
      const creds = obj(c.container.repositoryCredentials);
      const parameter = str(creds?.credentialsParameter);
      if (parameter !== undefined && !hasPlaceholder(parameter)) {
        const path: JsonPath = [...c.path, 'repositoryCredentials', 'credentialsParameter'];
        if (parameter.trim() === '') {
          ctx.report({
            messageId: 'emptyCredentials',
            path,
            data: { container },
            // Console exports write `{"credentialsParameter": ""}` for images that need no login, and such
            // task definitions register; whether the pull then fails is not documented.
            severity: 'warning',
            hint: 'give the ARN of the Secrets Manager secret with the registry login, or remove "repositoryCredentials"',
          });
        } else {
          const v = parameter.trim();
          if (!(v.startsWith('arn:') ? isSecretArn(v) : SECRET_NAME.test(v))) {
            ctx.report({
              messageId: 'credentialsNotSecret',
              path,
              data: { container, value: cut(v) },
              hint: 'use "arn:aws:secretsmanager:<region>:<account>:secret:<name>" (an SSM parameter does not work here)',
            });
          }
        }
      }
    }

    // Fargate platform version gate (aws-facts.md §2.10, §4.7): Linux 1.4.0+, Windows any.
    const firstVersioned = versioned[0];
    if (firstVersioned && isFargate(task, ctx) && !isWindows(task)) {
      ctx.report({
        messageId: 'fargateVersion',
        path: firstVersioned.path,
        data: { count: versioned.length === 1 ? '1 secret' : `${versioned.length} secrets` },
        severity: 'note',
        hint: 'run the task on platform version LATEST or 1.4.0; 1.3.0 fails to start it',
        related: versioned.slice(1).map((v) => ({ path: v.path, message: `${v.label} uses one too` })),
      });
    }
  },
});

/** What checkList reports. */
type ListMessage = InvalidReason | 'emptyName' | 'duplicate' | 'emptyValueFrom' | 'stageAndId';

/** A secret whose `valueFrom` names a JSON key or version: Fargate needs platform version 1.4.0 for it. */
interface Versioned {
  path: JsonPath;
  label: string;
}

/** Check one `secrets` or `secretOptions` list. */
function checkList(
  ctx: RuleContext<ListMessage>,
  versioned: Versioned[],
  c: ContainerRef,
  listPath: JsonPath,
  list: unknown,
  listName: string,
): void {
  const container = c.label;
  const firstByName = new Map<string, number>();
  for (const [entry, i] of objects(list)) {
    const name = str(entry.name);
    // A missing "name" or "valueFrom" is the schema's finding; an empty one is ours.
    if (name !== undefined && name.trim() === '') {
      ctx.report({
        messageId: 'emptyName',
        path: [...listPath, i, 'name'],
        data: { container, list: `"${listName}"` },
        hint: listName === 'secrets' ? 'give the environment variable name' : 'give the log option name',
      });
    } else if (name !== undefined) {
      const first = firstByName.get(name);
      if (first !== undefined) {
        ctx.report({
          messageId: 'duplicate',
          path: [...listPath, i, 'name'],
          data: { container, list: `"${listName}"`, name: cut(name, 40) },
          // AWS documents no rejection; one of the two values silently wins.
          severity: 'warning',
          hint: 'remove one of the two entries',
          related: [{ path: [...listPath, first, 'name'], message: 'first given here' }],
        });
      } else firstByName.set(name, i);
    }

    const valueFrom = str(entry.valueFrom);
    if (valueFrom === undefined) continue;
    if (valueFrom.trim() === '') {
      ctx.report({
        messageId: 'emptyValueFrom',
        path: [...listPath, i, 'valueFrom'],
        data: { container, what: describe(name, listName, i) },
        hint: 'give the ARN of a Secrets Manager secret, or the name or ARN of an SSM parameter',
      });
      continue;
    }
    if (hasPlaceholder(valueFrom)) continue;
    const ref = classifyValueFrom(valueFrom);
    if (ref.kind === 'invalid') {
      ctx.report({
        messageId: ref.reason,
        path: [...listPath, i, 'valueFrom'],
        data: { container, what: describe(name, listName, i), value: cut(valueFrom.trim()), detail: ref.detail ?? '' },
        hint: REASON_HINTS[ref.reason],
      });
    } else if (ref.kind === 'secretsmanager') {
      if (ref.versionStage !== '' && ref.versionId !== '') {
        ctx.report({
          messageId: 'stageAndId',
          path: [...listPath, i, 'valueFrom'],
          data: { container, what: describe(name, listName, i) },
          severity: 'warning',
          hint: 'keep the version stage or the version ID, and leave the other empty (e.g. "...:password:AWSCURRENT:")',
        });
      }
      if (ref.jsonKey !== '' || ref.versionStage !== '' || ref.versionId !== '') {
        versioned.push({ path: [...listPath, i, 'valueFrom'], label: `${container}, ${describe(name, listName, i)}` });
      }
    }
  }
}

/** How messages name a list entry (built only for a finding). */
const describe = (name: string | undefined, listName: string, i: number): string =>
  name !== undefined && name.trim() !== '' ? `secret "${cut(name, 40)}"` : `${listName} item ${i + 1}`;

/** A Secrets Manager secret ARN without a JSON key or version: what `credentialsParameter` takes. */
function isSecretArn(v: string): boolean {
  const m = ARN.exec(v);
  return (
    m !== null &&
    m[2] === 'secretsmanager' &&
    PARTITION.test(m[1] ?? '') &&
    REGION.test(m[3] ?? '') &&
    ACCOUNT.test(m[4] ?? '') &&
    /^secret:[^:]+$/.test(m[5] ?? '')
  );
}
