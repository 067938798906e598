import { LineTable } from '../json/lines.js';
import type { SourceFile } from './types.js';

/**
 * A file as a reader other than the JSON one (YAML, HCL) gives it: not strict JSON, and its line table made
 * on first use (only a file with findings needs one).
 */
export function textSource(text: string, rest: Omit<SourceFile, 'text' | 'lines' | 'strict'>): SourceFile {
  let lines: LineTable | undefined;
  return {
    ...rest,
    text,
    get lines() {
      lines ??= new LineTable(text);
      return lines;
    },
    strict: false,
  };
}

/** A file of a format the inputs read that holds nothing to lint: skipped quietly, even when named. */
export function notOurs(text: string): SourceFile {
  return textSource(text, {
    kind: 'unknown',
    locator: { locate: () => ({ offset: 0, length: 0, exact: false }) },
    fatal: false,
    issues: [],
    documents: [],
    quiet: true,
  });
}
