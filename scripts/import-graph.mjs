#!/usr/bin/env node
/**
 * The import graph of src/ and rules/ by layer (a folder of src/, a file at its top, or rules/), and the
 * layering rules it must keep. `node scripts/import-graph.mjs` prints each layer's imports and exits 1 when
 * a rule is broken; src/testing/layers.test.ts runs the same check. Tests and src/testing/ are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Which layer a repository path belongs to. */
export function layerOf(path) {
  const parts = path.split('/');
  if (parts[0] === 'rules') return parts[1] === '_helpers' ? 'rules/_helpers' : 'rules';
  if (parts[0] !== 'src') return parts[0];
  if (parts.length === 2) return `src/${parts[1].replace(/\.ts$/, '')}`;
  if (parts[1] === 'frontends') return `src/frontends/${parts[2]}`;
  return `src/${parts[1]}`;
}

function* sources(dir) {
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (path !== 'src/testing') yield* sources(path);
    } else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) {
      yield path;
    }
  }
}

/** Every import between repository files: [from, to] paths (type-only imports included). */
export function imports() {
  const edges = [];
  for (const file of [...sources('src'), ...sources('rules')]) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = relative(ROOT, resolve(ROOT, dirname(file), m[1])).replace(/\.js$/, '.ts');
      edges.push([file, target]);
    }
  }
  return edges;
}

/**
 * The layering: each entry says which layers a layer may not import (a front end is imported by nothing;
 * reporters see the result type, not the engine; rules see only the rule API).
 */
const RULES = [
  {
    what: 'nothing imports a front end (each is an entry point)',
    broken: (from, to) => to.startsWith('src/frontends/') && from !== to,
  },
  {
    what: 'only src/index.ts imports the library API (src/api.ts)',
    broken: (from, to) => to === 'src/api' && from !== 'src/index',
  },
  {
    what: 'reporters depend on the result type only (types, rule metadata, text, docs links, line tables)',
    broken: (from, to) =>
      from === 'src/reporters' &&
      !['src/reporters', 'src/types', 'src/rule', 'src/text', 'src/docs', 'src/json', 'src/lazy', 'rules'].includes(to),
  },
  {
    what: 'rules depend on the rule API only (src/rule.ts, src/types.ts)',
    broken: (from, to) =>
      (from === 'rules' || from === 'rules/_helpers') &&
      !['rules', 'rules/_helpers', 'src/rule', 'src/types'].includes(to),
  },
  {
    what: 'the engine and everything below it never import the session, config, policies or front ends',
    broken: (from, to) =>
      ['src/engine', 'src/inputs', 'src/json', 'src/schema', 'src/rule', 'src/types'].includes(from) &&
      (to === 'src/session' || to === 'src/config' || to === 'src/policy' || to.startsWith('src/frontends/')),
  },
];

/** The layer graph: per layer, the layers it imports (with how many imports). */
export function layerGraph(edges = imports()) {
  const graph = new Map();
  for (const [from, to] of edges) {
    const a = layerOf(from);
    const b = layerOf(to);
    if (a === b) continue;
    const row = graph.get(a) ?? new Map();
    row.set(b, (row.get(b) ?? 0) + 1);
    graph.set(a, row);
  }
  return graph;
}

/** Each import that breaks a layering rule, as `from -> to: rule`. */
export function violations(edges = imports()) {
  const out = [];
  for (const [from, to] of edges) {
    const a = layerOf(from);
    const b = layerOf(to);
    for (const rule of RULES) if (rule.broken(a, b)) out.push(`${from} -> ${to}: ${rule.what}`);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const edges = imports();
  const graph = layerGraph(edges);
  for (const layer of [...graph.keys()].sort()) {
    const row = graph.get(layer);
    const targets = [...row.keys()].sort().map((t) => `${t} (${row.get(t)})`);
    process.stdout.write(`${layer} -> ${targets.join(', ')}\n`);
  }
  const bad = violations(edges);
  for (const v of bad) process.stdout.write(`LAYERING: ${v}\n`);
  process.stdout.write(bad.length === 0 ? `\nlayering: ${RULES.length} rules kept\n` : '');
  process.exitCode = bad.length === 0 ? 0 : 1;
}
