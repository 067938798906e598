export interface TaskEntry {
    /** The file as results name it. */
    file: string;
    /** Its folder (any consistent form: the caller compares folders as strings). */
    dir: string;
    family: string | undefined;
    revision: number | undefined;
    /** Part of a task definition only (a bare container-definitions list): a whole one in its folder wins. */
    partial?: boolean;
}
export interface Reference {
    family?: string;
    revision?: number;
    /** A placeholder, or no reference: the folder decides. */
    open: boolean;
    text?: string;
}
/** What a `taskDefinition` value names. */
export declare function parseReference(value: unknown): Reference;
export type PairAnswer = {
    entry: TaskEntry;
} | {
    unpaired: string;
    hint?: string;
};
/**
 * The task definitions of a run by folder and by family: a run with n services and n task definitions pairs
 * them in time linear in n (a scan of every entry per service would be n²).
 */
export declare class PairIndex {
    #private;
    constructor(entries?: Iterable<TaskEntry>);
    add(entry: TaskEntry): void;
    inDir(dir: string): readonly TaskEntry[];
    withFamily(family: string): readonly TaskEntry[];
}
/** The task definition a launch document in `dir` runs, from the task definitions of the run. */
export declare function choosePair(dir: string, ref: Reference, entries: readonly TaskEntry[] | PairIndex): PairAnswer;
