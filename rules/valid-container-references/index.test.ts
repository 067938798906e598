import { describe, expect, it } from 'vitest';
import { findCycles, suggestion } from './index.js';

const edge = (from: number, to: number) => ({ from, to, path: ['containerDefinitions', from, 'dependsOn', 0] });
const chains = (n: number, edges: ReturnType<typeof edge>[]) =>
  findCycles(n, edges).map((cycle) => cycle.map((e) => e.from).join('>'));

describe('findCycles', () => {
  it('finds nothing in a chain or a diamond', () => {
    expect(chains(3, [edge(0, 1), edge(1, 2)])).toEqual([]);
    expect(chains(4, [edge(0, 1), edge(0, 2), edge(1, 3), edge(2, 3)])).toEqual([]);
  });

  it('reports each cycle once, from its lowest container', () => {
    expect(chains(3, [edge(2, 1), edge(1, 2)])).toEqual(['1>2']);
    expect(chains(3, [edge(0, 1), edge(1, 2), edge(2, 0)])).toEqual(['0>1>2']);
  });

  it('reports two cycles that share a container separately', () => {
    expect(chains(3, [edge(0, 1), edge(1, 0), edge(1, 2), edge(2, 1)])).toEqual(['0>1', '1>2']);
  });

  it('stops at the limit on a dense graph', () => {
    const edges = [];
    for (let a = 0; a < 12; a++) for (let b = 0; b < 12; b++) if (a !== b) edges.push(edge(a, b));
    expect(findCycles(12, edges, 20)).toHaveLength(20);
  });
});

describe('suggestion', () => {
  it('offers a close name', () => {
    expect(suggestion('envoi', ['app', 'envoy'], 'container', '"containerDefinitions"')).toBe('did you mean "envoy"?');
    expect(suggestion('App', ['app', 'envoy'], 'container', '"containerDefinitions"')).toBe('did you mean "app"?');
  });

  it('lists the names when none is close', () => {
    expect(suggestion('db', ['app', 'envoy'], 'container', '"containerDefinitions"')).toBe(
      'name one of the containers in "containerDefinitions": "app" or "envoy"',
    );
  });

  it('says when there is nothing to name', () => {
    expect(suggestion('data', [], 'volume', '"volumes"')).toBe(
      'the task defines no volumes: add one named "data" to "volumes", or remove the reference',
    );
  });
});
