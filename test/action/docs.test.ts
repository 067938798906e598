/**
 * action.yml, the README's workflows and docs/workflows agree: the README shows the workflow files
 * byte for byte, their `with:` inputs exist, and the inputs the code reads are the ones action.yml
 * declares (action.test.ts runs the Action with those workflows' inputs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionYml, ROOT, workflowWith } from './harness.js';

const WORKFLOWS = readdirSync(join(ROOT, 'docs', 'workflows'))
  .filter((f) => f.endsWith('.yml'))
  .sort();
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('action.yml', () => {
  const action = actionYml() as ReturnType<typeof actionYml> & {
    name: string;
    description: string;
    branding: { icon: string; color: string };
    runs: { using: string; main: string };
  };

  it('runs the committed bundle on Node 24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(existsSync(join(ROOT, 'dist', 'action.js'))).toBe(true);
  });

  it('has what the Marketplace needs', () => {
    expect(action.name).toBeTruthy();
    expect(action.description.length).toBeLessThanOrEqual(125 * 2);
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  it('declares exactly the inputs the code reads, each with a description', () => {
    const source = readFileSync(join(ROOT, 'src', 'frontends', 'action', 'inputs.ts'), 'utf8');
    const read = new Set(
      [...source.matchAll(/(?:getInput|getMultilineInput|flag|oneOf)\('([a-z-]+)'/g)].map((m) => m[1]),
    );
    expect(new Set(Object.keys(action.inputs))).toEqual(read);
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect((spec as { description?: string }).description, name).toBeTruthy();
      expect(typeof (spec as { default?: unknown }).default, `${name}: defaults are strings`).toBe('string');
    }
  });

  it('declares the outputs the code sets', () => {
    const source = readFileSync(join(ROOT, 'src', 'frontends', 'action', 'run.ts'), 'utf8');
    const set = new Set([...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]));
    expect(new Set(Object.keys(action.outputs))).toEqual(set);
    expect(set).toEqual(new Set(['error-count', 'warning-count', 'note-count', 'sarif-file']));
  });
});

describe('README workflows', () => {
  it('are the three files under docs/workflows', () => {
    expect(WORKFLOWS).toEqual(['annotations.yml', 'code-scanning.yml', 'review-comments.yml']);
  });

  for (const name of WORKFLOWS) {
    it(`shows docs/workflows/${name} verbatim`, () => {
      const text = readFileSync(join(ROOT, 'docs', 'workflows', name), 'utf8');
      expect(readme).toContain(`<!-- workflow: docs/workflows/${name} -->\n\`\`\`yaml\n${text}\`\`\`\n`);
    });

    it(`${name}: uses only inputs action.yml declares`, () => {
      const inputs = Object.keys(actionYml().inputs);
      const given = workflowWith(name);
      for (const key of Object.keys(given)) expect(inputs, `${name}: with.${key}`).toContain(key);
    });

    it(`${name}: is a valid workflow with the permissions its features need`, () => {
      const workflow = parse(readFileSync(join(ROOT, 'docs', 'workflows', name), 'utf8')) as {
        on: unknown;
        permissions: Record<string, string>;
        jobs: Record<string, { 'runs-on': string; steps: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      expect(workflow.on).toBeTruthy();
      const given = workflowWith(name);
      expect(workflow.permissions.contents).toBe('read');
      if (given['review-comments'] === 'true') expect(workflow.permissions['pull-requests']).toBe('write');
      if (given['sarif-file']) {
        expect(workflow.permissions['security-events']).toBe('write');
        const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
        const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
        expect(upload?.with?.sarif_file).toBe(given['sarif-file']);
      }
    });
  }
});
