import { type DecodeProblem } from '../engine/decode.js';
/** AWS takes at most 64 KiB of task definition; 5 MiB leaves room for describe output and templates. */
export declare const DEFAULT_MAX_FILE_SIZE: number;
/**
 * A file's bytes, never more than `limit` of them: `size` is set instead when the file is larger. One open
 * file handle, so a file that grows or is swapped after the size check, a device such as /dev/zero or a pipe
 * is still read only up to the limit.
 */
export declare function readBounded(path: string, limit: number): {
    bytes: Uint8Array;
    size?: undefined;
} | {
    size: number;
    exact: boolean;
};
/**
 * A file's text as the linter read it (the same decoding, so positions match its findings), or undefined when
 * it cannot be read, is over `limit` bytes, or is not text the linter reads as it is (UTF-16, binary, bad UTF-8).
 */
export declare function readText(path: string, limit?: number): string | undefined;
export declare function tooLarge(size: number, limit: number, exact: boolean): DecodeProblem;
