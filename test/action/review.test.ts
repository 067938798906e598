/** The pure parts of the Action: diff anchoring, the review plan, summary truncation. */
import { describe, expect, it } from 'vitest';
import { commentableLines } from '../../src/frontends/action/diff.js';
import {
  commentBody,
  type ExistingComment,
  MAX_NEW_COMMENTS,
  md,
  type PlanInput,
  planReview,
  REVIEW_MARKER,
  type ReviewFinding,
  suggestionBlock,
} from '../../src/frontends/action/review.js';
import { STEP_SUMMARY_LIMIT, truncateSummary } from '../../src/frontends/action/summary.js';
import type { Diagnostic, Severity } from '../../src/types.js';

const SHA = 'e5bd3914e2e596debea16f433f57875b5b90bcd6';

function finding(
  path: string,
  line: number,
  fingerprint: string,
  severity: Severity = 'error',
  message = 'bad',
): ReviewFinding {
  const diagnostic: Diagnostic = {
    ruleId: 'some-rule',
    severity,
    message,
    pointer: '/x',
    range: { start: { line, column: 1 }, end: { line, column: 5 } },
    docsUrl: 'https://example.com/some-rule',
    fingerprint,
  };
  return { path, diagnostic };
}

/** a.json shows lines 1-10 in the diff. */
const FILES = [
  {
    filename: 'a.json',
    status: 'modified',
    patch: `@@ -1,9 +1,10 @@\n${Array.from({ length: 10 }, (_, i) => `+l${i}`).join('\n')}`,
  },
];

const input = (over: Partial<PlanInput>): PlanInput => ({
  findings: [],
  files: FILES,
  comments: [],
  reviews: [],
  headSha: SHA,
  summary: '1 problem',
  ...over,
});

const existing = (
  id: number,
  f: ReviewFinding,
  line: number | null = f.diagnostic.range.start.line,
): ExistingComment => ({
  id,
  path: f.path,
  line,
  side: 'RIGHT',
  body: commentBody(f.diagnostic),
});

describe('commentableLines', () => {
  it('takes added and context lines of every hunk, not removed ones', () => {
    const patch = [
      '@@ -1,4 +1,4 @@',
      ' a',
      '-b',
      '+B',
      ' c',
      ' d',
      '@@ -20,3 +20,4 @@ context after the header',
      ' x',
      '+y',
      ' z',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...commentableLines(patch)]).toEqual([1, 2, 3, 4, 20, 21, 22]);
  });
  it('has none without a patch (binary or too large a diff)', () => {
    expect(commentableLines(undefined).size).toBe(0);
  });
});

describe('planReview', () => {
  it('posts nothing for a clean pull request without an earlier review', () => {
    expect(planReview(input({}))).toEqual({ updateComments: [], deleteComments: [], updateReviews: [] });
  });

  it('comments on lines in the diff and lists the others in the body', () => {
    const plan = planReview(
      input({ findings: [finding('a.json', 3, 'f1'), finding('a.json', 30, 'f2'), finding('other.json', 1, 'f3')] }),
    );
    expect(plan.create?.comments).toEqual([
      { path: 'a.json', line: 3, side: 'RIGHT', body: commentBody(finding('a.json', 3, 'f1').diagnostic) },
    ]);
    expect(plan.create?.body).toContain('| `a.json` | 30 | 🔴 error |');
    expect(plan.create?.body).toContain('1 finding in files this pull request does not change');
    expect(plan.create?.body.endsWith(REVIEW_MARKER)).toBe(true);
  });

  it('leaves an unchanged comment alone and edits one whose text changed', () => {
    const f1 = finding('a.json', 3, 'f1');
    const f2 = finding('a.json', 4, 'f2', 'warning');
    const plan = planReview(
      input({
        findings: [f1, f2],
        comments: [existing(1, f1), existing(2, finding('a.json', 4, 'f2', 'error'))],
        reviews: [{ id: 9, body: `old\n${REVIEW_MARKER}` }],
      }),
    );
    expect(plan.create).toBeUndefined();
    expect(plan.updateComments).toEqual([{ id: 2, body: commentBody(f2.diagnostic) }]);
    expect(plan.deleteComments).toEqual([]);
    expect(plan.updateReviews.map((r) => r.id)).toEqual([9]);
  });

  it('replaces the comment of a finding that moved to another line', () => {
    const moved = finding('a.json', 7, 'f1');
    const plan = planReview(input({ findings: [moved], comments: [existing(1, finding('a.json', 3, 'f1'))] }));
    expect(plan.deleteComments).toEqual([1]);
    expect(plan.create?.comments.map((c) => c.line)).toEqual([7]);
  });

  it('replaces an outdated comment (line null)', () => {
    const f = finding('a.json', 3, 'f1');
    const plan = planReview(input({ findings: [f], comments: [existing(1, f, null)] }));
    expect(plan.deleteComments).toEqual([1]);
    expect(plan.create?.comments).toHaveLength(1);
  });

  it('marks the comment of a fixed finding once', () => {
    const gone = existing(1, finding('a.json', 3, 'f1'));
    const plan = planReview(input({ comments: [gone] }));
    expect(plan.updateComments).toHaveLength(1);
    expect(plan.updateComments[0]?.body).toContain('✅ Fixed');
    expect(plan.updateComments[0]?.body).toContain('<!-- ecslint:finding:f1 -->');
    const again = planReview(input({ comments: [{ ...gone, body: plan.updateComments[0]?.body ?? '' }] }));
    expect(again.updateComments).toEqual([]);
  });

  it('deletes the inline comment of a finding that is now outside the diff (it goes in the body)', () => {
    const plan = planReview(
      input({ findings: [finding('a.json', 30, 'f1')], comments: [existing(1, finding('a.json', 3, 'f1'))] }),
    );
    expect(plan.deleteComments).toEqual([1]);
    expect(plan.create?.body).toContain('| `a.json` | 30 |');
  });

  it('ignores replies and other people’s comments', () => {
    const f = finding('a.json', 3, 'f1');
    const plan = planReview(
      input({
        findings: [f],
        comments: [
          { ...existing(1, f), in_reply_to_id: 5 },
          { id: 2, path: 'a.json', line: 3, side: 'RIGHT', body: 'looks wrong to me' },
        ],
      }),
    );
    expect(plan.create?.comments).toHaveLength(1);
    expect(plan.updateComments).toEqual([]);
    expect(plan.deleteComments).toEqual([]);
  });

  it(`posts at most ${MAX_NEW_COMMENTS} new comments; the rest go in the body`, () => {
    const many = Array.from({ length: 10 }, (_, i) => `@@ -1 +${i * 10 + 1},10 @@\n${'+x\n'.repeat(10)}`).join('\n');
    const findings = Array.from({ length: 60 }, (_, i) => finding('b.json', i + 1, `f${i}`));
    const plan = planReview(input({ findings, files: [{ filename: 'b.json', status: 'added', patch: many }] }));
    expect(plan.create?.comments).toHaveLength(MAX_NEW_COMMENTS);
    expect(plan.create?.body).toContain('| `b.json` | 60 |');
    expect(plan.create?.body).toContain(`${MAX_NEW_COMMENTS} findings are commented`);
  });

  it('supersedes earlier ecslint reviews when posting a new one', () => {
    const plan = planReview(
      input({
        findings: [finding('a.json', 3, 'f1')],
        reviews: [
          { id: 7, body: 'LGTM' },
          { id: 8, body: `x\n${REVIEW_MARKER}` },
        ],
      }),
    );
    expect(plan.create).toBeDefined();
    expect(plan.updateReviews.map((r) => r.id)).toEqual([8]);
    expect(plan.updateReviews[0]?.body).toContain('superseded');
  });

  it('comments on the lines a suggestion replaces when the diff shows them all, and matches that comment on a re-run', () => {
    const f = finding('a.json', 4, 'fp1');
    const suggestion = { startLine: 3, endLine: 5, lines: ['  "x": 1'], message: 'remove "y"', safe: true };
    const plan = planReview(input({ findings: [{ ...f, suggestion }] }));
    const comment = plan.create?.comments[0];
    expect(comment).toMatchObject({ path: 'a.json', line: 5, start_line: 3, start_side: 'RIGHT', side: 'RIGHT' });
    expect(comment?.body).toContain(
      '**Fix** (what `ecslint --fix` does): remove "y"\n\n```suggestion\n  "x": 1\n```\n',
    );
    // The same comment found again (GitHub gives start_line back): nothing to write.
    const again = planReview(
      input({
        findings: [{ ...f, suggestion }],
        comments: [{ id: 1, path: 'a.json', line: 5, start_line: 3, side: 'RIGHT', body: comment?.body ?? '' }],
        reviews: [{ id: 2, body: plan.create?.body ?? '' }],
      }),
    );
    expect(again).toEqual({ updateComments: [], deleteComments: [], updateReviews: [] });
  });

  it('leaves the suggestion out when a line it replaces is outside the diff, or the finding is not on its lines', () => {
    const f = finding('a.json', 9, 'fp1');
    const past = { startLine: 9, endLine: 11, lines: [], message: 'remove', safe: true };
    const elsewhere = { startLine: 2, endLine: 2, lines: [], message: 'remove', safe: false };
    for (const suggestion of [past, elsewhere]) {
      const comment = planReview(input({ findings: [{ ...f, suggestion }] })).create?.comments[0];
      expect(comment).toEqual({ path: 'a.json', line: 9, side: 'RIGHT', body: commentBody(f.diagnostic) });
    }
  });

  it('fences a suggestion longer than any backticks in its lines, and labels a suggestion that is not a safe fix', () => {
    const block = suggestionBlock({
      startLine: 1,
      endLine: 1,
      lines: ['"a": "```x"'],
      message: 'write `x`',
      safe: false,
    });
    expect(block).toBe('**Suggested change**: write \\`x\\`\n\n````suggestion\n"a": "```x"\n````');
  });

  it('escapes Markdown and HTML in messages', () => {
    expect(md('image "<IMAGE>" | *x* [y](z) `c`\nnext')).toBe(
      'image "&lt;IMAGE&gt;" \\| \\*x\\* \\[y\\](z) \\`c\\` next',
    );
  });
});

describe('truncateSummary', () => {
  it('keeps a summary within the limit unchanged', () => {
    expect(truncateSummary('## ecslint\n\nok\n', 0)).toBe('## ecslint\n\nok\n');
  });
  it('cuts a long one at a line boundary, within the limit, with a note', () => {
    const row = '| 1:1 | 🔴 error | rule | a message with ünïcödé |\n';
    const text = `## ecslint\n\n${row.repeat(Math.ceil((STEP_SUMMARY_LIMIT * 1.5) / Buffer.byteLength(row)))}`;
    const cut = truncateSummary(text, 12345);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(Buffer.byteLength(cut)).toBeGreaterThan(STEP_SUMMARY_LIMIT - 2 * Buffer.byteLength(row) - 400);
    expect(cut).toContain('All 12345 findings are in the log');
    const body = cut.slice(0, cut.indexOf('\n> [!NOTE]'));
    expect(text.startsWith(body)).toBe(true);
    expect(body.endsWith('|\n')).toBe(true);
  });
});
