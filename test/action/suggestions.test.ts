/**
 * Review comments that carry a fix as a GitHub suggestion block, and the deploy target the Action infers from
 * the repository's workflows: the committed bundle run against the fake GitHub API, as in action.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { addedPatch, type FakeGitHub, type StoredComment } from './fake-github.js';
import {
  fakeGitHubPerTest,
  fixture,
  inputEnv,
  pullRequestEvent,
  runAction,
  workflowWith,
  workspace,
} from './harness.js';

const API = 'deploy/api.json';
const TYPOS = fixture('fixtures/schema/invalid/typos-and-types.json');
const CONSOLE = fixture('fixtures/schema/invalid/console-export.json');
const SUGGESTION = /\n(`{3,})suggestion\n([\s\S]*?)\1\n/;

let api: FakeGitHub;
fakeGitHubPerTest((a) => {
  api = a;
});

/** Review the file `text` as a new file of the pull request; the comments ecslint posted. */
async function review(text: string, inputs: Record<string, string> = {}): Promise<StoredComment[]> {
  const ws = workspace({ [API]: text });
  api.files = [{ filename: API, status: 'added', patch: addedPatch(text) }];
  const run = await runAction({
    workspace: ws,
    inputs: inputEnv({ ...workflowWith('review-comments.yml'), ...inputs }),
    event: pullRequestEvent(),
    apiUrl: api.url,
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1);
  return api.comments;
}

/** What "Commit suggestion" does on GitHub: the commented lines become the block's lines. */
function commit(text: string, comments: readonly StoredComment[]): string {
  const lines = text.split('\n');
  // From the bottom up, so earlier line numbers stay right; a comment whose lines overlap one applied is left.
  let floor = Number.POSITIVE_INFINITY;
  for (const c of [...comments].sort((a, b) => (b.line ?? 0) - (a.line ?? 0))) {
    const block = SUGGESTION.exec(c.body)?.[2];
    const last = c.line ?? 0;
    const first = c.start_line ?? last;
    if (block === undefined || last >= floor) continue;
    lines.splice(first - 1, last - first + 1, ...(block === '' ? [] : block.replace(/\n$/, '').split('\n')));
    floor = first;
  }
  return lines.join('\n');
}

describe('review comments with suggestions', () => {
  it('put a finding’s fix in a suggestion block on its line', async () => {
    const comments = await review(TYPOS);
    const rename = comments.find((c) => c.body.includes('"memoryReservaton"'));
    expect(rename?.line).toBe(11);
    expect(rename?.start_line).toBeUndefined();
    const marker = /<!-- ecslint:finding:[0-9A-Za-z_-]+ -->$/.exec(rename?.body ?? '')?.[0];
    expect(rename?.body).toBe(
      [
        '🔴 **error** · [`schema`](https://github.com/ecslint/ecslint/blob/main/rules/schema/README.md)',
        '',
        'unknown property "memoryReservaton" in container "api"',
        '',
        '**Hint:** did you mean "memoryReservation"?',
        '',
        '**Fix** (what `ecslint --fix` does): rename "memoryReservaton" to "memoryReservation"',
        '',
        '```suggestion',
        '      "memoryReservation": 256,',
        '```',
        '',
        marker,
      ].join('\n'),
    );
  });

  it('committing the suggestions fixes what they name, as --fix would', async () => {
    const comments = await review(TYPOS);
    const suggested = comments.filter((c) => SUGGESTION.test(c.body));
    // Eight schema findings, each with a fix on one line; two share line 13 (one is applied, as on GitHub).
    expect(suggested.map((c) => c.line)).toEqual([3, 4, 5, 11, 12, 13, 13, 14]);
    const before = await lintText(TYPOS, API, { config: false });
    const after = await lintText(commit(TYPOS, suggested), API, { config: false });
    const schema = (r: typeof before): string[] =>
      r.diagnostics.filter((d) => d.ruleId === 'schema').map((d) => d.message);
    expect(schema(before)).toHaveLength(8);
    // Only the finding whose suggestion could not be committed after its neighbour's on line 13 is left.
    expect(schema(after)).toEqual(['container "api": "protocol" "TCP" is not one of "tcp", "udp"']);
  });

  it('cover the lines a fix changes when they are several: a null member on line 3 and one on line 13', async () => {
    const comments = await review(CONSOLE);
    const nulls = comments.find((c) => c.body.includes('members are null'));
    expect([nulls?.start_line, nulls?.line]).toEqual([3, 13]);
    const block = SUGGESTION.exec(nulls?.body ?? '')?.[2] ?? '';
    const lines = CONSOLE.split('\n');
    // The nine lines between them are kept as they are; the two null members are gone.
    expect(block).toBe(`${lines.slice(3, 12).join('\n')}\n`);
    const describe = comments.find((c) => c.body.includes('output of describe-task-definition'));
    expect([describe?.start_line, describe?.line]).toEqual([6, 7]);
    expect(describe?.body).toContain('\n```suggestion\n```\n');
  });

  it('suggestions: false leaves the blocks out', async () => {
    const comments = await review(TYPOS, { suggestions: 'false' });
    expect(comments.length).toBeGreaterThan(0);
    expect(comments.filter((c) => c.body.includes('suggestion'))).toEqual([]);
    expect(comments.every((c) => c.start_line === undefined)).toBe(true);
  });
});

describe('the deploy target', () => {
  const deployWorkflow =
    'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2\n        with:\n          task-definition: deploy/api.json\n';

  async function lint(inputs: Record<string, string>, extra: Record<string, string> = {}) {
    const ws = workspace({ [API]: CONSOLE, '.github/workflows/deploy.yml': deployWorkflow, ...extra });
    return runAction({
      workspace: ws,
      inputs: inputEnv({ ...workflowWith('annotations.yml'), ...inputs }),
      event: pullRequestEvent(),
    });
  }

  it('is inferred from a workflow that uses amazon-ecs-deploy-task-definition, and said so', async () => {
    const run = await lint({});
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('ecslint: target deploy-action: inferred from .github/workflows/deploy.yml\n');
    expect(run.summary.split('\n')[0]).toBe(
      "> target `deploy-action`: inferred from .github/workflows/deploy.yml (a config's `target` or the `target` input wins)",
    );
    // Null and describe-output members are one note, not errors.
    expect(run.stdout).toMatch(/^::notice file=deploy\/api\.json,line=3,.*amazon-ecs-deploy-task-definition removes/m);
    expect(run.stdout).not.toContain('members are null');
  });

  it('the target input wins, and nothing is inferred', async () => {
    const run = await lint({ target: 'aws-cli' });
    expect(run.stdout).not.toContain('inferred');
    expect(run.stdout).toMatch(/^::error file=deploy\/api\.json,line=3,.*2 members are null/m);
  });

  it("a config's target wins over the inferred one", async () => {
    const run = await lint({}, { '.ecslintrc.json': '{ "target": "aws-cli" }\n' });
    expect(run.stdout).toMatch(/^::error file=deploy\/api\.json,line=3,.*2 members are null/m);
  });

  it('a bad target input is a usage error', async () => {
    const run = await lint({ target: 'ecs-cli' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      '::error::ecslint: input "target" must be one of aws-cli, deploy-action, cloudformation, terraform; got "ecs-cli"',
    );
  });
});
