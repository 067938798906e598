/**
 * The library API: `lint`, `lintRun`, `lintEach` and `lintText`, thin adapters over the run session
 * (src/session/), which the CLI and the Action use too.
 */
import { checkConfig } from './config/config.js';
import type { AnyRule } from './rule.js';
import { runSession, type SessionOptions } from './session/index.js';
import type { LintResult } from './types.js';

export type LintOptions = SessionOptions;
export { type ConfigResolver, configResolver, DEFAULT_MAX_FILE_SIZE } from './session/index.js';

/**
 * Lint files, folders and globs as the CLI does: discover config, walk folders for recognised
 * documents, lint each, apply suppressions and the baseline. Throws ConfigError or UsageError (exit
 * code 2 in the CLI) for a bad config, policy, plugin, baseline or path; a document never makes it throw.
 */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  return [...(await runSession({ paths }, options)).results];
}

/**
 * `lint`, also returning every rule that could report in the run (built-ins, policies, plugin rules) and
 * the files besides the documents that decided the findings: the config files used, and the policy files
 * and plugin modules they name (absolute paths).
 */
export async function lintRun(
  paths: readonly string[],
  options: LintOptions = {},
): Promise<{ results: LintResult[]; rules: AnyRule[]; configFiles: string[] }> {
  const run = await runSession({ paths }, options);
  return { results: [...run.results], rules: [...run.rules], configFiles: [...run.configFiles] };
}

/**
 * `lint`, handing over each result as soon as its file is linted, in the order of the files, instead of
 * keeping them all: a run over thousands of files then holds one document at a time. `rules` lists every rule
 * that could report so far (built-ins, then policies and plugin rules as their configs load), and is complete
 * when the promise settles.
 */
export async function lintEach(
  paths: readonly string[],
  options: LintOptions,
  onResult: (result: LintResult, rules: readonly AnyRule[]) => void,
): Promise<{ rules: AnyRule[]; configFiles: string[] }> {
  const run = await runSession({ paths }, options, onResult);
  return { rules: [...run.rules], configFiles: [...run.configFiles] };
}

/**
 * Lint a document that is not read from disk (stdin, an editor buffer). `file` names it and finds its
 * config. Given as bytes, it is decoded as files are (a byte-order mark, UTF-16, binary data and invalid
 * UTF-8 are reported), and more than `maxFileSize` bytes are reported, not linted.
 */
export async function lintText(
  text: string | Uint8Array,
  file: string,
  options: LintOptions = {},
): Promise<LintResult> {
  const [result] = (await runSession({ text, file }, options)).results;
  if (!result) throw new Error(`no result for ${file}`);
  return result;
}

export { checkConfig };
