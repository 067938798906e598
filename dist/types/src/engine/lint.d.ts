import type { AnyRule } from '../rule.js';
import type { Diagnostic, LintResult } from '../types.js';
import { type DecodeProblem } from './decode.js';
export { DOCS_BASE, docsUrl, POLICY_DOCS, ruleDocsUrl } from '../docs.js';
import type { RuleSetting } from './severity.js';
export type { RuleSetting };
export interface LintSettings {
    /** Level and options per rule id; a rule not listed is off (pseudo-rules default to their level). */
    rules: ReadonlyMap<string, RuleSetting>;
    /** Accept comments and trailing commas (template files). */
    allowComments?: boolean;
}
export interface LintTextOptions {
    /** The name reported for the file. */
    file: string;
    /** The rules that may run (built-in and plugins). */
    rules: readonly AnyRule[];
    settings: LintSettings;
    /** The user named this file: an unrecognised document is an error rather than skipped. */
    explicit?: boolean;
    /** What decoding the bytes found (see lintBytes). */
    decodeProblem?: DecodeProblem;
    /** Keep the text (secrets masked) in the result for reporters that print source lines (default true). */
    keepSource?: boolean;
    /**
     * Findings of one rule in one file beyond this many are not listed: one more finding says how many were
     * left out (default DEFAULT_MAX_FINDINGS_PER_RULE; 0 for no limit).
     */
    maxFindingsPerRule?: number;
}
/**
 * A file has at most this many findings of one rule: a hostile or generated file (a million `tags`) must not
 * make a report of a million lines, gigabytes of memory and minutes of work. The real-world corpus has at
 * most 55 per rule and file.
 */
export declare const DEFAULT_MAX_FINDINGS_PER_RULE = 100;
/** Lint a file's bytes: UTF-16, binary data and invalid UTF-8 are reported, not guessed at. */
export declare function lintBytes(bytes: Uint8Array, options: LintTextOptions): LintResult;
/** Lint one document. Never throws on any input; a crashing rule becomes an `internal-error` finding. */
export declare function lintText(text: string, options: LintTextOptions): LintResult;
export declare function compareDiagnostics(a: Diagnostic, b: Diagnostic): number;
