import type { AnyRule } from '../rule.js';
import type { Diagnostic, DocumentKind, LintResult } from '../types.js';
import { type DecodeProblem } from './decode.js';
import { type PairedDocument } from './pair.js';
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
     * For a document that launches a task definition: the task definition the run paired it with, or why
     * none was found (reported as a `task-definition-pairing` note; omit both when pairing was not tried).
     */
    pairing?: {
        pair: PairedDocument;
    } | {
        unpaired: string;
        hint?: string;
    };
    /** Told the kind and value of a file that is one recognised document (for the run's pairing index). */
    onDocument?: (kind: DocumentKind, value: unknown) => void;
}
/** Lint a file's bytes: UTF-16, binary data and invalid UTF-8 are reported, not guessed at. */
export declare function lintBytes(bytes: Uint8Array, options: LintTextOptions): LintResult;
/** Lint one document. Never throws on any input; a crashing rule becomes an `internal-error` finding. */
export declare function lintText(text: string, options: LintTextOptions): LintResult;
export declare function compareDiagnostics(a: Diagnostic, b: Diagnostic): number;
