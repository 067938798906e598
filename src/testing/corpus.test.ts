import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../api.js';
import { formatExpected } from './expected.js';
import { FIXTURES, UPDATE } from './fixtures.js';

// Real files from public repositories (fixtures/_corpus/real-world/INDEX.tsv says where each came from),
// linted with the recommended preset and no config. The snapshot is where false positives show up.
const dir = join(FIXTURES, '_corpus', 'real-world');
const snapshotPath = join(FIXTURES, '_corpus', 'real-world.expected.txt');
const files = readdirSync(dir)
  .filter((f) => f !== 'INDEX.tsv')
  .sort();

describe('real-world corpus', async () => {
  const results = await Promise.all(
    files.map((f) => lintText(readFileSync(join(dir, f), 'utf8'), f, { cwd: dir, config: false })),
  );

  it('lints every file without a crash', () => {
    const crashes = results.flatMap((r) =>
      r.diagnostics.filter((d) => d.ruleId === 'internal-error').map((d) => `${r.file}: ${d.message}`),
    );
    expect(crashes).toEqual([]);
    expect(results.length).toBeGreaterThan(200);
  });

  it('matches the reviewed snapshot', () => {
    const text = results
      .map((r) => `## ${r.file} (${r.kind})\n${formatExpected(r.diagnostics) || '(no findings)\n'}`)
      .join('\n');
    if (UPDATE) writeFileSync(snapshotPath, text);
    expect(text).toBe(readFileSync(snapshotPath, 'utf8'));
  });
});
