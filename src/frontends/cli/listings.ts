/** The listings the CLI prints: the rules (a table, or JSON with --format json). */
import { ruleDocsUrl } from '../../docs.js';
import { type Preset, presetLevel } from '../../engine/severity.js';
import type { RuleMeta } from '../../rule.js';

/** Every rule as JSON: id, category, description, default severity, level per preset, options schema, docs. */
export function rulesJson(metas: readonly RuleMeta[]): string {
  const rules = metas.map((m) => ({
    id: m.id,
    category: m.category,
    description: m.description,
    severity: m.severity,
    presets: {
      recommended: presetLevel(m, 'recommended'),
      strict: presetLevel(m, 'strict'),
      all: presetLevel(m, 'all'),
    },
    ...(m.options ? { options: m.options } : {}),
    docs: ruleDocsUrl(m),
  }));
  return `${JSON.stringify(rules, null, 2)}\n`;
}

export function listRules(metas: readonly RuleMeta[]): string {
  const rows = metas.map((m) => [
    m.id,
    m.category,
    presetLevel(m, 'recommended' as Preset),
    presetLevel(m, 'strict'),
    m.description,
  ]);
  const header = ['rule', 'category', 'recommended', 'strict', 'description'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map((r) => line(r.map(String)))].join('\n')}\n`;
}
