import type { RuleMeta } from '../rule.js';
import type { LintResult } from '../types.js';

export interface ReporterContext {
  /** Every known rule (built-in, pseudo and plugin), for reporters that list them. */
  rules: readonly RuleMeta[];
  version: string;
  /** Colour output (stylish only). */
  color?: boolean;
}

/** A reporter is a pure function of the results. */
export type Reporter = (results: readonly LintResult[], ctx: ReporterContext) => string;
