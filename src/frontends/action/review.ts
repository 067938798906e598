/**
 * Pull request review comments: one review with a comment on each finding whose line the diff shows,
 * the rest listed in the review body. ecslint's comments and reviews carry hidden HTML markers, so a
 * re-run updates them instead of posting them again: a finding still on its line keeps its comment
 * (edited if the text changed), a finding that moved gets a new comment in place of the old one, a fixed
 * finding's comment says so, and older ecslint reviews point to the newest.
 *
 * `planReview` is pure (tested directly); `postReview` carries the plan out with Octokit.
 */
import type { LineSuggestion } from '../../fix/index.js';
import { cell } from '../../reporters/markdown.js';
import type { Diagnostic, Severity } from '../../types.js';
import { commentableLines } from './diff.js';
import type { ChangedFile, GitHub, PullRequest } from './github.js';

export const REVIEW_MARKER = '<!-- ecslint:review -->';
const SUPERSEDED_MARKER = '<!-- ecslint:superseded -->';
const RESOLVED_MARKER = '<!-- ecslint:resolved -->';
const FINDING_MARKER = /<!-- ecslint:finding:([0-9A-Za-z_-]+) -->/;
const findingMarker = (fingerprint: string): string => `<!-- ecslint:finding:${fingerprint} -->`;

/** At most this many new inline comments per review (GitHub's secondary rate limits); the rest go in the body. */
export const MAX_NEW_COMMENTS = 50;
/** GitHub refuses bodies over 65,536 characters. */
const MAX_BODY = 60_000;

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', note: '🔵' };

/** A finding with its repository-relative path. */
export interface ReviewFinding {
  path: string;
  diagnostic: Diagnostic;
  /**
   * The finding's fix as whole lines (src/fix/suggest.ts): when they are all on lines the diff shows and include
   * the finding's line, the comment covers them and carries a suggestion block that applies the fix in one click.
   */
  suggestion?: LineSuggestion;
}

/** A review comment as `pulls.listReviewComments` returns it (the fields used). */
export interface ExistingComment {
  id: number;
  body: string;
  path: string;
  /** Null when the comment is outdated (its line is no longer in the diff). */
  line: number | null;
  /** The first line of a comment on several lines (null or absent: one line). */
  start_line?: number | null;
  side?: string | null;
  in_reply_to_id?: number;
}

/** A review as `pulls.listReviews` returns it (the fields used). */
export interface ExistingReview {
  id: number;
  body: string;
}

export interface NewComment {
  path: string;
  /** The (last) line commented on. */
  line: number;
  side: 'RIGHT';
  /** A comment on several lines starts here. */
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

export interface ReviewPlan {
  /** The review to create (undefined: none needed). */
  create?: { body: string; comments: NewComment[] };
  /** Review comments whose body changes (a finding's text changed, or it was fixed). */
  updateComments: { id: number; body: string }[];
  /** Review comments replaced by a new one (their finding moved to another line). */
  deleteComments: number[];
  /** Reviews whose body changes (the newest ecslint review, or older ones marked superseded). */
  updateReviews: { id: number; body: string }[];
}

/** Markdown text of a message: HTML kept literal, emphasis and link syntax escaped. */
export const md = cell;

export function commentBody(d: Diagnostic, suggestion?: LineSuggestion): string {
  const hint = d.hint === undefined ? '' : `\n\n**Hint:** ${md(d.hint)}`;
  const fix = suggestion === undefined ? '' : `\n\n${suggestionBlock(suggestion)}`;
  return `${ICON[d.severity]} **${d.severity}** · [\`${d.ruleId}\`](${d.docsUrl})\n\n${md(d.message)}${hint}${fix}\n\n${findingMarker(d.fingerprint)}`;
}

/**
 * A GitHub suggestion block: the commented lines as the fix leaves them (none: the lines are removed). The
 * fence is longer than any run of backticks in the lines, so no line can close it.
 */
export function suggestionBlock(s: LineSuggestion): string {
  const longest = Math.max(0, ...s.lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const label = s.safe ? '**Fix** (what `ecslint --fix` does)' : '**Suggested change**';
  const body = s.lines.map((l) => `${l}\n`).join('');
  return `${label}: ${md(s.message)}\n\n${fence}suggestion\n${body}${fence}`;
}

/**
 * Where a finding's comment goes: its own line, or the lines its fix changes when the diff shows all of them
 * and they include the finding's line (then with the suggestion).
 */
function anchor(
  line: number,
  lines: ReadonlySet<number>,
  s: LineSuggestion | undefined,
): { line: number; startLine?: number; suggestion?: LineSuggestion } {
  if (!s || line < s.startLine || line > s.endLine) return { line };
  for (let l = s.startLine; l <= s.endLine; l++) if (!lines.has(l)) return { line };
  return s.startLine === s.endLine
    ? { line: s.endLine, suggestion: s }
    : { line: s.endLine, startLine: s.startLine, suggestion: s };
}

function resolvedBody(old: string, sha: string): string {
  const previous = old.replace(FINDING_MARKER, '').trim();
  const marker = FINDING_MARKER.exec(old)?.[0] ?? '';
  return `✅ Fixed: ecslint no longer reports this at \`${sha.slice(0, 7)}\`.\n\n<details><summary>Previous finding</summary>\n\n${previous}\n\n</details>\n\n${marker}${RESOLVED_MARKER}`;
}

export interface PlanInput {
  /** Every finding of the run, with repository-relative paths. */
  findings: readonly ReviewFinding[];
  /** The pull request's files with their patches. */
  files: readonly ChangedFile[];
  comments: readonly ExistingComment[];
  reviews: readonly ExistingReview[];
  headSha: string;
  /** The run's summary line, for the review body. */
  summary: string;
}

export function planReview(input: PlanInput): ReviewPlan {
  const anchors = new Map<string, Set<number>>();
  for (const f of input.files) if (f.status !== 'removed') anchors.set(f.filename, commentableLines(f.patch));

  // Findings on a line the diff shows become comments; the others in changed files go in the body.
  const inline: { path: string; line: number; startLine?: number; suggestion?: LineSuggestion; d: Diagnostic }[] = [];
  const outside: ReviewFinding[] = [];
  let elsewhere = 0;
  for (const finding of input.findings) {
    const lines = anchors.get(finding.path);
    const line = finding.diagnostic.range.start.line;
    if (!lines) elsewhere++;
    else if (lines.has(line))
      inline.push({ path: finding.path, ...anchor(line, lines, finding.suggestion), d: finding.diagnostic });
    else outside.push(finding);
  }

  // ecslint's earlier comments, by file and fingerprint (replies in their threads are left alone).
  const earlier = new Map<string, ExistingComment[]>();
  for (const c of input.comments) {
    const fp = FINDING_MARKER.exec(c.body)?.[1];
    if (fp === undefined || c.in_reply_to_id !== undefined) continue;
    const key = `${c.path}\0${fp}`;
    earlier.set(key, [...(earlier.get(key) ?? []), c]);
  }
  const used = new Set<number>();
  const plan: ReviewPlan = { updateComments: [], deleteComments: [], updateReviews: [] };
  const comments: NewComment[] = [];
  let commented = 0;
  const take = (key: string, pick: (c: ExistingComment) => boolean): ExistingComment | undefined => {
    const found = earlier.get(key)?.find((c) => !used.has(c.id) && pick(c));
    if (found) used.add(found.id);
    return found;
  };
  for (const { path, line, startLine, suggestion, d } of inline) {
    const key = `${path}\0${d.fingerprint}`;
    const body = commentBody(d, suggestion);
    const same = take(
      key,
      (c) => c.line === line && (c.start_line ?? undefined) === startLine && (c.side ?? 'RIGHT') === 'RIGHT',
    );
    if (same) {
      if (same.body !== body) plan.updateComments.push({ id: same.id, body });
      commented++;
      continue;
    }
    if (comments.length >= MAX_NEW_COMMENTS) {
      outside.push({ path, diagnostic: d });
      continue;
    }
    const moved = take(key, () => true);
    if (moved) plan.deleteComments.push(moved.id);
    comments.push({
      path,
      line,
      side: 'RIGHT',
      ...(startLine === undefined ? {} : { start_line: startLine, start_side: 'RIGHT' as const }),
      body,
    });
    commented++;
  }
  // Findings now listed in the body lose their old inline comment; fixed ones get theirs marked.
  const current = new Set(outside.map((f) => `${f.path}\0${f.diagnostic.fingerprint}`));
  for (const [key, list] of earlier) {
    for (const c of list) {
      if (used.has(c.id)) continue;
      if (current.has(key)) plan.deleteComments.push(c.id);
      else if (!c.body.includes(RESOLVED_MARKER))
        plan.updateComments.push({ id: c.id, body: resolvedBody(c.body, input.headSha) });
    }
  }

  const body = reviewBody(input.summary, commented, outside, elsewhere);
  const ours = input.reviews.filter((r) => r.body.includes(REVIEW_MARKER));
  const live = ours.filter((r) => !r.body.includes(SUPERSEDED_MARKER));
  const newest = live.at(-1);
  const supersede = (r: ExistingReview): void => {
    plan.updateReviews.push({
      id: r.id,
      body: `ecslint: superseded by a later review (at \`${input.headSha.slice(0, 7)}\`).\n\n${REVIEW_MARKER}${SUPERSEDED_MARKER}`,
    });
  };
  if (comments.length > 0 || (!newest && outside.length > 0)) {
    plan.create = { body, comments };
    for (const r of live) supersede(r);
  } else if (newest) {
    if (newest.body !== body) plan.updateReviews.push({ id: newest.id, body });
    for (const r of live.slice(0, -1)) supersede(r);
  }
  return plan;
}

function reviewBody(summary: string, inline: number, outside: readonly ReviewFinding[], elsewhere: number): string {
  let out = `### ecslint\n\n${summary}.\n`;
  if (inline > 0)
    out += `\n${inline === 1 ? '1 finding is' : `${inline} findings are`} commented on the changed lines.\n`;
  if (outside.length > 0) {
    out += `\n**Not on a line this pull request shows** (review comments can only be made on the diff):\n\n| File | Line | Severity | Rule | Message |\n|---|---:|---|---|---|\n`;
    let shown = 0;
    for (const { path, diagnostic: d } of outside) {
      const row = `| \`${path.replaceAll('`', "'")}\` | ${d.range.start.line} | ${ICON[d.severity]} ${d.severity} | [\`${d.ruleId}\`](${d.docsUrl}) | ${md(d.message)} |\n`;
      if (out.length + row.length > MAX_BODY) break;
      out += row;
      shown++;
    }
    if (shown < outside.length) out += `\n… and ${outside.length - shown} more: see the job summary.\n`;
  }
  if (elsewhere > 0) {
    out += `\n${elsewhere === 1 ? '1 finding' : `${elsewhere} findings`} in files this pull request does not change: see the job summary.\n`;
  }
  if (inline === 0 && outside.length === 0 && elsewhere === 0) out = `### ecslint\n\n✅ ${summary}.\n`;
  return `${out}\n${REVIEW_MARKER}`;
}

/** The login of the Actions token: the author of what ecslint posts with the workflow's GITHUB_TOKEN. */
export const ACTIONS_LOGIN = 'github-actions[bot]';

type Authored = { user?: { login?: string } | null; body?: string | null };

/**
 * Which comments and reviews are ecslint's: those written by the token's own identity. That is
 * github-actions[bot] for the workflow's GITHUB_TOKEN; for another token (a personal or app token) it is asked
 * of GitHub (`GET /user`), and only when some comment with an ecslint marker has another author, so the usual
 * run makes no extra request.
 */
async function authoredBy(github: GitHub, items: readonly Authored[]): Promise<(item: Authored) => boolean> {
  const trusted = new Set([ACTIONS_LOGIN]);
  const marked = (i: Authored): boolean => (i.body ?? '').includes('<!-- ecslint:');
  if (items.some((i) => marked(i) && !trusted.has(i.user?.login ?? ''))) {
    try {
      const { data } = await github.rest.users.getAuthenticated();
      if (typeof data.login === 'string') trusted.add(data.login);
    } catch {
      // The workflow's GITHUB_TOKEN cannot ask (403): it is github-actions[bot].
    }
  }
  return (item) => trusted.has(item.user?.login ?? '');
}

/** Carry out a plan. Throws the first failed request's error (after Octokit's retries). */
export async function postReview(
  github: GitHub,
  pr: PullRequest,
  input: Omit<PlanInput, 'comments' | 'reviews'>,
  log: (message: string) => void,
): Promise<ReviewPlan> {
  const base = { owner: pr.owner, repo: pr.repo };
  const comments = await github.paginate(github.rest.pulls.listReviewComments, {
    ...base,
    pull_number: pr.number,
    per_page: 100,
  });
  const reviews = await github.paginate(github.rest.pulls.listReviews, {
    ...base,
    pull_number: pr.number,
    per_page: 100,
  });
  // Only ecslint's own comments and reviews are planned for update: a marker in anyone else's (copied by a
  // person, or planted by the pull request's author) is text, not a claim to be ecslint's.
  const ours = await authoredBy(github, [...comments, ...reviews]);
  const existing = {
    comments: comments.filter(ours).map((c) => ({
      id: c.id,
      body: c.body,
      path: c.path,
      line: c.line ?? null,
      start_line: c.start_line ?? null,
      side: c.side ?? null,
      ...(c.in_reply_to_id === undefined ? {} : { in_reply_to_id: c.in_reply_to_id }),
    })),
    reviews: reviews.filter(ours).map((r) => ({ id: r.id, body: r.body ?? '' })),
  };
  const plan = planReview({ ...input, ...existing });
  if (plan.create) {
    const { body, comments: newComments } = plan.create;
    try {
      await github.rest.pulls.createReview({
        ...base,
        pull_number: pr.number,
        commit_id: pr.headSha,
        event: 'COMMENT',
        body,
        comments: newComments,
      });
    } catch (error) {
      // 422: a line GitHub does not take after all (a patch it shortened, a newer push): no inline comments.
      if ((error as { status?: number }).status !== 422 || newComments.length === 0) throw error;
      log('GitHub refused the inline comments (422); posting the review with every finding in its body');
      const files = input.files.map(({ filename, status }) => ({ filename, status }));
      await github.rest.pulls.createReview({
        ...base,
        pull_number: pr.number,
        commit_id: pr.headSha,
        event: 'COMMENT',
        body: planReview({ ...input, ...existing, files }).create?.body ?? body,
      });
    }
  }
  for (const { id, body } of plan.updateComments) {
    await github.rest.pulls.updateReviewComment({ ...base, comment_id: id, body });
  }
  for (const id of plan.deleteComments) await github.rest.pulls.deleteReviewComment({ ...base, comment_id: id });
  for (const { id, body } of plan.updateReviews) {
    await github.rest.pulls.updateReview({ ...base, pull_number: pr.number, review_id: id, body });
  }
  return plan;
}
