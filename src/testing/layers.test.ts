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
