import type { AnyRule } from '../rule.js';
import type { Diagnostic, DocumentKind, LintResult } from '../types.js';
import { type DecodeProblem } from './decode.js';
import { type DeployTarget } from './group.js';
import { type PairedDocument } from './pair.js';
export { DOCS_BASE, docsUrl, POLICY_DOCS, ruleDocsUrl } from '../docs.js';
import type { RuleSetting } from './severity.js';
export type { RuleSetting };
export interface LintSettings {
    /** Level and options per rule id; a rule not listed is off (pseudo-rules default to their level). */
    rules: ReadonlyMap<string, RuleSetting>;
    /** Accept comments and trailing commas (template files). */
    allowComments?: boolean;
    /** Where the task definition goes (default `aws-cli`): decides what mechanical findings mean (group.ts). */
    target?: DeployTarget;
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
    /** The file is one a Terraform task definition reads its containers from (src/session/container-files.ts). */
    containerFile?: {
        template: boolean;
        label?: string;
    };
    /**
     * A task definition resource of another file of the same module (Terraform: `aws_ecs_task_definition.app`
     * in a sibling `.tf` file), for a service of this file that references it; undefined when there is none.
     */
    resolvePair?: (address: string) => PairedDocument | undefined;
    /**
     * Told the kind and value of a file that is one recognised document (for the run's pairing index).
     * Returning `'defer'` ends the lint there (the caller lints the file again later, paired): the result is
     * the file's syntax findings only, and is meant to be dropped.
     */
    onDocument?: (kind: DocumentKind, value: unknown) => undefined | 'defer';
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
