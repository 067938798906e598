import type { AnyRule } from '../rule.js';
import type { Diagnostic, LintResult, RuleLevel } from '../types.js';
import { type DecodeProblem } from './decode.js';
export declare const DOCS_BASE = "https://github.com/ecslint/ecslint/blob/main/rules";
/** The README of a rule (one string per rule, shared by its findings). */
export declare const docsUrl: (ruleId: string) => string;
/** Where the docs of policies and plugin rules are explained, for a team rule that names no page of its own. */
export declare const POLICY_DOCS = "https://github.com/ecslint/ecslint/blob/main/docs/policies.md";
/**
 * The docs of a rule: a built-in rule's README; for a policy or plugin rule (namespaced, `acme/…`), which
 * has no README here, its first http(s) reference, else the guide to policies and plugins.
 */
export declare function ruleDocsUrl(meta: {
    id: string;
    references?: readonly string[];
}): string;
export interface RuleSetting {
    level: RuleLevel;
    options?: unknown;
}
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
}
/** Lint a file's bytes: UTF-16, binary data and invalid UTF-8 are reported, not guessed at. */
export declare function lintBytes(bytes: Uint8Array, options: LintTextOptions): LintResult;
/** Lint one document. Never throws on any input; a crashing rule becomes an `internal-error` finding. */
export declare function lintText(text: string, options: LintTextOptions): LintResult;
export declare function compareDiagnostics(a: Diagnostic, b: Diagnostic): number;
