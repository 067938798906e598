import { LineTable } from '../json/lines.js';
import type { SourceFile } from './types.js';

/** A file of a format the inputs read that holds nothing to lint: skipped quietly, even when named. */
export function notOurs(text: string): SourceFile {
  let lines: LineTable | undefined;
  return {
    kind: 'unknown',
    text,
    get lines() {
      lines ??= new LineTable(text);
      return lines;
    },
    locator: { locate: () => ({ offset: 0, length: 0, exact: false }) },
    fatal: false,
    strict: false,
    issues: [],
    documents: [],
    quiet: true,
  };
}
