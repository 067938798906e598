import { readFileSync } from 'node:fs';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { VERSION } from '../../version.js';

/** The pull request a workflow run is about, read from the event payload. */
export interface PullRequest {
  owner: string;
  repo: string;
  number: number;
  /** The head commit: review comments are made on it. */
  headSha: string;
  /** The head branch lives in another repository (a fork): the token is read-only there. */
  fromFork: boolean;
}

export const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * The pull request of a `pull_request` or `pull_request_target` event; undefined for other events or a
 * payload that lacks the fields (then the Action lints as on a push).
 */
export function pullRequestFromEvent(env: Readonly<Record<string, string | undefined>>): PullRequest | undefined {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  if (!PULL_REQUEST_EVENTS.has(name) || !path) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  const pr = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request;
  const head = pr?.head as { sha?: unknown; repo?: { full_name?: unknown } | null } | undefined;
  const base = pr?.base as { repo?: { full_name?: unknown } | null } | undefined;
  const fullName = env.GITHUB_REPOSITORY ?? (typeof base?.repo?.full_name === 'string' ? base.repo.full_name : '');
  const [owner, repo] = fullName.split('/');
  if (typeof pr?.number !== 'number' || typeof head?.sha !== 'string' || !owner || !repo) return undefined;
  return {
    owner,
    repo,
    number: pr.number,
    headSha: head.sha,
    fromFork: head.repo?.full_name !== base?.repo?.full_name,
  };
}

export interface ClientOptions {
  token: string;
  /** `GITHUB_API_URL` (GitHub Enterprise Server, or a test server). */
  baseUrl: string;
  log: (message: string) => void;
  /**
   * Milliseconds per unit of retry delay: the retry plugin waits 1, 4, 9 units after a 5xx, the throttling
   * plugin the seconds GitHub asks for. 1000 in production; tests make it small.
   */
  retryUnitMs?: number;
}

const RetryingOctokit = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof RetryingOctokit>;

/** An Octokit that retries 5xx answers (3 times, backing off) and waits out rate limits (twice). */
export function createClient(options: ClientOptions): GitHub {
  const unit = options.retryUnitMs ?? 1000;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < 2 && retryAfter <= 120;
      options.log(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}${again ? `; retrying after ${retryAfter} s` : ''}`,
      );
      return again;
    };
  const github = new RetryingOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: `ecslint-action/${VERSION}`,
    // Failed requests are reported once, by the caller (octokit's request log would add a line with timings).
    // The token is only ever sent in the authorization header; octokit redacts it in errors.
    log: { debug: () => {}, info: () => {}, warn: options.log, error: () => {} },
    retry: { retryAfterBaseValue: unit },
    throttle: {
      retryAfterBaseValue: unit,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
    // A stuck connection must not hold the job until its 6-hour timeout.
    request: { signal: AbortSignal.timeout(10 * 60_000) },
  });
  // Pin the REST API version the requests and the answers' shapes are written for.
  github.hook.before('request', (request) => {
    request.headers['x-github-api-version'] = '2022-11-28';
  });
  return github;
}

/** A file of the pull request, as `pulls.listFiles` gives it. */
export interface ChangedFile {
  filename: string;
  status: string;
  patch?: string;
}

/** Every file the pull request touches (GitHub lists at most 3000), 100 per page. */
export async function listChangedFiles(github: GitHub, pr: PullRequest): Promise<ChangedFile[]> {
  const files = await github.paginate(github.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  return files.map((f) => ({
    filename: f.filename,
    status: f.status,
    ...(typeof f.patch === 'string' ? { patch: f.patch } : {}),
  }));
}

/**
 * A 403 or 429 that is GitHub's rate limit (no requests left, or a wait to respect), not a permission
 * the token lacks. Octokit waits out limits of up to two minutes before it gives up with one of these.
 */
export function isRateLimited(error: unknown): boolean {
  const status = httpStatus(error);
  if (status !== 403 && status !== 429) return false;
  const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers ?? {};
  if (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined) return true;
  return /rate limit/i.test(error instanceof Error ? error.message : String(error));
}

/** The HTTP status of an Octokit error, if it is one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** One line about a failed GitHub request, without the token (Octokit redacts it in its errors). */
export function describeError(error: unknown): string {
  const status = httpStatus(error);
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  return status === undefined
    ? message
    : `HTTP ${status}: ${message.replace(/ - https:\/\/docs\.github\.com\S*$/, '')}`;
}
