import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { PSEUDO_RULES } from '../engine/pseudo-rules.js';
import type { RuleMeta } from '../rule.js';
import { ROOT, UPDATE } from './fixtures.js';

const START =
  '<!-- rules:start (generated from the registry by the docs test; UPDATE_FIXTURES=1 npm test rewrites it) -->';
const END = '<!-- rules:end -->';
const CATEGORY_ORDER = ['correctness', 'reliability', 'observability', 'security'];

const level = (l: string): string => (l === 'off' ? '—' : l);

/** The README's rules table, from the registry. */
function rulesTable(metas: readonly RuleMeta[]): string {
  const rows = [...metas].sort(
    (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || (a.id < b.id ? -1 : 1),
  );
  const lines = [
    '| rule | category | recommended | strict | description |',
    '|---|---|---|---|---|',
    ...rows.map(
      (m) =>
        `| [\`${m.id}\`](rules/${m.id}/README.md) | ${m.category} | ${level(m.presets.recommended)} | ${level(m.presets.strict)} | ${m.description} |`,
    ),
  ];
  return lines.join('\n');
}

describe('README', () => {
  it('has the rules table the registry gives', () => {
    const path = join(ROOT, 'README.md');
    const text = readFileSync(path, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    expect(start, `README.md needs the marker ${START}`).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const table = rulesTable([...PSEUDO_RULES, ...builtinRules.map((r) => r.meta)]);
    const updated = `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`;
    if (UPDATE) writeFileSync(path, updated);
    expect(UPDATE ? updated : text).toBe(updated);
  });
});

/** A finding line as the fixture goldens and the rule READMEs print it. */
const FINDING_LINE = /^(?:[\w.-]+:)?\d+:\d+-\d+:\d+: (error|warning|note): .*\[[a-z0-9/-]+\]$/;
const DETAIL_LINE = /^ {4}(hint|related): /;

/**
 * The output blocks of a rule README (plain fences holding finding lines), each with the fixture named in
 * the prose since the previous block, if any.
 */
function outputBlocks(readme: string): { fixture: string | undefined; lines: string[] }[] {
  const blocks: { fixture: string | undefined; lines: string[] }[] = [];
  const lines = readme.split('\n');
  let fixture: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('```')) {
      const body: string[] = [];
      for (i++; i < lines.length && !(lines[i] as string).startsWith('```'); i++) body.push(lines[i] as string);
      if (line === '```' && body.some((l) => FINDING_LINE.test(l))) {
        blocks.push({ fixture, lines: body.filter((l) => FINDING_LINE.test(l) || DETAIL_LINE.test(l)) });
        fixture = undefined;
      }
      continue;
    }
    const named = line.match(/fixtures\/[a-z0-9-]+\/(?:valid|invalid)\/[^\s)]+(?:\.json|\/)/g);
    if (named) fixture = named.at(-1);
  }
  return blocks;
}

describe('rule READMEs', () => {
  const ids = [...PSEUDO_RULES, ...builtinRules.map((r) => r.meta)].map((m) => m.id);
  it.each(ids)('%s shows output its fixtures give', (id) => {
    const goldens = new Map<string, string>();
    for (const kind of ['valid', 'invalid']) {
      const dir = join(ROOT, 'fixtures', id, kind);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir)) {
        if (f.endsWith('.expected.txt')) goldens.set(`fixtures/${id}/${kind}/${f}`, readFileSync(join(dir, f), 'utf8'));
        // A folder case (a service with its task definition): its expected.txt, named by the folder.
        const inFolder = join(dir, f, 'expected.txt');
        if (existsSync(inFolder)) goldens.set(`fixtures/${id}/${kind}/${f}/`, readFileSync(inFolder, 'utf8'));
      }
    }
    const readme = readFileSync(join(ROOT, 'rules', id, 'README.md'), 'utf8');
    // A rule without fixtures (internal-error) can only illustrate.
    if (goldens.size === 0) return;
    const anyGolden = new Set([...goldens.values()].flatMap((g) => g.split('\n')));
    for (const block of outputBlocks(readme)) {
      const named = block.fixture?.endsWith('/') ? block.fixture : block.fixture?.replace(/\.json$/, '.expected.txt');
      const golden = named === undefined ? anyGolden : new Set((goldens.get(named) ?? '').split('\n'));
      for (const line of block.lines) {
        expect(golden.has(line), `${line}\nis not in ${named ?? `any fixture of ${id}`}`).toBe(true);
      }
    }
  });
});
