/**
 * Shape validation against the ECS API model (src/schema/ecs.schema.json, generated) and the Dockerrun
 * schemas, with ajv errors turned into one-line findings: one issue per real problem, paths as JsonPath,
 * messages that name properties in double quotes and show the value that is wrong.
 */
import type { ErrorObject } from 'ajv';
import type { FixProposal } from '../fix/edits.js';
import type { JsonPath } from '../types.js';
export type SchemaTarget = 'task-definition' | 'describe-output' | 'container-definitions' | 'dockerrun-v1' | 'dockerrun-v2' | 'dockerrun-v3' | 'create-service' | 'update-service' | 'describe-services' | 'run-task' | 'start-task' | 'appspec' | 'events-target';
export interface SchemaIssue {
    path: JsonPath;
    /** `key`: underline the key at `path` (the parent object's key for a missing property); `value`: its value. */
    target: 'key' | 'value';
    message: string;
    hint?: string;
    messageId: string;
    data: Record<string, string | number>;
    /** The safe fix, on the document's own paths. */
    fix?: FixProposal;
    suggestions?: FixProposal[];
}
/**
 * Validates a parsed JSON value against the schema of a document kind. Never throws on any JSON value.
 */
export declare function validateSchema(target: SchemaTarget, value: unknown): SchemaIssue[];
/**
 * Turns ajv errors (from a validator created with `verbose: true`) into issues. Exported for tests; use
 * `validateSchema`.
 */
export declare function mapAjvErrors(target: SchemaTarget, root: unknown, errors: readonly ErrorObject[]): SchemaIssue[];
/** A value as messages show it: strings quoted and cut to 40 characters, objects and arrays by kind. */
export declare function show(value: unknown): string;
/**
 * The candidate a misspelt name most likely meant: equal ignoring case, or within a small edit distance
 * (a letter per four, at most three; a swap of two letters counts).
 */
export declare function closest(word: string, candidates: readonly string[]): string | undefined;
/**
 * Whether replacing `word` by `match` is safe without a person looking: the same word in other letter case,
 * or one slip of a key (a letter missing, extra, wrong, or two swapped) when no other candidate is as near.
 */
export declare function isSafeCorrection(word: string, match: string, candidates: readonly string[]): boolean;
