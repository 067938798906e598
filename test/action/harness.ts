/**
 * Runs the committed bundle `dist/action.js` the way the runner does: `node dist/action.js` in the
 * workspace, with `INPUT_*` variables (names upper-cased, dashes kept), the event payload, and the
 * `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` files.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect } from 'vitest';
import { parse } from 'yaml';
import { tempDir } from '../../src/testing/temp.js';
import { BASE_SHA, FakeGitHub, HEAD_SHA, OWNER, PR_NUMBER, REPO, REPO_ID, TOKEN } from './fake-github.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLE = join(ROOT, 'dist', 'action.js');
export const GOLDEN = join(ROOT, 'test', 'action', 'golden');
export const UPDATE = process.env.UPDATE_FIXTURES === '1';
/** The Node that runs the bundle: the test's own, or another one (ECSLINT_ACTION_NODE=/path/to/node24/bin/node). */
const NODE = process.env.ECSLINT_ACTION_NODE ?? process.execPath;

/**
 * A fake GitHub API for each test of the calling file: started before the test and handed to `use`, closed
 * after it, and its `problems` (requests GitHub would refuse) asserted empty.
 */
export function fakeGitHubPerTest(use: (api: FakeGitHub) => void): void {
  let api: FakeGitHub | undefined;
  beforeEach(async () => {
    api = new FakeGitHub();
    await api.start();
    use(api);
  });
  afterEach(async () => {
    await api?.close();
    expect(api?.problems).toEqual([]);
  });
}

/** A fixture file's text, by its path under the repository root. */
export const fixture = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** A git repository holding `files` (path → text), committed, as actions/checkout leaves it. */
export function workspace(files: Record<string, string>): string {
  const dir = tempDir('ecslint-action-ws-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]): void => {
    execFileSync(
      'git',
      ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: dir,
        stdio: 'ignore',
      },
    );
  };
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'task definitions');
  return dir;
}

export function writeFile(dir: string, path: string, text: string): void {
  writeFileSync(join(dir, path), text);
}

/** A `pull_request` event payload in GitHub's shape (the fields that matter, and a few that do not). */
export function pullRequestEvent(options: { fork?: boolean } = {}): Record<string, unknown> {
  const repo = {
    id: REPO_ID,
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    owner: { login: OWNER },
    private: false,
    fork: false,
  };
  const headRepo = options.fork
    ? {
        id: 7,
        name: REPO,
        full_name: `contributor/${REPO}`,
        owner: { login: 'contributor' },
        private: false,
        fork: true,
      }
    : repo;
  return {
    action: 'synchronize',
    number: PR_NUMBER,
    before: BASE_SHA,
    after: HEAD_SHA,
    pull_request: {
      url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}`,
      id: 1,
      number: PR_NUMBER,
      state: 'open',
      title: 'Update task definitions',
      user: { login: options.fork ? 'contributor' : 'octocat' },
      head: { label: `${headRepo.owner.login}:feature`, ref: 'feature', sha: HEAD_SHA, repo: headRepo },
      base: { label: `${OWNER}:main`, ref: 'main', sha: BASE_SHA, repo },
    },
    repository: repo,
    sender: { login: options.fork ? 'contributor' : 'octocat' },
  };
}

export const pushEvent = (): Record<string, unknown> => ({
  ref: 'refs/heads/main',
  before: BASE_SHA,
  after: HEAD_SHA,
  repository: { full_name: `${OWNER}/${REPO}` },
});

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}

export const actionYml = (): ActionYml => parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

/** The `with:` of the step that uses the Action in a workflow file under docs/workflows. */
export function workflowWith(name: string): Record<string, string> {
  const workflow = parse(readFileSync(join(ROOT, 'docs', 'workflows', name), 'utf8')) as {
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
  };
  for (const job of Object.values(workflow.jobs)) {
    for (const step of job.steps) {
      if (step.uses?.startsWith('ecslint/ecslint@')) {
        return Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
      }
    }
  }
  throw new Error(`${name}: no step uses ecslint/ecslint`);
}

/**
 * The `INPUT_*` variables the runner sets for a step: every input of action.yml with its default,
 * overridden by `with`. `${{ github.token }}` becomes the test token.
 */
export function inputEnv(withInputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml().inputs)) {
    const value = withInputs[name] ?? spec.default ?? '';
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value === '${{ github.token }}' ? TOKEN : value;
  }
  return env;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** $GITHUB_OUTPUT with the random heredoc delimiters made fixed. */
  outputs: string;
  summary: string;
  ms: number;
}

export interface RunOptions {
  workspace: string;
  inputs: Record<string, string>;
  event: Record<string, unknown>;
  eventName?: string;
  apiUrl?: string;
  env?: Record<string, string>;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build`);
  const runner = tempDir('ecslint-action-runner-');
  const eventPath = join(runner, 'event.json');
  const outputPath = join(runner, 'output.txt');
  const summaryPath = join(runner, 'step_summary.md');
  writeFileSync(eventPath, JSON.stringify(options.event, null, 2));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: runner,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: HEAD_SHA,
    GITHUB_REF: `refs/pull/${PR_NUMBER}/merge`,
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: runner,
    // Retry back-off in 10 ms units instead of seconds, so the retry tests take milliseconds.
    ECSLINT_ACTION_RETRY_UNIT_MS: '10',
    ...options.inputs,
    ...options.env,
  };
  const started = Date.now();
  const child = spawn(NODE, [BUNDLE], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    stdout += s;
  });
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  clearTimeout(timer);
  return {
    code,
    stdout,
    stderr,
    outputs: readFileSync(outputPath, 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'ghadelimiter_X'),
    summary: readFileSync(summaryPath, 'utf8'),
    ms: Date.now() - started,
  };
}

/** Compare with test/action/golden/<name>; UPDATE_FIXTURES=1 rewrites it. Returns the expected text. */
export function golden(name: string, actual: string): string {
  const path = join(GOLDEN, name);
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`missing ${path}; run UPDATE_FIXTURES=1 npx vitest run test/action`);
  return readFileSync(path, 'utf8');
}
