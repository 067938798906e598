/** Shared by the robustness tests: settings with every rule on, invariants, reporters, a temp project and the CLI. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { resolveSettings } from '../../src/config/config.js';
import { lintBytes, lintText } from '../../src/engine/lint.js';
import { PSEUDO_RULES } from '../../src/engine/pseudo-rules.js';
import { LineTable } from '../../src/json/lines.js';
import { FORMATS, loadReporter, type Reporter, type ReporterContext } from '../../src/reporters/index.js';
import { ROOT } from '../../src/testing/fixtures.js';
import { runCli } from '../../src/testing/harness.js';
import type { LintResult } from '../../src/types.js';

export { ROOT };

/** How many cases property tests run: thousands in CI, more on demand (`FC_RUNS=100000`). */
export const FC_RUNS = Number(process.env.FC_RUNS ?? 0) || undefined;
/** The full-size variants of slow tests (`ROBUSTNESS_FULL=1`, also on with FC_RUNS). */
export const FULL = process.env.ROBUSTNESS_FULL === '1' || FC_RUNS !== undefined;

export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

/** A real-world task definition from the corpus (see fixtures/_corpus for attribution). */
export const REAL_PATH = join(
  ROOT,
  'fixtures/_corpus/real-world/AnitBishwas__background-processor__ecs-task-definition.json',
);
export const REAL_TEXT = readFileSync(REAL_PATH, 'utf8');

/** Every rule on (the `all` preset), no config. */
export const ALL = resolveSettings({ path: undefined, dir: ROOT, config: {} }, join(ROOT, 'x.json'), builtinRules, {
  preset: 'all',
});

export const KNOWN_IDS = new Set([...PSEUDO_RULES.map((m) => m.id), ...builtinRules.map((r) => r.meta.id)]);

export function lintAll(text: string, file = 'task-definition.json'): LintResult {
  return lintText(text, { file, rules: builtinRules, settings: ALL, explicit: true });
}

export function lintAllBytes(bytes: Uint8Array, file = 'task-definition.json'): LintResult {
  return lintBytes(bytes, { file, rules: builtinRules, settings: ALL, explicit: true });
}

/** The invariants every result keeps: known rule ids, ranges inside the file, no crash of a rule. */
export function checkResult(result: LintResult, { allowInternalError = false } = {}): void {
  const lines = new LineTable(result.source);
  const inFile = (p: { line: number; column: number }, what: string): void => {
    if (!(p.line >= 1 && p.line <= lines.lineCount)) throw new Error(`${what}: line ${p.line} of ${lines.lineCount}`);
    const width = lines.lineText(p.line).length;
    if (!(p.column >= 1 && p.column <= width + 1)) throw new Error(`${what}: column ${p.column} of ${width + 1}`);
  };
  for (const d of [...result.diagnostics, ...(result.suppressed ?? [])]) {
    if (!KNOWN_IDS.has(d.ruleId)) throw new Error(`unknown rule id ${d.ruleId}`);
    if (!allowInternalError && d.ruleId === 'internal-error') throw new Error(d.message);
    inFile(d.range.start, `${d.ruleId} start`);
    inFile(d.range.end, `${d.ruleId} end`);
    const before =
      d.range.start.line < d.range.end.line ||
      (d.range.start.line === d.range.end.line && d.range.start.column <= d.range.end.column);
    if (!before) throw new Error(`${d.ruleId}: range ends before it starts`);
    for (const r of d.related ?? []) {
      inFile(r.range.start, `${d.ruleId} related start`);
      inFile(r.range.end, `${d.ruleId} related end`);
    }
    if (typeof d.message !== 'string' || d.message.length === 0) throw new Error(`${d.ruleId}: empty message`);
  }
}

export const REPORTER_CTX: ReporterContext = {
  rules: [...PSEUDO_RULES, ...builtinRules.map((r) => r.meta)],
  version: '0.0.0-test',
  paths: { cwd: '/repo', root: '/repo' },
};

/** Every reporter that exists (FORMATS names them; a missing module is skipped, not failed). */
export async function reporters(): Promise<[string, Reporter][]> {
  const out: [string, Reporter][] = [];
  for (const name of FORMATS) {
    try {
      const r = await loadReporter(name);
      if (r) out.push([name, r]);
    } catch {
      // Another engineer's reporter not written yet.
    }
  }
  return out;
}

let sarifValidator: ReturnType<Ajv2020['compile']> | undefined;
/** Validate against the official SARIF 2.1.0 schema (fixtures/_vendor, see its README for attribution). */
export function validateSarif(text: string): void {
  if (!sarifValidator) {
    const ajv = new Ajv2020({ strict: false, allErrors: false });
    // The schema's formats, checked plainly (ajv-formats is not a dependency).
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///') && !/\s/.test(s.replace(/%20/g, '')));
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const schema = JSON.parse(readFileSync(join(ROOT, 'fixtures/_vendor/sarif-schema-2.1.0.json'), 'utf8'));
    delete schema.$schema;
    sarifValidator = ajv.compile(schema);
  }
  const log = JSON.parse(text);
  if (!sarifValidator(log)) throw new Error(`invalid SARIF: ${JSON.stringify(sarifValidator.errors?.slice(0, 3))}`);
}

/** Run every reporter and check each output is valid for its format. Returns the outputs by name. */
export async function renderAll(results: LintResult[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, reporter] of await reporters()) {
    const text = reporter(results, REPORTER_CTX);
    if (typeof text !== 'string') throw new Error(`${name} returned ${typeof text}`);
    if (name === 'json') JSON.parse(text);
    if (name === 'sarif') validateSarif(text);
    if (name === 'junit') checkXml(text);
    out.set(name, text);
  }
  return out;
}

/** A light well-formedness check: balanced tags, no raw control characters, only known entities. */
function checkXml(text: string): void {
  if (!text.startsWith('<?xml')) throw new Error('junit: no XML declaration');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is what is checked
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(text)) throw new Error('junit: control character');
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) throw new Error('junit: bare &');
  const stack: string[] = [];
  for (const m of text.matchAll(/<(\/?)([A-Za-z_][\w.-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, self] = m;
    if (self) continue;
    if (close) {
      if (stack.pop() !== name) throw new Error(`junit: unbalanced </${name}>`);
    } else stack.push(name as string);
  }
  if (stack.length > 0) throw new Error(`junit: unclosed <${stack.at(-1)}>`);
}

export { project } from '../../src/testing/harness.js';

export const cli = (cwd: string, args: string[], stdin = '') => runCli(cwd, args, { stdin, repoRoot: () => cwd });

/** A one-paragraph error: one line on stderr, no stack trace. */
export function expectOneParagraph(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(
    stderr
      .trimEnd()
      .split('\n')
      .filter((l) => !l.startsWith('ecslint: warning:')),
  ).toHaveLength(1);
}

export const GOOD = `{
  "family": "api",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "public.ecr.aws/nginx/nginx:1.27",
      "memory": 512,
      "essential": true
    }
  ]
}
`;
