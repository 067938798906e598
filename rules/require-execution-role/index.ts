import { defineRule, type Report } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { checkableImage, imageSites, isEcr } from '../_helpers/image.js';
import { arr, type ContainerRef, containers, hasTaskContext, launchTypes, obj, str } from '../_helpers/index.js';

type Reason =
  | 'ecr'
  | 'awslogs'
  | 'repositoryCredentials'
  | 'secrets'
  | 'secretOptions'
  | 'environmentFiles'
  | 'firelensS3';

interface Hit {
  container: ContainerRef;
  path: JsonPath;
  target: 'value' | 'key';
}

const HINTS: Record<Reason, string> = {
  ecr: 'set "executionRoleArn" to a role with the AmazonECSTaskExecutionRolePolicy managed policy (ECR pull and CloudWatch Logs)',
  awslogs:
    'set "executionRoleArn" to a role with the AmazonECSTaskExecutionRolePolicy managed policy (ECR pull and CloudWatch Logs)',
  repositoryCredentials:
    'set "executionRoleArn" to a role allowed secretsmanager:GetSecretValue on the credentials secret (and kms:Decrypt for a customer key)',
  secrets:
    'set "executionRoleArn" to a role allowed to read the secrets (secretsmanager:GetSecretValue or ssm:GetParameters, and kms:Decrypt for a customer key)',
  secretOptions:
    'set "executionRoleArn" to a role allowed to read the secrets (secretsmanager:GetSecretValue or ssm:GetParameters, and kms:Decrypt for a customer key)',
  environmentFiles:
    'set "executionRoleArn" to a role allowed s3:GetObject and s3:GetBucketLocation on the environment files',
  firelensS3:
    'set "executionRoleArn" to a role allowed s3:GetObject and s3:GetBucketLocation on the FireLens config file',
};

export default defineRule<Reason>({
  meta: {
    id: 'require-execution-role',
    category: 'correctness',
    description: 'Require "executionRoleArn" for ECR pulls, awslogs, secrets, registry credentials and S3 files',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/taskdef-envfiles.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html',
    ],
    messages: {
      ecr: 'no "executionRoleArn": {{where}} pulls the private Amazon ECR image "{{image}}" on {{launchType}}',
      awslogs: 'no "executionRoleArn": {{where}} sends logs with the "awslogs" driver on {{launchType}}',
      repositoryCredentials: 'no "executionRoleArn": {{where}} logs in to its registry with "repositoryCredentials"',
      secrets: 'no "executionRoleArn": {{where}} reads "secrets" from Secrets Manager or Parameter Store',
      secretOptions: 'no "executionRoleArn": {{where}} reads log driver "secretOptions"',
      environmentFiles: 'no "executionRoleArn": {{where}} loads "environmentFiles" from S3',
      firelensS3: 'no "executionRoleArn": {{where}} loads its FireLens configuration from S3',
    },
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx)) return;
    const role = task.executionRoleArn;
    // Any non-empty value is a role (valid-role-arn checks its form); placeholders are filled in later.
    if (typeof role === 'string' ? role.trim() !== '' : role !== undefined && role !== null) return;

    const launch = launchTypes(task, ctx) ?? new Set();
    // On EC2 the container instance role pulls from ECR and writes awslogs; elsewhere the task needs its own.
    const managed = (['FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'] as const).filter((t) => launch.has(t));
    const launchType =
      managed[0] === 'FARGATE'
        ? 'Fargate'
        : managed[0] === 'EXTERNAL'
          ? 'EXTERNAL (ECS Anywhere)'
          : 'Managed Instances';

    const hits = new Map<Reason, Hit[]>();
    const add = (reason: Reason, hit: Hit) => {
      const list = hits.get(reason) ?? [];
      list.push(hit);
      hits.set(reason, list);
    };
    const images = new Map<number, string>();

    if (managed.length > 0) {
      for (const site of imageSites(task, ctx)) {
        const ref = checkableImage(site);
        if (!site.container || !ref || !isEcr(ref)) continue;
        images.set(site.container.index, ref.raw);
        add('ecr', { container: site.container, path: site.path, target: 'value' });
      }
    }
    for (const c of containers(task)) {
      const log = obj(c.container.logConfiguration);
      const logPath = [...c.path, 'logConfiguration'];
      if (managed.length > 0 && log?.logDriver === 'awslogs') {
        add('awslogs', { container: c, path: [...logPath, 'logDriver'], target: 'value' });
      }
      if (obj(c.container.repositoryCredentials)) {
        add('repositoryCredentials', { container: c, path: [...c.path, 'repositoryCredentials'], target: 'key' });
      }
      if (arr(c.container.secrets).length > 0) {
        add('secrets', { container: c, path: [...c.path, 'secrets'], target: 'key' });
      }
      if (arr(log?.secretOptions).length > 0) {
        add('secretOptions', { container: c, path: [...logPath, 'secretOptions'], target: 'key' });
      }
      if (arr(c.container.environmentFiles).length > 0) {
        add('environmentFiles', { container: c, path: [...c.path, 'environmentFiles'], target: 'key' });
      }
      const firelens = obj(c.container.firelensConfiguration);
      const options = obj(firelens?.options);
      if (str(options?.['config-file-type']) === 's3') {
        add('firelensS3', {
          container: c,
          path: [...c.path, 'firelensConfiguration', 'options', 'config-file-type'],
          target: 'value',
        });
      }
    }

    // One finding per reason, at the first container; the others are listed as related locations.
    for (const [reason, list] of hits) {
      const [first, ...rest] = list;
      if (!first) continue;
      const more =
        rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? 'container' : 'containers'})` : '';
      const report: Report<Reason> = {
        messageId: reason,
        path: first.path,
        target: first.target,
        data: {
          where: `${first.container.label}${more}`,
          image: images.get(first.container.index) ?? '',
          launchType,
        },
        hint: HINTS[reason],
      };
      if (rest.length > 0) {
        report.related = rest.map((h) => ({ path: h.path, target: h.target, message: `${h.container.label} too` }));
      }
      ctx.report(report);
    }
  },
});
