/**
 * The Action on a hostile pull request: everything in the repository under review (its config, plugins, file
 * names, links, comments) comes from whoever opened it. See docs/robustness.md, "Threat model".
 */
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addedPatch, type FakeGitHub, PR_PATH as PR } from './fake-github.js';
import {
  fakeGitHubPerTest,
  fixture,
  inputEnv,
  pullRequestEvent,
  runAction,
  workflowWith,
  workspace,
} from './harness.js';

const WEB = 'deploy/web.json';

let api: FakeGitHub;
fakeGitHubPerTest((a) => {
  api = a;
});

describe('review markers', () => {
  it("a person's comment or review carrying ecslint's markers is not taken for ecslint's own", async () => {
    const web = fixture('examples/fargate-web.json');
    const ws = workspace({ [WEB]: web });
    api.files = [{ filename: WEB, status: 'added', patch: addedPatch(web) }];
    // The pull request's author copies ecslint's hidden markers into a comment and a review of their own.
    api.comments.push({
      id: 7,
      pull_request_review_id: 8,
      path: WEB,
      line: 3,
      side: 'RIGHT',
      body: 'looks fine <!-- ecslint:finding:0123456789abcdef -->',
      commit_id: 'x',
      login: 'mallory',
    });
    api.reviews.push({
      id: 8,
      body: 'lgtm <!-- ecslint:review -->',
      state: 'COMMENTED',
      commit_id: 'x',
      login: 'mallory',
    });
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv(workflowWith('review-comments.yml')),
      event: pullRequestEvent(),
      apiUrl: api.url,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    // GitHub is asked who the token is (the workflow's token may not ask: then github-actions[bot] only).
    expect(api.calls()).toContain('GET /user');
    // Neither is edited, deleted or marked superseded; ecslint posts a review of its own.
    const writes = api.writes().map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual([`POST ${PR}/reviews`]);
    expect(api.comments.find((c) => c.id === 7)?.body).toBe('looks fine <!-- ecslint:finding:0123456789abcdef -->');
    expect(api.reviews.find((r) => r.id === 8)?.body).toBe('lgtm <!-- ecslint:review -->');
  });

  it("with a personal token, that identity's earlier reviews are ecslint's", async () => {
    const web = fixture('examples/fargate-web.json');
    const ws = workspace({ [WEB]: web });
    api.files = [{ filename: WEB, status: 'added', patch: addedPatch(web) }];
    api.tokenLogin = 'ci-bot';
    api.reviews.push({
      id: 9,
      body: 'old <!-- ecslint:review -->',
      state: 'COMMENTED',
      commit_id: 'x',
      login: 'ci-bot',
    });
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv(workflowWith('review-comments.yml')),
      event: pullRequestEvent(),
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    // The earlier review is ecslint's: a new one supersedes it.
    expect(api.reviews.find((r) => r.id === 9)?.body).toContain('superseded');
  });
});

describe('a fork pull request whose config names a plugin', () => {
  const EVIL = `import { writeFileSync } from 'node:fs';
writeFileSync('stolen.txt', String(process.env['INPUT_GITHUB-TOKEN']));
export default [{ meta: { id: 'evil/x', severity: 'error', description: 'd', messages: { m: 'evil ran' } },
  check(task, ctx) { ctx.report({ messageId: 'm', path: [] }); } }];
`;
  const files = (): Record<string, string> => ({
    [WEB]: fixture('examples/fargate-web.json'),
    '.ecslintrc.json': JSON.stringify({
      plugins: ['./evil.mjs'],
      policies: [
        {
          id: 'acme/family',
          description: 'd',
          target: '/family',
          assert: { const: 'nope' },
          message: 'family {{value}}',
        },
      ],
    }),
    'evil.mjs': EVIL,
  });

  it('does not run the plugin: built-in rules and policies still report, one warning says it was skipped', async () => {
    const ws = workspace(files());
    const run = await runAction({
      workspace: ws,
      inputs: inputEnv(workflowWith('annotations.yml')),
      event: pullRequestEvent({ fork: true }),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(existsSync(join(ws, 'stolen.txt'))).toBe(false);
    expect(run.stdout).not.toContain('evil ran');
    expect(run.stdout).toContain('ecslint (acme/family)');
    const warnings = run.stdout.split('\n').filter((l) => l.includes('were not loaded'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^ecslint: warning: .*\.ecslintrc\.json names plugins \(1\).*allow-plugins: true/);
  });

  it('runs it when the workflow sets allow-plugins: true', async () => {
    const ws = workspace(files());
    const run = await runAction({
      workspace: ws,
      inputs: { ...inputEnv(workflowWith('annotations.yml')), 'INPUT_ALLOW-PLUGINS': 'true' },
      event: pullRequestEvent(),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('evil ran');
  });

  it('prints no workflow command of its own for a file named like one', async () => {
    const ws = workspace({ [WEB]: fixture('examples/fargate-web.json') });
    symlinkSync('/nonexistent', join(ws, 'deploy', 'x\n::error title=Injected::y.json'));
    writeFileSync(join(ws, 'deploy', '::add-mask::ecslint.json'), fixture('examples/fargate-web.json'));
    for (const annotations of ['true', 'false']) {
      const run = await runAction({
        workspace: ws,
        inputs: { ...inputEnv(workflowWith('annotations.yml')), INPUT_ANNOTATIONS: annotations },
        event: pullRequestEvent({ fork: true }),
      });
      expect(run.code).toBe(1);
      for (const line of run.stdout.split('\n').filter((l) => l.startsWith('::'))) {
        expect(line).toMatch(/^::(error|warning|notice|add-mask|debug)[ :]/);
        expect(line).not.toMatch(/title=Injected|^::add-mask::ecslint/);
      }
    }
  });
});
