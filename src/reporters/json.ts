import type { Diagnostic } from '../types.js';
import { fromStream } from './summary.js';
import type { StreamReporter } from './types.js';

const diagnostic = (d: Diagnostic) => ({
  ruleId: d.ruleId,
  severity: d.severity,
  message: d.message,
  ...(d.hint === undefined ? {} : { hint: d.hint }),
  pointer: d.pointer,
  range: d.range,
  docsUrl: d.docsUrl,
  fingerprint: d.fingerprint,
  ...(d.related === undefined ? {} : { related: d.related }),
  ...(d.fix === undefined ? {} : { fix: d.fix }),
  ...(d.suggestions === undefined ? {} : { suggestions: d.suggestions }),
  ...(d.suppression === undefined ? {} : { suppression: d.suppression }),
});

/**
 * The versioned JSON contract (ARCHITECTURE.md): fields are only ever added within a version. The text is
 * what `JSON.stringify({ version, tool, results, summary }, null, 2)` prints, written a file at a time.
 */
export const jsonStream: StreamReporter = {
  begin: (ctx) => {
    const head = JSON.stringify({ version: 1, tool: { name: 'ecslint', version: ctx.version } }, null, 2);
    return `${head.slice(0, -2)},\n  "results": [`;
  },
  file(r, _ctx, index) {
    const result = {
      file: r.file,
      kind: r.kind,
      diagnostics: r.diagnostics.map(diagnostic),
      ...(r.suppressed?.length ? { suppressed: r.suppressed.map(diagnostic) } : {}),
    };
    // JSON strings hold no raw line break: every one in the text is indentation, moved two levels in.
    return `${index === 0 ? '' : ','}\n    ${JSON.stringify(result, null, 2).replaceAll('\n', '\n    ')}`;
  },
  end(summary) {
    // `[]` when no file was printed, as JSON.stringify writes an empty array.
    const close = summary.files === 0 ? ']' : '\n  ]';
    return `${close},\n  "summary": ${JSON.stringify(summary, null, 2).replaceAll('\n', '\n  ')}\n}\n`;
  },
};

export const json = fromStream(jsonStream);
