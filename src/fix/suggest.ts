/**
 * A fix as whole lines, for a review suggestion that replaces lines (GitHub's ```suggestion block): which
 * lines the fix changes and how they read after it. The fix is applied with applyFixes, as `--fix` applies
 * it; only the lines are cut out here. No Node built-ins: the language server and playground may use it.
 */
import { LineTable } from '../json/lines.js';
import type { Diagnostic, Fix } from '../types.js';
import { applyFixes } from './apply.js';

const BOM = '\uFEFF';

/** The lines `startLine`..`endLine` (1-based, inclusive) of a text, and what they read after a fix. */
export interface LineSuggestion {
  startLine: number;
  endLine: number;
  /** The new lines, without line breaks; none: the lines are removed. */
  lines: string[];
  /** What the change does (the fix's message). */
  message: string;
  /** A safe fix (`--fix` applies it), or one of the finding's suggestions. */
  safe: boolean;
}

export interface SuggestOptions {
  /** At most this many lines are replaced (default 20): a longer change is for `--fix`, not a review. */
  maxLines?: number;
  /**
   * The text as reporters show it, secret values masked (a result's `source`). When a replaced line holds a
   * masked value, no suggestion is made: a review comment would print the secret.
   */
  masked?: string;
}

/** A finding's change for a review: its safe fix, or, if it has none, its first suggestion. */
export function reviewFix(d: Diagnostic): { fix: Fix; safe: boolean } | undefined {
  if (d.fix) return { fix: d.fix, safe: true };
  const first = d.suggestions?.[0];
  return first ? { fix: first, safe: false } : undefined;
}

/**
 * The whole lines a finding's fix (or first suggestion) changes in `text` (the text it was linted from), and
 * how they read after it. Undefined when there is no fix, the fix does not apply, the lines span more than
 * `maxLines`, a line holds a masked secret, or the text has CR line breaks (a suggestion's lines are written
 * with LF).
 */
export function suggestLines(text: string, d: Diagnostic, options: SuggestOptions = {}): LineSuggestion | undefined {
  const chosen = reviewFix(d);
  if (!chosen || chosen.fix.edits.length === 0) return undefined;
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.includes('\r')) return undefined;
  const { text: after, applied } = applyFixes(body, [chosen.fix]);
  if (applied.length !== 1) return undefined;
  const lines = new LineTable(body);
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const { range } of chosen.fix.edits) {
    first = Math.min(first, range.start.line);
    // An edit that ends at the start of a line (it took the line break before it) changes only the line above.
    const { end } = range;
    last = Math.max(last, end.column === 1 && end.line > range.start.line ? end.line - 1 : end.line);
  }
  const maxLines = options.maxLines ?? 20;
  const lineStart = (line: number): number =>
    line > lines.lineCount ? body.length : lines.offset({ line, column: 1 });
  // The lines after the change must end where the replaced ones did: a change that joins a line with the next
  // one takes the next line in too.
  for (; last <= lines.lineCount && last - first + 1 <= maxLines; last++) {
    const from = lineStart(first);
    const to = lineStart(last + 1);
    const tail = body.length - to;
    const replaced = after.slice(from, after.length - tail);
    const endsLine = to < body.length || body.endsWith('\n');
    if (replaced !== '' && endsLine && !replaced.endsWith('\n')) continue;
    if (options.masked !== undefined && !sameLines(body, options.masked, first, last)) return undefined;
    return {
      startLine: first,
      endLine: last,
      lines: replaced === '' ? [] : replaced.replace(/\n$/, '').split('\n'),
      message: chosen.fix.message,
      safe: chosen.safe,
    };
  }
  return undefined;
}

/** The lines `first`..`last` read the same in both texts (nothing on them was masked). */
function sameLines(text: string, masked: string, first: number, last: number): boolean {
  const a = new LineTable(text);
  const b = new LineTable(masked.startsWith(BOM) ? masked.slice(1) : masked);
  for (let line = first; line <= last; line++) if (a.lineText(line) !== b.lineText(line)) return false;
  return true;
}
