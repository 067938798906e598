import type { Position, Range } from '../types.js';

/**
 * Converts 0-based UTF-16 offsets into 1-based line and column. Built once per file. A line ends at
 * LF, CRLF or a lone CR, as editors and SARIF viewers count them.
 */
export class LineTable {
  readonly #starts: number[];

  /** `starts` only from `over`: the line starts of a text with the same line breaks. */
  constructor(
    readonly text: string,
    starts?: number[],
  ) {
    if (starts !== undefined) {
      this.#starts = starts;
      return;
    }
    starts = [0];
    if (text.indexOf('\r') === -1) {
      // LF only (the usual case): let indexOf find the line ends.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.#starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) starts.push(i + 1);
      else if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.#starts = starts;
  }

  /**
   * The same lines over `text`, which must have this text's length and line breaks (the source with secrets
   * masked): nothing is scanned again.
   */
  over(text: string): LineTable {
    return new LineTable(text, this.#starts);
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  position(offset: number): Position {
    let o = Math.max(0, Math.min(offset, this.text.length));
    // Between the CR and the LF of a CRLF is still the end of the line, not a column past it.
    if (this.text.charCodeAt(o) === 10 && this.text.charCodeAt(o - 1) === 13) o--;
    const starts = this.#starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (starts[lo] ?? 0) + 1 };
  }

  /** The 0-based offset of a 1-based position (clamped to its line and the text). */
  offset(position: Position): number {
    const starts = this.#starts;
    const line = Math.max(1, Math.min(position.line, starts.length));
    const start = starts[line - 1] ?? 0;
    const next = starts[line] ?? this.text.length + 1;
    return Math.min(start + Math.max(0, position.column - 1), next - 1, this.text.length);
  }

  range(offset: number, length: number): Range {
    return { start: this.position(offset), end: this.position(offset + length) };
  }

  /**
   * The text of a 1-based line, without its line break; with `from` and `to`, only its columns from `from`
   * (0-based) up to `to` (so a long line is not copied to show a part of it).
   */
  lineText(line: number, from = 0, to = Number.POSITIVE_INFINITY): string {
    const start = this.#starts[line - 1];
    if (start === undefined) return '';
    const next = this.#starts[line];
    let end = next ?? this.text.length;
    if (next !== undefined) {
      end--;
      if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return this.text.slice(Math.min(end, start + from), Math.min(end, start + to));
  }
}

/** The line table of each result's source, made by the engine, which had the lines of the text already. */
const SOURCE_LINES = new WeakMap<object, LineTable>();

/** Remember the lines of a result's source (`lines.text` must be that source). */
export function rememberSourceLines(result: { source: string }, lines: LineTable): void {
  SOURCE_LINES.set(result, lines);
}

/** The lines of a result's source: the engine's table if it is still that text's, else a new one. */
export function sourceLines(result: { source: string }): LineTable {
  const lines = SOURCE_LINES.get(result);
  return lines !== undefined && lines.text === result.source ? lines : new LineTable(result.source);
}

/** A result made from another (post-processing copies results rather than change them) keeps its lines. */
export function carrySourceLines(from: { source: string }, to: { source: string }): void {
  const lines = SOURCE_LINES.get(from);
  if (lines !== undefined && from !== to) SOURCE_LINES.set(to, lines);
}
