/**
 * The pre-commit hook's `files` pattern (.pre-commit-hooks.yaml), measured on the real names: every task
 * definition and Dockerrun file of the real-world corpus (its INDEX.tsv gives each file's path in its
 * repository) must match at 95% or more, and a table of real names (and common JSON files that are not
 * documents) must come out as listed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../testing/fixtures.js';

const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
  id: string;
  files: string;
  entry: string;
  language: string;
}[];
const hook = hooks.find((h) => h.id === 'ecslint');
/** pre-commit compiles `files` with Python's re: `(?i)` at the start is its case-insensitive flag. */
const pattern = new RegExp((hook?.files ?? '').replace(/^\(\?i\)/, ''), hook?.files.startsWith('(?i)') ? 'i' : '');

const corpus = readFileSync(join(ROOT, 'fixtures/_corpus/real-world/INDEX.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([, , path, , kind]) => ({ path: path ?? '', kind: kind ?? '' }))
  // Documents, with file names of their own (not code blocks quoted from AWS's docs), that are JSON files.
  .filter((r) => r.kind !== 'other' && !r.path.includes('fenced code block') && /\.json$/i.test(r.path));

describe('the pre-commit hook', () => {
  it('runs the self-contained bundle, so installing it installs no development dependencies', () => {
    expect(hook).toMatchObject({ entry: 'dist/cli.js', language: 'script' });
  });

  it('matches at least 95% of the names of real task definitions and Dockerrun files', () => {
    const missed = corpus.filter((r) => !pattern.test(r.path)).map((r) => r.path);
    expect(corpus.length).toBeGreaterThan(150);
    expect(missed.length / corpus.length).toBeLessThanOrEqual(0.05);
  });

  const table: [string, boolean][] = [
    ['task-definition.json', true],
    ['deploy/task-definition.prod.json', true],
    ['task_definition.json', true],
    ['task_definition2.json', true],
    ['taskdef.json', true],
    ['task-def.json', true],
    ['api-task-def.json', true],
    ['TaskDefinition.json', true],
    ['container_definitions.json', true],
    ['container-definitions.json', true],
    ['terraform/ecs/container_definitions.json', true],
    ['batch_container_definitions.json', true],
    ['portfolio/container-definition.json', true],
    ['Dockerrun.aws.json', true],
    ['environments/prod/Dockerrun.aws.json', true],
    ['.aws/task-definition.json', true],
    ['.aws/deploy-prod.json', true],
    ['task-definitions/service.json', true],
    ['Infrastructure/ecs-task-definitions/auth-service-task.json', true],
    ['ecs-task.json', true],
    ['datadog-ecs.json', true],
    ['examples/ecs/aws-cloudwatch/ecs-ec2-instance-daemon.json', true],
    ['nginx/nginx_fargate.json', true],
    ['tomcat/tomcat_ec2.json', true],
    // Services and AppSpecs, under the names users give them (ecspresso, the AWS CLI, AWS's CodeDeploy tutorial).
    ['ecs-service-def.json', true],
    ['ecspresso/ecs-service-def.json', true],
    ['deploy/service.json', true],
    ['deploy/prod/service.json', true],
    ['ecs/service.json', true],
    ['infra/ecs/service-prod.json', true],
    ['codedeploy/service.json', true],
    ['create-service.json', true],
    ['update-service-input.json', true],
    ['appspec.yaml', true],
    ['appspec.yml', true],
    ['deploy/appspec.json', true],
    ['taskdef.json', true],
    ['run-task.json', true],
    ['service-account.json', false],
    ['deploy/service-account.json', false],
    ['ecs/service_account.json', false],
    ['config/service.json', false],
    ['services.json', false],
    ['firebase-service-account.json', false],
    ['deploy/package.json', false],
    ['appspec.yaml.tpl', false],
    ['package.json', false],
    ['package-lock.json', false],
    ['tsconfig.json', false],
    ['tsconfig.build.json', false],
    ['.eslintrc.json', false],
    ['.ecslintrc.json', false],
    ['ecslint.config.json', false],
    ['renovate.json', false],
    ['.vscode/settings.json', false],
    ['.vscode/tasks.json', false],
    ['.devcontainer/devcontainer.json', false],
    ['composer.json', false],
    ['cdk.json', false],
    ['specs.json', false],
    ['appsettings.json', false],
    ['task-definition.json.tpl', false],
    ['Dockerrun.aws.json.template', false],
  ];
  for (const [name, expected] of table) {
    it(`${expected ? 'matches' : 'leaves out'} ${name}`, () => {
      expect(pattern.test(name)).toBe(expected);
    });
  }
});
