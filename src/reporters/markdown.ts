import { oneLine } from '../text.js';
import { summarize, summaryLine } from './summary.js';
import type { Reporter } from './types.js';

const ICON = { error: '🔴 error', warning: '🟡 warning', note: '🔵 note' } as const;

/**
 * Text in a table cell or a comment: Markdown's punctuation escaped (pipes, backticks, emphasis, link
 * brackets: a container named `[x](https://…)` stays text), HTML kept literal, on one line. GitHub renders
 * HTML in Markdown, so `<` and `&` are written as entities.
 */
export const cell = (s: string): string =>
  s
    .replace(/[\\`*_[\]|]/g, '\\$&')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    // `@name` from a document would mention (and notify) someone in a pull request comment.
    .replace(/(^|[^\w@])@(?=[A-Za-z0-9])/g, '$1&#64;')
    .replace(/\r\n|\r|\n/g, ' ');

/**
 * Markdown for job summaries (`>> $GITHUB_STEP_SUMMARY`) and pull request comments: a summary line,
 * then a table per file with findings. A clean run says so.
 */
export const markdown: Reporter = (results) => {
  const summary = summarize(results);
  let out = '## ecslint\n\n';
  if (summary.errors + summary.warnings + summary.notes === 0) {
    return `${out}✅ No problems found in ${summary.files} ${summary.files === 1 ? 'file' : 'files'}.\n`;
  }
  out += `${summaryLine(summary)}.\n`;
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    const file = oneLine(r.file);
    out += `\n### ${file.includes('`') ? cell(file) : `\`${file}\``}\n\n| Line | Severity | Rule | Message |\n|---:|---|---|---|\n`;
    for (const d of r.diagnostics) {
      const message = d.hint === undefined ? cell(d.message) : `${cell(d.message)}<br>_hint:_ ${cell(d.hint)}`;
      out += `| ${d.range.start.line}:${d.range.start.column} | ${ICON[d.severity]} | [${cell(d.ruleId)}](${d.docsUrl}) | ${message} |\n`;
    }
  }
  return out;
};
