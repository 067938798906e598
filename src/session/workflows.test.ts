import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp.js';
import { inferTarget, MAX_WORKFLOW_BYTES, workflowDeployPaths } from './workflows.js';

function repo(workflows: Record<string, string>): string {
  const dir = tempDir('ecslint-workflows-');
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  for (const [name, text] of Object.entries(workflows)) writeFileSync(join(dir, '.github', 'workflows', name), text);
  return dir;
}

const DEPLOY = `name: Deploy to Amazon ECS
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Render the task definition
        id: render
        uses: aws-actions/amazon-ecs-render-task-definition@v1
        with:
          task-definition: task-definition.json
          container-name: web
          image: \${{ steps.build.outputs.image }}
      - name: Deploy
        uses: aws-actions/amazon-ecs-deploy-task-definition@v2
        with:
          task-definition: \${{ steps.render.outputs.task-definition }}
          service: web
          cluster: main
`;

describe('workflowDeployPaths', () => {
  it("reads the steps' uses and run, in file name order", () => {
    const dir = repo({
      'deploy.yml': DEPLOY,
      'release.yaml':
        'jobs:\n  r:\n    steps:\n      - run: |\n          aws ecs register-task-definition --cli-input-json file://td.json\n',
      'README.md': 'uses: aws-actions/amazon-ecs-deploy-task-definition@v2',
      'web.yml':
        'jobs:\n  eb:\n    steps:\n      - run: aws elasticbeanstalk update-environment --environment-name web\n      - uses: einaregilsson/beanstalk-deploy@v22\n',
    });
    expect(workflowDeployPaths(dir)).toEqual({
      'deploy-action': ['.github/workflows/deploy.yml'],
      'aws-cli': ['.github/workflows/release.yaml'],
      'elastic-beanstalk': ['.github/workflows/web.yml'],
    });
    expect(inferTarget(dir)).toEqual({ target: 'deploy-action', from: '.github/workflows/deploy.yml' });
  });

  it('counts only steps: a comment, a name or an input that mentions the Action is not a deploy', () => {
    const dir = repo({
      'ci.yml': `# we used to deploy with aws-actions/amazon-ecs-deploy-task-definition@v1
name: aws-actions/amazon-ecs-deploy-task-definition
jobs:
  test:
    steps:
      - name: aws-actions/amazon-ecs-deploy-task-definition
        uses: actions/checkout@v4
        with:
          ref: aws-actions/amazon-ecs-deploy-task-definition@v2
      - run: echo "not aws ecs deploy"
`,
    });
    expect(workflowDeployPaths(dir)).toEqual({});
    expect(inferTarget(dir)).toBeUndefined();
  });

  it('skips what it cannot read as a workflow: broken YAML, alias bombs, files over the bound, non-files', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from({ length: 9 }, (_, i) => {
        const prev = i === 0 ? 'a' : String.fromCharCode(98 + i - 1);
        const name = String.fromCharCode(98 + i);
        return `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`;
      }),
      'jobs: { d: { steps: [ { uses: aws-actions/amazon-ecs-deploy-task-definition@v2 } ] } }',
    ].join('\n');
    const big = `${DEPLOY}\n# ${'x'.repeat(MAX_WORKFLOW_BYTES)}\n`;
    const dir = repo({ 'a-broken.yml': `${DEPLOY}\n  : [unclosed\n`, 'b-bomb.yml': bomb, 'c-big.yml': big });
    mkdirSync(join(dir, '.github', 'workflows', 'd-folder.yml'));
    execFileSync('mkfifo', [join(dir, '.github', 'workflows', 'e-fifo.yml')]);
    expect(workflowDeployPaths(dir)).toEqual({});
  });

  it('is empty for a repository without workflows', () => {
    expect(workflowDeployPaths(tempDir('ecslint-workflows-'))).toEqual({});
  });
});
