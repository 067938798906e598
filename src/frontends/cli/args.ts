/**
 * The command line: the options, their help, and parsing them into what the session takes. Mistakes get one
 * line that says what was expected (and, for a misspelt option, the nearest one).
 */
import { parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import { DEPLOY_TARGETS } from '../../engine/group.js';
import { LEVEL_SPELLINGS, PRESETS, type RuleEntry, toLevel } from '../../engine/severity.js';
import { UsageError } from '../../errors.js';
import { FORMATS, type Format, isFormat } from '../../reporters/index.js';

export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o', multiple: true },
  'sarif-category': { type: 'string' },
  'sarif-include-suppressed': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'no-ignore': { type: 'boolean' },
  preset: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  'allow-comments': { type: 'boolean' },
  target: { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  quiet: { type: 'boolean' },
  explain: { type: 'string' },
  'max-file-size': { type: 'string' },
  'max-findings-per-rule': { type: 'string' },
  'plugin-timeout': { type: 'string' },
  'allow-outside-repo': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'report-unused-baseline': { type: 'boolean' },
  'prune-baseline': { type: 'boolean' },
  'show-suppressed': { type: 'boolean' },
  'print-config': { type: 'string' },
  'list-rules': { type: 'boolean' },
  init: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  debug: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const HELP = `Usage: ecslint [options] [file|dir|glob|-]...

Lint Amazon ECS task definitions and Elastic Beanstalk Dockerrun.aws.json files.
With no paths, lints the recognised documents under the current folder. "-" reads stdin.

Options:
  -f, --format <name>        output format: ${FORMATS.join(', ')} (default: stylish)
  -o, --output-file <path>   write the report to a file instead of stdout (missing folders are created)
  -o, --output-file <fmt=path>  also write the report in another format to a file (repeatable), e.g.
                             --format compact -o sarif=ecslint.sarif -o markdown=summary.md
      --sarif-category <c>   SARIF automationDetails category, to tell apart several uploads per commit
      --sarif-include-suppressed  keep suppressed findings in SARIF output, marked as suppressed
  -c, --config <path>        use this config file for every file (no discovery)
      --no-config            use no config file at all
      --no-ignore            lint files the config's "ignore" patterns exclude
      --preset <name>        ${PRESETS.join(', ')} (default: the config's, else recommended)
      --rule <id=level>      set a rule's level: off, note, warning (warn, 1), error (2) (repeatable);
                             with options: --rule 'id: ["error", {"option": "value"}]'
      --fail-on <level>      exit 1 when a finding is at or above: error, warning, note (default: error)
      --max-warnings <n>     exit 1 when there are more than n warnings
      --allow-comments       accept comments and trailing commas (template files)
      --target <name>        where the files go: ${DEPLOY_TARGETS.join(', ')} (default: the config's, else aws-cli)
      --fix                  apply safe fixes in place (pass after pass), then report what is left
      --fix-dry-run          print the fixes as a unified diff on stdout (the report goes to stderr); write nothing
      --quiet                report errors only
      --explain <rule>       print a rule's documentation (why, examples, how to fix), then exit
      --max-file-size <n>    report files larger than n bytes (K and M suffixes) instead of reading them (default: 5M)
      --max-findings-per-rule <n>  list at most n findings of a rule per file, then one that counts the rest
                             (default: 100; 0 lists all)
      --plugin-timeout <ms>  time limit of a plugin rule on one file, then an internal-error (default: 2000)
      --allow-outside-repo   load plugins and policy files that a config names outside its repository
      --stdin-filename <p>   name for the text read from stdin (finds its config)
      --baseline <path>      report only findings that are not in this baseline
      --report-unused-baseline  report baseline entries that match no finding any more (unused-suppression)
      --prune-baseline       remove those entries from the --baseline file
      --write-baseline <p>   record today's findings as a baseline, then exit 0 (2 if a rule crashed)
      --show-suppressed      also list findings hidden by suppressions or the baseline
      --print-config <path>  print the settings that apply to a file, then exit
      --list-rules           list the rules with their preset levels (--format json: as JSON), then exit
      --init                 write a starter .ecslintrc.yaml for this repository, then exit
      --color, --no-color    force colour on or off (default: on for a terminal; NO_COLOR honoured)
      --debug                print stack traces for internal errors
  -v, --version              print the version
  -h, --help                 print this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, config or internal error.
Docs: https://github.com/ecslint/ecslint#readme`;

const NAMES = Object.keys(OPTIONS).map((n) => `--${n}`);

/** The nearest option to a misspelt one, when it is near enough to be what was meant. */
export function nearestOption(typed: string): string | undefined {
  const name = typed.replace(/=.*$/, '');
  const guess = closest(name, NAMES);
  return guess !== undefined && distance(name, guess) <= Math.max(2, Math.floor(name.length / 3)) ? guess : undefined;
}

export function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
    if (unknown !== undefined) {
      const guess = unknown.startsWith('--') ? nearestOption(unknown) : undefined;
      throw new UsageError(
        `unknown option ${unknown}${guess ? `; did you mean ${guess}?` : ''} Run "ecslint --help" for usage.`,
      );
    }
    // One line: Node's own text for an option value that starts with "-" runs to three.
    const first = (message.split('\n')[0] ?? '').replace(/\.$/, '');
    const dashed = /argument is ambiguous/.test(first)
      ? ' (write a value that starts with "-" as --option=-value)'
      : '';
    throw new UsageError(`${first}${dashed}. Run "ecslint --help" for usage.`);
  }
}

const LEVEL_LIST = `off, note, warning, error (or ${LEVEL_SPELLINGS.filter((s) => !['off', 'note', 'warning', 'error'].includes(s)).join(', ')})`;

/**
 * One `--rule`: `id=level`, `id:level`, or `id: <JSON>` where the JSON is a level or `[level, options]`
 * (ESLint's form). Levels take ESLint's spellings too (`warn`, `1`, `2`).
 */
export function parseRuleSpec(spec: string): [string, RuleEntry] {
  const m = /^\s*([^=:\s]+)\s*[=:]\s*([\s\S]*?)\s*$/.exec(spec);
  const id = m?.[1];
  const value = m?.[2];
  if (id === undefined || value === undefined || value === '') {
    throw new UsageError(
      `--rule expects id=level or 'id: ["level", {options}]' (for example --rule no-latest-image-tag=off); got "${spec}"`,
    );
  }
  let parsed: unknown = value;
  if (/^[[{"]/.test(value)) {
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new UsageError(`--rule ${id}: ${value} is not valid JSON; write 'id: ["error", {"option": "value"}]'`);
    }
  }
  const [levelWritten, options, ...rest] = Array.isArray(parsed) ? parsed : [parsed];
  const level = toLevel(levelWritten);
  if (level === undefined) {
    throw new UsageError(`--rule ${id}: the level must be one of ${LEVEL_LIST}; got ${JSON.stringify(levelWritten)}`);
  }
  if (rest.length > 0) throw new UsageError(`--rule ${id}: expected [level, options]; got ${value}`);
  return [id, options === undefined ? level : [level, options]];
}

/** `--fail-on`: a severity, in any spelling of one (`warn` too); `off` and the numbers are not thresholds. */
export function parseFailOn(value: string): 'error' | 'warning' | 'note' {
  const level = value === 'warn' ? 'warning' : value;
  if (level === 'error' || level === 'warning' || level === 'note') return level;
  throw new UsageError(`--fail-on must be one of error, warning (or warn), note; got "${value}"`);
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}

export function toCount(value: string, flag: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} expects a whole number; got "${value}"`);
  return Number(value);
}

export function toBytes(value: string): number {
  const m = /^(\d+)([kKmM]?)[bB]?$/.exec(value);
  if (!m) throw new UsageError(`--max-file-size expects bytes, such as 65536, 512K or 10M; got "${value}"`);
  const unit = (m[2] ?? '').toLowerCase();
  return Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 * 1024 : 1);
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

type Options = ReturnType<typeof parseCommandLine>['values'];

/** The command line checked and turned into what the run takes (everything but the callbacks). */
export interface CommandLine {
  opts: Options;
  paths: string[];
  format: Format;
  outputs: OutputTarget[];
  failOn: 'error' | 'warning' | 'note';
  maxWarnings: number | undefined;
  maxFileSize: number | undefined;
  /** The session's options that come from flags alone. */
  session: SessionFlags;
}

/** The subset of the session's options (src/session/run.ts) that flags set. */
export interface SessionFlags {
  config?: string | false;
  preset?: (typeof PRESETS)[number];
  ruleLevels: Record<string, RuleEntry>;
  allowComments?: boolean;
  target?: (typeof DEPLOY_TARGETS)[number];
  maxFileSize?: number;
  reportUnusedBaseline?: boolean;
  noIgnore?: boolean;
  maxFindingsPerRule?: number;
  pluginTimeoutMs?: number;
  outsideRepository?: boolean;
  baseline?: string;
  keepSource?: boolean;
  quiet?: boolean;
}

const optional = <T>(value: string | undefined, parse: (v: string) => T): T | undefined =>
  value === undefined ? undefined : parse(value);

/** Parse and check the command line: every mistake is a UsageError naming the flag. */
export function readCommandLine(argv: readonly string[]): CommandLine {
  const { values: opts, positionals } = parseCommandLine(argv);
  const format = opts.format ?? 'stylish';
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}"; expected one of ${FORMATS.join(', ')}`);
  const outputs = outputTargets(format, opts['output-file'] ?? []);
  if (positionals.some((p) => p === '')) {
    throw new UsageError('empty path: name a file, folder or glob (or nothing, for the current folder)');
  }
  if (positionals.includes('-') && positionals.length > 1) {
    throw new UsageError('"-" (stdin) cannot be combined with other paths');
  }
  // No prototype: `--rule __proto__=off` is then an unknown rule, not a silent no-op.
  const ruleLevels: Record<string, RuleEntry> = Object.create(null);
  for (const spec of opts.rule ?? []) {
    const [id, entry] = parseRuleSpec(spec);
    ruleLevels[id] = entry;
  }
  const pairs: [boolean, string][] = [
    [
      opts['prune-baseline'] === true && opts.baseline === undefined,
      '--prune-baseline needs --baseline <path>: the baseline to remove unused entries from',
    ],
    [
      opts['write-baseline'] !== undefined && opts.baseline !== undefined && opts['prune-baseline'] === true,
      '--prune-baseline and --write-baseline cannot be used together',
    ],
    [opts['no-config'] === true && opts.config !== undefined, '--config and --no-config cannot be used together'],
    [opts.fix === true && opts['fix-dry-run'] === true, '--fix and --fix-dry-run cannot be used together'],
    [
      (opts.fix === true || opts['fix-dry-run'] === true) && opts['write-baseline'] !== undefined,
      '--write-baseline records findings as they are: it cannot be combined with --fix',
    ],
  ];
  for (const [wrong, message] of pairs) if (wrong) throw new UsageError(message);
  const maxFileSize = optional(opts['max-file-size'], toBytes);
  const session: SessionFlags = {
    ...(opts['no-config'] ? { config: false } : opts.config === undefined ? {} : { config: opts.config }),
    ...(opts.preset === undefined ? {} : { preset: oneOf(opts.preset, PRESETS, '--preset') }),
    ruleLevels,
    ...(opts['allow-comments'] ? { allowComments: true } : {}),
    ...(opts.target === undefined ? {} : { target: oneOf(opts.target, DEPLOY_TARGETS, '--target') }),
    ...(maxFileSize === undefined ? {} : { maxFileSize }),
    ...(opts['report-unused-baseline'] ? { reportUnusedBaseline: true } : {}),
    ...(opts['no-ignore'] ? { noIgnore: true } : {}),
    ...(opts['max-findings-per-rule'] === undefined
      ? {}
      : { maxFindingsPerRule: toCount(opts['max-findings-per-rule'], '--max-findings-per-rule') }),
    ...(opts['plugin-timeout'] === undefined
      ? {}
      : { pluginTimeoutMs: toCount(opts['plugin-timeout'], '--plugin-timeout') }),
    ...(opts['allow-outside-repo'] ? { outsideRepository: true } : {}),
    // --write-baseline records every finding of today, those the old baseline had too.
    ...(opts.baseline === undefined || opts['write-baseline'] !== undefined ? {} : { baseline: opts.baseline }),
    // Only stylish prints source lines: for the other formats results need no text, and no secret masking.
    ...(outputs.some((o) => o.format === 'stylish') ? {} : { keepSource: false }),
    ...(opts.quiet ? { quiet: true } : {}),
  };
  return {
    opts,
    paths: positionals,
    format,
    outputs,
    failOn: parseFailOn(opts['fail-on'] ?? 'error'),
    maxWarnings: optional(opts['max-warnings'], (v) => toCount(v, '--max-warnings')),
    maxFileSize,
    session,
  };
}
