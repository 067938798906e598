/**
 * The Action on a hostile pull request: everything in the repository under review (its config, plugins, file
 * names, links, comments) comes from whoever opened it. See docs/robustness.md, "Threat model".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addedPatch, FakeGitHub, OWNER, PR_NUMBER, REPO } from './fake-github.js';
import { fixture, inputEnv, pullRequestEvent, runAction, workflowWith, workspace } from './harness.js';

const WEB = 'deploy/web.json';
const PR = `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}`;

let api: FakeGitHub;

beforeEach(async () => {
  api = new FakeGitHub();
  await api.start();
});

afterEach(async () => {
  await api.close();
  expect(api.problems).toEqual([]);
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
    api.reviews.push({ id: 8, body: 'lgtm <!-- ecslint:review -->', state: 'COMMENTED', commit_id: 'x', login: 'mallory' });
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
    api.reviews.push({ id: 9, body: 'old <!-- ecslint:review -->', state: 'COMMENTED', commit_id: 'x', login: 'ci-bot' });
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
