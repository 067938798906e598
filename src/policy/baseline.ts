/**
 * Baseline: today's findings recorded by file and fingerprint (rule, JSON pointer, message id and data —
 * never line numbers), so a large repository can adopt ecslint and only new findings fail the build.
 */
import { UsageError } from '../errors.js';
import { NotReadable, readRegularFile } from '../read.js';
import type { Diagnostic, LintResult } from '../types.js';

export interface BaselineEntry {
  file: string;
  ruleId: string;
  fingerprint: string;
  message: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

export function createBaseline(results: readonly LintResult[]): Baseline {
  // A crash of ecslint is never recorded: it would hide the crash, and every finding the rule missed.
  const findings = results.flatMap((r) =>
    r.diagnostics
      .filter((d) => d.ruleId !== 'internal-error')
      .map((d) => ({ file: r.file, ruleId: d.ruleId, fingerprint: d.fingerprint, message: d.message })),
  );
  findings.sort((a, b) =>
    a.file < b.file
      ? -1
      : a.file > b.file
        ? 1
        : a.fingerprint < b.fingerprint
          ? -1
          : a.fingerprint > b.fingerprint
            ? 1
            : 0,
  );
  return { version: 1, findings };
}

export function readBaseline(path: string, limit?: number): Baseline {
  let raw: unknown;
  try {
    // A regular file within the size limit (not /dev/zero, a pipe or a link to one); its text is never quoted.
    raw = JSON.parse(readRegularFile(path, limit));
  } catch (error) {
    const code = error instanceof NotReadable ? error.message : (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read baseline ${path}: ${code ?? 'not valid JSON'}`);
  }
  const b = raw as Partial<Baseline>;
  const ok =
    b?.version === 1 &&
    Array.isArray(b.findings) &&
    b.findings.every((f) => typeof f?.file === 'string' && typeof f?.fingerprint === 'string');
  if (!ok) throw new UsageError(`baseline ${path} is not an ecslint baseline (write one with --write-baseline)`);
  return b as Baseline;
}

/**
 * The results with the findings that the baseline records moved into `suppressed`. Counts matter: two
 * identical findings in the baseline hide two, and a third one shows.
 */
export function applyBaseline(results: readonly LintResult[], baseline: Baseline): LintResult[] {
  const apply = baselineFilter(baseline);
  return results.map((r) => apply(r));
}

/**
 * applyBaseline one result at a time, in the run's order (the counts carry over from file to file). A result
 * the baseline hides nothing of is returned as it is; otherwise a new one.
 */
export function baselineFilter(baseline: Baseline): ((result: LintResult) => LintResult) & {
  /** The entries no finding of the run matched so far (stale), in the baseline's order. */
  unused(): BaselineEntry[];
} {
  const budget = new Map<string, number>();
  for (const f of baseline.findings) {
    const key = `${f.file}\0${f.fingerprint}`;
    budget.set(key, (budget.get(key) ?? 0) + 1);
  }
  const filter = (r: LintResult): LintResult => {
    let suppressed: Diagnostic[] | undefined;
    const diagnostics = r.diagnostics.filter((d) => {
      if (d.ruleId === 'internal-error') return true;
      const key = `${r.file}\0${d.fingerprint}`;
      const left = budget.get(key) ?? 0;
      if (left === 0) return true;
      budget.set(key, left - 1);
      suppressed ??= [...(r.suppressed ?? [])];
      suppressed.push({ ...d, suppression: { kind: 'baseline', reason: 'in the baseline' } });
      return false;
    });
    return suppressed === undefined ? r : { ...r, diagnostics, suppressed };
  };
  return Object.assign(filter, {
    unused(): BaselineEntry[] {
      const left = new Map(budget);
      const out: BaselineEntry[] = [];
      // The last entries of a key are the unmatched ones (matching takes them in order).
      for (const f of [...baseline.findings].reverse()) {
        const key = `${f.file}\0${f.fingerprint}`;
        const n = left.get(key) ?? 0;
        if (n === 0) continue;
        left.set(key, n - 1);
        out.push(f);
      }
      return out.reverse();
    },
  });
}
