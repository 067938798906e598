import { defineRule, type RuleContext } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { isAccountId, isPartitionName, parseArn } from '../_helpers/image.js';
import {
  arr,
  type ContainerRef,
  containers,
  hasPlaceholder,
  isFargate,
  isObject,
  isWindows,
  obj,
  str,
} from '../_helpers/index.js';

/** `arn:<partition>:<service>:<region>:<account>:<resource>`; the resource may hold more colons. */
const ARN = /^arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)$/s;
const PARTITION = /^aws(-[a-z]+)*$/;
// Two or more letters first: `us-east-1`, and `eusc-de-east-1` in the European Sovereign Cloud.
const REGION = /^[a-z]{2,}(-[a-z]+)+-\d{1,2}$/;
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
  // Split and checked by scanning (as ARN, PARTITION and ACCOUNT would match): every secret of every
  // container comes through here.
  const arn = parseArn(v);
  if (!arn) return { kind: 'invalid', reason: 'malformedArn' };
  const { partition, service, region, account, resource } = arn;
  if (service !== 'secretsmanager' && service !== 'ssm') {
    return { kind: 'invalid', reason: 'wrongService', detail: service };
  }
  // A Region or account written as a word ("REGION", "ACCOUNT_ID", "aws_account_id") is a template
  // placeholder: real ones always hold digits. Say nothing about what is not written yet.
  if (!hasDigit(region) || !hasDigit(account)) return { kind: 'template' };
  if (!isPartitionName(partition)) return { kind: 'invalid', reason: 'arnPart', detail: 'partition' };
  if (!REGION.test(region)) return { kind: 'invalid', reason: 'arnPart', detail: 'Region' };
  if (!isAccountId(account)) return { kind: 'invalid', reason: 'arnPart', detail: 'account ID' };
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

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
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
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RepositoryCredentials.html',
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
      emptyCredentials:
        '{{container}}: "repositoryCredentials.credentialsParameter" is empty, which RegisterTaskDefinition rejects',
      credentialsNotSecret:
        '{{container}}: "repositoryCredentials.credentialsParameter" "{{value}}" is not a Secrets Manager secret ARN or name',
    },
  },
  check(task, ctx) {
    const versioned: Versioned[] = [];
    for (const c of containers(task)) {
      const container = c.label;
      checkList(ctx, versioned, c, 'secrets', c.container.secrets);
      const log = obj(c.container.logConfiguration);
      if (log) checkList(ctx, versioned, c, 'secretOptions', log.secretOptions);
      checkAlsoEnvironment(ctx, c);

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
            // Console exports write `{"credentialsParameter": ""}` for images that need no login, and
            // RegisterTaskDefinition rejects it (amazon-ecs-deploy-task-definition PR #52 strips it for that).
            hint: 'give the ARN of the Secrets Manager secret with the registry login, or remove "repositoryCredentials"',
            suggestions: [
              {
                message: 'remove "repositoryCredentials"',
                edits: [{ op: 'remove', path: [...c.path, 'repositoryCredentials'] }],
              },
            ],
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

/** The lists of secrets a container has. */
type ListName = 'secrets' | 'secretOptions';

/** What checkList reports. */
type ListMessage = InvalidReason | 'emptyName' | 'duplicate' | 'emptyValueFrom' | 'stageAndId';

/** A secret whose `valueFrom` names a JSON key or version: Fargate needs platform version 1.4.0 for it. */
interface Versioned {
  path: JsonPath;
  label: string;
}

/** Where `<list>[i].<member>` of a container is (built only for a finding). */
const entryPath = (c: ContainerRef, listName: ListName, i: number, member: string): JsonPath =>
  listName === 'secrets'
    ? [...c.path, 'secrets', i, member]
    : [...c.path, 'logConfiguration', 'secretOptions', i, member];

/** Check one `secrets` or `secretOptions` list. */
function checkList(
  ctx: RuleContext<ListMessage>,
  versioned: Versioned[],
  c: ContainerRef,
  listName: ListName,
  list: unknown,
): void {
  if (!Array.isArray(list)) return;
  const container = c.label;
  const firstByName = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const entry: unknown = list[i];
    if (!isObject(entry)) continue;
    const name = str(entry.name);
    // A missing "name" or "valueFrom" is the schema's finding; an empty one is ours.
    if (name !== undefined && name.trim() === '') {
      ctx.report({
        messageId: 'emptyName',
        path: entryPath(c, listName, i, 'name'),
        data: { container, list: `"${listName}"` },
        hint: listName === 'secrets' ? 'give the environment variable name' : 'give the log option name',
      });
    } else if (name !== undefined) {
      const first = firstByName.get(name);
      if (first !== undefined) {
        ctx.report({
          messageId: 'duplicate',
          path: entryPath(c, listName, i, 'name'),
          data: { container, list: `"${listName}"`, name: cut(name, 40) },
          // AWS documents no rejection; one of the two values silently wins.
          severity: 'warning',
          hint: 'remove one of the two entries',
          related: [{ path: entryPath(c, listName, first, 'name'), message: 'first given here' }],
        });
      } else firstByName.set(name, i);
    }

    const valueFrom = str(entry.valueFrom);
    if (valueFrom === undefined) continue;
    if (valueFrom.trim() === '') {
      ctx.report({
        messageId: 'emptyValueFrom',
        path: entryPath(c, listName, i, 'valueFrom'),
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
        path: entryPath(c, listName, i, 'valueFrom'),
        data: { container, what: describe(name, listName, i), value: cut(valueFrom.trim()), detail: ref.detail ?? '' },
        hint: REASON_HINTS[ref.reason],
      });
    } else if (ref.kind === 'secretsmanager') {
      if (ref.versionStage !== '' && ref.versionId !== '') {
        ctx.report({
          messageId: 'stageAndId',
          path: entryPath(c, listName, i, 'valueFrom'),
          data: { container, what: describe(name, listName, i) },
          severity: 'warning',
          hint: 'keep the version stage or the version ID, and leave the other empty (e.g. "...:password:AWSCURRENT:")',
        });
      }
      if (ref.jsonKey !== '' || ref.versionStage !== '' || ref.versionId !== '') {
        versioned.push({
          path: entryPath(c, listName, i, 'valueFrom'),
          label: `${container}, ${describe(name, listName, i)}`,
        });
      }
    }
  }
}

/** A secret that is also a plain environment variable. */
function checkAlsoEnvironment(ctx: RuleContext<'alsoEnvironment'>, c: ContainerRef): void {
  const secrets = c.container.secrets;
  if (!Array.isArray(secrets) || secrets.length === 0) return;
  // The first environment entry of each secret's name, by index (-1 while there is none): keyed by the
  // secrets' names, which are few, rather than every variable's; a path is built only for a finding.
  const envIndex = new Map<string, number>();
  for (const secret of secrets) {
    const name = isObject(secret) ? str(secret.name) : undefined;
    if (name !== undefined && name.trim() !== '') envIndex.set(name, -1);
  }
  if (envIndex.size === 0) return;
  const env = arr(c.container.environment);
  for (let i = 0; i < env.length; i++) {
    const entry: unknown = env[i];
    const name = isObject(entry) ? str(entry.name) : undefined;
    if (name !== undefined && envIndex.get(name) === -1) envIndex.set(name, i);
  }
  for (let i = 0; i < secrets.length; i++) {
    const secret: unknown = secrets[i];
    const name = isObject(secret) ? str(secret.name) : undefined;
    const index = name === undefined ? undefined : envIndex.get(name);
    if (name === undefined || index === undefined || index === -1) continue;
    ctx.report({
      messageId: 'alsoEnvironment',
      path: [...c.path, 'secrets', i, 'name'],
      data: { container: c.label, name: cut(name, 40) },
      severity: 'warning',
      hint: 'remove the "environment" entry: only one of the two values reaches the container',
      related: [
        {
          path: [...c.path, 'environment', index, 'name'],
          message: `"environment" sets "${cut(name, 40)}" here`,
        },
      ],
    });
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
    // An account written as a word ("ACCOUNT_ID", "<account-id>") is a template, as in valueFrom.
    (ACCOUNT.test(m[4] ?? '') || !hasDigit(m[4] ?? '')) &&
    /^secret:[^:]+$/.test(m[5] ?? '')
  );
}
