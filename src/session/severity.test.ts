/**
 * The severity order of src/engine/severity.ts, for every pseudo-rule and a built-in rule, through the run
 * session as the CLI, the library and the Action use it: each source of a level, and the post-processing that
 * hides findings (suppressions, baseline).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { PSEUDO_RULES } from '../engine/pseudo-rules.js';
import { type Preset, presetLevel, SEVERITY_SOURCES, toLevel } from '../engine/severity.js';
import { createBaseline } from '../policy/baseline.js';
import { defineRule } from '../rule.js';
import { project, runCli } from '../testing/harness.js';
import type { LintResult, RuleLevel } from '../types.js';
import { runSession } from './index.js';

const crashing = defineRule({
  meta: {
    id: 'crashes',
    category: 'correctness',
    description: 'Crash on every document',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: ['https://github.com/ecslint/ecslint/issues'],
    messages: {},
  },
  check() {
    throw new Error('boom');
  },
});

/** Per rule id: a file that makes it report, and its default severity. */
const CASES: Record<string, { file: string; text: string; severity: RuleLevel }> = {
  'json-syntax': {
    file: 'task-definition.json',
    text: '{"family": "web", "containerDefinitions": [],}',
    severity: 'error',
  },
  schema: { file: 'task-definition.json', text: '{"family": 7, "containerDefinitions": []}', severity: 'error' },
  'document-kind': { file: 'other.json', text: '{"name": "not a task definition"}', severity: 'error' },
  'template-placeholder': {
    file: 'task-definition.json',
    text: '{"family": "${FAMILY}", "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "essential": true, "memory": 128}]}',
    severity: 'note',
  },
  'unused-suppression': {
    file: 'task-definition.json',
    text: '{"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "essential": true, "memory": 128}]}',
    severity: 'note',
  },
  'internal-error': {
    file: 'task-definition.json',
    text: '{"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "essential": true, "memory": 128}]}',
    severity: 'error',
  },
  'no-latest-image-tag': {
    file: 'task-definition.json',
    text: '{"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx:latest", "essential": true, "memory": 128}]}',
    severity: 'warning',
  },
};

type Config = Record<string, unknown>;

/** One way to set a rule's level, and the options of the run that carry it. */
interface Source {
  name: string;
  config?: (id: string, level: RuleLevel) => Config;
  ruleLevels?: (id: string, level: RuleLevel) => Record<string, RuleLevel>;
  preset?: Preset;
}

const SOURCES: Source[] = [
  { name: 'config "rules"', config: (id, level) => ({ rules: { [id]: level } }) },
  {
    name: 'config "overrides"',
    config: (id, level) => ({ overrides: [{ files: ['*.json', '.ecslintrc.json'], rules: { [id]: level } }] }),
  },
  { name: '--rule', ruleLevels: (id, level) => ({ [id]: level }) },
  {
    name: '--rule over config',
    config: (id) => ({ rules: { [id]: 'off' } }),
    ruleLevels: (id, level) => ({ [id]: level }),
  },
  {
    name: 'overrides over "rules"',
    config: (id, level) => ({ rules: { [id]: 'off' }, overrides: [{ files: '**', rules: { [id]: level } }] }),
  },
];

async function findings(
  id: string,
  extra: { config?: Config; ruleLevels?: Record<string, RuleLevel>; preset?: Preset; baseline?: boolean } = {},
): Promise<{ shown: LintResult[]; all: LintResult[] }> {
  const c = CASES[id];
  if (!c) throw new Error(id);
  const config: Config = { ...extra.config };
  if (id === 'unused-suppression') {
    config.suppressions = [{ files: '*.json', rules: 'no-latest-image-tag', reason: 'legacy image' }];
  }
  const dir = project({ [c.file]: c.text, '.ecslintrc.json': JSON.stringify(config) });
  const options = {
    cwd: dir,
    rules: id === 'internal-error' ? [...builtinRules, crashing] : builtinRules,
    ...(extra.ruleLevels ? { ruleLevels: extra.ruleLevels } : {}),
    ...(extra.preset ? { preset: extra.preset } : {}),
  };
  if (extra.baseline) {
    const before = await runSession({ paths: [c.file] }, options);
    writeFileSync(join(dir, 'baseline.json'), JSON.stringify(createBaseline(before.results)));
  }
  const run = await runSession(
    { paths: [c.file] },
    extra.baseline ? { ...options, baseline: 'baseline.json' } : options,
  );
  const pick = (r: LintResult, list: 'diagnostics' | 'suppressed') =>
    (r[list] ?? []).filter((d) => d.ruleId === id).map((d) => ({ file: r.file, severity: d.severity }));
  return {
    shown: run.results.filter((r) => pick(r, 'diagnostics').length > 0),
    all: run.results.filter((r) => pick(r, 'diagnostics').length + pick(r, 'suppressed').length > 0),
  };
}

const hidden = (results: LintResult[], id: string): unknown[] =>
  results
    .flatMap((r) => (r.suppressed ?? []).filter((d) => d.ruleId === id))
    .map((d) => [d.ruleId, d.severity, d.suppression?.kind]);

const severitiesOf = (results: LintResult[], id: string): string[] =>
  results.flatMap((r) => r.diagnostics.filter((d) => d.ruleId === id).map((d) => d.severity));

describe('severity order', () => {
  it('names its sources in the documented order', () => {
    expect(SEVERITY_SOURCES).toEqual(['default', 'preset', 'target', 'config', 'overrides', 'command-line']);
  });

  for (const id of Object.keys(CASES)) {
    describe(id, () => {
      it('reports at its default severity with no setting, and at its level in each preset', async () => {
        expect(severitiesOf((await findings(id)).shown, id)).toEqual([CASES[id]?.severity]);
        const meta = [...PSEUDO_RULES, ...builtinRules.map((r) => r.meta)].find((m) => m.id === id);
        if (!meta) throw new Error(id);
        for (const preset of ['recommended', 'strict', 'all'] as const) {
          const { shown } = await findings(id, { preset });
          const level = presetLevel(meta, preset);
          expect(severitiesOf(shown, id), preset).toEqual(level === 'off' ? [] : [level]);
        }
      });
      for (const source of SOURCES) {
        for (const level of ['error', 'warning', 'note', 'off'] as const) {
          it(`${source.name} sets it to ${level}`, async () => {
            const { shown } = await findings(id, {
              ...(source.config ? { config: source.config(id, level) } : {}),
              ...(source.ruleLevels ? { ruleLevels: source.ruleLevels(id, level) } : {}),
            });
            expect(severitiesOf(shown, id)).toEqual(level === 'off' ? [] : [level]);
          });
        }
      }
      if (id !== 'internal-error' && id !== 'unused-suppression') {
        it('a config suppression hides it', async () => {
          const c = CASES[id];
          const { shown, all } = await findings(id, {
            config: { suppressions: [{ files: c?.file ?? '', rules: id, reason: 'known' }] },
          });
          expect(shown).toEqual([]);
          expect(hidden(all, id)).toEqual([[id, CASES[id]?.severity, 'config']]);
        });
        it('the baseline hides it, at the severity it was recorded with', async () => {
          const { shown, all } = await findings(id, { baseline: true, ruleLevels: { [id]: 'warning' } });
          expect(shown).toEqual([]);
          expect(hidden(all, id)).toEqual([[id, 'warning', 'baseline']]);
        });
      } else {
        it('is never hidden by the baseline', async () => {
          const { shown } = await findings(id, { baseline: true });
          expect(severitiesOf(shown, id)).toEqual([CASES[id]?.severity]);
        });
      }
    });
  }

  it('a finding a rule reports below its own severity stays that much milder', async () => {
    // valid-task-resources and others report milder cases; the table in src/engine/severity.ts's findingSeverity.
    const { findingSeverity } = await import('../engine/severity.js');
    expect(findingSeverity('error', 'warning', 'error')).toBe('warning');
    expect(findingSeverity('warning', 'note', 'error')).toBe('note');
    expect(findingSeverity('note', 'warning', 'error')).toBe('note');
    expect(findingSeverity('warning', 'error', 'error')).toBe('warning');
    expect(findingSeverity('error', 'note', 'note')).toBe('error');
  });

  it('accepts the spellings ESLint users write: warn, 0, 1, 2', () => {
    expect(
      ['warn', 'warning', 0, 1, 2, '0', '1', '2', 'note', 'off', 'error', 3, 'warnings', 1.5].map(toLevel),
    ).toEqual([
      'warning',
      'warning',
      'off',
      'warning',
      'error',
      'off',
      'warning',
      'error',
      'note',
      'off',
      'error',
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('unused-suppression set to "error" in the config (regression)', () => {
  it('is reported as an error, and the CLI exits 1', async () => {
    const c = CASES['unused-suppression'];
    const dir = project({
      [c?.file ?? '']: c?.text ?? '',
      '.ecslintrc.json': JSON.stringify({
        rules: { 'unused-suppression': 'error' },
        suppressions: [{ files: '*.json', rules: 'no-latest-image-tag', reason: 'legacy image' }],
      }),
    });
    const run = await runCli(dir, ['--format', 'compact', '.']);
    expect(run.stdout).toContain('.ecslintrc.json:1:');
    expect(run.stdout).toMatch(/error.*suppression #1 \(no-latest-image-tag\) matched no finding/);
    expect(run.code).toBe(1);
  });
});

describe('ESLint spellings of levels in a config', () => {
  for (const [written, level] of [
    ['warn', 'warning'],
    [1, 'warning'],
    ['2', 'error'],
    [0, 'off'],
  ] as const) {
    it(`"rules" and "overrides" take ${JSON.stringify(written)} as ${level}`, async () => {
      for (const config of [
        { rules: { 'no-latest-image-tag': written } },
        { overrides: [{ files: '*.json', rules: { 'no-latest-image-tag': [written] } }] },
      ]) {
        const { shown } = await findings('no-latest-image-tag', { config });
        expect(severitiesOf(shown, 'no-latest-image-tag')).toEqual(level === 'off' ? [] : [level]);
      }
    });
  }
});
