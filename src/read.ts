/**
 * Reading the files besides the documents (configs, policy files, baselines): each is a regular file of at
 * most `limit` bytes, read through one file handle. A link to /dev/zero, a FIFO, /proc/self/environ or a
 * growing file is refused or stopped at the limit, never read without end, and the open never waits for a
 * writer (O_NONBLOCK: a FIFO's open returns at once, then it is refused as not a regular file).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

import { DEFAULT_MAX_FILE_SIZE } from './inputs/read.js';

/** Why a file was not read: a message for a one-line error, after the file's name. */
export class NotReadable extends Error {}

/** The text of a regular file of at most `limit` bytes (UTF-8). Throws NotReadable or the file system's error. */
export function readRegularFile(path: string, limit = DEFAULT_MAX_FILE_SIZE): string {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new NotReadable('is a directory, not a file');
    if (!stat.isFile()) throw new NotReadable('is not a regular file (a device, pipe or socket)');
    if (stat.size > limit) throw new NotReadable(`is ${stat.size} bytes, over the ${limit}-byte limit`);
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, stat.size + 1));
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    // Grown since it was measured.
    if (length > limit) throw new NotReadable(`is larger than the ${limit}-byte limit`);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** `readRegularFile`'s error as the end of a sentence: the NotReadable text, or the system's error code. */
export function whyNotRead(error: unknown): string {
  if (error instanceof NotReadable) return error.message;
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
