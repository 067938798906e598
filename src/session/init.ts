/**
 * `--init`: a commented starter config for a repository, from what it holds: which kinds of documents
 * (and where), and which deploy path its GitHub workflows use. Nothing from the repository runs: documents
 * are linted with no config (so no plugin is loaded) and workflows are read as data (src/session/workflows.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_NAMES } from '../config/config.js';
import { UsageError } from '../errors.js';
import type { DocumentKind } from '../types.js';
import { runSession } from './run.js';
import { type DeployPath, type DeployPaths, workflowDeployPaths } from './workflows.js';

export interface RepositoryFacts {
  /** Documents by kind, with up to three example paths each. */
  documents: Partial<Record<DocumentKind, { count: number; examples: string[] }>>;
  /** The deploy paths named in .github/workflows, with the workflow files that name them. */
  deploys: DeployPaths;
  /** Folders that hold JSON that is not a document ecslint reads (candidates for `ignore`). */
  fixtureFolders: string[];
}

/** What the repository at `cwd` holds, for the starter config. */
export async function detectRepository(cwd: string): Promise<RepositoryFacts> {
  const documents: RepositoryFacts['documents'] = {};
  const run = await runSession({ paths: ['.'] }, { cwd, config: false, keepSource: false });
  for (const r of run.results) {
    if (r.kind === 'unknown') continue;
    const entry = documents[r.kind] ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < 3) entry.examples.push(r.file);
    documents[r.kind] = entry;
  }
  const deploys = workflowDeployPaths(cwd);
  const fixtureFolders = ['test', 'tests', 'fixtures', '__fixtures__', 'testdata'].filter((d) =>
    existsSync(join(cwd, d)),
  );
  return { documents, deploys, fixtureFolders };
}

const KIND_WORDS: Record<DocumentKind, string> = {
  'task-definition': 'task definitions (register-task-definition input)',
  'describe-output': 'describe-task-definition output',
  'container-definitions': 'container-definitions arrays',
  'dockerrun-v1': 'Dockerrun.aws.json v1 (single container)',
  'dockerrun-v2': 'Dockerrun.aws.json v2 (multicontainer)',
  'dockerrun-v3': 'Dockerrun.aws.json v3 (Docker Compose)',
  cloudformation: 'CloudFormation or CDK templates with task definitions',
  terraform: 'Terraform configurations with task definitions',
  'terraform-plan': 'Terraform plans with task definitions',
  'create-service': 'service definitions (create-service input)',
  'update-service': 'update-service input',
  'describe-services': 'describe-services output',
  'run-task': 'run-task input',
  'start-task': 'start-task input',
  appspec: 'CodeDeploy AppSpec files for ECS',
  'events-target': 'EventBridge targets that run tasks',
  unknown: 'other JSON',
};

/** The starter config's YAML text, every line explained. */
export function starterConfig(facts: RepositoryFacts): string {
  const lines: string[] = [
    '# ecslint config (https://github.com/ecslint/ecslint#configuration), written by `ecslint --init`.',
    '# Levels: off, note, warning (or warn, 1), error (or 2). `ecslint --list-rules` lists the rules;',
    '# `ecslint --print-config <file>` shows what applies to a file.',
    '',
  ];
  const kinds = Object.entries(facts.documents) as [DocumentKind, { count: number; examples: string[] }][];
  if (kinds.length === 0) {
    lines.push('# No task definition or Dockerrun.aws.json was found under this folder yet.');
  } else {
    lines.push('# Found in this repository:');
    for (const [kind, { count, examples }] of kinds) {
      lines.push(`#   ${count} ${KIND_WORDS[kind]}, e.g. ${examples.join(', ')}`);
    }
  }
  const deploys = Object.entries(facts.deploys) as [DeployPath, string[]][];
  for (const [path, files] of deploys) lines.push(`# Deployed with ${path} (${files.join(', ')}).`);
  lines.push('', '# recommended: what AWS rejects and what keeps a task from starting; strict adds best practice.');
  lines.push('preset: recommended', '');
  if (facts.deploys['deploy-action'] !== undefined) {
    lines.push(
      '# Where the task definitions go (docs/targets.md). amazon-ecs-deploy-task-definition removes null and empty',
      '# members and the output-only fields of describe output (taskDefinitionArn, revision, …) before it',
      '# registers: they are one note, not errors. The GitHub Action infers this target from the workflows too.',
      'target: deploy-action',
      '',
    );
  } else {
    lines.push(
      '# Where the task definitions go (docs/targets.md). The default, aws-cli, is `aws ecs register-task-definition',
      '# --cli-input-json`, which fails on null members and describe-output fields: they are errors.',
      '# target: deploy-action',
      '',
    );
  }
  // Only comments under `rules:` would make it null, which the config schema refuses: the example stays commented.
  lines.push('# Rule levels and options, e.g.:', '# rules:', '#   no-latest-image-tag: warn', '');
  lines.push('# Files and folders not to lint (globs, relative to this file).');
  if (facts.fixtureFolders.length > 0) {
    lines.push('ignore:');
    for (const d of facts.fixtureFolders) lines.push(`  - "${d}/**"`);
  } else {
    lines.push('# ignore:', '#   - "test/**"');
  }
  lines.push(
    '',
    '# Per-file settings, e.g. templates with placeholders and comments:',
    '# overrides:',
    '#   - files: ["deploy/templates/**"]',
    '#     allowComments: true',
    '',
    '# Known findings to keep quiet, each with a reason (reported when they hide nothing any more):',
    '# suppressions:',
    '#   - files: legacy/task-definition.json',
    '#     rules: no-latest-image-tag',
    '#     reason: replaced in Q3',
    '',
  );
  return lines.join('\n');
}

/** Write `.ecslintrc.yaml` in `cwd`; refused when a config is already there. Returns the file's name. */
export async function writeStarterConfig(
  cwd: string,
  write: (path: string, text: string) => void,
): Promise<{ file: string; facts: RepositoryFacts }> {
  const existing = CONFIG_NAMES.find((n) => existsSync(join(cwd, n)));
  if (existing) throw new UsageError(`${existing} already exists here; edit it, or remove it to start again`);
  const facts = await detectRepository(cwd);
  const file = '.ecslintrc.yaml';
  write(join(cwd, file), starterConfig(facts));
  return { file, facts };
}
