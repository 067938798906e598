import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lint } from '../api.js';
import { formatExpected } from '../testing/expected.js';
import { FIXTURES, UPDATE } from '../testing/fixtures.js';

// Real CloudFormation, CDK and Terraform files (fixtures/_inputs/README.md says where each came from), linted
// with the recommended preset: the snapshot shows what a user of each input sees.
const dir = join(FIXTURES, '_inputs');
const snapshotPath = join(FIXTURES, '_inputs.expected.txt');

function* walk(d: string): Generator<string> {
  for (const name of readdirSync(d).sort()) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (name !== 'README.md') yield relative(dir, path).split('\\').join('/');
  }
}

describe('input fixtures', async () => {
  const files = [...walk(dir)];
  // A run over the files, as `ecslint` run in the folder gives: a .tf file's file("…") is followed.
  const results = await lint(files, { cwd: dir, config: false });

  it('reads every file without a crash or a syntax error', () => {
    const bad = results.flatMap((r) =>
      r.diagnostics
        .filter((d) => d.ruleId === 'internal-error' || d.ruleId === 'json-syntax')
        .map((d) => `${r.file}: ${d.message}`),
    );
    expect(bad).toEqual([]);
  });

  it('matches the reviewed snapshot', () => {
    const text = results
      .map((r) => `## ${r.file} (${r.kind})\n${formatExpected(r.diagnostics) || '(no findings)\n'}`)
      .join('\n');
    if (UPDATE) writeFileSync(snapshotPath, text);
    expect(text).toBe(readFileSync(snapshotPath, 'utf8'));
  });
});

describe('the ecslint-iac pre-commit hook', () => {
  const hooks = parse(readFileSync(join(FIXTURES, '..', '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    files: string;
  }[];
  const files = new RegExp(hooks.find((h) => h.id === 'ecslint-iac')?.files ?? '^$');

  it('takes templates and plans, and leaves other JSON to the other hooks', () => {
    for (const name of [
      'infra/service.yaml',
      'template.yml',
      'stack.template',
      'cdk.out/App.template.json',
      'plan.json',
      'deploy/tfplan.json',
      'terraform-plan.json',
      'infra/main.tf',
    ]) {
      expect(files.test(name), name).toBe(true);
    }
    for (const name of [
      'package.json',
      'tsconfig.json',
      'task-definition.json',
      'cdk.out/manifest.json',
      'variables.tfvars',
    ]) {
      expect(files.test(name), name).toBe(false);
    }
  });
});
