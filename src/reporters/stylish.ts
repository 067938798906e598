import { styleText } from 'node:util';
import { type LineTable, sourceLines } from '../json/lines.js';
import { CONTROLS, lineStart } from '../text.js';
import type { Diagnostic, Severity } from '../types.js';
import { fromStream, summaryLine } from './summary.js';
import type { ReporterContext, StreamReporter } from './types.js';

const COLORS: Record<Severity, 'red' | 'yellow' | 'cyan'> = { error: 'red', warning: 'yellow', note: 'cyan' };
const MAX_SNIPPET = 160;

type Paint = (color: Parameters<typeof styleText>[0], text: string) => string;

const painter =
  (ctx: ReporterContext): Paint =>
  (color, text) =>
    ctx.color ? styleText(color, text, { validateStream: false }) : text;

export const stylishStream: StreamReporter = {
  file(r, ctx) {
    if (r.diagnostics.length === 0) return '';
    const paint = painter(ctx);
    const lines = sourceLines(r);
    // A file name may hold a line break (Linux allows one) or start with "::": it stays one line that a CI
    // runner does not read as a workflow command.
    const file = lineStart(r.file);
    let out = '';
    for (const d of r.diagnostics) {
      const where = `${file}:${d.range.start.line}:${d.range.start.column}`;
      // Before the rule id, which ends the line for problem matchers.
      const fixable = d.fix ? `${paint('green', '(fixable)')} ` : '';
      out += `${paint('bold', where)}: ${paint(COLORS[d.severity], d.severity)}: ${d.message} ${fixable}${paint('gray', `[${d.ruleId}]`)}\n`;
      // Never echo the source line of a finding about a secret value.
      if (!sensitiveRules(ctx.rules).has(d.ruleId)) out += snippet(lines, d, paint);
      if (d.hint) out += `   = hint: ${d.hint}\n`;
      if (d.fix) out += `   = fix: ${d.fix.message}\n`;
      for (const s of d.suggestions ?? []) out += `   = suggestion: ${s.message}\n`;
      for (const rel of d.related ?? []) {
        out += `   = ${rel.message}: ${file}:${rel.range.start.line}:${rel.range.start.column}\n`;
      }
      out += `   = docs: ${d.docsUrl}\n\n`;
    }
    return out;
  },
  end(summary, ctx) {
    const paint = painter(ctx);
    const mark =
      summary.errors > 0
        ? paint('red', '✖')
        : summary.warnings + summary.notes > 0
          ? paint('yellow', '⚠')
          : paint('green', '✔');
    return `${mark} ${summaryLine(summary)}\n`;
  },
};

/** The ids of the rules whose findings are about secret values, per list of rules (a run has one or a few). */
const SENSITIVE = new WeakMap<ReporterContext['rules'], ReadonlySet<string>>();
function sensitiveRules(rules: ReporterContext['rules']): ReadonlySet<string> {
  let ids = SENSITIVE.get(rules);
  if (ids === undefined) {
    ids = new Set(rules.filter((m) => m.sensitive).map((m) => m.id));
    SENSITIVE.set(rules, ids);
  }
  return ids;
}

/**
 * The default, for people: a gcc-style first line (editors and problem matchers parse it), the source
 * line with the range underlined, the hint and the docs link, then a summary.
 */
export const stylish = fromStream(stylishStream);

/** Findings further right than this on a long line show the line from a little before them. */
const CONTEXT = 40;

/**
 * The source line of a finding with its range underlined. At most MAX_SNIPPET characters of the line are
 * looked at, around the finding: a minified file is one long line, and copying it whole for each of its
 * findings made the report quadratic.
 */
function snippet(lines: LineTable, d: Diagnostic, paint: Paint): string {
  const { start, end } = d.range;
  if (start.line > lines.lineCount) return '';
  const column = start.column - 1;
  const skip = column > MAX_SNIPPET - CONTEXT ? column - CONTEXT : 0;
  const raw = lines.lineText(start.line, skip, skip + MAX_SNIPPET + 1);
  // One column each, so the marker stays under its text; no control character reaches the terminal.
  const text = raw.replaceAll('\t', ' ').replace(CONTROLS, '\ufffd');
  const visible = Math.min(text.length, MAX_SNIPPET);
  const lead = skip > 0 ? '…' : '';
  const shown = `${lead}${text.length > MAX_SNIPPET ? `${text.slice(0, MAX_SNIPPET)}…` : text}`;
  const gutter = String(start.line).padStart(5);
  const from = lead.length + Math.min(column - skip, visible);
  const to =
    end.line === start.line
      ? Math.max(from + 1, lead.length + Math.min(end.column - 1 - skip, visible))
      : Math.max(from + 1, lead.length + visible);
  const mark = `^${'~'.repeat(Math.max(0, to - from - 1))}`;
  return `${gutter} | ${shown}\n${' '.repeat(5)} | ${' '.repeat(from)}${paint(COLORS[d.severity], mark)}\n`;
}
