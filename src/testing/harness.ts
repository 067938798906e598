/** What the CLI tests share: a throwaway project folder and an in-process run of the CLI. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type CliIO, main } from '../frontends/cli/main.js';
import { tempDir } from './temp.js';

/** A folder with a `.git` (so config discovery stops there) and the given files, removed after the tests. */
export function project(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir('ecslint-test-');
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process, as `ecslint ...args` in `cwd`, with no terminal and an empty environment. */
export async function runCli(
  cwd: string,
  args: readonly string[],
  options: { stdin?: string | Uint8Array; env?: Record<string, string>; repoRoot?: CliIO['repoRoot'] } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env: options.env ?? {},
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: async () => options.stdin ?? '',
    isTTY: false,
    ...(options.repoRoot ? { repoRoot: options.repoRoot } : {}),
  });
  return { code, stdout, stderr };
}
