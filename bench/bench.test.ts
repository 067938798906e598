import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
      ]) {
        expect(run.stdout).toContain(text);
      }
      expect(run.stdout).toMatch(/cold start +ecslint task\.json \/ node -e 0 +\d+\.\d+×/);
      expect(run.stdout).toMatch(/peak RSS/);
      expect(run.stdout).toMatch(
        /warm-up +second pass alone .* (\d+ ms; a whole one-pass run .* takes \d+\.\d+× as long|within the noise at this size)/,
      );
      expect(run.stdout).toMatch(/cores +2 worker threads \/ 1 .* \d+\.\d+×/);
    },
    180_000,
  );
});
