import { fromStream } from './summary.js';
import type { StreamReporter } from './types.js';

/** One line per finding, for problem matchers: `path:line:column: severity: message [rule-id]`. */
export const compactStream: StreamReporter = {
  file(r) {
    let out = '';
    for (const d of r.diagnostics) {
      out += `${r.file}:${d.range.start.line}:${d.range.start.column}: ${d.severity}: ${d.message} [${d.ruleId}]\n`;
    }
    return out;
  },
  end: () => '',
};

export const compact = fromStream(compactStream);
