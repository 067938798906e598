import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { RULE_DOCS } from '../../../rules/docs.generated.js';
import { builtinRules } from '../../../rules/index.js';
import { ConfigError, type RuleEntry } from '../../config/config.js';
import { DEPLOY_TARGETS } from '../../engine/group.js';
import { PSEUDO_RULES } from '../../engine/pseudo-rules.js';
import { PRESETS } from '../../engine/severity.js';
import { UsageError } from '../../errors.js';
import { carrySourceLines } from '../../json/lines.js';
import { loadChildProcess, loadV8 } from '../../lazy.js';
import { createBaseline } from '../../policy/baseline.js';
import { FORMATS, isFormat } from '../../reporters/index.js';
import type { AnyRule } from '../../rule.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  effectiveConfig,
  exitCode,
  type FixedFile,
  pruneBaseline,
  RunReport,
  realWritePath,
  runSession,
  type SessionInput,
  tally,
  writeAtomic,
  writeStarterConfig,
} from '../../session/index.js';
import { oneLine } from '../../text.js';
import type { LintResult } from '../../types.js';
import { VERSION } from '../../version.js';
import { HELP, oneOf, outputTargets, parseCommandLine, parseFailOn, parseRuleSpec, toBytes, toCount } from './args.js';
import { listRules, rulesJson } from './listings.js';

export { listRules, outputTargets };

/** Everything the CLI needs from the outside world, so tests can run it in-process. */
export interface CliIO {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input's bytes, read up to one byte more than `limit` (then the rest is left unread). */
  readStdin: (limit: number) => Promise<string | Uint8Array>;
  isTTY: boolean;
  /** The repository root for a folder (default: ask git); undefined when there is none. */
  repoRoot?: (cwd: string) => string | undefined;
}

/** From this many files on, a run is long enough for tuneForLongRun to pay. */
const LONG_RUN = 50;

/**
 * Most of a run over many files goes by before V8's optimizing compiler, with one spare core on a 2-core
 * machine, has caught up with some fifty rules. Without inlining it compiles about half as much, so the
 * code is optimized sooner: a tenth off a 1,000-file run, the same on 10,000 (README, "Performance").
 * Set before the first file is linted, so before any rule is compiled; node:v8 (which loads streams) is not
 * worth loading for a few files.
 */
function tuneForLongRun(): void {
  loadV8().setFlagsFromString('--no-turbo-inlining');
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    return await run(argv, io, (d) => {
      debug = d;
    });
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`ecslint: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      debug && error instanceof Error && error.stack
        ? `ecslint: internal error\n${error.stack}\n`
        : `ecslint: internal error: ${message.split('\n')[0]}. Run again with --debug for details, and please report it at https://github.com/ecslint/ecslint/issues\n`,
    );
    return 2;
  }
}

async function run(argv: readonly string[], io: CliIO, setDebug: (d: boolean) => void): Promise<number> {
  const parsed = parseCommandLine(argv);
  const { values: opts, positionals } = parsed;
  setDebug(opts.debug === true);
  if (opts.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (opts.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const format = opts.format ?? 'stylish';
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}"; expected one of ${FORMATS.join(', ')}`);
  const outputs = outputTargets(format, opts['output-file'] ?? []);
  const failOn = parseFailOn(opts['fail-on'] ?? 'error');
  const preset = opts.preset === undefined ? undefined : oneOf(opts.preset, PRESETS, '--preset');
  const maxWarnings = opts['max-warnings'] === undefined ? undefined : toCount(opts['max-warnings'], '--max-warnings');
  const maxFileSize = opts['max-file-size'] === undefined ? undefined : toBytes(opts['max-file-size']);
  const maxFindings =
    opts['max-findings-per-rule'] === undefined
      ? undefined
      : toCount(opts['max-findings-per-rule'], '--max-findings-per-rule');
  const pluginTimeout =
    opts['plugin-timeout'] === undefined ? undefined : toCount(opts['plugin-timeout'], '--plugin-timeout');
  if (positionals.some((p) => p === '')) {
    throw new UsageError('empty path: name a file, folder or glob (or nothing, for the current folder)');
  }
  // No prototype: `--rule __proto__=off` is then an unknown rule, not a silent no-op.
  const ruleLevels: Record<string, RuleEntry> = Object.create(null);
  for (const spec of opts.rule ?? []) {
    const [id, entry] = parseRuleSpec(spec);
    ruleLevels[id] = entry;
  }
  if (opts['prune-baseline'] && opts.baseline === undefined) {
    throw new UsageError('--prune-baseline needs --baseline <path>: the baseline to remove unused entries from');
  }
  if (opts['write-baseline'] !== undefined && opts.baseline !== undefined && opts['prune-baseline']) {
    throw new UsageError('--prune-baseline and --write-baseline cannot be used together');
  }
  if (opts['no-config'] && opts.config) throw new UsageError('--config and --no-config cannot be used together');
  const target = opts.target === undefined ? undefined : oneOf(opts.target, DEPLOY_TARGETS, '--target');
  if (opts.fix && opts['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if ((opts.fix || opts['fix-dry-run']) && opts['write-baseline'] !== undefined) {
    throw new UsageError('--write-baseline records findings as they are: it cannot be combined with --fix');
  }
  if (opts.explain !== undefined) {
    const doc = RULE_DOCS[opts.explain];
    if (!doc) throw new UsageError(`--explain: no rule "${opts.explain}"; run "ecslint --list-rules" for the ids`);
    io.stdout(doc.markdown.endsWith('\n') ? doc.markdown : `${doc.markdown}\n`);
    return 0;
  }
  const dryRun = opts['fix-dry-run'] === true;
  const patches: string[] = [];
  let fixedFiles = 0;
  let fixesApplied = 0;
  const config: string | false | undefined = opts['no-config'] ? false : opts.config;
  const lintOptions = {
    cwd: io.cwd,
    ...(config === undefined ? {} : { config }),
    ...(preset === undefined ? {} : { preset }),
    ruleLevels,
    ...(opts['allow-comments'] ? { allowComments: true } : {}),
    ...(target === undefined ? {} : { target }),
    ...(opts.fix || dryRun
      ? {
          onFixed: (fixed: FixedFile) => {
            if (fixed.file.startsWith('<') && !dryRun) {
              throw new UsageError('--fix cannot write to stdin; use --fix-dry-run to see the fixes as a diff');
            }
            fixedFiles++;
            fixesApplied += fixed.applied;
            if (dryRun) patches.push(unifiedDiff(fixed.file, fixed.before, fixed.after));
            else writeAtomic(fixed.absolute, fixed.after);
          },
        }
      : {}),
    ...(maxFileSize === undefined ? {} : { maxFileSize }),
    ...(opts['report-unused-baseline'] ? { reportUnusedBaseline: true } : {}),
    ...(opts['no-ignore'] ? { noIgnore: true } : {}),
    ...(maxFindings === undefined ? {} : { maxFindingsPerRule: maxFindings }),
    ...(pluginTimeout === undefined ? {} : { pluginTimeoutMs: pluginTimeout }),
    ...(opts['allow-outside-repo'] ? { outsideRepository: true } : {}),
    // --write-baseline records every finding of today, those the old baseline had too.
    ...(opts.baseline === undefined || opts['write-baseline'] !== undefined ? {} : { baseline: opts.baseline }),
    // Only stylish prints source lines: for the other formats results need no text, and no secret masking.
    ...(outputs.some((o) => o.format === 'stylish') ? {} : { keepSource: false }),
    // A file name in a warning may hold a line break: escaped, it stays one line.
    warn: (message: string) => io.stderr(`ecslint: warning: ${oneLine(message)}\n`),
    onTargets: (count: number) => {
      if (count >= LONG_RUN) tuneForLongRun();
    },
  };

  if (opts.init) {
    const { file } = await writeStarterConfig(io.cwd, (path, text) => writeAtomic(path, text));
    io.stderr(`ecslint: wrote ${file}; read it, then run ecslint\n`);
    return 0;
  }
  if (opts['list-rules']) {
    const metas = [...PSEUDO_RULES, ...builtinRules.map((r) => r.meta)];
    io.stdout(format === 'json' ? rulesJson(metas) : listRules(metas));
    return 0;
  }
  if (opts['print-config'] !== undefined) {
    // Always JSON: the settings are data (--format json asks for what is printed anyway).
    io.stdout(`${JSON.stringify(await effectiveConfig(opts['print-config'], lintOptions), null, 2)}\n`);
    return 0;
  }

  const writeBaseline = opts['write-baseline'];
  const kept: LintResult[] = [];
  const report =
    writeBaseline === undefined
      ? await RunReport.open(
          outputs.map((o) => ({
            format: o.format,
            ...(o.path === undefined ? {} : { path: resolve(io.cwd, o.path) }),
            color: o.path === undefined && (opts['no-color'] ? false : opts.color ? true : useColor(io)),
          })),
          {
            version: VERSION,
            ...(outputs.some((o) => o.format === 'sarif' || o.format === 'github') ? { paths: projectPaths(io) } : {}),
            ...(opts['sarif-category'] === undefined ? {} : { sarifCategory: opts['sarif-category'] }),
            ...(opts['sarif-include-suppressed'] ? { includeSuppressed: true } : {}),
          },
          { showSuppressed: opts['show-suppressed'] === true, stdout: dryRun ? io.stderr : io.stdout, tree: io.cwd },
        )
      : undefined;
  const outcome = tally();
  // A report (or the baseline) written over a document it lints, a config, a policy or plugin file or the
  // baseline read would change an input: refused. Paths are compared real (links resolved), as written.
  const realOf = (p: string): string => realWritePath(resolve(io.cwd, p));
  const written = new Set([...outputs.map((o) => o.path), writeBaseline].filter((p) => p !== undefined).map(realOf));
  const reports = new Set(outputs.flatMap((o) => (o.path === undefined ? [] : [realOf(o.path)])));
  if (opts.baseline !== undefined && reports.has(realOf(opts.baseline))) {
    report?.abort();
    throw new UsageError(`refusing to write a report over the baseline ${opts.baseline}`);
  }
  const onResult = (full: LintResult, rules: readonly AnyRule[]): void => {
    const result = opts.quiet ? errorsOnly(full) : full;
    if (written.size > 0 && written.has(realOf(result.file))) {
      throw new UsageError(`refusing to write a report over ${result.file}, which is being linted`);
    }
    outcome.add(result);
    if (report) report.add(result, rules);
    else kept.push(result);
  };
  try {
    let input: SessionInput;
    if (positionals.length === 1 && positionals[0] === '-') {
      const text = await io.readStdin(maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
      input = { text, file: opts['stdin-filename'] ?? '<stdin>' };
    } else {
      if (positionals.includes('-')) throw new UsageError('"-" (stdin) cannot be combined with other paths');
      input = { paths: positionals };
    }
    const session = await runSession(input, lintOptions, onResult);
    const read = session.configFiles.find((f) => written.has(realOf(f)));
    if (read !== undefined) throw new UsageError(`refusing to write a report over ${read}, which the run reads`);
    report?.finish();
    if (opts['prune-baseline'] && opts.baseline !== undefined) {
      const removed = pruneBaseline(resolve(io.cwd, opts.baseline), session.unusedBaseline);
      io.stderr(`ecslint: removed ${removed} unused ${removed === 1 ? 'entry' : 'entries'} from ${opts.baseline}\n`);
    }
  } catch (error) {
    report?.abort();
    throw error;
  }

  if (writeBaseline !== undefined) {
    const baseline = createBaseline(kept);
    writeAtomic(resolve(io.cwd, writeBaseline), `${JSON.stringify(baseline, null, 2)}\n`, io.cwd);
    io.stderr(`ecslint: wrote ${baseline.findings.length} findings to ${writeBaseline}\n`);
    if (outcome.internalErrors > 0) {
      io.stderr(
        'ecslint: a rule crashed, so the baseline lacks what it would have found (see the internal-error findings)\n',
      );
      return 2;
    }
    return 0;
  }
  if (dryRun) io.stdout(patches.join(''));
  if (opts.fix || dryRun) {
    const what = `${fixesApplied} ${fixesApplied === 1 ? 'fix' : 'fixes'} in ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'}`;
    io.stderr(`ecslint: ${dryRun ? 'would apply' : 'applied'} ${what}\n`);
  }
  const verdict = exitCode(outcome, failOn, maxWarnings);
  if (verdict.tooManyWarnings) {
    io.stderr(`ecslint: ${outcome.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
  }
  return verdict.code;
}

/**
 * The working directory and the repository root (git's top level, else the working directory), both
 * with symlinks resolved, for reporters that print repository-relative paths.
 */
function projectPaths(io: CliIO): { cwd: string; root: string } {
  let cwd = io.cwd;
  try {
    cwd = realpathSync(io.cwd);
  } catch {}
  if (io.repoRoot) return { cwd, root: io.repoRoot(cwd) ?? cwd };
  try {
    // child_process is loaded here, for the formats that need the repository root, not at start.
    const { execFileSync } = loadChildProcess();
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    }).trim();
    return { cwd, root: top === '' ? cwd : realpathSync(top) };
  } catch {
    return { cwd, root: cwd };
  }
}

/** A result with only its errors (--quiet). */
function errorsOnly(result: LintResult): LintResult {
  if (result.diagnostics.every((d) => d.severity === 'error')) return result;
  const out = { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') };
  carrySourceLines(result, out);
  return out;
}

/** A git-style unified diff of one file (`git apply` takes it). */
function unifiedDiff(file: string, before: string, after: string): string {
  const name = file.split('\\').join('/');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 })
    .replace(/^=+\n/, '')
    .replace(/^Index: [^\n]*\n/, '');
}

function useColor(io: CliIO): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.isTTY;
}
