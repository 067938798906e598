/**
 * The fixes and suggestions of the accuracy corrections, applied to their fixtures: each gives a document that
 * still parses and no longer has the finding.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintBytes } from '../engine/lint.js';
import { applyFixes } from '../fix/apply.js';
import type { Fix } from '../types.js';
import { fixtureCases, lintFixture, ruleById } from './fixtures.js';

function fixture(name: string) {
  const c = fixtureCases().find((x) => x.name === name);
  if (!c) throw new Error(`no fixture ${name}`);
  return c;
}

/** Lint `text` with one rule on, as the fixture runner does. */
function relint(ruleId: string, text: string, file: string) {
  const rule = ruleById(ruleId);
  const rules = new Map([[ruleId, { level: rule?.meta.severity ?? 'error' }]]);
  return lintBytes(Buffer.from(text), { file, rules: rule ? [rule] : [], settings: { rules }, explicit: true });
}

function apply(text: string, fix: Fix | undefined): string {
  expect(fix).toBeDefined();
  const out = applyFixes(text, [fix as Fix]).text;
  expect(() => JSON.parse(out)).not.toThrow();
  return out;
}

describe('accuracy fixes', () => {
  it('valid-tags: removes an empty "tags" list (a safe fix)', () => {
    const c = fixture('valid-tags/invalid/console-export-empty-tags.json');
    const text = readFileSync(c.path, 'utf8');
    const finding = lintFixture(c).diagnostics.find((d) => d.message.includes('empty list'));
    const out = apply(text, finding?.fix);
    expect(JSON.parse(out)).not.toHaveProperty('tags');
    expect(out).toContain('"memory": "512"\n}');
    expect(relint('valid-tags', out, c.name).diagnostics).toEqual([]);
  });

  it('valid-health-check: suggests "CMD" first, or one CMD-SHELL line; fixes a prefix in the wrong case', () => {
    const c = fixture('valid-health-check/invalid/otel-sidecar-program-without-prefix.json');
    const text = readFileSync(c.path, 'utf8');
    const found = lintFixture(c).diagnostics;
    const noPrefix = found.find((d) => d.message.includes('"/healthcheck"'));
    expect(noPrefix?.fix).toBeUndefined();
    expect(noPrefix?.suggestions?.map((s) => s.message)).toEqual([
      'put "CMD" first',
      'run it as one shell line with "CMD-SHELL"',
    ]);
    const cmd = apply(text, noPrefix?.suggestions?.[0]);
    expect(JSON.parse(cmd).containerDefinitions[0].healthCheck.command).toEqual(['CMD', '/healthcheck']);
    const shell = apply(text, noPrefix?.suggestions?.[1]);
    expect(JSON.parse(shell).containerDefinitions[0].healthCheck.command).toEqual(['CMD-SHELL', '/healthcheck']);
    for (const out of [cmd, shell]) {
      expect(
        relint('valid-health-check', out, c.name).diagnostics.some((d) => d.message.includes('/healthcheck')),
      ).toBe(false);
    }
    const lower = found.find((d) => d.message.includes('"cmd-shell"'));
    const fixed = apply(text, lower?.fix);
    expect(JSON.parse(fixed).containerDefinitions[1].healthCheck.command[0]).toBe('CMD-SHELL');
  });

  it('valid-fargate-task-size: suggests requiresCompatibilities FARGATE (then the size is checked) or EC2', () => {
    const c = fixture('valid-fargate-task-size/invalid/no-requires-compatibilities.json');
    const text = readFileSync(c.path, 'utf8');
    const finding = lintFixture(c).diagnostics[0];
    expect(finding?.fix).toBeUndefined();
    const out = apply(text, finding?.suggestions?.[0]);
    expect(JSON.parse(out).requiresCompatibilities).toEqual(['FARGATE']);
    expect(relint('valid-fargate-task-size', out, c.name).diagnostics).toEqual([]);
    expect(JSON.parse(apply(text, finding?.suggestions?.[1])).requiresCompatibilities).toEqual(['EC2']);
  });

  it('valid-secrets: removes repositoryCredentials whose only member is an empty credentialsParameter', () => {
    const c = fixture('valid-secrets/invalid/repository-credentials.json');
    const text = readFileSync(c.path, 'utf8');
    const finding = lintFixture(c).diagnostics.find((d) => d.message.includes('is empty'));
    // Nothing but empty members: the image needs no login, so removing the object is the safe fix.
    expect(finding?.suggestions).toBeUndefined();
    const out = apply(text, finding?.fix);
    expect(JSON.parse(out).containerDefinitions[1].repositoryCredentials).toBeUndefined();
    expect(relint('valid-secrets', out, c.name).diagnostics.some((d) => d.message.includes('is empty'))).toBe(false);
  });
});
