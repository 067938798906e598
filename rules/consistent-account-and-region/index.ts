import { defineRule, type RuleContext, type TaskView } from '../../src/rule.js';
import type { JsonPath, Severity } from '../../src/types.js';
import {
  checkableImageValue,
  ecrRegistry,
  isAccountId,
  isPartitionName,
  isRegionName,
  parseArn,
  regionPartition,
} from '../_helpers/image.js';
import { type ContainerRef, containers, hasPlaceholder, isObject, obj, str } from '../_helpers/index.js';

/** AWS-owned ECR accounts that publish images for everyone (FireLens, App Mesh Envoy, Deep Learning Containers, EKS). */
const AWS_IMAGE_ACCOUNTS = new Set(['906394416424', '840364872350', '763104351884', '602401143452']);

type Kind = 'role' | 'image' | 'secret' | 'logs';

/**
 * Every member is always set (undefined when unknown): facts of one shape keep the checks below fast.
 * A fact keeps where it is as parts (container, list, index): its path and names are built only for a
 * finding, and nearly every task has none.
 */
interface Fact {
  /** A log secret is a `secret` too (in `secretOptions`). */
  kind: Kind;
  /** For a role, its field; for a secret, the list it is in; undefined otherwise. */
  field: 'executionRoleArn' | 'taskRoleArn' | 'secrets' | 'secretOptions' | undefined;
  /** The container it belongs to; undefined for the roles. */
  container: ContainerRef | undefined;
  /** For a secret, its index in the list. */
  index: number;
  /** For a secret, its "name" when that is a string. */
  name: string | undefined;
  /** Undefined for log Regions, and for the AWS accounts that publish images for everyone. */
  account: string | undefined;
  /** Undefined for roles. */
  region: string | undefined;
  partition: string;
}

/** Where the fact is written. */
function pathOf(f: Fact): JsonPath {
  const c = f.container;
  if (c === undefined) return [f.field ?? ''];
  if (f.kind === 'image') return [...c.path, 'image'];
  if (f.kind === 'logs') return [...c.path, 'logConfiguration', 'options', 'awslogs-region'];
  if (f.field === 'secrets') return [...c.path, 'secrets', f.index, 'valueFrom'];
  return [...c.path, 'logConfiguration', 'secretOptions', f.index, 'valueFrom'];
}

/** What it is, as messages name it: `"taskRoleArn"`, `the ECR image`, `secret "db"`. */
function whatOf(f: Fact): string {
  if (f.kind === 'role') return `"${f.field}"`;
  if (f.kind === 'image') return 'the ECR image';
  if (f.kind === 'logs') return '"awslogs-region"';
  return `${f.field === 'secrets' ? 'secret' : 'log secret'} "${f.name ?? `#${f.index + 1}`}"`;
}

/** Findings about the same group are reported once: a role, or one kind of fact of one container. */
function groupOf(f: Fact): string {
  const c = f.container;
  if (c === undefined) return f.field ?? '';
  return `${f.kind === 'secret' ? f.field : f.kind} ${c.index}`;
}

/** How a message names the fact as the subject (`container "web": the ECR image`). */
const subjectOf = (f: Fact): string => (f.container ? `${f.container.label}: ${whatOf(f)}` : whatOf(f));
/** How a message names it as the reference (`the ECR image of container "web"`). */
const referenceOf = (f: Fact): string => (f.container ? `${whatOf(f)} of ${f.container.label}` : whatOf(f));

function secretFact(
  value: unknown,
  field: 'secrets' | 'secretOptions',
  c: ContainerRef,
  index: number,
  name: unknown,
): Fact | undefined {
  const text = str(value);
  if (text === undefined || hasPlaceholder(text)) return undefined;
  const arn = parseArn(text);
  if (!arn || (arn.service !== 'secretsmanager' && arn.service !== 'ssm')) return undefined;
  if (!isPartitionName(arn.partition) || !isAccountId(arn.account) || !isRegionName(arn.region)) return undefined;
  return {
    kind: 'secret',
    field,
    container: c,
    index,
    name: str(name),
    account: arn.account,
    region: arn.region,
    partition: arn.partition,
  };
}

/** Every fact names the same account, Region and partition (or none): then nothing can disagree. */
function agree(facts: readonly Fact[]): boolean {
  const first = facts[0];
  if (first === undefined) return true;
  let { account, region } = first;
  for (const f of facts) {
    if (f.partition !== first.partition) return false;
    if (f.account !== undefined) {
      if (account === undefined) account = f.account;
      else if (f.account !== account) return false;
    }
    if (f.region !== undefined) {
      if (region === undefined) region = f.region;
      else if (f.region !== region) return false;
    }
  }
  return true;
}

export default defineRule<MessageId>({
  meta: {
    id: 'consistent-account-and-region',
    category: 'reliability',
    description: 'Flag ECR images, roles, secrets and log Regions that name different accounts, partitions or Regions',
    severity: 'warning',
    presets: { recommended: 'note', strict: 'warning' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html',
      'https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/partitions.html',
    ],
    messages: {
      roleAccount: '"taskRoleArn" names account {{value}} but "executionRoleArn" names {{expected}}',
      partition: '{{subject}} names partition "{{value}}" but {{reference}} names "{{expected}}"',
      account: '{{subject}} names account {{value}} but {{reference}} names {{expected}}',
      region: '{{subject}} names Region "{{value}}" but {{reference}} names "{{expected}}"',
    },
  },
  check(task, ctx) {
    const facts = collectFacts(task);
    // Nearly every task agrees with itself: only one that does not is looked at closely.
    if (!agree(facts)) reportDisagreements(facts, ctx);
  },
});

type MessageId = 'account' | 'region' | 'partition' | 'roleAccount';

/** What the task says about accounts, Regions and partitions: the roles first, then images, then the rest. */
function collectFacts(task: TaskView): Fact[] {
  const facts: Fact[] = [];
  for (const field of ['executionRoleArn', 'taskRoleArn'] as const) {
    const value = str(task[field]);
    if (value === undefined || hasPlaceholder(value)) continue;
    const arn = parseArn(value);
    if (arn?.service !== 'iam' || !isPartitionName(arn.partition) || !isAccountId(arn.account)) continue;
    facts.push({
      kind: 'role',
      field,
      container: undefined,
      index: 0,
      name: undefined,
      account: arn.account,
      region: undefined,
      partition: arn.partition,
    });
  }
  const all = containers(task);
  for (const c of all) {
    const ref = checkableImageValue(c.container.image);
    const ecr = ref ? ecrRegistry(ref.host) : undefined;
    if (!ecr || !isAccountId(ecr.account) || !isRegionName(ecr.region)) continue;
    facts.push({
      kind: 'image',
      field: undefined,
      container: c,
      index: 0,
      name: undefined,
      account: AWS_IMAGE_ACCOUNTS.has(ecr.account) ? undefined : ecr.account,
      region: ecr.region,
      partition: ecr.partition,
    });
  }
  for (const c of all) {
    collectSecrets(facts, c, 'secrets', c.container.secrets);
    const log = obj(c.container.logConfiguration);
    if (log === undefined) continue;
    collectSecrets(facts, c, 'secretOptions', log.secretOptions);
    const region = str(obj(log.options)?.['awslogs-region']);
    if (log.logDriver === 'awslogs' && region !== undefined && isRegionName(region)) {
      facts.push({
        kind: 'logs',
        field: undefined,
        container: c,
        index: 0,
        name: undefined,
        account: undefined,
        region,
        partition: regionPartition(region),
      });
    }
  }
  return facts;
}

/** The secrets of one list of a container that name an account and Region. */
function collectSecrets(facts: Fact[], c: ContainerRef, field: 'secrets' | 'secretOptions', list: unknown): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const secret: unknown = list[i];
    if (!isObject(secret)) continue;
    const fact = secretFact(secret.valueFrom, field, c, i, secret.name);
    if (fact) facts.push(fact);
  }
}

/** Compare the facts with the best witness of each (roles for accounts, the log Region for Regions). */
function reportDisagreements(facts: readonly Fact[], ctx: RuleContext<MessageId>): void {
  const roles = facts.filter((f) => f.kind === 'role');

  const reported = new Set<string>();
  const report = (
    fact: Fact,
    messageId: 'account' | 'region' | 'partition',
    value: string,
    ref: Fact,
    expected: string,
    severity?: Severity,
  ) => {
    const key = `${messageId} ${groupOf(fact)}`;
    if (reported.has(key)) return;
    reported.add(key);
    ctx.report({
      messageId,
      path: pathOf(fact),
      data: { subject: subjectOf(fact), reference: referenceOf(ref), value, expected },
      hint: HINTS[messageId],
      related: [
        {
          path: pathOf(ref),
          message: `${referenceOf(ref)} names ${WORDS[messageId]}${messageId === 'account' ? expected : `"${expected}"`}`,
        },
      ],
      ...(severity ? { severity } : {}),
    });
  };

  // Both roles belong to the account that registers the task definition.
  const [executionRole, taskRole] = [
    roles.find((r) => r.field === 'executionRoleArn'),
    roles.find((r) => r.field === 'taskRoleArn'),
  ];
  if (executionRole && taskRole && executionRole.account !== taskRole.account) {
    reported.add(`account ${groupOf(taskRole)}`);
    ctx.report({
      messageId: 'roleAccount',
      path: pathOf(taskRole),
      data: { value: taskRole.account ?? '', expected: executionRole.account ?? '' },
      hint: 'use roles from the account that registers the task definition',
      related: [{ path: pathOf(executionRole), message: `"executionRoleArn" names ${executionRole.account}` }],
    });
  }

  // Partitions are separate worlds: nothing crosses them.
  const partitionRef = roles[0] ?? facts.find((f) => f.partition !== undefined);
  if (partitionRef?.partition !== undefined) {
    for (const f of facts) {
      if (f === partitionRef || f.partition === undefined || f.partition === partitionRef.partition) continue;
      report(f, 'partition', f.partition, partitionRef, partitionRef.partition);
    }
  }

  // Accounts: images and secrets may live in another account on purpose (a central registry, a shared
  // secret), so those are notes.
  const accountRef = executionRole ?? taskRole;
  if (accountRef?.account !== undefined) {
    for (const f of facts) {
      if (f.kind === 'role' || f.account === undefined || f.account === accountRef.account) continue;
      if (reported.has(`partition ${groupOf(f)}`)) continue;
      report(f, 'account', f.account, accountRef, accountRef.account, 'note');
    }
  }

  // Regions: the log Region is the best witness of where the task runs.
  const regionRef =
    facts.find((f) => f.kind === 'logs') ??
    facts.find((f) => f.kind === 'secret') ??
    facts.find((f) => f.kind === 'image');
  if (regionRef?.region !== undefined) {
    for (const f of facts) {
      if (f === regionRef || f.region === undefined || f.region === regionRef.region) continue;
      if (reported.has(`partition ${groupOf(f)}`)) continue;
      report(f, 'region', f.region, regionRef, regionRef.region);
    }
  }
}

const WORDS = { account: 'account ', region: 'Region ', partition: 'partition ' } as const;

const HINTS = {
  partition: 'use resources from the partition the task runs in: nothing is shared across aws, aws-cn and aws-us-gov',
  account: 'check the account ID; a resource in another account needs a resource policy that lets this account in',
  region:
    'use resources in the Region the task runs in (replicate the image or secret there), or check the Region for a typo',
} as const;
