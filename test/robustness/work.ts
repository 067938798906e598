/**
 * A work counter for the linearity suite: how much ecslint code ran, not how long it took (no timed
 * assertions). Two measures, added up:
 *
 * - **blocks**: V8's block coverage (the inspector's precise coverage, with call counts), summed over
 *   every function range of ecslint's own scripts (`src/`, `rules/`): each loop iteration, branch and call
 *   counts one. A rule that compares every container with every other shows as the square of the
 *   containers.
 * - **scanned**: what built-ins scan on ecslint's behalf, which coverage cannot see: the length of the string
 *   or array that `includes`, `indexOf`, `join`, `replace`, `replaceAll`, `split` and `slice` are called on
 *   (an upper bound: a search may stop early). `list.includes(x)` in a loop over the list, or a whole line
 *   copied for every finding on it, then counts as the quadratic work it is.
 */
import { Session } from 'node:inspector/promises';

export interface Work {
  blocks: number;
  scanned: number;
  total: number;
}

let session: Session | undefined;

async function coverage(): Promise<Session> {
  if (!session) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  }
  return session;
}

const OWN = /\/(src|rules)\/[^/]/;

const SHORT = 64;

type Method = (this: { length: number }, ...args: unknown[]) => unknown;
const PATCHED: [object, string][] = [
  [String.prototype, 'includes'],
  [String.prototype, 'indexOf'],
  [String.prototype, 'replace'],
  [String.prototype, 'replaceAll'],
  [String.prototype, 'split'],
  [String.prototype, 'slice'],
  [Array.prototype, 'includes'],
  [Array.prototype, 'indexOf'],
  [Array.prototype, 'join'],
  [Array.prototype, 'slice'],
];

/** The work `fn` does (it must be synchronous), counting the blocks of the scripts whose URL `scope` matches. */
export async function measure(fn: () => void, scope: RegExp = OWN): Promise<Work> {
  const s = await coverage();
  await s.post('Profiler.takePreciseCoverage'); // counts start again from zero
  let scanned = 0;
  const originals = PATCHED.map(([proto, name]) => (proto as Record<string, Method>)[name] as Method);
  const indexOf = (proto: object): Method =>
    originals[PATCHED.findIndex(([p, n]) => p === proto && n === 'indexOf')] as Method;
  PATCHED.forEach(([proto, name], i) => {
    const original = originals[i] as Method;
    const search = indexOf(proto);
    const wrapper = function (this: { length: number }, ...args: unknown[]): unknown {
      const out = original.apply(this, args);
      // Short strings and lists cost a bounded amount each (only long ones can make work super-linear) and
      // are not counted: finding the caller of each of millions of calls would take minutes.
      const copied = name === 'slice' ? (out as { length: number }).length : 0;
      if (this.length < SHORT && copied < SHORT) return out;
      // Counted only when called from code in scope: the file of the caller's frame, from a one-frame stack
      // trace taken raw (a formatted one goes through the test runner's source maps, a hundred times slower).
      const { stackTraceLimit, prepareStackTrace } = Error;
      Error.stackTraceLimit = 1;
      Error.prepareStackTrace = (_, frames) => frames[0]?.getFileName() ?? '';
      const trace: { stack?: string } = {};
      Error.captureStackTrace(trace, wrapper);
      const caller = trace.stack ?? '';
      Error.stackTraceLimit = stackTraceLimit;
      Error.prepareStackTrace = prepareStackTrace;
      if (!scope.test(caller) || caller.includes('node_modules')) return out;
      if (name === 'slice') {
        // slice copies what it returns, not what it is called on.
        scanned += copied;
      } else if (name === 'indexOf' || name === 'includes') {
        // A search reads from where it starts to where it finds (or to the end).
        const from = Math.max(0, Math.min(this.length, Number(args[1] ?? 0) || 0));
        const at = (name === 'indexOf' ? out : search.apply(this, args)) as number;
        scanned += (at >= 0 ? at + 1 : this.length) - from;
      } else {
        scanned += this.length;
      }
      return out;
    };
    Object.defineProperty(proto, name, { configurable: true, writable: true, value: wrapper });
  });
  try {
    fn();
  } finally {
    PATCHED.forEach(([proto, name], i) => {
      Object.defineProperty(proto, name, { configurable: true, writable: true, value: originals[i] });
    });
  }
  const { result } = await s.post('Profiler.takePreciseCoverage');
  let blocks = 0;
  for (const script of result) {
    if (!scope.test(script.url) || script.url.includes('node_modules')) continue;
    for (const f of script.functions) for (const r of f.ranges) blocks += r.count;
  }
  return { blocks, scanned, total: blocks + scanned };
}
