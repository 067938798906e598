import { lineStart } from '../text.js';
import { fromStream } from './summary.js';
import type { StreamReporter } from './types.js';

/** One line per finding, for problem matchers: `path:line:column: severity: message [rule-id]`. */
export const compactStream: StreamReporter = {
  file(r) {
    let out = '';
    // A file name may hold a line break (Linux allows one) or start with "::": it stays one line that a CI
    // runner does not read as a workflow command.
    const file = lineStart(r.file);
    for (const d of r.diagnostics) {
      out += `${file}:${d.range.start.line}:${d.range.start.column}: ${d.severity}: ${d.message} [${d.ruleId}]\n`;
    }
    return out;
  },
  end: () => '',
};

export const compact = fromStream(compactStream);
