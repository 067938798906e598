/**
 * Reading a file for linting: never more than a bound of bytes, one open file handle. A file over the bound
 * is reported (`document-kind`, `too-large`), not read.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { type DecodeProblem, decode } from '../engine/decode.js';

/** AWS takes at most 64 KiB of task definition; 5 MiB leaves room for describe output and templates. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/**
 * A file's bytes, never more than `limit` of them: `size` is set instead when the file is larger. One open
 * file handle, so a file that grows or is swapped after the size check, a device such as /dev/zero or a pipe
 * is still read only up to the limit.
 */
export function readBounded(
  path: string,
  limit: number,
): { bytes: Uint8Array; size?: undefined } | { size: number; exact: boolean } {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > limit) return { size: stat.size, exact: true };
    // Only the bytes read are ever looked at, so the buffers need no zero-filling.
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, stat.isFile() ? stat.size + 1 : 64 * 1024));
    let chunk = buffer;
    let length = 0;
    for (;;) {
      if (length === chunk.length) {
        if (length > limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const n = readSync(fd, chunk, length, chunk.length - length, null);
      if (n === 0) break;
      length += n;
    }
    // Grown since, or not a regular file: its size is not known, only that it is over the limit.
    if (length > limit) return { size: limit, exact: false };
    return { bytes: chunk.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

/**
 * A file's text as the linter read it (the same decoding, so positions match its findings), or undefined when
 * it cannot be read, is over `limit` bytes, or is not text the linter reads as it is (UTF-16, binary, bad UTF-8).
 */
export function readText(path: string, limit = DEFAULT_MAX_FILE_SIZE): string | undefined {
  try {
    const read = readBounded(path, limit);
    if (read.size !== undefined) return undefined;
    const decoded = decode(read.bytes);
    return decoded.problem ? undefined : decoded.text;
  } catch {
    return undefined;
  }
}

export function tooLarge(size: number, limit: number, exact: boolean): DecodeProblem {
  return {
    ruleId: 'document-kind',
    messageId: 'too-large',
    message: `file is ${exact ? `${size} bytes, over` : 'larger than'} the ${limit}-byte limit for linting; AWS accepts at most 65536 bytes of task definition`,
    hint: 'raise --max-file-size to lint it anyway',
    offset: 0,
    fatal: true,
  };
}
