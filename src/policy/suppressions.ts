/**
 * Suppressions live in config (JSON has no comments): `{ files, rules, pointer?, reason }`. A suppressed
 * finding leaves the output but is counted; a suppression that matched a linted file and suppressed
 * nothing is reported as a note, so stale ones get cleaned up.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { docsUrl } from '../docs.js';
import { LineTable } from '../json/lines.js';
import { fromPointer } from '../json/pointer.js';
import { loadPicomatch, loadYaml } from '../lazy.js';
import type { Diagnostic, LintResult, Severity } from '../types.js';

export interface Suppression {
  files: string | string[];
  rules: string | string[];
  pointer?: string;
  reason: string;
}

export const SUPPRESSION_SCHEMA = {
  type: 'object',
  required: ['files', 'rules', 'reason'],
  additionalProperties: false,
  properties: {
    files: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] },
    rules: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] },
    pointer: { type: 'string' },
    reason: { type: 'string', minLength: 1 },
  },
} as const;

const list = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v]);

/** Tracks, across a run, which suppressions of one config applied to a file and which suppressed something. */
export class SuppressionSet {
  readonly #matchers: ((path: string) => boolean)[];
  readonly #pointers: ((pointer: string) => boolean)[];
  readonly applied = new Set<number>();
  readonly used = new Set<number>();

  constructor(readonly entries: readonly Suppression[]) {
    const picomatch = loadPicomatch();
    this.#matchers = entries.map((s) => picomatch(list(s.files), { dot: true }));
    this.#pointers = entries.map((s) => pointerMatcher(s.pointer));
  }

  /**
   * The result with its suppressed diagnostics moved to `suppressed` (a new object; the same one when no
   * suppression applies to the file). `relPath` is the file's path relative to the config's folder, with
   * forward slashes.
   */
  apply(result: LintResult, relPath: string): LintResult {
    const active = this.entries.map((_, i) => i).filter((i) => this.#matchers[i]?.(relPath));
    if (active.length === 0) return result;
    for (const i of active) this.applied.add(i);
    const kept: Diagnostic[] = [];
    const suppressed: Diagnostic[] = [...(result.suppressed ?? [])];
    for (const d of result.diagnostics) {
      const hit = active.find(
        (i) => list(this.entries[i]?.rules ?? []).includes(d.ruleId) && this.#pointers[i]?.(d.pointer),
      );
      if (hit === undefined) kept.push(d);
      else {
        this.used.add(hit);
        suppressed.push({ ...d, suppression: { kind: 'config', reason: this.entries[hit]?.reason ?? '' } });
      }
    }
    if (kept.length === result.diagnostics.length) return result;
    return { ...result, diagnostics: kept, suppressed };
  }

  /** Indexes of suppressions that applied to at least one linted file and suppressed nothing. */
  unused(): number[] {
    return [...this.applied].filter((i) => !this.used.has(i)).sort((a, b) => a - b);
  }
}

/** `/containerDefinitions/*\/image` style patterns; a pattern also matches everything below it. */
function pointerMatcher(pattern: string | undefined): (pointer: string) => boolean {
  if (pattern === undefined || pattern === '') return () => true;
  const want = fromPointer(pattern).map(String);
  return (pointer) => {
    const have = fromPointer(pointer).map(String);
    return want.length <= have.length && want.every((seg, i) => seg === '*' || seg === have[i]);
  };
}

/** A note per unused suppression, located in the config file. */
export function unusedSuppressionResult(
  configFile: string,
  shownPath: string,
  configText: string,
  set: SuppressionSet,
  severity: Severity,
): LintResult | undefined {
  const unused = set.unused();
  if (unused.length === 0) return undefined;
  const lines = new LineTable(configText);
  const offsets = suppressionOffsets(configFile, configText);
  const diagnostics: Diagnostic[] = unused.map((i) => {
    const s = set.entries[i] as Suppression;
    const { offset, length } = offsets[i] ?? { offset: 0, length: 1 };
    return {
      ruleId: 'unused-suppression',
      severity,
      message: `suppression #${i + 1} (${list(s.rules).join(', ')}) matched no finding in the files linted: ${s.reason}`,
      hint: 'remove it, or fix its "files", "rules" or "pointer"',
      pointer: `/suppressions/${i}`,
      range: lines.range(offset, length),
      docsUrl: docsUrl('unused-suppression'),
      fingerprint: `unused-suppression-${i}`,
    };
  });
  return { file: shownPath, kind: 'unknown', diagnostics, source: configText };
}

function suppressionOffsets(configFile: string, text: string): { offset: number; length: number }[] {
  const out: { offset: number; length: number }[] = [];
  if (/\.ya?ml$/i.test(configFile)) {
    const doc = loadYaml().parseDocument(text);
    const seq = doc.get('suppressions', true) as { items?: { range?: [number, number, number] }[] } | undefined;
    for (const item of seq?.items ?? []) {
      const [start, end] = item.range ?? [0, 1];
      out.push({ offset: start, length: Math.max(1, Math.min(end - start, text.indexOf('\n', start) - start)) });
    }
    return out;
  }
  const root = parseTree(text, [], { allowTrailingComma: true });
  const arr = root ? findNodeAtLocation(root, ['suppressions']) : undefined;
  for (const item of arr?.children ?? []) out.push({ offset: item.offset, length: 1 });
  return out;
}
