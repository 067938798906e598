import type { LoadedConfig } from '../config/config.js';
import type { LintTextOptions } from '../engine/lint.js';
import { type PairedDocument } from '../engine/pair.js';
import type { DocumentKind } from '../types.js';
export interface Deferred<T> {
    /** The file as results name it, and its absolute path. */
    file: string;
    absolute: string;
    kind: DocumentKind;
    value: unknown;
    loaded: LoadedConfig;
    /** What the caller needs to lint it again (bytes, options). */
    payload: T;
}
/** A deferred document as it waits: its reference instead of its parsed value. */
export type Waiting<T> = Omit<Deferred<T>, 'value'> & {
    reference: unknown;
};
export declare class RunPairing<T> {
    #private;
    constructor(cwd: string);
    /** Whether documents of this kind wait for the end of the run. */
    static waits(kind: DocumentKind): boolean;
    /** Index a task definition the run linted. */
    addTask(file: string, absolute: string, kind: DocumentKind, value: unknown): void;
    /**
     * Index the task definitions of one folder (for a document linted on its own): its `.json` files, at
     * most MAX_FOLDER_FILES of them, each read only up to the size limit.
     */
    indexFolder(dir: string, except: string): void;
    defer(item: Deferred<T>): void;
    get deferred(): readonly Waiting<T>[];
    /** The pairing option for a deferred document (its task definition, or why there is none). */
    pairingFor(item: Deferred<T> | Waiting<T>): NonNullable<LintTextOptions['pairing']>;
    /**
     * The `aws_ecs_task_definition` a Terraform service in `dir` references, from another `.tf` file of the
     * same folder (a module is its folder's files). At most MAX_FOLDER_FILES regular files, each within the
     * size limit, are looked at; links are not followed.
     */
    terraformTask(dir: string, address: string): PairedDocument | undefined;
}
