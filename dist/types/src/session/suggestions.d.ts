/**
 * Review suggestions for one file's findings: each fix (or first suggestion) as the whole lines it changes
 * (src/fix/suggest.ts), computed on the file's text as the linter read it. The file is read again (bounded, as
 * for linting) only when a finding has a fix; the result's masked text keeps secret values out.
 */
import { type LineSuggestion } from '../fix/index.js';
import type { Diagnostic, LintResult } from '../types.js';
/** The suggestion of each finding of `result` that has one; `absolute` is the linted file's path. */
export declare function lineSuggestions(result: LintResult, absolute: string): Map<Diagnostic, LineSuggestion>;
