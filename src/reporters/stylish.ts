import { styleText } from 'node:util';
import { LineTable } from '../json/lines.js';
import type { Diagnostic, Severity } from '../types.js';
import { summarize, summaryLine } from './summary.js';
import type { Reporter } from './types.js';

const COLORS: Record<Severity, 'red' | 'yellow' | 'cyan'> = { error: 'red', warning: 'yellow', note: 'cyan' };
const MAX_SNIPPET = 160;

/**
 * The default, for people: a gcc-style first line (editors and problem matchers parse it), the source
 * line with the range underlined, the hint and the docs link, then a summary.
 */
export const stylish: Reporter = (results, ctx) => {
  const paint = (color: Parameters<typeof styleText>[0], text: string): string =>
    ctx.color ? styleText(color, text, { validateStream: false }) : text;
  const sensitive = new Set(ctx.rules.filter((m) => m.sensitive).map((m) => m.id));
  let out = '';
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    const lines = new LineTable(r.source);
    for (const d of r.diagnostics) {
      const where = `${r.file}:${d.range.start.line}:${d.range.start.column}`;
      out += `${paint('bold', where)}: ${paint(COLORS[d.severity], d.severity)}: ${d.message} ${paint('gray', `[${d.ruleId}]`)}\n`;
      // Never echo the source line of a finding about a secret value.
      if (!sensitive.has(d.ruleId)) out += snippet(lines, d, paint);
      if (d.hint) out += `   = hint: ${d.hint}\n`;
      for (const rel of d.related ?? []) {
        out += `   = ${rel.message}: ${r.file}:${rel.range.start.line}:${rel.range.start.column}\n`;
      }
      out += `   = docs: ${d.docsUrl}\n\n`;
    }
  }
  const summary = summarize(results);
  const line = summaryLine(summary);
  const mark =
    summary.errors > 0
      ? paint('red', '✖')
      : summary.warnings + summary.notes > 0
        ? paint('yellow', '⚠')
        : paint('green', '✔');
  return `${out}${mark} ${line}\n`;
};

function snippet(
  lines: LineTable,
  d: Diagnostic,
  paint: (c: Parameters<typeof styleText>[0], t: string) => string,
): string {
  const { start, end } = d.range;
  const raw = lines.lineText(start.line);
  if (raw === '' && lines.lineCount < start.line) return '';
  const text = raw.replaceAll('\t', ' ');
  const shown = text.length > MAX_SNIPPET ? `${text.slice(0, MAX_SNIPPET)}…` : text;
  const gutter = String(start.line).padStart(5);
  const from = Math.min(start.column - 1, shown.length);
  const to =
    end.line === start.line
      ? Math.max(from + 1, Math.min(end.column - 1, shown.length))
      : Math.max(from + 1, shown.length);
  const mark = `^${'~'.repeat(Math.max(0, to - from - 1))}`;
  return `${gutter} | ${shown}\n${' '.repeat(5)} | ${' '.repeat(from)}${paint(COLORS[d.severity], mark)}\n`;
}
