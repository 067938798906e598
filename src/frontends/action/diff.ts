/**
 * Which lines of a pull request a review comment can be anchored to. GitHub accepts a comment only on a
 * line inside a diff hunk (added or context lines on the RIGHT side); one outside fails the whole review
 * with 422. The hunks come from the `patch` of each entry `pulls.listFiles` returns.
 */

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** RIGHT-side line numbers (1-based) that a unified-diff patch shows: added lines and context lines. */
export function commentableLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (patch === undefined) return lines;
  let right = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const hunk = HUNK.exec(line);
    if (hunk) {
      right = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const mark = line[0];
    if (mark === '+' || mark === ' ') {
      lines.add(right);
      right++;
    }
    // '-' lines exist only on the LEFT side; '\ No newline at end of file' is not a line.
  }
  return lines;
}
