import type { LintResult, Summary } from '../types.js';
import type { Reporter, StreamReporter } from './types.js';

export function summarize(results: readonly LintResult[]): Summary {
  const summary: Summary = { files: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0, fixable: 0 };
  for (const r of results) count(summary, r);
  return summary;
}

/** Add a result to a summary. */
export function count(summary: Summary, r: LintResult): void {
  summary.files++;
  summary.suppressed += r.suppressed?.length ?? 0;
  for (const d of r.diagnostics) {
    if (d.fix) summary.fixable++;
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
    else summary.notes++;
  }
}

/** The whole-run reporter of a streaming one: its beginning, every file, its end. */
export function fromStream(stream: StreamReporter): Reporter {
  return (results, ctx) => {
    let out = stream.begin?.(ctx) ?? '';
    results.forEach((r, i) => {
      out += stream.file(r, ctx, i);
    });
    return out + stream.end(summarize(results), ctx);
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `3 problems (2 errors, 1 warning, 0 notes) in 2 files; 2 fixable with --fix`. */
export function summaryLine(s: Summary): string {
  const total = s.errors + s.warnings + s.notes;
  const hidden = s.suppressed > 0 ? `; ${s.suppressed} suppressed` : '';
  if (total === 0) return `no problems in ${plural(s.files, 'file')}${hidden}`;
  const fixable = s.fixable > 0 ? `; ${s.fixable} fixable with --fix` : '';
  return `${plural(total, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')}) in ${plural(s.files, 'file')}${fixable}${hidden}`;
}
