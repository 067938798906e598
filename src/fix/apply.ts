/**
 * Applying fixes to a text, as ESLint does: in order of position, each fix whole or not at all, and a fix
 * that collides with one already taken waits for the next pass (the caller lints the new text again). No Node
 * built-ins: the playground and the language server apply fixes with this too.
 */
import { LineTable } from '../json/lines.js';
import type { Diagnostic, Fix } from '../types.js';
import type { OffsetEdit } from './edits.js';

const BOM = '\uFEFF';

export interface Applied {
  text: string;
  /** The fixes applied. */
  applied: Fix[];
  /** Fixes left for another pass because they collided with one that was applied. */
  deferred: number;
}

/**
 * Apply fixes to the text they were made for (positions count without a leading byte-order mark, which is
 * kept). Fixes whose edits collide with an applied fix's are left out.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): Applied {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = bom ? text.slice(1) : text;
  const lines = new LineTable(body);
  const located = fixes
    .map((fix) => ({
      fix,
      edits: fix.edits
        .map((e) => {
          const offset = lines.offset(e.range.start);
          return { offset, length: lines.offset(e.range.end) - offset, text: e.text };
        })
        .sort((a, b) => a.offset - b.offset),
    }))
    .filter((f) => f.edits.length > 0)
    .sort((a, b) => (a.edits[0] as OffsetEdit).offset - (b.edits[0] as OffsetEdit).offset);
  const taken: OffsetEdit[] = [];
  const applied: Fix[] = [];
  let deferred = 0;
  for (const f of located) {
    if (f.edits.some((e) => taken.some((t) => touches(e, t)))) {
      deferred++;
      continue;
    }
    taken.push(...f.edits);
    applied.push(f.fix);
  }
  return { text: bom + applyOffsetEdits(body, taken), applied, deferred };
}

/** The safe fixes of a file's findings, applied (see applyFixes). */
export function applyDiagnosticFixes(text: string, diagnostics: readonly Diagnostic[]): Applied {
  return applyFixes(
    text,
    diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
  );
}

/** Apply edits that do not overlap, from the last to the first. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.offset) + e.text;
    at = e.offset + e.length;
  }
  return out + text.slice(at);
}

/**
 * Two edits collide when their ranges overlap, or when one inserts where the other starts or ends (which
 * goes first is then unclear). Two replacements that only meet (removing neighbouring lines) do not.
 */
function touches(a: OffsetEdit, b: OffsetEdit): boolean {
  const aEnd = a.offset + a.length;
  const bEnd = b.offset + b.length;
  if (a.length === 0 || b.length === 0) return a.offset <= bEnd && b.offset <= aEnd;
  return a.offset < bEnd && b.offset < aEnd;
}
