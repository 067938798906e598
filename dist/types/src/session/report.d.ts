import { type Format, type ReporterContext } from '../reporters/index.js';
import type { AnyRule } from '../rule.js';
import type { LintResult, Summary } from '../types.js';
/** Where a report goes: stdout, or a file written whole or not at all. */
export interface Destination {
    format: Format;
    /** An absolute path; undefined for stdout. */
    path?: string;
    color: boolean;
}
/**
 * The reports of one run. Formats that can print a file as soon as it is linted (stylish, compact, json,
 * github) do, so a run over thousands of files holds one document at a time; the others (sarif, junit,
 * markdown) are given every result at the end, without the source text they do not print.
 */
export declare class RunReport {
    #private;
    /** What was found, for the exit code (suppressed findings counted apart). */
    readonly summary: Summary;
    private constructor();
    /** Load the reporters and open the files (a file that cannot be written fails before any linting). */
    static open(destinations: readonly Destination[], ctx: Omit<ReporterContext, 'rules' | 'color'>, options: {
        showSuppressed: boolean;
        stdout: (text: string) => void;
        tree?: string;
    }): Promise<RunReport>;
    /** One file's result, with every rule that could report so far (rule docs and `sensitive` come from them). */
    add(result: LintResult, rules: readonly AnyRule[]): void;
    /** The ends of the reports; files are moved into place. */
    finish(): void;
    /** Leave no half-written report file behind (the run failed). */
    abort(): void;
}
interface Sink {
    write(text: string): void;
    close(): void;
    abort(): void;
}
/** The path with links resolved, or the path as given when it does not exist (yet). */
export declare const realOrSelf: (path: string) => string;
/**
 * Where a report file is written: the real path, symbolic links resolved (a link to a file that does not exist
 * yet creates that file). A path that is not a regular file (`/dev/stdout`, `/dev/null`, a FIFO) is written in
 * place, never replaced by a rename; a regular file or a new one gets a temporary file beside it and a rename.
 *
 * With `tree` (the working directory), a path inside it that a link takes outside it is refused: a link in a
 * checked-out pull request (`ecslint.sarif → ../../victim`) must not make ecslint write elsewhere. A read-only
 * file is refused too, not replaced.
 */
export declare function writeTarget(path: string, tree?: string): {
    path: string;
    inPlace: boolean;
};
/** The file a write to `path` replaces or creates: links followed, the folder's real path. */
export declare function realWritePath(path: string): string;
/** A report file: written to a temporary file beside it, renamed into place when complete. */
export declare function fileSink(shown: string, tree?: string): Sink;
/** Write a file whole or not at all, as report files are written (see fileSink). */
export declare function writeAtomic(path: string, text: string, tree?: string): void;
export {};
