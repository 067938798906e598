/**
 * The GitHub Action: inputs → the run session and reporters the CLI uses → annotations, a job summary,
 * a SARIF file, outputs, and (on pull requests) review comments. Exit code 0 clean, 1 findings at or
 * above `fail-on`, 2 a bad input, config or internal error (as the CLI).
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { CONFIG_NAMES, ConfigError } from '../../config/config.js';
import { PSEUDO_RULES } from '../../engine/pseudo-rules.js';
import { UsageError } from '../../errors.js';
import { loadReporter, type ReporterContext, summaryLine } from '../../reporters/index.js';
import { cell } from '../../reporters/markdown.js';
import {
  exitCode,
  inferTarget,
  lineSuggestions,
  projectPaths,
  runSession,
  type SessionOptions,
  tally,
  writeAtomic,
} from '../../session/index.js';
import { oneLine } from '../../text.js';
import type { LintResult } from '../../types.js';
import { VERSION } from '../../version.js';
import {
  type ChangedFile,
  createClient,
  describeError,
  type GitHub,
  httpStatus,
  isRateLimited,
  listChangedFiles,
  type PullRequest,
  pullRequestFromEvent,
} from './github.js';
import { type Inputs, readInputs } from './inputs.js';
import { postReview, type ReviewFinding } from './review.js';
import { truncateSummary } from './summary.js';

/** `pulls.listFiles` stops at 3000 files: a longer list may miss changed files. */
const MAX_LISTED_FILES = 3000;

type Env = Readonly<Record<string, string | undefined>>;

export async function run(env: Env = process.env): Promise<number> {
  try {
    return await lintAndReport(env);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      core.error(`ecslint: ${error.message}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    core.error(`ecslint: internal error: ${message.split('\n')[0]}`);
    if (error instanceof Error && error.stack) core.debug(error.stack);
    return 2;
  }
}

async function lintAndReport(env: Env): Promise<number> {
  const inputs = readInputs();
  if (inputs.token !== '') core.setSecret(inputs.token);
  // The workspace with links resolved, and its git top level (annotations, SARIF and review comments use
  // paths from it).
  const { cwd: workspace, root } = projectPaths(env.GITHUB_WORKSPACE ?? process.cwd());
  const repoPath = (file: string): string => relative(root, resolve(workspace, file)).replaceAll('\\', '/');
  const pr = pullRequestFromEvent(env);

  // The pull request's files: to lint only those, and to know which lines review comments can go on.
  let changed: ChangedFile[] | undefined;
  let github: GitHub | undefined;
  const wantsApi = pr !== undefined && (inputs.onlyChanged || inputs.reviewComments);
  if (wantsApi && inputs.token === '') {
    core.warning('ecslint: no github-token, so "only-changed" and "review-comments" are off');
  } else if (wantsApi && pr) {
    github = createClient({
      token: inputs.token,
      baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
      log: (message) => core.info(`ecslint: ${message}`),
      ...retryUnit(env),
    });
    try {
      changed = await listChangedFiles(github, pr);
    } catch (error) {
      core.warning(
        `ecslint: cannot list the pull request's files (${describeError(error)})${inputs.onlyChanged ? '; linting all files' : ''}${inputs.reviewComments ? '; no review comments' : ''}`,
      );
    }
  } else if (inputs.onlyChanged) {
    core.info('ecslint: not a pull request event, so "only-changed" lints all files');
  }

  // No `target` input: a config's target, else the one the repository's workflows imply (docs/targets.md).
  const inferred = inputs.target === undefined ? inferTarget(root) : undefined;
  // The workflow's file name comes from the repository: one line in the log, escaped in the summary.
  if (inferred) core.info(`ecslint: target ${inferred.target}: inferred from ${oneLine(inferred.from)}`);
  const options: SessionOptions = {
    cwd: workspace,
    ...(inputs.config === undefined ? {} : { config: inputs.config }),
    ...(inputs.preset === undefined ? {} : { preset: inputs.preset }),
    ...(inputs.target === undefined ? {} : { target: inputs.target }),
    ...(inferred ? { defaultTarget: inferred.target } : {}),
    // A warning names files of the repository: one line, never a workflow command of its own.
    warn: (message) => core.info(`ecslint: warning: ${oneLine(message)}`),
    // A pull request's config must not run its own code with the job's token at hand: plugins load only when
    // the workflow allows them.
    ...(inputs.allowPlugins ? {} : { plugins: false }),
  };
  const lintedRun = await runSession({ paths: inputs.files }, options);
  let results = lintedRun.results;
  if (inputs.onlyChanged && changed) {
    results = onlyChanged(results, changed, inputs, repoPath, lintedRun.configFiles.map(repoPath));
  }

  const ctx: ReporterContext = {
    rules: [...PSEUDO_RULES, ...lintedRun.rules.map((r) => r.meta)],
    version: VERSION,
    paths: { cwd: workspace, root },
  };
  const report = async (format: string, extra: Partial<ReporterContext> = {}): Promise<string> => {
    const reporter = await loadReporter(format);
    if (!reporter) throw new Error(`no ${format} reporter`);
    return reporter(results, { ...ctx, ...extra });
  };

  // The log: workflow commands that annotate the files (and print in the log), or plain text.
  process.stdout.write(inputs.annotations ? await report('github') : await report('stylish', { color: false }));

  const summary = tally(results);
  const total = summary.errors + summary.warnings + summary.notes;
  if (inputs.sarifFile !== undefined) {
    const path = resolve(workspace, inputs.sarifFile);
    mkdirSync(dirname(path), { recursive: true });
    writeAtomic(path, await report('sarif'), workspace);
    core.setOutput('sarif-file', inputs.sarifFile);
  }
  if (inputs.jobSummary && env.GITHUB_STEP_SUMMARY) {
    try {
      const note = inferred
        ? `> target \`${inferred.target}\`: inferred from ${cell(oneLine(inferred.from))} (a config's \`target\` or the \`target\` input wins)\n\n`
        : '';
      await core.summary.addRaw(note + truncateSummary(await report('markdown'), total)).write();
    } catch (error) {
      core.warning(`ecslint: cannot write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  core.setOutput('error-count', summary.errors);
  core.setOutput('warning-count', summary.warnings);
  core.setOutput('note-count', summary.notes);

  if (inputs.reviewComments && pr && github && changed) {
    const inDiff = new Set(changed.map((f) => f.filename));
    const findings: ReviewFinding[] = results.flatMap((r) => {
      const path = repoPath(r.file);
      const suggested =
        inputs.suggestions && inDiff.has(path) ? lineSuggestions(r, resolve(workspace, r.file)) : undefined;
      return r.diagnostics.map((diagnostic) => {
        const suggestion = suggested?.get(diagnostic);
        return { path, diagnostic, ...(suggestion ? { suggestion } : {}) };
      });
    });
    await review(github, pr, { findings, files: changed, headSha: pr.headSha, summary: summaryLine(summary) });
  } else if (inputs.reviewComments && !pr) {
    core.info('ecslint: not a pull request event, so no review comments');
  }

  const verdict = exitCode(summary, inputs.failOn);
  if (verdict.code === 1) {
    const { failing } = verdict;
    core.info(
      `ecslint: failing: ${failing} ${failing === 1 ? 'finding' : 'findings'} at or above "${inputs.failOn}" (fail-on)`,
    );
  }
  return verdict.code;
}

async function review(github: GitHub, pr: PullRequest, input: Parameters<typeof postReview>[2]): Promise<void> {
  try {
    const plan = await postReview(github, pr, input, (message) => core.info(`ecslint: ${message}`));
    const created = plan.create
      ? `posted a review with ${plan.create.comments.length} comments`
      : 'posted no new review';
    core.info(
      `ecslint: ${created}; updated ${plan.updateComments.length} comments and ${plan.updateReviews.length} reviews; replaced ${plan.deleteComments.length} comments`,
    );
  } catch (error) {
    const status = httpStatus(error);
    const why = isRateLimited(error)
      ? ": GitHub's API rate limit is reached, and it resets too late to wait for"
      : status === 403 || status === 404
        ? ': the token cannot write to the pull request, as on pull requests from forks, or the job lacks "permissions: pull-requests: write"'
        : '';
    core.warning(
      `ecslint: cannot post review comments (${describeError(error)})${why}. The findings are in the annotations and the job summary.`,
    );
  }
}

/**
 * The results for files the pull request adds or changes. When it changes an ecslint config file (or
 * the `config` input's file), or a policy file or plugin module a config used names, every file is kept:
 * the new config may change findings anywhere.
 */
function onlyChanged(
  results: readonly LintResult[],
  changed: readonly ChangedFile[],
  inputs: Inputs,
  repoPath: (file: string) => string,
  configFiles: readonly string[],
): readonly LintResult[] {
  if (changed.length >= MAX_LISTED_FILES) {
    core.info(`ecslint: GitHub lists at most ${MAX_LISTED_FILES} files of a pull request, so all files are linted`);
    return results;
  }
  const paths = new Set(changed.filter((f) => f.status !== 'removed').map((f) => f.filename));
  const configPath = inputs.config === undefined ? undefined : repoPath(inputs.config);
  const used = new Set(configFiles);
  const configChanged = [...paths].some((p) => CONFIG_NAMES.includes(basename(p)) || p === configPath || used.has(p));
  if (configChanged) {
    core.info('ecslint: the pull request changes an ecslint config, policy or plugin file, so all files are linted');
    return results;
  }
  // An unchanged service or AppSpec keeps the findings the pull request causes: those checked against a task
  // definition it changes (a container renamed in the task definition breaks the AppSpec that names it).
  const byChange = (d: LintResult['diagnostics'][number]): boolean =>
    (d.related ?? []).some((rel) => rel.file !== undefined && paths.has(repoPath(rel.file)));
  const kept: LintResult[] = [];
  for (const r of results) {
    if (paths.has(repoPath(r.file))) kept.push(r);
    else if (r.diagnostics.some(byChange)) kept.push({ ...r, diagnostics: r.diagnostics.filter(byChange) });
  }
  core.info(`ecslint: linting ${kept.length} of ${results.length} files: the ones the pull request adds or changes`);
  return kept;
}

/** Test hook: `ECSLINT_ACTION_RETRY_UNIT_MS` shortens the retry and rate-limit back-off. */
function retryUnit(env: Env): { retryUnitMs?: number } {
  const value = Number(env.ECSLINT_ACTION_RETRY_UNIT_MS);
  return env.ECSLINT_ACTION_RETRY_UNIT_MS !== undefined && Number.isFinite(value) && value >= 0
    ? { retryUnitMs: value }
    : {};
}
