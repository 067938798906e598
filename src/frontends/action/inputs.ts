import * as core from '@actions/core';
import { PRESETS, type Preset } from '../../config/config.js';
import { DEPLOY_TARGETS, type DeployTarget } from '../../engine/group.js';
import { UsageError } from '../../errors.js';
import type { Severity } from '../../types.js';

/** The Action's inputs (action.yml), validated. */
export interface Inputs {
  /** Paths and globs, one per line; empty: the recognised documents in the workspace. */
  files: string[];
  config?: string;
  preset?: Preset;
  /** Where the task definitions go (as --target); unset: the config's, else inferred from the workflows. */
  target?: DeployTarget;
  failOn: Severity | 'none';
  onlyChanged: boolean;
  annotations: boolean;
  reviewComments: boolean;
  /** Review comments carry a fix as a GitHub suggestion block, when it is on the commented lines. */
  suggestions: boolean;
  sarifFile?: string;
  jobSummary: boolean;
  token: string;
  /** Load the plugin modules configs name (code from the repository): off unless the workflow says so. */
  allowPlugins: boolean;
}

const FAIL_ON = ['error', 'warning', 'note', 'none'] as const;

/**
 * A boolean input as YAML 1.2 writes one. An empty value takes the default: the runner fills in
 * action.yml's defaults, but a local run (or an older runner) may leave an input unset.
 */
function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input "${name}" must be true or false; got "${value}"`);
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T | undefined): T | undefined {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`input "${name}" must be one of ${allowed.join(', ')}; got "${value}"`);
}

export function readInputs(): Inputs {
  const config = core.getInput('config');
  const preset = oneOf('preset', PRESETS, undefined);
  const sarifFile = core.getInput('sarif-file');
  const target = oneOf('target', DEPLOY_TARGETS, undefined);
  return {
    // One path or glob per line: names may hold spaces and commas.
    files: core.getMultilineInput('files'),
    ...(config === '' ? {} : { config }),
    ...(preset === undefined ? {} : { preset }),
    ...(target === undefined ? {} : { target }),
    failOn: oneOf('fail-on', FAIL_ON, 'error') ?? 'error',
    onlyChanged: flag('only-changed', false),
    annotations: flag('annotations', true),
    reviewComments: flag('review-comments', false),
    suggestions: flag('suggestions', true),
    ...(sarifFile === '' ? {} : { sarifFile }),
    jobSummary: flag('job-summary', true),
    token: core.getInput('github-token'),
    allowPlugins: flag('allow-plugins', false),
  };
}
