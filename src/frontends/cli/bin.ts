/**
 * The command-line program, bundled as dist/cli-main.cjs and run by the bin, dist/cli.js
 * (src/frontends/cli/launch.ts), with a V8 code cache.
 */
import { fstatSync, writeSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import { loadTty } from '../../lazy.js';
import { main } from './main.js';

/** Standard input's bytes, never more than one past `limit`: `< /dev/zero` or an endless pipe stops there. */
const readStdin = async (limit: number): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > limit) break;
  }
  process.stdin.destroy();
  return Buffer.concat(chunks).subarray(0, limit + 1);
};

const posix = process.platform !== 'win32';

/**
 * Writes to a file descriptor with writeSync rather than through process.stdout: creating that stream loads
 * Node's net and stream modules, about 4 ms of a 110 ms run (README, "Performance"). Each text is written
 * whole and in order; a pipe that another process left non-blocking is waited on; once the reader is gone
 * (EPIPE), the rest is dropped. Windows keeps process.stdout and process.stderr.
 */
function writer(fd: number): (text: string) => void {
  if (!posix) return (text) => (fd === 2 ? process.stderr : process.stdout).write(text);
  let open = true;
  return (text) => {
    if (!open) return;
    // Nearly always one call writes the whole text, encoded by Node without a Buffer in between; a pipe or
    // terminal that takes part of it gets the rest as bytes.
    let written = 0;
    try {
      written = writeSync(fd, text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE' || code === 'EBADF') open = false;
      else if (code !== 'EAGAIN') throw cannotWrite(fd, error);
    }
    if (!open || written === Buffer.byteLength(text)) return;
    const bytes = Buffer.from(text);
    for (let at = written; open && at < bytes.length; ) {
      try {
        at += writeSync(fd, bytes, at);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        else if (code === 'EPIPE' || code === 'EBADF') open = false;
        else throw cannotWrite(fd, error);
      }
    }
  };
}

/** A full disk or a broken device is not a bug of ecslint: a usage error (exit 2) that says what failed. */
const cannotWrite = (fd: number, error: unknown): UsageError =>
  new UsageError(
    `cannot write to standard ${fd === 2 ? 'error' : 'output'}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
  );

/** Whether stdout is a terminal, without creating process.stdout: on POSIX only a character device can be. */
function stdoutIsTTY(): boolean {
  if (!posix) return process.stdout.isTTY === true;
  try {
    return fstatSync(1).isCharacterDevice() && loadTty().isatty(1);
  } catch {
    return false;
  }
}

// A CommonJS bundle has no top-level await.
let settled = false;
// The run's promise never settled and nothing is left to do (a plugin whose top-level await never ends): a
// run that stops without its report must not pass a CI job with exit 0.
process.once('beforeExit', () => {
  if (settled) return;
  process.stderr.write(
    'ecslint: internal error: the run stopped before it finished (a plugin that never finishes loading?)\n',
  );
  process.exit(2);
});
void main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: writer(1),
  // stderr carries the report under --fix-dry-run: written as stdout is, or a pipe's last 64 KiB were lost
  // when the process exits with writes still queued.
  stderr: writer(2),
  readStdin,
  get isTTY() {
    return stdoutIsTTY();
  },
}).then((code) => {
  settled = true;
  // Exit now: a timer or handle a plugin left open must not keep the run going after its report (output
  // goes out with synchronous writes; stderr to a pipe or file is synchronous too).
  process.exitCode = code;
  process.exit(code);
});
