import { readFileSync, writeFileSync } from 'node:fs';
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
