/**
 * Stale baseline entries: entries that match no finding any more, in files the run linted (or files that
 * are gone). `--report-unused-baseline` reports them as `unused-suppression` findings located in the baseline
 * file, as unused config suppressions are; `--prune-baseline` rewrites the baseline without them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { docsUrl } from '../docs.js';
import { LineTable } from '../json/lines.js';
import { type Baseline, type BaselineEntry, readBaseline } from '../policy/baseline.js';
import type { Diagnostic, LintResult, Severity } from '../types.js';
import { writeAtomic } from './report.js';

/** The unmatched entries that are stale: their file was linted in this run, or no longer exists. */
export function staleEntries(
  unmatched: readonly BaselineEntry[],
  linted: ReadonlySet<string>,
  cwd: string,
): BaselineEntry[] {
  return unmatched.filter((e) => linted.has(e.file) || !existsSync(resolve(cwd, e.file)));
}

/** A finding per stale entry, located at the entry in the baseline file. */
export function unusedBaselineResult(
  path: string,
  shownPath: string,
  baseline: Baseline,
  stale: readonly BaselineEntry[],
  severity: Severity,
): LintResult | undefined {
  if (stale.length === 0) return undefined;
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {}
  const lines = new LineTable(text);
  const root = parseTree(text);
  const list = root ? findNodeAtLocation(root, ['findings']) : undefined;
  const staleSet = new Set(stale);
  const diagnostics: Diagnostic[] = [];
  baseline.findings.forEach((entry, i) => {
    if (!staleSet.has(entry)) return;
    const node = list?.children?.[i];
    diagnostics.push({
      ruleId: 'unused-suppression',
      severity,
      message: `baseline entry #${i + 1} (${entry.ruleId} in ${entry.file}) matched no finding: ${entry.message}`,
      hint: 'remove it with --prune-baseline, or write the baseline again with --write-baseline',
      pointer: `/findings/${i}`,
      range: lines.range(node?.offset ?? 0, node ? 1 : 0),
      docsUrl: docsUrl('unused-suppression'),
      fingerprint: `unused-baseline-${entry.file}-${entry.fingerprint}`,
    });
  });
  return { file: shownPath, kind: 'unknown', diagnostics, source: text };
}

/** Rewrite a baseline file without its stale entries; returns how many were removed. */
export function pruneBaseline(path: string, stale: readonly BaselineEntry[]): number {
  if (stale.length === 0) return 0;
  const baseline = readBaseline(path);
  const drop = new Map<string, number>();
  for (const e of stale) drop.set(`${e.file}\0${e.fingerprint}`, (drop.get(`${e.file}\0${e.fingerprint}`) ?? 0) + 1);
  const findings = baseline.findings.filter((e) => {
    const key = `${e.file}\0${e.fingerprint}`;
    const n = drop.get(key) ?? 0;
    if (n === 0) return true;
    drop.set(key, n - 1);
    return false;
  });
  writeAtomic(path, `${JSON.stringify({ ...baseline, findings }, null, 2)}\n`);
  return baseline.findings.length - findings.length;
}
