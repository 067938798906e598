import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the benchmark, without types
import { ensureCorpus } from './corpus.mjs';

const root = join(import.meta.dirname, '..');

// The benchmark itself is not timed here (no assertion on any figure): this checks that the smoke run
// completes and prints its table, so `npm run bench` keeps working.
describe('npm run bench -- --smoke', () => {
  it.skipIf(!existsSync(join(root, 'dist', 'cli.js')))(
    'runs every case and prints the table',
    () => {
      const run = spawnSync(process.execPath, [join(root, 'bench', 'run.mjs'), '--smoke'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.stderr).not.toMatch(/Error/);
      expect(run.status).toBe(0);
      for (const text of [
        'cold start, 1 file',
        'node -e 0',
        'ecslint task.json',
        'read + JSON.parse',
        'ecslint --preset all',
        'warm-up',
        'library, two passes',
        'both cores',
        'library on 2 worker threads',
        'language server',
      ]) {
        expect(run.stdout).toContain(text);
      }
      expect(run.stdout).toMatch(/cold start +ecslint task\.json \/ node -e 0 +\d+\.\d+×/);
      expect(run.stdout).toMatch(/peak RSS/);
      expect(run.stdout).toMatch(
        /warm-up +second pass alone .* (\d+ ms; a whole one-pass run .* takes \d+\.\d+× as long|within the noise at this size)/,
      );
      expect(run.stdout).toMatch(/cores +2 worker threads \/ 1 .* \d+\.\d+×/);
      expect(run.stdout).toMatch(/pairing +\d+ paired folders \/ their task definitions alone +\d+\.\d+×/);
      expect(run.stdout).toMatch(/ratio +server \/ library +\d+\.\d+×/);
    },
    180_000,
  );
});

describe('bench/cores.mjs', () => {
  it.skipIf(!existsSync(join(root, 'dist', 'index.js')))(
    "lints with the library it is given: this checkout's by default, another build with --library",
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'ecslint-cores-'));
      try {
        ensureCorpus(dir, 12);
        const cores = (...extra: string[]) =>
          spawnSync(process.execPath, [join(root, 'bench', 'cores.mjs'), dir, '--threads', '2', ...extra], {
            encoding: 'utf8',
            timeout: 60_000,
          });
        const own = cores();
        expect(own.status).toBe(0);
        expect(own.stdout).toBe('12 files linted on 2 threads\n');
        const missing = join(dir, 'no-such-build', 'index.js');
        const other = cores('--library', missing);
        expect(other.status).not.toBe(0);
        expect(other.stderr).toContain(missing);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
