import type { Diagnostic, Range } from '../types.js';

const span = (r: Range): string => `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;

/**
 * The `.expected.txt` format: one finding per line (`line:col-endLine:endCol: severity: message [rule-id]`),
 * then indented `hint:` and `related:` lines. Every user-facing word is in the golden file, so a wording
 * change is a reviewed diff.
 */
export function formatExpected(diagnostics: readonly Diagnostic[]): string {
  let out = '';
  for (const d of diagnostics) {
    out += `${span(d.range)}: ${d.severity}: ${d.message} [${d.ruleId}]\n`;
    if (d.hint) out += `    hint: ${d.hint}\n`;
    for (const r of d.related ?? []) {
      out += `    related: ${r.file === undefined ? '' : `${r.file}:`}${span(r.range)}: ${r.message}\n`;
    }
  }
  return out;
}
