/**
 * How a repository deploys its task definitions, as far as its GitHub workflows say: `--init` writes it into
 * the starter config, and the Action infers its deploy target from it (docs/targets.md). The workflows are
 * data from the repository under review: at most MAX_WORKFLOWS regular files of at most MAX_WORKFLOW_BYTES
 * each are parsed with `yaml` (aliases bounded), and only the steps' `uses` and `run` strings are looked at;
 * comments, names and anything else in them count for nothing, and nothing in them runs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DeployTarget } from '../engine/group.js';
import { loadYaml } from '../lazy.js';
import { readRegularFile } from '../read.js';

/** How a repository's workflows deploy task definitions. */
export type DeployPath = 'deploy-action' | 'aws-cli' | 'elastic-beanstalk' | 'copilot' | 'iac';

/** The deploy paths named in a repository's workflows, each with the workflow files that name it. */
export type DeployPaths = Partial<Record<DeployPath, string[]>>;

/** Workflow files read, in name order; more are not looked at. */
export const MAX_WORKFLOWS = 200;
/** A workflow file larger than this is skipped (GitHub's own limit for a workflow file is 512 KiB). */
export const MAX_WORKFLOW_BYTES = 512 * 1024;

const WORKFLOWS = '.github/workflows';

/** What a step's `uses` (an action) or `run` (a script) says about the deploy path. */
const PATTERNS: readonly { path: DeployPath; uses?: RegExp; run?: RegExp }[] = [
  { path: 'deploy-action', uses: /^aws-actions\/amazon-ecs-deploy-task-definition(@|$)/i },
  { path: 'aws-cli', run: /\baws\s+ecs\s+register-task-definition\b/ },
  { path: 'elastic-beanstalk', uses: /beanstalk-deploy/i, run: /\beb\s+deploy\b|\baws\s+elasticbeanstalk\b/ },
  { path: 'copilot', run: /\bcopilot\s+(svc|job|deploy)\b/ },
  {
    path: 'iac',
    uses: /^aws-actions\/aws-cloudformation-github-deploy(@|$)/i,
    run: /\bterraform\s+apply\b|\bcdk\s+deploy\b|\bcloudformation\s+deploy\b/,
  },
];

/** The deploy paths the workflows under `dir`/.github/workflows name (none when there are none). */
export function workflowDeployPaths(dir: string): DeployPaths {
  const folder = join(dir, WORKFLOWS);
  let names: string[];
  try {
    names = readdirSync(folder)
      .filter((n) => /\.ya?ml$/i.test(n))
      .sort()
      .slice(0, MAX_WORKFLOWS);
  } catch {
    return {};
  }
  const found: DeployPaths = {};
  for (const name of names) {
    const file = `${WORKFLOWS}/${name}`;
    for (const path of deployPathsOf(read(join(folder, name)))) found[path] = [...(found[path] ?? []), file];
  }
  return found;
}

/** A target inferred from the workflows, and the first workflow file that says so. */
export interface InferredTarget {
  target: DeployTarget;
  from: string;
}

/**
 * The deploy target the workflows imply: `deploy-action` when a step uses amazon-ecs-deploy-task-definition;
 * otherwise none (the default, `aws-cli`, stays).
 */
export function inferTarget(dir: string): InferredTarget | undefined {
  const from = workflowDeployPaths(dir)['deploy-action']?.[0];
  return from === undefined ? undefined : { target: 'deploy-action', from };
}

function read(path: string): unknown {
  try {
    // Aliases are bounded (a "billion laughs" file fails to parse); a broken file is skipped.
    return loadYaml().parse(readRegularFile(path, MAX_WORKFLOW_BYTES), { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/** The deploy paths one parsed workflow's steps name. */
function deployPathsOf(workflow: unknown): Set<DeployPath> {
  const paths = new Set<DeployPath>();
  const jobs = record(record(workflow)?.jobs);
  for (const job of Object.values(jobs ?? {})) {
    const steps = record(job)?.steps;
    if (!Array.isArray(steps)) continue;
    for (const step of steps) {
      const { uses, run } = record(step) ?? {};
      for (const p of PATTERNS) {
        const byUses = p.uses !== undefined && typeof uses === 'string' && p.uses.test(uses.trim());
        if (byUses || (p.run !== undefined && typeof run === 'string' && p.run.test(run))) paths.add(p.path);
      }
    }
  }
  return paths;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
