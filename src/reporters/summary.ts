import type { LintResult, Summary } from '../types.js';

export function summarize(results: readonly LintResult[]): Summary {
  const summary: Summary = { files: results.length, errors: 0, warnings: 0, notes: 0, suppressed: 0 };
  for (const r of results) {
    summary.suppressed += r.suppressed?.length ?? 0;
    for (const d of r.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.notes++;
    }
  }
  return summary;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `3 problems (2 errors, 1 warning, 0 notes) in 2 files`. */
export function summaryLine(s: Summary): string {
  const total = s.errors + s.warnings + s.notes;
  const hidden = s.suppressed > 0 ? `; ${s.suppressed} suppressed` : '';
  if (total === 0) return `no problems in ${plural(s.files, 'file')}${hidden}`;
  return `${plural(total, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')}) in ${plural(s.files, 'file')}${hidden}`;
}
