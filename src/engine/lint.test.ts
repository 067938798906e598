import { describe, expect, it } from 'vitest';
import { LineTable, sourceLines } from '../json/lines.js';
import { type AnyRule, defineRule } from '../rule.js';
import type { RuleLevel } from '../types.js';
import { type LintSettings, lintText } from './lint.js';

const TASK = `{
  "family": "api",
  "containerDefinitions": [
    { "name": "web", "image": "nginx:1.27", "memory": 256 },
    { "name": "worker", "image": "\${IMAGE}", "memory": 128 }
  ]
}`;

const imageRule = defineRule({
  meta: {
    id: 'test-image',
    category: 'correctness',
    description: 'Test rule',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: ['https://example.com'],
    messages: { image: '{{label}} uses image "{{image}}"' },
  },
  check(task, ctx) {
    const list = Array.isArray(task.containerDefinitions) ? task.containerDefinitions : [];
    list.forEach((c, i) => {
      ctx.report({
        messageId: 'image',
        path: ['containerDefinitions', i, 'image'],
        data: { label: `container "${String(c?.name)}"`, image: String(c?.image) },
        severity: i === 0 ? 'warning' : 'error',
      });
    });
  },
});

const throwingRule = defineRule({
  meta: { ...imageRule.meta, id: 'test-throws', messages: {} },
  check() {
    throw new TypeError("Cannot read properties of undefined (reading 'length')");
  },
});

const settings = (levels: Record<string, RuleLevel>): LintSettings => ({
  rules: new Map(Object.entries(levels).map(([id, level]) => [id, { level }])),
});

const run = (text: string, rules: AnyRule[], levels: Record<string, RuleLevel>, file = 'task.json') =>
  lintText(text, { file, rules, settings: settings(levels), explicit: true });

describe('lintText', () => {
  it('maps rule paths to exact ranges and drops findings on placeholder values', () => {
    const result = run(TASK, [imageRule], { 'test-image': 'error' });
    expect(result.kind).toBe('task-definition');
    const found = result.diagnostics.filter((d) => d.ruleId === 'test-image');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      message: 'container "web" uses image "nginx:1.27"',
      pointer: '/containerDefinitions/0/image',
      range: { start: { line: 4, column: 31 }, end: { line: 4, column: 43 } },
      severity: 'warning',
      docsUrl: 'https://github.com/ecslint/ecslint/blob/main/rules/test-image/README.md',
    });
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('template-placeholder');
  });

  it('hands reporters the lines of the masked source, and a replaced source gets lines of its own', () => {
    const text = TASK.replace('"memory": 256', '"environment": [{ "name": "DB_PASSWORD", "value": "hunter2" }]');
    const result = run(text.replace('${IMAGE}', 'busybox:1'), [imageRule], { 'test-image': 'error' });
    const lines = sourceLines(result);
    expect(lines.text).toBe(result.source);
    expect(lines.lineText(4)).toContain('"value": "*******"');
    expect(lines.lineText(4)).not.toContain('hunter2');
    expect(lines.position(result.source.length)).toEqual(new LineTable(result.source).position(result.source.length));
    result.source = 'one\ntwo';
    expect(sourceLines(result).lineText(2)).toBe('two');
  });

  it('drops findings on a placeholder value whatever they underline ("privileged": "${PRIV}" may render false)', () => {
    const flagRule = defineRule({
      meta: { ...imageRule.meta, id: 'test-flag', messages: { set: '"image" is set' } },
      check(task, ctx) {
        const list = Array.isArray(task.containerDefinitions) ? task.containerDefinitions : [];
        for (let i = 0; i < list.length; i++) {
          ctx.report({ messageId: 'set', path: ['containerDefinitions', i, 'image'], target: 'key' });
        }
      },
    });
    const found = run(TASK, [flagRule], { 'test-flag': 'error' }).diagnostics.filter((d) => d.ruleId === 'test-flag');
    expect(found.map((d) => d.pointer)).toEqual(['/containerDefinitions/0/image']);
  });

  it('keeps every message, hint and related message on one line, whatever the document holds', () => {
    const named = TASK.replace('"web"', '"web\\r\\n::error::forged"');
    const result = run(named, [imageRule], { 'test-image': 'error' });
    const text = result.diagnostics.flatMap((d) => [
      d.message,
      d.hint ?? '',
      ...(d.related ?? []).map((r) => r.message),
    ]);
    expect(text.join(' ')).toContain('container "web\\r\\n::error::forged" uses image');
    for (const t of text) expect(t).not.toMatch(/[\r\n]/);
  });

  it('caps a finding at the configured level and never raises a report severity', () => {
    const result = run(TASK.replace('${IMAGE}', 'busybox:1'), [imageRule], { 'test-image': 'note' });
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['note', 'note']);
    const off = run(TASK, [imageRule], { 'test-image': 'off' });
    expect(off.diagnostics.filter((d) => d.ruleId === 'test-image')).toEqual([]);
  });

  it('reports at the configured level when it is above the rule severity; milder findings stay milder', () => {
    // A warning rule (as no-latest-image-tag is) that reports one milder case as a note, and the other
    // at its own severity, once stated and once not.
    const warningRule = defineRule({
      meta: { ...imageRule.meta, id: 'test-warning', severity: 'warning' },
      check(_task, ctx) {
        const severities = ['note', 'warning', undefined] as const;
        severities.forEach((severity, i) => {
          ctx.report({
            messageId: 'image',
            path: ['containerDefinitions', i, 'image'],
            data: { label: `container #${i + 1}`, image: 'x' },
            ...(severity ? { severity } : {}),
          });
        });
      },
    });
    const three = TASK.replace('${IMAGE}', 'busybox:1').replace(
      '"memory": 128 }',
      '"memory": 128 },\n    { "name": "third", "image": "redis:7", "memory": 64 }',
    );
    const levels = (level: RuleLevel) =>
      run(three, [warningRule], { 'test-warning': level }).diagnostics.map((d) => d.severity);
    expect(levels('error')).toEqual(['note', 'error', 'error']);
    expect(levels('warning')).toEqual(['note', 'warning', 'warning']);
    expect(levels('note')).toEqual(['note', 'note', 'note']);
    // Pseudo-rules too: a placeholder note raised to a warning.
    const placeholder = run(TASK, [], { 'template-placeholder': 'warning' });
    expect(placeholder.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['template-placeholder', 'warning']]);
  });

  it('turns a crashing rule into one internal-error and keeps running the others', () => {
    const result = run(TASK.replace('${IMAGE}', 'busybox:1'), [throwingRule, imageRule], {
      'test-throws': 'error',
      'test-image': 'error',
    });
    const crash = result.diagnostics.filter((d) => d.ruleId === 'internal-error');
    expect(crash).toHaveLength(1);
    expect(crash[0]?.message).toBe(
      `rule "test-throws" crashed on task definition: Cannot read properties of undefined (reading 'length')`,
    );
    expect(result.diagnostics.filter((d) => d.ruleId === 'test-image')).toHaveLength(2);
  });

  it('keeps the /taskDefinition prefix for describe output, and maps outer tags', () => {
    const text = JSON.stringify(
      {
        taskDefinition: { family: 'api', containerDefinitions: [{ name: 'web', image: 'nginx:1', memory: 64 }] },
        tags: [],
      },
      null,
      2,
    );
    const result = run(text, [imageRule], { 'test-image': 'error' });
    expect(result.kind).toBe('describe-output');
    expect(result.diagnostics.find((d) => d.ruleId === 'test-image')?.pointer).toBe(
      '/taskDefinition/containerDefinitions/0/image',
    );
  });

  it('maps a bare container-definitions array to its own indexes', () => {
    const result = run('[{"name": "web", "image": "nginx:1", "memory": 64}]', [imageRule], { 'test-image': 'error' });
    expect(result.kind).toBe('container-definitions');
    expect(result.diagnostics[0]).toMatchObject({ pointer: '/0/image', range: { start: { line: 1, column: 27 } } });
  });

  it('reports an unknown document only when the file was named', () => {
    const text = '{"name": "pkg", "version": "1.0.0"}';
    expect(run(text, [], {}).diagnostics.map((d) => d.ruleId)).toEqual(['document-kind']);
    const walked = lintText(text, { file: 'package.json', rules: [], settings: settings({}) });
    expect(walked).toMatchObject({ kind: 'unknown', diagnostics: [] });
  });

  it('gives fingerprints that survive moved lines but change with the finding', () => {
    const a = run(TASK.replace('${IMAGE}', 'busybox:1'), [imageRule], { 'test-image': 'error' });
    const moved = run(`\n\n${TASK.replace('${IMAGE}', 'busybox:1')}`, [imageRule], { 'test-image': 'error' });
    const changed = run(TASK.replace('${IMAGE}', 'busybox:2'), [imageRule], { 'test-image': 'error' });
    const prints = (r: typeof a) => r.diagnostics.map((d) => d.fingerprint);
    expect(prints(moved)).toEqual(prints(a));
    expect(prints(changed)[1]).not.toBe(prints(a)[1]);
    expect(moved.diagnostics[0]?.range.start.line).toBe((a.diagnostics[0]?.range.start.line ?? 0) + 2);
  });

  it('hands out fingerprints that read, spread, serialise, clone and freeze as plain strings', () => {
    const lint = () => run(TASK.replace('${IMAGE}', 'busybox:1'), [imageRule], { 'test-image': 'error' }).diagnostics;
    const expected = lint().map((d) => d.fingerprint);
    expect(expected.every((f) => /^[0-9a-f]{16}$/.test(f))).toBe(true);
    const spread = lint().map((d) => ({ ...d }).fingerprint);
    const json = lint().map((d) => JSON.parse(JSON.stringify(d)).fingerprint);
    const cloned = lint().map((d) => structuredClone(d).fingerprint);
    const frozen = lint().map((d) => Object.freeze(d).fingerprint);
    expect([spread, json, cloned, frozen]).toEqual([expected, expected, expected, expected]);
    const [first] = lint();
    if (!first) throw new Error('no finding');
    expect(Object.keys(first)).toContain('fingerprint');
    first.fingerprint = 'mine';
    expect(first.fingerprint).toBe('mine');
  });

  it('does not run schema or rules on a file that is not JSON', () => {
    const result = run('{"family": "api",', [imageRule], { 'test-image': 'error' });
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['json-syntax']);
  });
});
