import { defineRule } from '../../src/rule.js';
import { parseArn, roleNameOf } from '../_helpers/image.js';
import { hasPlaceholder } from '../_helpers/index.js';

/** The role a value names: its name (IAM role names are unique per account regardless of case) and account. */
function roleOf(value: unknown): { name: string; account: string | undefined } | undefined {
  if (typeof value !== 'string' || value === '' || hasPlaceholder(value)) return undefined;
  const name = roleNameOf(value);
  if (name === undefined) return undefined;
  return { name: name.toLowerCase(), account: parseArn(value)?.account };
}

/**
 * Could the two values name roles of the same name? A role name is what follows the last `/` (all of a
 * bare name) and is ASCII, so names of different lengths differ in any case. Most tasks have two roles
 * (`…-task`, `…-execution`): this answers them without parsing either.
 */
function sameNameLength(a: unknown, b: unknown): boolean {
  return (
    typeof a === 'string' && typeof b === 'string' && a.length - a.lastIndexOf('/') === b.length - b.lastIndexOf('/')
  );
}

export default defineRule({
  meta: {
    id: 'distinct-task-and-execution-roles',
    category: 'security',
    description: 'Disallow using the same IAM role as task role and execution role',
    severity: 'warning',
    presets: { recommended: 'warning', strict: 'warning' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
    ],
    messages: {
      same: '"taskRoleArn" and "executionRoleArn" are the same role "{{role}}"',
    },
  },
  check(task, ctx) {
    if (!sameNameLength(task.taskRoleArn, task.executionRoleArn)) return;
    const taskRole = roleOf(task.taskRoleArn);
    const executionRole = roleOf(task.executionRoleArn);
    if (!taskRole || !executionRole || taskRole.name !== executionRole.name) return;
    // Two ARNs in different accounts are different roles (and valid-role-arn / consistent-account-and-region speak to that).
    if (
      taskRole.account !== undefined &&
      executionRole.account !== undefined &&
      taskRole.account !== executionRole.account
    )
      return;
    ctx.report({
      messageId: 'same',
      path: ['taskRoleArn'],
      data: { role: roleNameOf(String(task.taskRoleArn)) ?? taskRole.name },
      hint: 'give the application its own task role with only the permissions it needs; keep pull, log and secret access in the execution role',
      related: [{ path: ['executionRoleArn'], message: 'the execution role' }],
    });
  },
});
