/**
 * How a run ends, the same for every front end: exit code 2 when a rule crashed (internal-error), 1 when a
 * finding is at or above the fail-on severity (or there are more warnings than allowed), else 0.
 */
import { SEVERITY_RANK } from '../engine/severity.js';
import { count } from '../reporters/index.js';
import type { LintResult, Severity, Summary } from '../types.js';

/** A run's counts: the summary reporters print, and the crashes. */
export interface Outcome extends Summary {
  internalErrors: number;
}

/** Counts for results (more can be added with `add`, as a run streams them). */
export function tally(results: readonly LintResult[] = []): Outcome & { add(result: LintResult): void } {
  const outcome = { files: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0, fixable: 0, internalErrors: 0 };
  const add = (result: LintResult): void => {
    count(outcome, result);
    for (const d of result.diagnostics) if (d.ruleId === 'internal-error') outcome.internalErrors++;
  };
  for (const r of results) add(r);
  return Object.assign(outcome, { add });
}

/** How many findings are at or above a severity. */
export function atOrAboveCount(outcome: Outcome, threshold: Severity): number {
  const { note, warning } = SEVERITY_RANK;
  const rank = SEVERITY_RANK[threshold];
  return outcome.errors + (rank <= warning ? outcome.warnings : 0) + (rank <= note ? outcome.notes : 0);
}

export interface Verdict {
  code: 0 | 1 | 2;
  /** Findings at or above `failOn`. */
  failing: number;
  /** Why the run fails when it is only for --max-warnings. */
  tooManyWarnings?: boolean;
}

/** The exit code of a run. `failOn: 'none'` never fails on findings (a crash still does). */
export function exitCode(outcome: Outcome, failOn: Severity | 'none', maxWarnings?: number): Verdict {
  const failing = failOn === 'none' ? 0 : atOrAboveCount(outcome, failOn);
  if (outcome.internalErrors > 0) return { code: 2, failing };
  if (failing > 0) return { code: 1, failing };
  if (maxWarnings !== undefined && outcome.warnings > maxWarnings) return { code: 1, failing, tooManyWarnings: true };
  return { code: 0, failing };
}
