import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinRules } from '../../../rules/index.js';
import { ConfigError, LEVELS, PRESETS, type Preset, presetLevel } from '../../config/config.js';
import { PSEUDO_RULES } from '../../engine/pseudo-rules.js';
import { UsageError } from '../../errors.js';
import { loadChildProcess, loadV8 } from '../../lazy.js';
import { createBaseline } from '../../policy/baseline.js';
import { FORMATS, type Format, isFormat } from '../../reporters/index.js';
import type { AnyRule, RuleMeta } from '../../rule.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  effectiveConfig,
  exitCode,
  RunReport,
  realWritePath,
  runSession,
  type SessionInput,
  tally,
  writeAtomic,
} from '../../session/index.js';
import { oneLine } from '../../text.js';
import type { LintResult, RuleLevel } from '../../types.js';
import { VERSION } from '../../version.js';

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

const HELP = `Usage: ecslint [options] [file|dir|glob|-]...

Lint Amazon ECS task definitions and Elastic Beanstalk Dockerrun.aws.json files.
With no paths, lints the recognised documents under the current folder. "-" reads stdin.

Options:
  -f, --format <name>        output format: ${FORMATS.join(', ')} (default: stylish)
  -o, --output-file <path>   write the report to a file instead of stdout
  -o, --output-file <fmt=path>  also write the report in another format to a file (repeatable), e.g.
                             --format compact -o sarif=ecslint.sarif -o markdown=summary.md
      --sarif-category <c>   SARIF automationDetails category, to tell apart several uploads per commit
      --sarif-include-suppressed  keep suppressed findings in SARIF output, marked as suppressed
  -c, --config <path>        use this config file for every file (no discovery)
      --no-config            use no config file at all
      --preset <name>        ${PRESETS.join(', ')} (default: the config's, else recommended)
      --rule <id=level>      set a rule's level: off, note, warning, error (repeatable)
      --fail-on <level>      exit 1 when a finding is at or above: error, warning, note (default: error)
      --max-warnings <n>     exit 1 when there are more than n warnings
      --allow-comments       accept comments and trailing commas (template files)
      --max-file-size <n>    report files larger than n bytes (K and M suffixes) instead of reading them (default: 5M)
      --max-findings-per-rule <n>  list at most n findings of a rule per file, then one that counts the rest
                             (default: 100; 0 lists all)
      --plugin-timeout <ms>  time limit of a plugin rule on one file, then an internal-error (default: 2000)
      --allow-outside-repo   load plugins and policy files that a config names outside its repository
      --stdin-filename <p>   name for the text read from stdin (finds its config)
      --baseline <path>      report only findings that are not in this baseline
      --write-baseline <p>   record today's findings as a baseline, then exit 0 (2 if a rule crashed)
      --show-suppressed      also list findings hidden by suppressions or the baseline
      --print-config <path>  print the settings that apply to a file, then exit
      --list-rules           list the rules with their preset levels, then exit
      --color, --no-color    force colour on or off (default: on for a terminal; NO_COLOR honoured)
      --debug                print stack traces for internal errors
  -v, --version              print the version
  -h, --help                 print this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, config or internal error.
Docs: https://github.com/ecslint/ecslint#readme`;

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
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // One line: Node's own text for an option value that starts with "-" runs to three.
    const first = ((error as Error).message.split('\n')[0] ?? '').replace(/\.$/, '');
    const dashed = /argument is ambiguous/.test(first)
      ? ' (write a value that starts with "-" as --option=-value)'
      : '';
    throw new UsageError(`${first}${dashed}. Run "ecslint --help" for usage.`);
  }
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
  const failOn = oneOf(opts['fail-on'] ?? 'error', ['error', 'warning', 'note'] as const, '--fail-on');
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
  const ruleLevels: Record<string, RuleLevel> = Object.create(null);
  for (const spec of opts.rule ?? []) {
    const m = /^([^=\s]+)=(\w+)$/.exec(spec);
    if (!m) throw new UsageError(`--rule expects id=level (for example --rule no-latest-image-tag=off); got "${spec}"`);
    ruleLevels[m[1] as string] = oneOf(m[2] as string, LEVELS, `--rule ${m[1]}`);
  }
  if (opts['no-config'] && opts.config) throw new UsageError('--config and --no-config cannot be used together');
  const config: string | false | undefined = opts['no-config'] ? false : opts.config;
  const lintOptions = {
    cwd: io.cwd,
    ...(config === undefined ? {} : { config }),
    ...(preset === undefined ? {} : { preset }),
    ruleLevels,
    ...(opts['allow-comments'] ? { allowComments: true } : {}),
    ...(maxFileSize === undefined ? {} : { maxFileSize }),
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

  if (opts['list-rules']) {
    io.stdout(listRules([...PSEUDO_RULES, ...builtinRules.map((r) => r.meta)]));
    return 0;
  }
  if (opts['print-config'] !== undefined) {
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
          { showSuppressed: opts['show-suppressed'] === true, stdout: io.stdout, tree: io.cwd },
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
  const onResult = (result: LintResult, rules: readonly AnyRule[]): void => {
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
    const { configFiles } = await runSession(input, lintOptions, onResult);
    const read = configFiles.find((f) => written.has(realOf(f)));
    if (read !== undefined) throw new UsageError(`refusing to write a report over ${read}, which the run reads`);
    report?.finish();
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
  const verdict = exitCode(outcome, failOn, maxWarnings);
  if (verdict.tooManyWarnings) {
    io.stderr(`ecslint: ${outcome.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
  }
  return verdict.code;
}

interface OutputTarget {
  format: Format;
  /** Undefined: stdout. */
  path?: string;
}

/**
 * Where each report goes: `--output-file path` sends the --format report to a file instead of stdout;
 * `--output-file fmt=path` (repeatable) writes another format besides. A name such as `a=b.txt` whose
 * prefix is not a format name is refused as a likely typo: write `./a=b.txt` for such a file.
 */
export function outputTargets(format: Format, specs: readonly string[]): OutputTarget[] {
  let main: OutputTarget = { format };
  const extra: OutputTarget[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    const m = /^([a-z]+)=(.*)$/.exec(spec);
    const path = m?.[2];
    if (m && path === '') throw new UsageError(`--output-file ${spec}: no file name after "="`);
    if (spec === '') throw new UsageError('--output-file: empty file name');
    if (m && path !== undefined && isFormat(m[1] as string)) {
      extra.push({ format: m[1] as Format, path });
      if (seen.has(path)) throw new UsageError(`--output-file names ${path} twice`);
      seen.add(path);
    } else if (m) {
      throw new UsageError(`--output-file: unknown format "${m[1]}"; expected one of ${FORMATS.join(', ')}`);
    } else {
      if (main.path !== undefined) {
        throw new UsageError('--output-file without a format can be given once (it is where --format goes)');
      }
      if (seen.has(spec)) throw new UsageError(`--output-file names ${spec} twice`);
      seen.add(spec);
      main = { format, path: spec };
    }
  }
  return [main, ...extra];
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

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      'output-file': { type: 'string', short: 'o', multiple: true },
      'sarif-category': { type: 'string' },
      'sarif-include-suppressed': { type: 'boolean' },
      config: { type: 'string', short: 'c' },
      'no-config': { type: 'boolean' },
      preset: { type: 'string' },
      rule: { type: 'string', multiple: true },
      'fail-on': { type: 'string' },
      'max-warnings': { type: 'string' },
      'allow-comments': { type: 'boolean' },
      'max-file-size': { type: 'string' },
      'max-findings-per-rule': { type: 'string' },
      'plugin-timeout': { type: 'string' },
      'allow-outside-repo': { type: 'boolean' },
      'stdin-filename': { type: 'string' },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      'show-suppressed': { type: 'boolean' },
      'print-config': { type: 'string' },
      'list-rules': { type: 'boolean' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      debug: { type: 'boolean' },
      version: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}

function toCount(value: string, flag: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} expects a whole number; got "${value}"`);
  return Number(value);
}

function toBytes(value: string): number {
  const m = /^(\d+)([kKmM]?)[bB]?$/.exec(value);
  if (!m) throw new UsageError(`--max-file-size expects bytes, such as 65536, 512K or 10M; got "${value}"`);
  const unit = (m[2] ?? '').toLowerCase();
  return Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 * 1024 : 1);
}

function useColor(io: CliIO): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.isTTY;
}

export function listRules(metas: readonly RuleMeta[]): string {
  const rows = metas.map((m) => [
    m.id,
    m.category,
    presetLevel(m, 'recommended' as Preset),
    presetLevel(m, 'strict'),
    m.description,
  ]);
  const header = ['rule', 'category', 'recommended', 'strict', 'description'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map((r) => line(r.map(String)))].join('\n')}\n`;
}
