import type { Position, Range } from '../types.js';

/**
 * Converts 0-based UTF-16 offsets into 1-based line and column. Built once per file. A line ends at
 * LF, CRLF or a lone CR, as editors and SARIF viewers count them.
 */
export class LineTable {
  readonly #starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
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

  range(offset: number, length: number): Range {
    return { start: this.position(offset), end: this.position(offset + length) };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.#starts[line - 1];
    if (start === undefined) return '';
    const next = this.#starts[line];
    let end = next ?? this.text.length;
    if (next !== undefined) {
      end--;
      if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return this.text.slice(start, end);
  }
}
