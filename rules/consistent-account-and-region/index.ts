import { defineRule } from '../../src/rule.js';
import type { JsonPath, Severity } from '../../src/types.js';
import {
  checkableImage,
  ecrRegistry,
  imageSites,
  isAccountId,
  isPartitionName,
  isRegionName,
  parseArn,
} from '../_helpers/image.js';
import { containers, hasPlaceholder, obj, objects, str } from '../_helpers/index.js';

/** AWS-owned ECR accounts that publish images for everyone (FireLens, App Mesh Envoy, Deep Learning Containers, EKS). */
const AWS_IMAGE_ACCOUNTS = new Set(['906394416424', '840364872350', '763104351884', '602401143452']);

type Kind = 'role' | 'image' | 'secret' | 'logs';

interface Fact {
  kind: Kind;
  path: JsonPath;
  /** How a message names it as the subject (`container "web": the ECR image`). */
  subject: string;
  /** How a message names it as the reference (`the ECR image of container "web"`). */
  reference: string;
  /** Findings about the same group are reported once. */
  group: string;
  account?: string;
  region?: string;
  partition?: string;
}

function secretFact(
  value: unknown,
  path: JsonPath,
  subject: string,
  reference: string,
  group: string,
): Fact | undefined {
  const text = str(value);
  if (text === undefined || hasPlaceholder(text)) return undefined;
  const arn = parseArn(text);
  if (!arn || (arn.service !== 'secretsmanager' && arn.service !== 'ssm')) return undefined;
  if (!isPartitionName(arn.partition) || !isAccountId(arn.account) || !isRegionName(arn.region)) return undefined;
  return {
    kind: 'secret',
    path,
    subject,
    reference,
    group,
    account: arn.account,
    region: arn.region,
    partition: arn.partition,
  };
}

export default defineRule<'account' | 'region' | 'partition' | 'roleAccount'>({
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
    const facts: Fact[] = [];
    const roles: Fact[] = [];
    for (const field of ['executionRoleArn', 'taskRoleArn'] as const) {
      const value = str(task[field]);
      if (value === undefined || hasPlaceholder(value)) continue;
      const arn = parseArn(value);
      if (arn?.service !== 'iam' || !isPartitionName(arn.partition) || !isAccountId(arn.account)) continue;
      const fact: Fact = {
        kind: 'role',
        path: [field],
        subject: `"${field}"`,
        reference: `"${field}"`,
        group: field,
        account: arn.account,
        partition: arn.partition,
      };
      roles.push(fact);
      facts.push(fact);
    }
    for (const site of imageSites(task, ctx)) {
      const ref = checkableImage(site);
      const ecr = ref ? ecrRegistry(ref.host) : undefined;
      if (!ecr || !site.container || !isAccountId(ecr.account) || !isRegionName(ecr.region)) continue;
      facts.push({
        kind: 'image',
        path: site.path,
        subject: `${site.label}: the ECR image`,
        reference: `the ECR image of ${site.label}`,
        group: `image ${site.container.index}`,
        ...(AWS_IMAGE_ACCOUNTS.has(ecr.account) ? {} : { account: ecr.account }),
        region: ecr.region,
        partition: ecr.partition,
      });
    }
    for (const c of containers(task)) {
      for (const [secret, i] of objects(c.container.secrets)) {
        const name = str(secret.name) ?? `#${i + 1}`;
        const fact = secretFact(
          secret.valueFrom,
          [...c.path, 'secrets', i, 'valueFrom'],
          `${c.label}: secret "${name}"`,
          `secret "${name}" of ${c.label}`,
          `secrets ${c.index}`,
        );
        if (fact) facts.push(fact);
      }
      const log = obj(c.container.logConfiguration);
      for (const [secret, i] of objects(log?.secretOptions)) {
        const name = str(secret.name) ?? `#${i + 1}`;
        const fact = secretFact(
          secret.valueFrom,
          [...c.path, 'logConfiguration', 'secretOptions', i, 'valueFrom'],
          `${c.label}: log secret "${name}"`,
          `log secret "${name}" of ${c.label}`,
          `secretOptions ${c.index}`,
        );
        if (fact) facts.push(fact);
      }
      const region = str(obj(log?.options)?.['awslogs-region']);
      if (log?.logDriver === 'awslogs' && region !== undefined && isRegionName(region)) {
        facts.push({
          kind: 'logs',
          path: [...c.path, 'logConfiguration', 'options', 'awslogs-region'],
          subject: `${c.label}: "awslogs-region"`,
          reference: `"awslogs-region" of ${c.label}`,
          group: `logs ${c.index}`,
          region,
          partition: region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws',
        });
      }
    }

    const reported = new Set<string>();
    const report = (
      fact: Fact,
      messageId: 'account' | 'region' | 'partition',
      value: string,
      ref: Fact,
      expected: string,
      severity?: Severity,
    ) => {
      const key = `${messageId} ${fact.group}`;
      if (reported.has(key)) return;
      reported.add(key);
      ctx.report({
        messageId,
        path: fact.path,
        data: { subject: fact.subject, reference: ref.reference, value, expected },
        hint: HINTS[messageId],
        related: [
          {
            path: ref.path,
            message: `${ref.reference} names ${WORDS[messageId]}${messageId === 'account' ? expected : `"${expected}"`}`,
          },
        ],
        ...(severity ? { severity } : {}),
      });
    };

    // Both roles belong to the account that registers the task definition.
    const [executionRole, taskRole] = [
      roles.find((r) => r.group === 'executionRoleArn'),
      roles.find((r) => r.group === 'taskRoleArn'),
    ];
    if (executionRole && taskRole && executionRole.account !== taskRole.account) {
      reported.add(`account ${taskRole.group}`);
      ctx.report({
        messageId: 'roleAccount',
        path: taskRole.path,
        data: { value: taskRole.account ?? '', expected: executionRole.account ?? '' },
        hint: 'use roles from the account that registers the task definition',
        related: [{ path: executionRole.path, message: `"executionRoleArn" names ${executionRole.account}` }],
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
        if (reported.has(`partition ${f.group}`)) continue;
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
        if (reported.has(`partition ${f.group}`)) continue;
        report(f, 'region', f.region, regionRef, regionRef.region);
      }
    }
  },
});

const WORDS = { account: 'account ', region: 'Region ', partition: 'partition ' } as const;

const HINTS = {
  partition: 'use resources from the partition the task runs in: nothing is shared across aws, aws-cn and aws-us-gov',
  account: 'check the account ID; a resource in another account needs a resource policy that lets this account in',
  region:
    'use resources in the Region the task runs in (replicate the image or secret there), or check the Region for a typo',
} as const;
