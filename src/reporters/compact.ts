import type { Reporter } from './types.js';

/** One line per finding, for problem matchers: `path:line:column: severity: message [rule-id]`. */
export const compact: Reporter = (results) => {
  let out = '';
  for (const r of results) {
    for (const d of r.diagnostics) {
      out += `${r.file}:${d.range.start.line}:${d.range.start.column}: ${d.severity}: ${d.message} [${d.ruleId}]\n`;
    }
  }
  return out;
};
