import type { Diagnostic } from '../types.js';
import { summarize } from './summary.js';
import type { Reporter } from './types.js';

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
  ...(d.suppression === undefined ? {} : { suppression: d.suppression }),
});

/** The versioned JSON contract (ARCHITECTURE.md): fields are only ever added within a version. */
export const json: Reporter = (results, ctx) => {
  const doc = {
    version: 1,
    tool: { name: 'ecslint', version: ctx.version },
    results: results.map((r) => ({
      file: r.file,
      kind: r.kind,
      diagnostics: r.diagnostics.map(diagnostic),
      ...(r.suppressed?.length ? { suppressed: r.suppressed.map(diagnostic) } : {}),
    })),
    summary: summarize(results),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
};
