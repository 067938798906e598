/**
 * A GitHub REST API on 127.0.0.1 for the Action's tests: the endpoints the Action calls, with the shapes
 * GitHub documents (https://docs.github.com/en/rest/pulls). Every request is checked (method, path,
 * query, headers, body); anything unexpected is answered 404/422 and recorded in `problems`, which each
 * test asserts is empty.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const TOKEN = 'ghs_TestTokenDoNotPrint0123456789abcdefXYZ';
export const OWNER = 'acme';
export const REPO = 'deploy';
export const PR_NUMBER = 42;
export const REPO_ID = 1296269;
export const HEAD_SHA = 'e5bd3914e2e596debea16f433f57875b5b90bcd6';
export const BASE_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
/** The pull request's path in the REST API. */
export const PR_PATH = `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}`;

export interface PrFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  patch?: string;
}

export interface StoredComment {
  id: number;
  pull_request_review_id: number;
  path: string;
  line: number | null;
  /** The first line of a comment on several lines. */
  start_line?: number | null;
  side: 'RIGHT' | 'LEFT';
  body: string;
  commit_id: string;
  /** The author's login (default: github-actions[bot], the workflow token's identity). */
  login?: string;
}

export interface StoredReview {
  id: number;
  body: string;
  state: 'COMMENTED';
  commit_id: string;
  login?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body?: unknown;
  status: number;
}

type Failure = { status: number; headers?: Record<string, string>; body: unknown };

export class FakeGitHub {
  files: PrFile[] = [];
  comments: StoredComment[] = [];
  reviews: StoredReview[] = [];
  /** Answers given before the real one, per `METHOD /path` (without the query): 502s, rate limits. */
  failures = new Map<string, Failure[]>();
  /** Writes answered 403, as for a read-only token (pull requests from forks). */
  readOnly = false;
  /** The login `GET /user` answers with; undefined: 403, as for the workflow's GITHUB_TOKEN. */
  tokenLogin: string | undefined;
  requests: RecordedRequest[] = [];
  problems: string[] = [];
  private server: Server | undefined;
  private nextId = 1000;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async close(): Promise<void> {
    await new Promise<void>((done) => this.server?.close(() => done()));
  }

  /** The requests as `METHOD /path` lines, for asserting the sequence. */
  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  /** Requests that change something. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private problem(message: string): void {
    this.problems.push(message);
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): boolean {
    const method = req.method ?? '';
    const url = new URL(req.url ?? '/', this.url);
    const path = url.pathname;
    const where = `${method} ${url.pathname}${url.search}`;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): boolean => {
      const recorded: RecordedRequest = { method, path: `${url.pathname}${url.search}`, status };
      if (raw !== '') recorded.body = JSON.parse(raw);
      this.requests.push(recorded);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-github-api-version-selected': '2022-11-28',
        ...headers,
      });
      res.end(status === 204 ? undefined : JSON.stringify(body));
      return true;
    };

    // Headers every request must carry (octokit with `auth` and our user agent).
    const h = req.headers;
    if (h.authorization !== `token ${TOKEN}`) this.problem(`${where}: authorization header is ${h.authorization}`);
    if (h.accept !== 'application/vnd.github.v3+json') this.problem(`${where}: accept header is ${h.accept}`);
    if (!String(h['user-agent']).startsWith('ecslint-action/')) this.problem(`${where}: user-agent ${h['user-agent']}`);
    if (h['x-github-api-version'] !== '2022-11-28') this.problem(`${where}: x-github-api-version missing`);
    if (method !== 'GET' && method !== 'DELETE' && !String(h['content-type']).startsWith('application/json')) {
      this.problem(`${where}: content-type ${h['content-type']}`);
    }
    let body: Record<string, unknown> = {};
    if (raw !== '') {
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        this.problem(`${where}: body is not JSON`);
      }
    }

    const failure = this.failures.get(`${method} ${path}`)?.shift();
    if (failure) return send(failure.status, failure.body, failure.headers);

    const prefix = `/repos/${OWNER}/${REPO}/pulls`;
    const pr = `${prefix}/${PR_NUMBER}`;
    const forbidden = (doc: string): boolean =>
      send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: `https://docs.github.com/rest/pulls/${doc}`,
        status: '403',
      });

    // Page 1 by the documented path; later pages by the `Link` header, which names the repository by id.
    if (method === 'GET' && (path === `${pr}/files` || path === `/repositories/${REPO_ID}/pulls/${PR_NUMBER}/files`)) {
      return this.listFiles(url, send, where);
    }
    if (method === 'GET' && path === `${pr}/comments`) {
      this.expectQuery(url, where, { per_page: '100' });
      return send(200, this.comments.map(commentJson));
    }
    if (method === 'GET' && path === `${pr}/reviews`) {
      this.expectQuery(url, where, { per_page: '100' });
      return send(200, this.reviews.map(reviewJson));
    }
    if (method === 'POST' && path === `${pr}/reviews`) {
      if (this.readOnly) return forbidden('reviews#create-a-review-for-a-pull-request');
      return this.createReview(body, send, where);
    }
    const review = new RegExp(`^${pr}/reviews/(\\d+)$`).exec(path);
    if (method === 'PUT' && review) {
      if (this.readOnly) return forbidden('reviews#update-a-review-for-a-pull-request');
      this.expectKeys(body, where, ['body'], ['body']);
      const found = this.reviews.find((r) => r.id === Number(review[1]));
      if (!found || typeof body.body !== 'string') return send(404, { message: 'Not Found' });
      found.body = body.body;
      return send(200, reviewJson(found));
    }
    const comment = new RegExp(`^${prefix}/comments/(\\d+)$`).exec(path);
    if (comment && (method === 'PATCH' || method === 'DELETE')) {
      if (this.readOnly) return forbidden('comments');
      const index = this.comments.findIndex((c) => c.id === Number(comment[1]));
      if (index < 0) {
        this.problem(`${where}: no such comment`);
        return send(404, { message: 'Not Found' });
      }
      if (method === 'DELETE') {
        if (raw !== '') this.problem(`${where}: DELETE with a body`);
        this.comments.splice(index, 1);
        return send(204, undefined);
      }
      this.expectKeys(body, where, ['body'], ['body']);
      const found = this.comments[index] as StoredComment;
      found.body = String(body.body);
      return send(200, commentJson(found));
    }
    if (method === 'GET' && path === '/user') {
      if (this.tokenLogin === undefined) return forbidden('users#get-the-authenticated-user');
      return send(200, { ...user, login: this.tokenLogin, type: 'User' });
    }
    this.problem(`${where}: no such endpoint`);
    return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  private listFiles(
    url: URL,
    send: (s: number, b: unknown, h?: Record<string, string>) => boolean,
    where: string,
  ): boolean {
    const perPage = Number(url.searchParams.get('per_page') ?? '30');
    const page = Number(url.searchParams.get('page') ?? '1');
    if (perPage !== 100) this.problem(`${where}: per_page should be 100 (the maximum)`);
    for (const key of url.searchParams.keys())
      if (key !== 'per_page' && key !== 'page') this.problem(`${where}: ${key}`);
    const pages = Math.max(1, Math.ceil(this.files.length / perPage));
    const slice = this.files.slice((page - 1) * perPage, page * perPage);
    const link = (p: number): string =>
      `<${this.url}/repositories/${REPO_ID}/pulls/${PR_NUMBER}/files?per_page=${perPage}&page=${p}>`;
    const links: string[] = [];
    if (page < pages) links.push(`${link(page + 1)}; rel="next"`, `${link(pages)}; rel="last"`);
    if (page > 1) links.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`);
    return send(
      200,
      slice.map((f) => ({
        sha: 'bbcd538c8e72b8c175046e27cc8f907076331401',
        filename: f.filename,
        status: f.status,
        additions: f.patch?.split('\n').filter((l) => l.startsWith('+')).length ?? 0,
        deletions: f.patch?.split('\n').filter((l) => l.startsWith('-')).length ?? 0,
        changes: 0,
        blob_url: `https://github.com/${OWNER}/${REPO}/blob/${HEAD_SHA}/${encodeURI(f.filename)}`,
        raw_url: `https://github.com/${OWNER}/${REPO}/raw/${HEAD_SHA}/${encodeURI(f.filename)}`,
        contents_url: `https://api.github.com/repos/${OWNER}/${REPO}/contents/${encodeURI(f.filename)}?ref=${HEAD_SHA}`,
        ...(f.patch === undefined ? {} : { patch: f.patch }),
      })),
      links.length > 0 ? { link: links.join(', ') } : {},
    );
  }

  private createReview(
    body: Record<string, unknown>,
    send: (s: number, b: unknown) => boolean,
    where: string,
  ): boolean {
    this.expectKeys(body, where, ['commit_id', 'body', 'event', 'comments'], ['commit_id', 'body', 'event']);
    if (body.commit_id !== HEAD_SHA) this.problem(`${where}: commit_id ${String(body.commit_id)}`);
    if (body.event !== 'COMMENT') this.problem(`${where}: event ${String(body.event)}`);
    if (typeof body.body !== 'string' || body.body === '') this.problem(`${where}: a COMMENT review needs a body`);
    const comments = (body.comments ?? []) as Record<string, unknown>[];
    if (!Array.isArray(comments)) this.problem(`${where}: comments is not an array`);
    for (const c of comments) {
      this.expectKeys(
        c,
        `${where} comment`,
        ['path', 'line', 'side', 'body', 'start_line', 'start_side'],
        ['path', 'line', 'side', 'body'],
      );
      if (c.side !== 'RIGHT') this.problem(`${where}: comment side ${String(c.side)}`);
      // A comment on several lines: start_line before line, on the same side (GitHub answers 422 otherwise).
      const start = c.start_line === undefined ? Number(c.line) : Number(c.start_line);
      if (c.start_line !== undefined && (c.start_side !== 'RIGHT' || !(start < Number(c.line)))) {
        this.problem(
          `${where}: start_line ${String(c.start_line)} (${String(c.start_side)}) for line ${String(c.line)}`,
        );
      }
      const file = this.files.find((f) => f.filename === c.path);
      const shown = rightLines(file?.patch);
      const lines = Array.from({ length: Number(c.line) - start + 1 }, (_, i) => start + i);
      if (!file || !lines.every((l) => shown.has(l))) {
        // What GitHub answers for a comment outside the diff: the whole review fails.
        return send(422, {
          message: 'Unprocessable Entity',
          errors: ['Pull request review thread line must be part of the diff'],
          documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
          status: '422',
        });
      }
    }
    const review: StoredReview = {
      id: this.nextId++,
      body: String(body.body),
      state: 'COMMENTED',
      commit_id: HEAD_SHA,
    };
    this.reviews.push(review);
    for (const c of comments) {
      this.comments.push({
        id: this.nextId++,
        pull_request_review_id: review.id,
        path: String(c.path),
        line: Number(c.line),
        ...(c.start_line === undefined ? {} : { start_line: Number(c.start_line) }),
        side: 'RIGHT',
        body: String(c.body),
        commit_id: HEAD_SHA,
      });
    }
    return send(200, reviewJson(review));
  }

  private expectKeys(body: Record<string, unknown>, where: string, allowed: string[], required: string[]): void {
    for (const key of Object.keys(body)) if (!allowed.includes(key)) this.problem(`${where}: unexpected "${key}"`);
    for (const key of required) if (!(key in body)) this.problem(`${where}: missing "${key}"`);
  }

  private expectQuery(url: URL, where: string, expected: Record<string, string>): void {
    const actual = Object.fromEntries(url.searchParams);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) this.problem(`${where}: query ${url.search}`);
  }
}

const user = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

function commentJson(c: StoredComment): Record<string, unknown> {
  return {
    url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/comments/${c.id}`,
    pull_request_review_id: c.pull_request_review_id,
    id: c.id,
    node_id: `PRRC_${c.id}`,
    diff_hunk: '@@ -1,3 +1,3 @@',
    path: c.path,
    commit_id: c.commit_id,
    original_commit_id: c.commit_id,
    user: c.login === undefined ? user : { ...user, login: c.login, type: 'User' },
    body: c.body,
    created_at: '2026-11-02T10:00:00Z',
    updated_at: '2026-11-02T10:00:00Z',
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR_NUMBER}#discussion_r${c.id}`,
    author_association: 'NONE',
    start_line: c.start_line ?? null,
    original_start_line: c.start_line ?? null,
    start_side: c.start_line ? c.side : null,
    line: c.line,
    original_line: c.line,
    side: c.side,
    subject_type: 'line',
  };
}

function reviewJson(r: StoredReview): Record<string, unknown> {
  return {
    id: r.id,
    node_id: `PRR_${r.id}`,
    user: r.login === undefined ? user : { ...user, login: r.login, type: 'User' },
    body: r.body,
    state: r.state,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR_NUMBER}#pullrequestreview-${r.id}`,
    pull_request_url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}`,
    submitted_at: '2026-11-02T10:00:00Z',
    commit_id: r.commit_id,
    author_association: 'NONE',
  };
}

/** RIGHT-side lines of a unified diff (added and context lines), computed independently of src/frontends/action. */
export function rightLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  let n = -1;
  for (const line of (patch ?? '').split('\n')) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (m) n = Number(m[1]);
    else if (n >= 0 && (line.startsWith('+') || line.startsWith(' '))) lines.add(n++);
  }
  return lines;
}

/** The patch GitHub shows for a new file: one hunk adding every line. */
export function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
}

/**
 * The patch for a change of lines `from`..`to` (1-based, inclusive) of `text`, with three context lines
 * around them, as `git diff` prints it. The old lines are shown as removed, the new ones as added.
 */
export function changedPatch(text: string, from: number, to: number, oldLines: string[]): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const start = Math.max(1, from - 3);
  const end = Math.min(lines.length, to + 3);
  const before = lines.slice(start - 1, from - 1).map((l) => ` ${l}`);
  const after = lines.slice(to, end).map((l) => ` ${l}`);
  const added = lines.slice(from - 1, to).map((l) => `+${l}`);
  const removed = oldLines.map((l) => `-${l}`);
  const oldCount = before.length + removed.length + after.length;
  const newCount = before.length + added.length + after.length;
  return `@@ -${start},${oldCount} +${start},${newCount} @@\n${[...before, ...removed, ...added, ...after].join('\n')}`;
}
