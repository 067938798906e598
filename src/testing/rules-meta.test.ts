import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { PSEUDO_RULES } from '../engine/pseudo-rules.js';
import type { RuleMeta } from '../rule.js';
import { FIXTURES, fixtureCases, isKnownId, ROOT } from './fixtures.js';

const RULES_DIR = join(ROOT, 'rules');
const metas: RuleMeta[] = [...PSEUDO_RULES, ...builtinRules.map((r) => r.meta)];
const cases = fixtureCases();

describe('rule registry', () => {
  it('lists every rules/<id>/index.ts exactly once, sorted, with meta.id equal to the folder', () => {
    const folders = readdirSync(RULES_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(RULES_DIR, e.name, 'index.ts')) && !e.name.startsWith('_'))
      .map((e) => e.name)
      .sort();
    expect(builtinRules.map((r) => r.meta.id)).toEqual(folders);
  });

  it('has no id shared by a rule and a pseudo-rule', () => {
    const ids = metas.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a known rule id for every fixture folder', () => {
    const unknown = readdirSync(FIXTURES).filter((d) => !d.startsWith('_') && !d.startsWith('.') && !isKnownId(d));
    expect(unknown).toEqual([]);
  });
});

const README_HEADINGS = ['Why', 'Examples', 'How to fix', 'Options', 'When not to use it', 'References'];

describe.each(metas.map((m) => [m.id, m] as const))('rule %s', (id, meta) => {
  it('has a one-line description without a final period', () => {
    expect(meta.description).not.toMatch(/\.$/);
    expect(meta.description.length).toBeLessThanOrEqual(110);
    expect(meta.description).toMatch(/^[A-Z]/);
  });

  it('cites https references', () => {
    expect(meta.references.length).toBeGreaterThan(0);
    for (const ref of meta.references) expect(ref).toMatch(/^https:\/\//);
  });

  it('has messages that start lower-case, have no final period and are used by the rule', () => {
    const source = existsSync(join(RULES_DIR, id, 'index.ts'))
      ? readFileSync(join(RULES_DIR, id, 'index.ts'), 'utf8')
      : '';
    for (const [messageId, template] of Object.entries(meta.messages)) {
      expect(template, messageId).toMatch(/^[^A-Z]/);
      expect(template, messageId).not.toMatch(/\.$/);
      expect(source, `message "${messageId}" is never reported`).toMatch(new RegExp(`['"\`]${messageId}['"\`]`));
    }
  });

  it('is documented in rules/<id>/README.md with the standard sections', () => {
    const path = join(RULES_DIR, id, 'README.md');
    expect(existsSync(path), path).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith(`# ${id}\n`), 'the README starts with "# <id>"').toBe(true);
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    const expected = README_HEADINGS.filter((h) => h !== 'Options' || meta.options !== undefined);
    // A closing "Try it" (the playground link to the rule's example) is kept by src/frontends/playground/examples.test.ts.
    if (headings.at(-1) === 'Try it') expected.push('Try it');
    expect(headings).toEqual(expected);
    for (const ref of meta.references) expect(text, `README lists ${ref}`).toContain(ref);
  });

  // These two need a crashing rule or a config; src/engine/lint.test.ts and src/policy/policy.test.ts test them.
  it.skipIf(id === 'internal-error' || id === 'unused-suppression')('has valid and invalid fixtures', () => {
    expect(
      cases.some((c) => c.ruleId === id && c.valid),
      'a valid fixture',
    ).toBe(true);
    expect(
      cases.some((c) => c.ruleId === id && !c.valid),
      'an invalid fixture',
    ).toBe(true);
  });
});

/**
 * Rules added since the catalogue was last written, each with the issue it came from and its preset levels:
 * the catalogue (shared/design/RULES.md) is kept by the project's steering, not in this repository. A rule
 * listed here must still not be in the catalogue with other levels, and leaves this list when it is added.
 */
const PROPOSED: Record<string, { issue: string; recommended: string; strict: string }> = {
  'valid-network-parameters': { issue: '#17 point 7', recommended: 'error', strict: 'error' },
  'valid-service-connect': { issue: '#20 point 3', recommended: 'error', strict: 'error' },
  'valid-service-container-ports': { issue: '#20 point 3', recommended: 'error', strict: 'error' },
  'valid-service-deployment': { issue: '#20 point 3', recommended: 'error', strict: 'error' },
  'valid-service-execute-command': { issue: '#20 point 3', recommended: 'warning', strict: 'error' },
  'valid-service-launch-type': { issue: '#20 point 3', recommended: 'error', strict: 'error' },
  'valid-service-network-configuration': { issue: '#20 point 3', recommended: 'error', strict: 'error' },
  'valid-service-volume-configurations': { issue: '#20 point 3', recommended: 'error', strict: 'error' },
};

describe('rule catalogue', () => {
  // The catalogue in shared/design/RULES.md is the public list of ids and preset levels.
  const catalogue = join(ROOT, '..', 'shared', 'design', 'RULES.md');
  it.runIf(existsSync(catalogue))('matches the levels RULES.md gives each implemented rule', () => {
    const text = readFileSync(catalogue, 'utf8');
    const mismatches: string[] = [];
    for (const rule of builtinRules) {
      const row = text.split('\n').find((l) => l.startsWith(`| \`${rule.meta.id}\` |`));
      if (!row) {
        const proposed = PROPOSED[rule.meta.id];
        const { presets } = rule.meta;
        if (!proposed) mismatches.push(`${rule.meta.id}: not in RULES.md`);
        else if (presets.recommended !== proposed.recommended || presets.strict !== proposed.strict) {
          mismatches.push(
            `${rule.meta.id}: proposed as ${proposed.recommended}/${proposed.strict}, rule says ${presets.recommended}/${presets.strict}`,
          );
        }
        continue;
      }
      if (PROPOSED[rule.meta.id]) mismatches.push(`${rule.meta.id}: in RULES.md now; remove it from PROPOSED`);
      const cells = row.split('|').map((c) => c.trim());
      const [rec, strict] = [cells[2], cells[3]].map((c) => (c === '—' ? 'off' : c));
      const { presets } = rule.meta;
      if (presets.recommended !== rec || presets.strict !== strict) {
        mismatches.push(
          `${rule.meta.id}: RULES.md says ${rec}/${strict}, rule says ${presets.recommended}/${presets.strict}`,
        );
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('fixtures', () => {
  it('are never byte-identical', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const c of cases) {
      if (c.dir) continue;
      const text = readFileSync(c.path, 'utf8');
      const prev = seen.get(text);
      if (prev) dupes.push(`${c.name} = ${prev}`);
      seen.set(text, c.name);
    }
    expect(dupes).toEqual([]);
  });

  it('have no .expected.txt without a .json beside it', () => {
    const orphans: string[] = [];
    for (const id of readdirSync(FIXTURES).filter((d) => !d.startsWith('_') && !d.startsWith('.'))) {
      for (const kind of ['valid', 'invalid']) {
        const dir = join(FIXTURES, id, kind);
        if (!existsSync(dir)) continue;
        for (const f of readdirSync(dir).filter((n) => n.endsWith('.expected.txt'))) {
          const base = f.replace(/\.expected\.txt$/, '');
          if (!['.json', '.yaml', '.yml'].some((ext) => existsSync(join(dir, base + ext)))) {
            orphans.push(`${id}/${kind}/${f}`);
          }
        }
      }
    }
    expect(orphans).toEqual([]);
  });
});
