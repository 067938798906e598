import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import { lintRun } from '../api.js';
import { type LintSettings, lintBytes, type RuleSetting } from '../engine/lint.js';
import { PSEUDO_RULE_IDS, PSEUDO_RULES } from '../engine/pseudo-rules.js';
import type { AnyRule, RuleMeta } from '../rule.js';
import type { LintResult } from '../types.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const UPDATE = process.env.UPDATE_FIXTURES === '1';

export interface FixtureCase {
  ruleId: string;
  valid: boolean;
  name: string;
  path: string;
  expectedPath: string;
  optionsPath: string;
  /**
   * A folder of files linted together as one run (a service or AppSpec with the task definition it runs),
   * with its findings in `expected.txt` inside it.
   */
  dir: boolean;
}

/** Every fixtures/<rule-id>/{valid,invalid}/<case>.json (folders starting with `_` are not rule fixtures). */
export function fixtureCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const ruleId of readdirSync(FIXTURES).sort()) {
    if (ruleId.startsWith('_') || ruleId.startsWith('.')) continue;
    for (const kind of ['valid', 'invalid'] as const) {
      const dir = join(FIXTURES, ruleId, kind);
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).sort()) {
        const path = join(dir, file);
        if (statSync(path).isDirectory()) {
          cases.push({
            ruleId,
            valid: kind === 'valid',
            name: `${ruleId}/${kind}/${file}/`,
            path,
            expectedPath: join(path, 'expected.txt'),
            optionsPath: join(path, 'options.json'),
            dir: true,
          });
          continue;
        }
        const ext = /\.(json|ya?ml)$/.exec(file)?.[0];
        if (ext === undefined || file.endsWith('.options.json')) continue;
        const base = file.slice(0, -ext.length);
        cases.push({
          ruleId,
          valid: kind === 'valid',
          name: `${ruleId}/${kind}/${file}`,
          path,
          expectedPath: join(dir, `${base}.expected.txt`),
          optionsPath: join(dir, `${base}.options.json`),
          dir: false,
        });
      }
    }
  }
  return cases;
}

export const ruleById = (id: string): AnyRule | undefined => builtinRules.find((r) => r.meta.id === id);
export const isKnownId = (id: string): boolean => PSEUDO_RULE_IDS.has(id) || ruleById(id) !== undefined;

/** Lint a fixture with only its rule on (plus the engine's pseudo-rules), at the rule's default level. */
export function lintFixture(c: FixtureCase): LintResult;
/** Or only the rules and settings it is linted with. */
export function lintFixture(
  c: FixtureCase,
  only: { settingsOnly: true },
): { rules: readonly AnyRule[]; settings: LintSettings };
export function lintFixture(
  c: FixtureCase,
  only?: { settingsOnly: true },
): LintResult | { rules: readonly AnyRule[]; settings: LintSettings } {
  const rules = new Map<string, RuleSetting>();
  for (const meta of PSEUDO_RULES) rules.set(meta.id, { level: meta.severity });
  const rule = ruleById(c.ruleId);
  const selected = rule ? [rule] : [];
  const meta = rule?.meta ?? PSEUDO_RULES.find((m) => m.id === c.ruleId);
  if (meta) {
    const setting: RuleSetting = { level: meta.severity };
    const options = existsSync(c.optionsPath) ? JSON.parse(readFileSync(c.optionsPath, 'utf8')) : undefined;
    if (options !== undefined || meta.options) setting.options = withDefaults(meta, options);
    rules.set(meta.id, setting);
  }
  const settings: LintSettings = { rules };
  if (only) return { rules: selected, settings };
  // The file's bytes, decoded as the CLI decodes them (a byte-order mark, UTF-16 or invalid UTF-8 is seen).
  return lintBytes(readFileSync(c.path), { file: c.name, rules: selected, settings, explicit: true });
}

/**
 * Lint a folder case as the CLI lints a folder (pairing included), with only its rule on (plus the
 * pseudo-rules), and format the findings per file: `file:line:col-…` lines, files in name order.
 */
export async function lintFixtureDir(c: FixtureCase): Promise<string> {
  const rule = ruleById(c.ruleId);
  const meta = rule?.meta ?? PSEUDO_RULES.find((m) => m.id === c.ruleId);
  const { results } = await lintRun(['.'], {
    cwd: c.path,
    config: false,
    rules: rule ? [rule] : [],
    ...(meta ? { ruleLevels: { [meta.id]: meta.severity } } : {}),
  });
  const { formatExpected } = await import('./expected.js');
  return [...results]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((r) =>
      formatExpected(r.diagnostics)
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => (line.startsWith(' ') ? line : `${r.file}:${line}`))
        .join('\n'),
    )
    .filter((text) => text !== '')
    .map((text) => `${text}\n`)
    .join('');
}

/** Rule options with the schema's defaults filled in, as config loading does. */
function withDefaults(meta: RuleMeta, options: unknown): unknown {
  const schema = meta.options as { properties?: Record<string, { default?: unknown }> } | undefined;
  const out: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(schema?.properties ?? {})) {
    if (prop.default !== undefined) out[key] = structuredClone(prop.default);
  }
  return { ...out, ...(options as Record<string, unknown> | undefined) };
}
