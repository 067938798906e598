/** The layering of src/ and rules/ (scripts/import-graph.mjs prints the graph). */
import { expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { imports, layerGraph, violations } from '../../scripts/import-graph.mjs';

it('keeps the layers: no front end imported, reporters on the result type, rules on the rule API', () => {
  expect(violations()).toEqual([]);
});

it('routes every front end through the session, and the Action never through the CLI', () => {
  const graph = layerGraph(imports()) as Map<string, Map<string, number>>;
  for (const frontend of ['src/frontends/cli', 'src/frontends/action']) {
    expect(graph.get(frontend)?.has('src/session'), frontend).toBe(true);
    expect(graph.get(frontend)?.has('src/api'), frontend).toBe(false);
  }
  expect(graph.get('src/frontends/action')?.has('src/frontends/cli')).toBe(false);
  expect(graph.get('src/api')?.has('src/session')).toBe(true);
  expect(graph.get('src/reporters')?.has('src/engine')).toBe(false);
});

it('would see a broken layer', () => {
  expect(
    violations([
      ['src/reporters/sarif.ts', 'src/engine/lint.ts'],
      ['src/frontends/action/run.ts', 'src/frontends/cli/main.ts'],
      ['rules/foo/index.ts', 'src/json/parse.ts'],
    ]),
  ).toHaveLength(3);
});

it('keeps check() bodies short: one named function per message family', async () => {
  const { existsSync, readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const rulesDir = join(import.meta.dirname, '..', '..', 'rules');
  const lengths = new Map<string, number>();
  for (const id of readdirSync(rulesDir)) {
    if (id.startsWith('_') || !existsSync(join(rulesDir, id, 'index.ts'))) continue;
    const lines = readFileSync(join(rulesDir, id, 'index.ts'), 'utf8').split('\n');
    const start = lines.findIndex((l) => /^ {2}check\(/.test(l));
    const end = lines.findIndex((l, i) => i > start && /^ {2}\},?$/.test(l));
    if (start >= 0) lengths.set(id, end - start);
  }
  // The five that were 163-190 lines (issue #18), now split into named checks.
  for (const id of [
    'valid-linux-parameters',
    'valid-windows-task',
    'valid-port-mappings',
    'valid-image-reference',
    'valid-firelens',
  ]) {
    expect(lengths.get(id), id).toBeLessThanOrEqual(60);
  }
  // A ratchet for the rest: none may grow past the longest today (valid-health-check, 141 lines).
  expect(Math.max(...lengths.values())).toBeLessThanOrEqual(150);
});
