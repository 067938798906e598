import { defineRule } from '../../src/rule.js';
import { isAccountId, isPartitionName, isRoleName, parseArn } from '../_helpers/image.js';
import { hasPlaceholder } from '../_helpers/index.js';

type Field = 'executionRoleArn' | 'taskRoleArn';

type Problem =
  | { messageId: 'notArn'; data: Record<string, string> }
  | { messageId: 'partition'; data: Record<string, string> }
  | { messageId: 'service'; data: Record<string, string> }
  | { messageId: 'region'; data: Record<string, string> }
  | { messageId: 'account'; data: Record<string, string> }
  | { messageId: 'resource'; data: Record<string, string> }
  | { messageId: 'roleName'; data: Record<string, string> }
  | { messageId: 'path'; data: Record<string, string> };

/** What is wrong with an IAM role ARN, or undefined when it is one. */
function arnProblem(value: string): Problem | undefined {
  const arn = parseArn(value);
  if (!arn) return { messageId: 'notArn', data: {} };
  if (!isPartitionName(arn.partition)) return { messageId: 'partition', data: { partition: arn.partition } };
  if (arn.service !== 'iam') return { messageId: 'service', data: { service: arn.service } };
  if (arn.region !== '') return { messageId: 'region', data: { region: arn.region } };
  if (!arn.resource.startsWith('role/')) {
    const type = arn.resource.includes('/') ? arn.resource.slice(0, arn.resource.indexOf('/')) : arn.resource;
    return { messageId: 'resource', data: { type } };
  }
  if (!isAccountId(arn.account)) return { messageId: 'account', data: { account: arn.account } };
  const slash = arn.resource.lastIndexOf('/');
  const name = arn.resource.slice(slash + 1);
  if (!isRoleName(name)) return { messageId: 'roleName', data: { name } };
  // `role/` + optional path: `/`-separated segments of printable ASCII, up to 512 characters.
  if (!isRolePath(arn.resource, 'role'.length, slash + 1)) {
    return { messageId: 'path', data: { path: arn.resource.slice('role'.length, slash + 1) } };
  }
  return undefined;
}

/**
 * Is `s` from `start` to `end` (a path that starts and ends with `/`) one IAM allows: at most 512
 * characters, no empty segment (two `/` in a row) and only printable ASCII (`/` is one)? Read in place,
 * without splitting: every task names a role or two.
 */
function isRolePath(s: string, start: number, end: number): boolean {
  if (end - start > 512) return false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || (c === 47 && i > start && s.charCodeAt(i - 1) === 47)) return false;
  }
  return true;
}

const FIELDS = ['executionRoleArn', 'taskRoleArn'] as const satisfies readonly Field[];

const HINT: Record<Problem['messageId'], string> = {
  notArn: 'use the role ARN, "arn:aws:iam::<account-id>:role/<name>"',
  partition: 'use the partition of the account: "aws", "aws-cn" or "aws-us-gov"',
  service: 'use the ARN of an IAM role ("arn:aws:iam::<account-id>:role/<name>"), not of another resource',
  region: 'remove the Region: IAM role ARNs have an empty Region field ("arn:aws:iam::<account-id>:role/<name>")',
  account:
    'use the 12-digit account ID, or a placeholder a deploy step fills in ("${AWS_ACCOUNT_ID}", "$AWS_ACCOUNT_ID", "{{ account_id }}")',
  resource: 'use the role ARN ("…:role/<name>"); an instance profile, user or policy cannot be assumed by ECS tasks',
  roleName: 'use the role name as IAM shows it (1-64 letters, digits and "+=,.@_-")',
  path: 'write the role path as "/segment/" between "role" and the name, or leave it out',
};

export default defineRule({
  meta: {
    id: 'valid-role-arn',
    category: 'correctness',
    description:
      'Require "executionRoleArn" and "taskRoleArn" to be IAM role ARNs (or, for the task role, a role name)',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html',
    ],
    messages: {
      empty: '"{{field}}" is empty',
      bareName: '"{{field}}" is the role name "{{value}}", not an ARN',
      notRole: '"{{field}}" "{{value}}" is neither an IAM role ARN nor a role name',
      notArn: '"{{field}}" "{{value}}" is not an IAM role ARN',
      partition:
        '"{{field}}" has partition "{{partition}}"; expected "aws", "aws-cn", "aws-us-gov" or another AWS partition',
      service: '"{{field}}" is an ARN for "{{service}}", not an IAM role',
      region: '"{{field}}" has the Region "{{region}}", but IAM ARNs have none',
      account: '"{{field}}" has account "{{account}}", which is not a 12-digit AWS account ID{{more}}',
      resource: '"{{field}}" names an IAM "{{type}}", not a role',
      roleName: '"{{field}}" has the role name "{{name}}", which IAM does not allow',
      path: '"{{field}}" has the role path "{{path}}", which IAM does not allow',
    },
  },
  check(task, ctx) {
    // A dummy account (XXXXXXXXXXXX, ACCOUNT_ID, <account-id>) copied into both roles is one mistake: one
    // finding per file, at the role written first, with the other as a related location.
    const accounts: { field: Field; account: string }[] = [];
    for (const field of fieldsInOrder(task)) {
      const value = task[field];
      if (typeof value !== 'string' || hasPlaceholder(value)) continue;
      const path = [field];
      if (value === '') {
        ctx.report({
          messageId: 'empty',
          path,
          severity: 'warning',
          data: { field },
          hint: `set "${field}" to a role ARN, or remove it`,
        });
        continue;
      }
      if (!value.startsWith('arn:')) {
        if (isRoleName(value)) {
          // ECS completes a bare name to a role ARN in the caller's account; the API documents an ARN
          // for the execution role, so say so, quietly.
          if (field === 'executionRoleArn') {
            ctx.report({
              messageId: 'bareName',
              path,
              severity: 'note',
              data: { field, value },
              hint: `write the full ARN, "arn:aws:iam::<account-id>:role/${value}"`,
            });
          }
          continue;
        }
        ctx.report({
          messageId: field === 'taskRoleArn' ? 'notRole' : 'notArn',
          path,
          data: { field, value },
          hint: HINT.notArn,
        });
        continue;
      }
      const problem = arnProblem(value);
      if (!problem) continue;
      if (problem.messageId === 'account') {
        accounts.push({ field, account: problem.data.account ?? '' });
        continue;
      }
      ctx.report({
        messageId: problem.messageId,
        path,
        data: { field, value, ...problem.data },
        hint: HINT[problem.messageId],
      });
    }
    const [first, ...others] = accounts;
    if (first) {
      ctx.report({
        messageId: 'account',
        path: [first.field],
        data: {
          field: first.field,
          account: first.account,
          more: others.length === 0 ? '' : `; nor is the account of "${others.map((o) => o.field).join('", "')}"`,
        },
        hint: HINT.account,
        related: others.map((o) => ({ path: [o.field], message: `"${o.field}" has account "${o.account}"` })),
      });
    }
  },
});

/** The role fields in the order the document writes them (the first is where a shared mistake is shown). */
function fieldsInOrder(task: Record<string, unknown>): readonly Field[] {
  const keys = Object.keys(task);
  return [...FIELDS].sort((a, b) => keys.indexOf(a) - keys.indexOf(b));
}
