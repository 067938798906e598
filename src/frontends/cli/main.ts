import { resolve } from 'node:path';
import { RULE_DOCS } from '../../../rules/docs.generated.js';
import { builtinRules } from '../../../rules/index.js';
import { ConfigError } from '../../config/config.js';
import { PSEUDO_RULES } from '../../engine/pseudo-rules.js';
import { UsageError } from '../../errors.js';
import { loadV8 } from '../../lazy.js';
import type { AnyRule } from '../../rule.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  effectiveConfig,
  exitCode,
  FixOutput,
  projectPaths,
  pruneBaseline,
  RunReport,
  runSession,
  type SessionInput,
  tally,
  WriteGuard,
  writeAtomic,
  writeBaselineFile,
  writeStarterConfig,
} from '../../session/index.js';
import { oneLine } from '../../text.js';
import type { LintResult } from '../../types.js';
import { VERSION } from '../../version.js';
import { type CommandLine, HELP, outputTargets, readCommandLine } from './args.js';
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
  const cli = readCommandLine(argv);
  const { opts, outputs } = cli;
  setDebug(opts.debug === true);
  const early = listing(cli, io);
  if (early !== undefined) return early;
  // A file name in a warning may hold a line break: escaped, it stays one line.
  const warn = (message: string) => io.stderr(`ecslint: warning: ${oneLine(message)}\n`);
  const fixes = opts.fix || opts['fix-dry-run'] ? new FixOutput(opts['fix-dry-run'] === true, warn) : undefined;
  const lintOptions = {
    cwd: io.cwd,
    ...cli.session,
    ...(fixes ? { onFixed: fixes.onFixed } : {}),
    warn,
    onTargets: (count: number) => {
      if (count >= LONG_RUN) tuneForLongRun();
    },
  };
  if (opts.init) {
    const { file } = await writeStarterConfig(io.cwd, (path, text) => writeAtomic(path, text));
    io.stderr(`ecslint: wrote ${file}; read it, then run ecslint\n`);
    return 0;
  }
  if (opts['print-config'] !== undefined) {
    // Always JSON: the settings are data (--format json asks for what is printed anyway).
    io.stdout(`${JSON.stringify(await effectiveConfig(opts['print-config'], lintOptions), null, 2)}\n`);
    return 0;
  }

  const writeBaseline = opts['write-baseline'];
  const reportFiles = outputs.flatMap((o) => (o.path === undefined ? [] : [o.path]));
  const guard = new WriteGuard(io.cwd, reportFiles, writeBaseline);
  if (opts.baseline !== undefined) guard.checkBaseline(opts.baseline);
  const report = writeBaseline === undefined ? await openReport(cli, io, fixes !== undefined) : undefined;
  const outcome = tally();
  const kept: LintResult[] = [];
  const onResult = (result: LintResult, rules: readonly AnyRule[]): void => {
    guard.check(result.file, 'linted');
    outcome.add(result);
    if (report) report.add(result, rules);
    else kept.push(result);
  };
  try {
    const input: SessionInput =
      cli.paths.length === 1 && cli.paths[0] === '-'
        ? {
            text: await io.readStdin(cli.maxFileSize ?? DEFAULT_MAX_FILE_SIZE),
            file: opts['stdin-filename'] ?? '<stdin>',
          }
        : { paths: cli.paths };
    const session = await runSession(input, lintOptions, onResult);
    for (const file of session.configFiles) guard.check(file, 'read');
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
    const count = writeBaselineFile(io.cwd, writeBaseline, kept);
    io.stderr(`ecslint: wrote ${count} findings to ${writeBaseline}\n`);
    if (outcome.internalErrors === 0) return 0;
    io.stderr(
      'ecslint: a rule crashed, so the baseline lacks what it would have found (see the internal-error findings)\n',
    );
    return 2;
  }
  if (fixes) {
    if (opts['fix-dry-run']) io.stdout(fixes.patch);
    io.stderr(`ecslint: ${fixes.summary}\n`);
  }
  const verdict = exitCode(outcome, cli.failOn, cli.maxWarnings);
  if (verdict.tooManyWarnings) {
    io.stderr(`ecslint: ${outcome.warnings} warnings, more than --max-warnings ${cli.maxWarnings}\n`);
  }
  return verdict.code;
}

/** --help, --version, --explain and --list-rules: print and exit (undefined: none of them was asked). */
function listing({ opts, format }: CommandLine, io: CliIO): number | undefined {
  let text: string | undefined;
  if (opts.help) text = `${HELP}\n`;
  else if (opts.version) text = `${VERSION}\n`;
  else if (opts.explain !== undefined) {
    const doc = RULE_DOCS[opts.explain];
    if (!doc) throw new UsageError(`--explain: no rule "${opts.explain}"; run "ecslint --list-rules" for the ids`);
    text = doc.markdown.endsWith('\n') ? doc.markdown : `${doc.markdown}\n`;
  } else if (opts['list-rules']) {
    const metas = [...PSEUDO_RULES, ...builtinRules.map((r) => r.meta)];
    text = format === 'json' ? rulesJson(metas) : listRules(metas);
  }
  if (text === undefined) return undefined;
  io.stdout(text);
  return 0;
}

/** The reports: --format to stdout (stderr under --fix-dry-run, whose diff is stdout) or files (-o). */
function openReport({ opts, outputs }: CommandLine, io: CliIO, fixing: boolean): Promise<RunReport> {
  return RunReport.open(
    outputs.map((o) => ({
      format: o.format,
      ...(o.path === undefined ? {} : { path: resolve(io.cwd, o.path) }),
      color: o.path === undefined && (opts['no-color'] ? false : opts.color ? true : useColor(io)),
    })),
    {
      version: VERSION,
      ...(outputs.some((o) => o.format === 'sarif' || o.format === 'github')
        ? { paths: projectPaths(io.cwd, io.repoRoot) }
        : {}),
      ...(opts['sarif-category'] === undefined ? {} : { sarifCategory: opts['sarif-category'] }),
      ...(opts['sarif-include-suppressed'] ? { includeSuppressed: true } : {}),
    },
    {
      showSuppressed: opts['show-suppressed'] === true,
      stdout: fixing && opts['fix-dry-run'] ? io.stderr : io.stdout,
      tree: io.cwd,
    },
  );
}

function useColor(io: CliIO): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.isTTY;
}
