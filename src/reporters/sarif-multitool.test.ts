import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../api.js';
import { PSEUDO_RULES } from '../engine/pseudo-rules.js';
import { FIXTURES, ROOT } from '../testing/fixtures.js';
import { tempDir } from '../testing/temp.js';
import type { LintResult } from '../types.js';
import { VERSION } from '../version.js';
import { sarif } from './sarif.js';

/**
 * Validates our SARIF as GitHub code scanning would take it, with the SARIF Multitool
 * (@microsoft/sarif-multitool, a devDependency that ships a self-contained binary per platform):
 * `validate --rule-kind "Sarif;Ghas"` and a policy that turns the GitHub rules on as errors. The
 * Multitool's exit code does not report validation findings, so the test reads its output log.
 *
 * Input: the SARIF of every invalid fixture (fixtures/<rule-id>/invalid) with all strict rules on, plus the
 * reporter inputs.
 */
const POLICY = join(ROOT, 'src', 'reporters', 'sarif-github-policy.xml');

function multitoolBinary(): { path?: string; reason?: string } {
  const platformPackage = `@microsoft/sarif-multitool-${process.platform}`;
  let path: string;
  try {
    path = createRequire(import.meta.url)(platformPackage) as string;
  } catch {
    return { reason: `${platformPackage} is not installed (the Multitool has no build for this platform)` };
  }
  const probe = spawnSync(path, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return { reason: `the Multitool binary cannot run here: ${probe.error?.message ?? probe.stderr}` };
  }
  return { path };
}

const multitool = multitoolBinary();
if (multitool.reason) console.warn(`SKIPPED SARIF Multitool validation: ${multitool.reason}`);

interface SarifResult {
  ruleId: string;
  level?: string;
  message: { text: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
}

describe('SARIF passes the Multitool with the GitHub rules', () => {
  it.skipIf(multitool.path === undefined)('for every invalid fixture', async () => {
    const dir = tempDir('ecslint-sarif-');
    const rules = [...PSEUDO_RULES, ...builtinRules.map((r) => r.meta)];
    const files: string[] = ['fixtures/_reporters'];
    for (const id of readdirSync(FIXTURES).sort()) {
      const invalid = join(FIXTURES, id, 'invalid');
      if (id.startsWith('_') || !existsSync(invalid)) continue;
      for (const f of readdirSync(invalid).sort()) {
        if (f.endsWith('.json') && !f.endsWith('.options.json')) files.push(`fixtures/${id}/invalid/${f}`);
      }
    }
    const all = await lint(files, { cwd: ROOT, config: false, preset: 'strict' });
    const findings = all.reduce((n, r) => n + r.diagnostics.length, 0);
    // Several files of fewer than 1,000 results each: the Multitool's GH1004 still holds GitHub's old
    // display limit of 1,000 results per run (today 25,000 are accepted), and each file costs it ~0.7 s.
    const chunks: LintResult[][] = [[]];
    let count = 0;
    for (const r of all) {
      if (count + r.diagnostics.length > 900) {
        chunks.push([]);
        count = 0;
      }
      chunks.at(-1)?.push(r);
      count += r.diagnostics.length;
    }
    const logs = chunks.map((results, i) => {
      const path = join(dir, `run-${i}.sarif`);
      writeFileSync(path, sarif(results, { rules, version: VERSION, paths: { cwd: ROOT, root: ROOT } }));
      return path;
    });
    expect(findings).toBeGreaterThan(files.length);
    // Fixes (§3.55) are validated too: safe fixes, suggestions, removals (no insertedContent) and insertions.
    const withFixes = all.flatMap((r) => r.diagnostics).filter((d) => d.fix || d.suggestions);
    expect(withFixes.length).toBeGreaterThan(10);
    expect(withFixes.some((d) => d.fix?.edits.some((e) => e.text === ''))).toBe(true);

    const output = join(dir, 'validation.sarif');
    const run = spawnSync(
      multitool.path as string,
      [
        'validate',
        ...logs,
        '--rule-kind',
        'Sarif;Ghas',
        '--config',
        POLICY,
        '--output',
        output,
        '--log',
        'ForceOverwrite',
      ],
      { encoding: 'utf8', cwd: dir },
    );
    expect(existsSync(output), `the Multitool wrote no log:\n${run.stdout}\n${run.stderr}`).toBe(true);
    const log = JSON.parse(readFileSync(output, 'utf8'));
    const results: SarifResult[] = log.runs.flatMap((r: { results?: SarifResult[] }) => r.results ?? []);
    const describe = (r: SarifResult) =>
      `${r.level ?? 'warning'} ${r.ruleId} ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''}: ${r.message.text}`;
    const errors = results.filter((r) => (r.level ?? 'warning') === 'error');
    expect(errors.map(describe)).toEqual([]);
    // Best-practice warnings do not block an upload; keep them visible.
    const warnings = results.filter((r) => r.level === 'warning');
    if (warnings.length > 0) console.warn(`SARIF Multitool warnings:\n${warnings.map(describe).join('\n')}`);
    const invocation = log.runs[0]?.invocations?.[0];
    expect(invocation?.executionSuccessful, JSON.stringify(invocation?.toolExecutionNotifications)).toBe(true);
  });
});
