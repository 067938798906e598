/**
 * Review suggestions for one file's findings: each fix (or first suggestion) as the whole lines it changes
 * (src/fix/suggest.ts), computed on the file's text as the linter read it. The file is read again (bounded, as
 * for linting) only when a finding has a fix; the result's masked text keeps secret values out.
 */
import { type LineSuggestion, reviewFix, suggestLines } from '../fix/index.js';
import { readText } from '../inputs/read.js';
import type { Diagnostic, LintResult } from '../types.js';

/** The suggestion of each finding of `result` that has one; `absolute` is the linted file's path. */
export function lineSuggestions(result: LintResult, absolute: string): Map<Diagnostic, LineSuggestion> {
  const out = new Map<Diagnostic, LineSuggestion>();
  if (!result.diagnostics.some((d) => reviewFix(d))) return out;
  const text = readText(absolute);
  if (text === undefined) return out;
  for (const d of result.diagnostics) {
    const suggestion = suggestLines(text, d, { masked: result.source });
    if (suggestion) out.set(d, suggestion);
  }
  return out;
}
