/**
 * The GitHub Action end to end: the committed bundle dist/action.js run as the runner runs it, against a
 * GitHub API served on 127.0.0.1 (fake-github.ts). The inputs come from the workflows in docs/workflows,
 * which the README shows (docs.test.ts checks they match), so these are the setups users copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addedPatch,
  changedPatch,
  type FakeGitHub,
  PR_PATH as PR,
  PR_NUMBER,
  REPO_ID,
  rightLines,
  TOKEN,
} from './fake-github.js';
import {
  type ActionRun,
  fakeGitHubPerTest,
  fixture,
  golden,
  inputEnv,
  pullRequestEvent,
  pushEvent,
  runAction,
  workflowWith,
  workspace,
  writeFile,
} from './harness.js';

const WEB = 'deploy/web.json';
const WORKER = 'deploy/worker, batch: 100%.json';
const CLEAN = 'deploy/Dockerrun.aws.json';

const files = (): Record<string, string> => ({
  [WEB]: fixture('examples/fargate-web.json'),
  [WORKER]: fixture('fixtures/_reporters/findings.json'),
  [CLEAN]: fixture('fixtures/valid-dockerrun/valid/v1-single-port.json'),
  'package.json': '{ "name": "app", "private": true }\n',
});

/** web.json as changed by the pull request: line 19 edited (the hunk shows lines 16 to 22). */
const webPatch = (text: string): string =>
  changedPatch(text, 19, 19, ['      "dependsOn": [{ "containerName": "log-router", "condition": "START" }],']);

interface Annotation {
  command: string;
  file: string;
  line: number;
}

/** The annotations a run printed, with their properties unescaped. */
function annotations(run: ActionRun): Annotation[] {
  const decode = (s: string): string =>
    s
      .replaceAll('%2C', ',')
      .replaceAll('%3A', ':')
      .replaceAll('%0A', '\n')
      .replaceAll('%0D', '\r')
      .replaceAll('%25', '%');
  return [...run.stdout.matchAll(/^::(error|warning|notice) (file=[^:]*)::/gm)].map((m) => {
    const props = Object.fromEntries(
      (m[2] as string).split(',').map((p) => [p.slice(0, p.indexOf('=')), decode(p.slice(p.indexOf('=') + 1))]),
    );
    return { command: m[1] as string, file: String(props.file), line: Number(props.line) };
  });
}

function outputs(run: ActionRun): Record<string, string> {
  return Object.fromEntries(
    [...run.outputs.matchAll(/^([\w-]+)<<ghadelimiter_X\n(.*)\nghadelimiter_X$/gm)].map((m) => [m[1], m[2]]),
  );
}

/** The token appears only in the `::add-mask::` command that hides it in the log. */
function expectTokenHidden(run: ActionRun): void {
  const lines = `${run.stdout}\n${run.stderr}\n${run.summary}\n${run.outputs}`.split('\n');
  expect(lines.filter((l) => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
}

/** What the Action sent GitHub that changes something: method, path and body, for golden files. */
const writes = (api: FakeGitHub): string =>
  `${JSON.stringify(
    api.writes().map((r) => ({ method: r.method, path: r.path, status: r.status, body: r.body })),
    null,
    2,
  )}\n`;

let api: FakeGitHub;
fakeGitHubPerTest((a) => {
  api = a;
});

describe('the Action (dist/action.js)', () => {
  it('passes a clean pull request: exit 0, zero counts, a summary saying so', async () => {
    const ws = workspace({ [CLEAN]: files()[CLEAN] as string });
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv(workflowWith('annotations.yml')),
      event: pullRequestEvent(),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(golden('clean/stdout.txt', run.stdout));
    expect(run.summary).toBe(golden('clean/summary.md', run.summary));
    expect(run.outputs).toBe(golden('clean/outputs.txt', run.outputs));
    expect(outputs(run)).toEqual({ 'error-count': '0', 'warning-count': '0', 'note-count': '0' });
    expect(api.requests).toEqual([]);
    expectTokenHidden(run);
  });

  it('annotates findings, sets the outputs, writes the summary, and fails on errors', async () => {
    const ws = workspace(files());
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv(workflowWith('annotations.yml')),
      event: pullRequestEvent(),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(golden('findings/stdout.txt', run.stdout));
    expect(run.summary).toBe(golden('findings/summary.md', run.summary));
    expect(run.outputs).toBe(golden('findings/outputs.txt', run.outputs));
    // A file name with a space, a comma, a colon and a percent sign survives the workflow-command escaping.
    expect(run.stdout).toContain('file=deploy/worker%2C batch%3A 100%25.json,line=');
    const found = annotations(run);
    expect(new Set(found.map((a) => a.file))).toEqual(new Set([WEB, WORKER]));
    const counts = outputs(run);
    expect(Number(counts['error-count'])).toBe(found.filter((a) => a.command === 'error').length);
    expect(Number(counts['warning-count'])).toBe(found.filter((a) => a.command === 'warning').length);
    expect(Number(counts['note-count'])).toBe(found.filter((a) => a.command === 'notice').length);
    expect(Number(counts['error-count'])).toBeGreaterThan(0);
    expect(run.summary).toContain('### `deploy/worker, batch: 100%.json`');
    expect(api.requests).toEqual([]);
    expectTokenHidden(run);
  });

  it('exits by fail-on: none passes, note fails on a note alone', async () => {
    const ws = workspace(files());
    const none = await runAction({
      workspace: ws,
      inputs: inputEnv({ 'fail-on': 'none' }),
      event: pushEvent(),
      eventName: 'push',
    });
    expect(none.code).toBe(0);
    const notes = workspace({
      [WEB]: fixture('fixtures/require-log-configuration/valid/fargate-web-and-sidecar.json'),
    });
    const byDefault = await runAction({
      workspace: notes,
      inputs: inputEnv({}),
      event: pushEvent(),
      eventName: 'push',
    });
    expect(outputs(byDefault)).toMatchObject({ 'error-count': '0', 'warning-count': '0' });
    expect(Number(outputs(byDefault)['note-count'])).toBeGreaterThan(0);
    expect(byDefault.code).toBe(0);
    const strict = await runAction({
      workspace: notes,
      inputs: inputEnv({ 'fail-on': 'note' }),
      event: pushEvent(),
      eventName: 'push',
    });
    expect(strict.code).toBe(1);
    const bad = await runAction({
      workspace: notes,
      inputs: inputEnv({ 'fail-on': 'fatal' }),
      event: pushEvent(),
      eventName: 'push',
    });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain(
      '::error::ecslint: input "fail-on" must be one of error, warning, note, none; got "fatal"',
    );
  });

  it('writes SARIF for upload-sarif and names it in the outputs', async () => {
    const ws = workspace(files());
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv(workflowWith('code-scanning.yml')),
      event: pullRequestEvent(),
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toBe(golden('code-scanning/outputs.txt', run.outputs));
    expect(outputs(run)['sarif-file']).toBe('ecslint.sarif');
    const sarif = JSON.parse(readFileSync(join(ws, 'ecslint.sarif'), 'utf8')) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs.flatMap((r) => r.results);
    expect(results).toHaveLength(annotations(run).length);
    expect(api.requests).toEqual([]);
  });

  it('only-changed lints the files of the pull request, following the Link header page by page', async () => {
    const ws = workspace(files());
    const web = files()[WEB] as string;
    api.files = [
      ...Array.from({ length: 100 }, (_, i) => ({
        filename: `src/module-${i}.ts`,
        status: 'modified' as const,
        patch: `@@ -1 +1 @@\n-export const n = ${i};\n+export const n = ${i + 1};`,
      })),
      { filename: WEB, status: 'modified', patch: webPatch(web) },
      { filename: 'deploy/old-task-def.json', status: 'removed', patch: '@@ -1,3 +0,0 @@\n-{\n-  "family": "old"\n-}' },
    ];
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv({ ...workflowWith('annotations.yml'), 'only-changed': 'true' }),
      event: pullRequestEvent(),
      apiUrl: api.url,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(api.calls()).toEqual([
      `GET ${PR}/files?per_page=100`,
      `GET /repositories/${REPO_ID}/pulls/${PR_NUMBER}/files?per_page=100&page=2`,
    ]);
    expect(run.stdout).toBe(golden('only-changed/stdout.txt', run.stdout));
    expect(run.summary).toBe(golden('only-changed/summary.md', run.summary));
    expect(run.outputs).toBe(golden('only-changed/outputs.txt', run.outputs));
    expect(new Set(annotations(run).map((a) => a.file))).toEqual(new Set([WEB]));
    expectTokenHidden(run);
  });

  it('only-changed lints every file when the pull request changes a policy file the config names', async () => {
    const policy =
      '- id: acme/no-latest\n  description: no latest tags\n  target: /containerDefinitions/*/image\n  assert: { not: { pattern: ":latest$" } }\n  message: image uses the latest tag\n';
    const ws = workspace({
      ...files(),
      '.ecslintrc.yaml': 'policies:\n  - ./policies/images.yaml\n',
      'policies/images.yaml': policy,
    });
    api.files = [{ filename: 'policies/images.yaml', status: 'modified', patch: addedPatch(policy) }];
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv({ 'only-changed': 'true' }),
      event: pullRequestEvent(),
      apiUrl: api.url,
    });
    expect(run.stdout).toContain(
      'the pull request changes an ecslint config, policy or plugin file, so all files are linted',
    );
    expect(run.stdout).toContain('acme/no-latest');
    expect(run.code).toBe(1);
  });

  it('posts one review, and re-runs update it instead of posting duplicates', async () => {
    const ws = workspace(files());
    const web = files()[WEB] as string;
    const worker = files()[WORKER] as string;
    api.files = [
      { filename: WEB, status: 'modified', patch: webPatch(web) },
      { filename: WORKER, status: 'added', patch: addedPatch(worker) },
    ];
    const inputs = inputEnv(workflowWith('review-comments.yml'));
    const event = pullRequestEvent();

    // First run: one review, a comment per finding on a line of the diff.
    const first = await runAction({ workspace: ws, inputs, event, apiUrl: api.url });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(api.calls()).toEqual([
      `GET ${PR}/files?per_page=100`,
      `GET ${PR}/comments?per_page=100`,
      `GET ${PR}/reviews?per_page=100`,
      `POST ${PR}/reviews`,
    ]);
    expect(writes(api)).toBe(golden('review/run-1-writes.json', writes(api)));
    const found = annotations(first);
    const inline = found.filter((a) => api.files.some((f) => f.filename === a.file && rightLines(f.patch).has(a.line)));
    expect(inline.length).toBeGreaterThan(0);
    expect(api.comments.map((c) => `${c.path}:${c.line}`).sort()).toEqual(
      inline.map((a) => `${a.file}:${a.line}`).sort(),
    );
    expect(api.reviews).toHaveLength(1);
    expect(first.stdout).toContain(`ecslint: posted a review with ${inline.length} comments`);
    const commentsAfterFirst = structuredClone(api.comments);

    // Second run, nothing changed: nothing is written.
    api.requests = [];
    const second = await runAction({ workspace: ws, inputs, event, apiUrl: api.url });
    expect(second.code).toBe(1);
    expect(api.writes()).toEqual([]);
    expect(api.comments).toEqual(commentsAfterFirst);
    expect(api.reviews).toHaveLength(1);

    // Third run: the memory value fixed, and a config that makes a missing log configuration a note.
    // The fixed finding's comment says so, the changed severity is edited in place, the review body updated.
    const fixed = worker.replace('"512MB"', '512');
    writeFile(ws, WORKER, fixed);
    writeFile(ws, 'ecslint-ci.json', '{ "rules": { "require-log-configuration": "note" } }\n');
    api.files = [
      { filename: WEB, status: 'modified', patch: webPatch(web) },
      { filename: WORKER, status: 'added', patch: addedPatch(fixed) },
    ];
    api.requests = [];
    const third = await runAction({
      workspace: ws,
      inputs: { ...inputs, INPUT_CONFIG: 'ecslint-ci.json' },
      event,
      apiUrl: api.url,
    });
    expect(third.stderr).toBe('');
    expect(third.code).toBe(1);
    expect(writes(api)).toBe(golden('review/run-3-writes.json', writes(api)));
    expect(api.writes().map((r) => r.method)).not.toContain('POST');
    expect(api.comments.map((c) => c.id)).toEqual(commentsAfterFirst.map((c) => c.id));
    expect(api.comments.filter((c) => c.body.includes('✅ Fixed'))).toHaveLength(1);
    expect(api.comments.find((c) => c.body.includes('require-log-configuration'))?.body).toContain('🔵 **note**');
    expect(api.reviews).toHaveLength(1);
    expectTokenHidden(third);
  });

  it('puts a finding on a line outside the diff in the review body', async () => {
    const web = files()[WEB] as string;
    const ws = workspace({ [WEB]: web });
    api.files = [{ filename: WEB, status: 'modified', patch: webPatch(web) }];
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv(workflowWith('review-comments.yml')),
      event: pullRequestEvent(),
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    expect(writes(api)).toBe(golden('outside-diff/writes.json', writes(api)));
    const found = annotations(run);
    const lines = rightLines(api.files[0]?.patch);
    const outside = found.filter((a) => !lines.has(a.line));
    expect(outside.map((a) => a.line)).toContain(6);
    const body = api.reviews[0]?.body ?? '';
    for (const a of outside) expect(body).toContain(`| \`${WEB}\` | ${a.line} |`);
    expect(api.comments.map((c) => c.line).sort()).toEqual(
      found
        .filter((a) => lines.has(a.line))
        .map((a) => a.line)
        .sort(),
    );
    expect(api.comments.every((c) => lines.has(c.line ?? -1))).toBe(true);
  });

  it('says a rate limit that resets too late is a rate limit, not a missing permission', async () => {
    const web = files()[WEB] as string;
    api.files = [{ filename: WEB, status: 'modified', patch: webPatch(web) }];
    const limited = {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3000) },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    };
    api.failures.set(`POST ${PR}/reviews`, [limited, limited, limited]);
    const run = await runAction({
      workspace: workspace({ [WEB]: web }),
      inputs: inputEnv(workflowWith('review-comments.yml')),
      event: pullRequestEvent(),
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("GitHub's API rate limit is reached, and it resets too late to wait for");
    expect(run.stdout).not.toContain('the token cannot write to the pull request');
  });

  it('posts every finding in the review body when GitHub refuses the inline comments (422)', async () => {
    const web = files()[WEB] as string;
    const ws = workspace({ [WEB]: web });
    api.files = [{ filename: WEB, status: 'modified', patch: webPatch(web) }];
    api.failures.set(`POST ${PR}/reviews`, [
      {
        status: 422,
        body: {
          message: 'Unprocessable Entity',
          errors: ['Pull request review thread line must be part of the diff'],
          status: '422',
        },
      },
    ]);
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv(workflowWith('review-comments.yml')),
      event: pullRequestEvent(),
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    const posts = api.writes().filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.status)).toEqual([422, 200]);
    const second = posts[1]?.body as { body: string; comments?: unknown };
    expect(second.comments).toBeUndefined();
    for (const a of annotations(run)) expect(second.body).toContain(`| \`${WEB}\` | ${a.line} |`);
    expect(run.stdout).not.toContain('::warning::');
  });

  it('falls back to annotations with a warning when a fork pull request gets 403', async () => {
    const ws = workspace(files());
    const web = files()[WEB] as string;
    api.files = [{ filename: WEB, status: 'modified', patch: webPatch(web) }];
    api.readOnly = true;
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv(workflowWith('review-comments.yml')),
      event: pullRequestEvent({ fork: true }),
      apiUrl: api.url,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // by the findings, not by the 403
    expect(run.stdout).toBe(golden('fork/stdout.txt', run.stdout));
    expect(run.stdout).toMatch(
      /^::warning::ecslint: cannot post review comments \(HTTP 403: Resource not accessible by integration\)/m,
    );
    expect(annotations(run).filter((a) => a.file === WEB).length).toBeGreaterThan(0);
    expect(run.summary).toBe(golden('fork/summary.md', run.summary));
    expect(outputs(run)['error-count']).not.toBe('0');
    // 403 is not retried: one attempt.
    expect(api.writes().map((r) => `${r.method} ${r.status}`)).toEqual(['POST 403']);
    expectTokenHidden(run);
  });

  it('retries a 502 and waits out a rate limit, then succeeds', async () => {
    const ws = workspace({ [WEB]: files()[WEB] as string });
    api.files = [{ filename: WEB, status: 'modified', patch: webPatch(files()[WEB] as string) }];
    api.failures.set(`GET ${PR}/files`, [{ status: 502, body: { message: 'Server Error' } }]);
    api.failures.set(`GET ${PR}/reviews`, [
      {
        status: 403,
        headers: {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1),
        },
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
        },
      },
    ]);
    api.failures.set(`POST ${PR}/reviews`, [{ status: 503, body: { message: 'Service Unavailable' } }]);
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv(workflowWith('review-comments.yml')),
      event: pullRequestEvent(),
      apiUrl: api.url,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(api.requests.map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`)).toEqual([
      `GET ${PR}/files 502`,
      `GET ${PR}/files 200`,
      `GET ${PR}/comments 200`,
      `GET ${PR}/reviews 403`,
      `GET ${PR}/reviews 200`,
      `POST ${PR}/reviews 503`,
      `POST ${PR}/reviews 200`,
    ]);
    expect(run.stdout).not.toContain('::warning::');
    expect(api.reviews).toHaveLength(1);
    expect(run.ms).toBeLessThan(20_000);
  });

  it('lints every file and posts no review on a push', async () => {
    const ws = workspace(files());
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv(workflowWith('review-comments.yml')),
      event: pushEvent(),
      eventName: 'push',
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    expect(api.requests).toEqual([]);
    expect(new Set(annotations(run).map((a) => a.file))).toEqual(new Set([WEB, WORKER]));
    expect(run.stdout).toContain('ecslint: not a pull request event, so "only-changed" lints all files');
  });

  it('picks up service and AppSpec files: a pull request that changes only the AppSpec is checked against the task definition', async () => {
    const deploy = (name: string): string => fixture(`examples/deploy/${name}`);
    const appspec = deploy('appspec.yaml').replace('ContainerPort: 8080', 'ContainerPort: 80');
    const ws = workspace({
      'deploy/taskdef.json': deploy('taskdef.json'),
      'deploy/service.json': deploy('service.json'),
      'deploy/appspec.yaml': appspec,
      'package.json': '{ "name": "app", "private": true }\n',
    });
    api.files = [
      {
        filename: 'deploy/appspec.yaml',
        status: 'modified',
        patch: changedPatch(appspec, 9, 9, ['          ContainerPort: 8080']),
      },
    ];
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv({ ...workflowWith('annotations.yml'), 'only-changed': 'true' }),
      event: pullRequestEvent(),
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    expect(annotations(run)).toEqual([{ command: 'error', file: 'deploy/appspec.yaml', line: 9 }]);
    expect(run.stdout).toContain('routes to port 80 of container "sample-website", which maps only 8080');
  });

  it('picks up CloudFormation and Terraform files and the JSON a .tf file reads; other YAML and templates stay quiet', async () => {
    const ws = workspace({
      'infra/service.yaml': fixture('fixtures/_inputs/cloudformation/refarch-product-service.yaml'),
      'infra/bucket.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n',
      'infra/network.tf': 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n',
      'infra/ecs/task_definition.tf': fixture('fixtures/_inputs/terraform/terraformECS/task_definition.tf'),
      'infra/ecs/container-definitions/container-def.json': fixture(
        'fixtures/_inputs/terraform/terraformECS/container-definitions/container-def.json',
      ),
      '.github/workflows/ci.yml': 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: []\n',
      'package.json': '{ "name": "app", "private": true }\n',
    });
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv({ ...workflowWith('annotations.yml'), 'fail-on': 'warning' }),
      event: pushEvent(),
      eventName: 'push',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    // The template's finding, and the containers file's (read through the .tf's file()), at their lines.
    expect(annotations(run)).toEqual([
      { command: 'notice', file: 'infra/service.yaml', line: 46 },
      { command: 'notice', file: 'infra/ecs/container-definitions/container-def.json', line: 3 },
      { command: 'warning', file: 'infra/ecs/container-definitions/container-def.json', line: 3 },
      { command: 'warning', file: 'infra/ecs/container-definitions/container-def.json', line: 4 },
    ]);
    expect(run.stdout).toContain('aws_ecs_task_definition.task_definition (infra/ecs/task_definition.tf)');
    expect(run.stdout).not.toMatch(/bucket\.yaml|network\.tf|ci\.yml/);
  });

  it('only-changed: a container renamed in the task definition reports the unchanged AppSpec and service that name it', async () => {
    const deploy = (name: string): string => fixture(`examples/deploy/${name}`);
    const taskdef = deploy('taskdef.json').replace('"name": "sample-website"', '"name": "website"');
    const ws = workspace({
      'deploy/taskdef.json': taskdef,
      'deploy/service.json': deploy('service.json'),
      'deploy/appspec.yaml': deploy('appspec.yaml'),
    });
    const line = taskdef.split('\n').findIndex((l) => l.includes('"name": "website"')) + 1;
    api.files = [
      {
        filename: 'deploy/taskdef.json',
        status: 'modified',
        patch: changedPatch(taskdef, line, line, ['      "name": "sample-website",']),
      },
    ];
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv({ ...workflowWith('annotations.yml'), 'only-changed': 'true' }),
      event: pullRequestEvent(),
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    expect(annotations(run)).toEqual([
      { command: 'error', file: 'deploy/appspec.yaml', line: 8 },
      { command: 'error', file: 'deploy/service.json', line: 8 },
    ]);
    expect(run.stdout).toContain(
      'names container "sample-website", which task definition "sample-website" does not have',
    );
  });

  it('stops with exit code 2 on a bad config, without touching GitHub', async () => {
    const ws = workspace({ ...files(), '.ecslintrc.json': '{ "rules": { "no-such-rule": "error" } }\n' });
    const run = await runAction({ workspace: ws, inputs: inputEnv({}), event: pullRequestEvent() });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error::ecslint: .*no-such-rule/m);
    expect(existsSync(join(ws, 'ecslint.sarif'))).toBe(false);
  });
});
