import type { RuleMeta } from '../rule.js';
import type { LintResult, Summary } from '../types.js';
export interface ReporterContext {
    /** Every known rule (built-in, pseudo and plugin), for reporters that list them. */
    rules: readonly RuleMeta[];
    version: string;
    /** Colour output (stylish only). */
    color?: boolean;
    /**
     * Absolute folders for reporters that print repository-relative paths (sarif, github): `cwd` is what
     * `LintResult.file` is relative to, `root` the repository root (the CLI asks git, else uses the cwd).
     * Without it, files are printed as given.
     */
    paths?: {
        cwd: string;
        root: string;
    };
    /** SARIF `automationDetails.id` category (`--sarif-category`); tells apart several uploads per commit. */
    sarifCategory?: string;
    /** Put suppressed findings in the SARIF, marked with `suppressions` (`--sarif-include-suppressed`). */
    includeSuppressed?: boolean;
}
/** A reporter is a pure function of the results. */
export type Reporter = (results: readonly LintResult[], ctx: ReporterContext) => string;
/**
 * A reporter that prints each file as soon as it is linted, then the summary, so a run over thousands of files
 * need not keep them. `fromStream` makes the whole-run Reporter of the same format from it.
 */
export interface StreamReporter {
    /** The text before the first file. */
    begin?: (ctx: ReporterContext) => string;
    /** The text for one file; `index` counts the files already printed. */
    file: (result: LintResult, ctx: ReporterContext, index: number) => string;
    /** The text after the last file. */
    end: (summary: Summary, ctx: ReporterContext) => string;
}
