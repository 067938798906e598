import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { compareDiagnostics } from '../engine/lint.js';
import { PSEUDO_RULES } from '../engine/pseudo-rules.js';
import { UsageError } from '../errors.js';
import {
  count,
  type Format,
  loadReporter,
  loadStreamReporter,
  type Reporter,
  type ReporterContext,
  type StreamReporter,
} from '../reporters/index.js';
import type { AnyRule } from '../rule.js';
import type { LintResult, Summary } from '../types.js';

/** Where a report goes: stdout, or a file written whole or not at all. */
export interface Destination {
  format: Format;
  /** An absolute path; undefined for stdout. */
  path?: string;
  color: boolean;
}

/** Text is handed on in pieces of about this size: a few writes for a large run, not one per file. */
const CHUNK = 64 * 1024;

/**
 * The reports of one run. Formats that can print a file as soon as it is linted (stylish, compact, json,
 * github) do, so a run over thousands of files holds one document at a time; the others (sarif, junit,
 * markdown) are given every result at the end, without the source text they do not print.
 */
export class RunReport {
  /** What was found, for the exit code (suppressed findings counted apart). */
  readonly summary: Summary = emptySummary();
  /** What the reports show: with --show-suppressed, suppressed findings count as shown. */
  readonly #shown: Summary = emptySummary();
  readonly #outputs: Output[];
  readonly #ctx: ReporterContext;
  readonly #showSuppressed: boolean;
  /** Results kept for the formats that need them all (none when every format streams). */
  readonly #kept: LintResult[] = [];
  #rulesSeen = -1;
  /** Each output's context, made again when the rules change (not once per file). */
  readonly #contexts = new Map<Output, ReporterContext>();

  private constructor(outputs: Output[], ctx: ReporterContext, showSuppressed: boolean) {
    this.#outputs = outputs;
    this.#ctx = ctx;
    this.#showSuppressed = showSuppressed;
  }

  /** Load the reporters and open the files (a file that cannot be written fails before any linting). */
  static async open(
    destinations: readonly Destination[],
    ctx: Omit<ReporterContext, 'rules' | 'color'>,
    options: { showSuppressed: boolean; stdout: (text: string) => void; tree?: string },
  ): Promise<RunReport> {
    const outputs: Output[] = [];
    try {
      for (const d of destinations) {
        const stream = await loadStreamReporter(d.format);
        const reporter = stream ? undefined : await loadReporter(d.format);
        if (!stream && !reporter) throw new UsageError(`unknown format "${d.format}"`);
        const sink = d.path === undefined ? stdoutSink(options.stdout) : fileSink(d.path, options.tree);
        outputs.push({ destination: d, stream, reporter, sink });
      }
    } catch (error) {
      for (const o of outputs) o.sink.abort();
      throw error;
    }
    const report = new RunReport(outputs, { ...ctx, rules: [...PSEUDO_RULES] }, options.showSuppressed);
    for (const o of outputs) if (o.stream?.begin) o.sink.write(o.stream.begin(report.#context(o)));
    return report;
  }

  /** One file's result, with every rule that could report so far (rule docs and `sensitive` come from them). */
  add(result: LintResult, rules: readonly AnyRule[]): void {
    if (rules.length !== this.#rulesSeen) {
      this.#rulesSeen = rules.length;
      this.#ctx.rules = [...PSEUDO_RULES, ...rules.map((r) => r.meta)];
      this.#contexts.clear();
    }
    const shown = this.#showSuppressed ? withSuppressed(result) : result;
    for (const o of this.#outputs) {
      if (o.stream) o.sink.write(o.stream.file(shown, this.#context(o), this.#shown.files));
    }
    count(this.summary, result);
    count(this.#shown, shown);
    if (this.#outputs.some((o) => o.reporter)) this.#kept.push({ ...result, source: '' });
  }

  /** The ends of the reports; files are moved into place. */
  finish(): void {
    const shown = this.#showSuppressed ? this.#kept.map(withSuppressed) : this.#kept;
    for (const o of this.#outputs) {
      const ctx = this.#context(o);
      if (o.stream) o.sink.write(o.stream.end(this.#shown, ctx));
      // SARIF marks suppressed findings itself (--sarif-include-suppressed) rather than mixing them in.
      else if (o.reporter) o.sink.write(o.reporter(o.destination.format === 'sarif' ? this.#kept : shown, ctx));
      o.sink.close();
    }
  }

  /** Leave no half-written report file behind (the run failed). */
  abort(): void {
    for (const o of this.#outputs) o.sink.abort();
  }

  #context(o: Output): ReporterContext {
    let ctx = this.#contexts.get(o);
    if (ctx === undefined) {
      ctx = { ...this.#ctx, color: o.destination.color };
      this.#contexts.set(o, ctx);
    }
    return ctx;
  }
}

const emptySummary = (): Summary => ({ files: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0, fixable: 0 });

interface Output {
  destination: Destination;
  stream: StreamReporter | undefined;
  reporter: Reporter | undefined;
  sink: Sink;
}

interface Sink {
  write(text: string): void;
  close(): void;
  abort(): void;
}

function stdoutSink(stdout: (text: string) => void): Sink {
  let pending = '';
  return {
    write(text) {
      pending += text;
      if (pending.length >= CHUNK) {
        stdout(pending);
        pending = '';
      }
    },
    close() {
      if (pending !== '') stdout(pending);
      pending = '';
    },
    abort() {
      this.close();
    },
  };
}

/** Is `path` the folder `root` or inside it? */
const isInside = (path: string, root: string): boolean =>
  path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/** The path with links resolved, or the path as given when it does not exist (yet). */
export const realOrSelf = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/**
 * Where a report file is written: the real path, symbolic links resolved (a link to a file that does not exist
 * yet creates that file). A path that is not a regular file (`/dev/stdout`, `/dev/null`, a FIFO) is written in
 * place, never replaced by a rename; a regular file or a new one gets a temporary file beside it and a rename.
 *
 * With `tree` (the working directory), a path inside it that a link takes outside it is refused: a link in a
 * checked-out pull request (`ecslint.sarif → ../../victim`) must not make ecslint write elsewhere. A read-only
 * file is refused too, not replaced.
 */
export function writeTarget(path: string, tree?: string): { path: string; inPlace: boolean } {
  const real = realWritePath(path);
  if (tree !== undefined) {
    const top = realOrSelf(resolve(tree));
    const named = resolve(tree, path);
    const inTree = isInside(named, resolve(tree)) || isInside(named, top);
    if (inTree && !isInside(real, top)) {
      throw new UsageError(
        `refusing to write ${path}: a symbolic link takes it outside the working directory (to ${real})`,
      );
    }
  }
  try {
    const stat = statSync(real);
    if (stat.isFile() && (stat.mode & 0o222) === 0)
      throw new UsageError(`refusing to write ${path}: the file is read-only`);
    return { path: real, inPlace: !stat.isFile() };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return { path: real, inPlace: false };
  }
}

/** The file a write to `path` replaces or creates: links followed, the folder's real path. */
export function realWritePath(path: string): string {
  let real = path;
  try {
    if (lstatSync(path).isSymbolicLink()) {
      real = existsSync(path) ? realpathSync(path) : resolve(dirname(path), readlinkSync(path));
    }
  } catch {
    // A new file: written where the path says.
  }
  return join(realOrSelf(dirname(real)), basename(real));
}

/** A report file: written to a temporary file beside it, renamed into place when complete. */
export function fileSink(shown: string, tree?: string): Sink {
  const { path, inPlace } = writeTarget(shown, tree);
  // `-o out/report.sarif` creates `out/` (as the Action does for its SARIF file).
  if (!inPlace) {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new UsageError(`cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  const temp = inPlace ? path : join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fail = (error: unknown): never => {
    if (!inPlace) rmSync(temp, { force: true });
    throw new UsageError(`cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  };
  let fd = -1;
  try {
    fd = openSync(temp, 'w');
  } catch (error) {
    fail(error);
  }
  let pending = '';
  const flush = (): void => {
    try {
      const bytes = Buffer.from(pending);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    } catch (error) {
      closeSync(fd);
      fd = -1;
      fail(error);
    }
    pending = '';
  };
  return {
    write(text) {
      pending += text;
      if (pending.length >= CHUNK) flush();
    },
    close() {
      flush();
      closeSync(fd);
      fd = -1;
      if (inPlace) return;
      try {
        renameSync(temp, path);
      } catch (error) {
        fail(error);
      }
    },
    abort() {
      if (fd !== -1) closeSync(fd);
      fd = -1;
      if (!inPlace) rmSync(temp, { force: true });
    },
  };
}

/** Suppressed findings back among the others, marked, for --show-suppressed. */
function withSuppressed(r: LintResult): LintResult {
  if (!r.suppressed?.length) return r;
  const marked = r.suppressed.map((d) => ({
    ...d,
    message: `${d.message} (suppressed: ${d.suppression?.reason ?? 'suppressed'})`,
  }));
  return { ...r, diagnostics: [...r.diagnostics, ...marked].sort(compareDiagnostics), suppressed: [] };
}

/** Write a file whole or not at all, as report files are written (see fileSink). */
export function writeAtomic(path: string, text: string, tree?: string): void {
  const sink = fileSink(path, tree);
  sink.write(text);
  sink.close();
}
