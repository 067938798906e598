import { RULE_DOCS } from '../../rules/docs.generated.js';
import { ruleDocsUrl } from '../docs.js';
import { loadPath, loadUrl, sha256Hex } from '../lazy.js';
import type { RuleMeta } from '../rule.js';
import type { Diagnostic, LintResult, Range, Severity } from '../types.js';
import { repoPath } from './paths.js';
import type { Reporter, ReporterContext } from './types.js';

/**
 * SARIF 2.1.0 for GitHub code scanning (see docs/research: the properties GitHub reads) and other
 * viewers: one run, every known rule with its README as help, repository-relative paths, exclusive end
 * columns in UTF-16 code units, and our own stable fingerprint. Suppressed findings are left out unless
 * `includeSuppressed` (GitHub ignores SARIF `suppressions` and would open alerts for them).
 */
export const sarif: Reporter = (results, ctx) => {
  const rules = [...ctx.rules];
  const index = new Map<string, number>();
  rules.forEach((m, i) => {
    if (!index.has(m.id)) index.set(m.id, i);
  });
  const indexOf = (ruleId: string, severity: Severity): number => {
    let i = index.get(ruleId);
    if (i === undefined) {
      // A finding from a rule the context does not list (should not happen): list it rather than break ruleIndex.
      i = rules.length;
      rules.push(unknownRule(ruleId, severity));
      index.set(ruleId, i);
    }
    return i;
  };

  const sarifResults: object[] = [];
  const notifications: object[] = [];
  for (const r of results) {
    const shown = repoPath(r.file, ctx);
    const where = { shown, uri: artifactUri(shown, r.file, ctx) };
    for (const d of r.diagnostics) sarifResults.push(result(d, where, indexOf(d.ruleId, d.severity), ctx, undefined));
    if (ctx.includeSuppressed) {
      for (const d of r.suppressed ?? []) sarifResults.push(result(d, where, indexOf(d.ruleId, d.severity), ctx, d));
    }
    const failure = parseFailure(r);
    if (failure) {
      notifications.push({
        level: 'error',
        message: { text: `${shown} was not analysed: ${failure.message}` },
        locations: [location(where.uri, failure.range)],
        descriptor: { id: failure.ruleId },
      });
    }
    // A rule that crashed is ecslint's own failure (exit code 2): the run did not complete as it should.
    for (const d of r.diagnostics) {
      if (d.ruleId !== 'internal-error') continue;
      notifications.push({
        level: 'error',
        message: { text: `${shown}: ${d.message}` },
        locations: [location(where.uri, d.range)],
        descriptor: { id: d.ruleId },
      });
    }
  }

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'ecslint',
        semanticVersion: ctx.version,
        informationUri: 'https://github.com/ecslint/ecslint',
        rules: rules.map(descriptor),
      },
    },
    invocations: [
      {
        executionSuccessful: notifications.length === 0,
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    ...(ctx.sarifCategory ? { automationDetails: { id: category(ctx.sarifCategory) } } : {}),
    columnKind: 'utf16CodeUnits',
    results: sarifResults,
  };
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** `automationDetails.id` is `category/run-id`: a trailing slash makes the whole value the category. */
const category = (c: string): string => (c.endsWith('/') ? c : `${c}/`);

/** A file that did not parse: rules never ran on it, so the analysis of that file is incomplete. */
function parseFailure(r: LintResult): Diagnostic | undefined {
  if (r.kind !== 'unknown') return undefined;
  return r.diagnostics.find((d) => d.ruleId === 'json-syntax' && d.severity === 'error');
}

/** A result's file: as reports show it (`shown`, part of the fingerprint) and as the SARIF URI. */
interface Where {
  shown: string;
  uri: string;
}

function result(
  d: Diagnostic,
  where: Where,
  ruleIndex: number,
  ctx: ReporterContext,
  suppressed: Diagnostic | undefined,
): object {
  const related = (d.related ?? []).map((rel, i) => ({
    id: i + 1,
    message: { text: rel.message },
    // A location in another file (the task definition a service was checked against) names that file.
    ...location(rel.file === undefined ? where.uri : artifactUri(repoPath(rel.file, ctx), rel.file, ctx), rel.range),
  }));
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: d.severity,
    message: { text: d.hint === undefined ? d.message : `${d.message}\nHint: ${d.hint}` },
    locations: [location(where.uri, d.range)],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    ...fixes(d, where.uri),
    partialFingerprints: { 'ecslint/v1': fingerprint(where.shown, d) },
    // SARIF: in a run, either every result has `suppressions` or none has.
    ...(ctx.includeSuppressed
      ? {
          suppressions: suppressed
            ? [{ kind: 'external', status: 'accepted', justification: suppressed.suppression?.reason ?? '' }]
            : [],
        }
      : {}),
  };
}

function location(uri: string, range: Range): { physicalLocation: object } {
  return { physicalLocation: { artifactLocation: { uri }, region: region(range) } };
}

function region(range: Range): object {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
  };
}

/**
 * SARIF §3.55 fixes: the safe fix first, then the suggestions. Each edit is a replacement of a region (an
 * empty one for an insertion) by the inserted text.
 */
function fixes(d: Diagnostic, uri: string): { fixes?: object[] } {
  const all = [...(d.fix ? [d.fix] : []), ...(d.suggestions ?? [])];
  if (all.length === 0) return {};
  return {
    fixes: all.map((f) => ({
      description: { text: f.message },
      artifactChanges: [
        {
          artifactLocation: { uri },
          replacements: f.edits.map((e) => ({
            deletedRegion: region(e.range),
            ...(e.text === '' ? {} : { insertedContent: { text: e.text } }),
          })),
        },
      ],
    })),
  };
}

/** A relative URI reference: each path segment percent-encoded (spaces, `#`, `%`), slashes kept. */
const encodeUri = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/**
 * The artifact URI: relative to the repository root for a file inside it; an absolute `file:` URI for one
 * outside it (GitHub rejects a relative reference that starts with `/`, and `../` leaves the root).
 */
function artifactUri(shown: string, file: string, ctx: ReporterContext): string {
  if (file.startsWith('<')) return encodeUri(shown);
  // `shown` has forward slashes only: absolute is a leading slash (or a drive letter, for Windows).
  const outside = shown.startsWith('/') || /^[A-Za-z]:\//.test(shown) || shown === '..' || shown.startsWith('../');
  if (!outside) return encodeUri(shown);
  const { resolve } = loadPath();
  return loadUrl().pathToFileURL(ctx.paths ? resolve(ctx.paths.cwd, file) : resolve(file)).href;
}

/** Rule, file and the engine's fingerprint (rule, pointer, message id and data): no line numbers. */
const fingerprint = (uri: string, d: Diagnostic): string =>
  sha256Hex(`${d.ruleId}\0${uri}\0${d.fingerprint}`).slice(0, 32);

const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', note: '2.0' };
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'recommendation' };

function descriptor(m: RuleMeta): object {
  const markdown = RULE_DOCS[m.id]?.markdown;
  const text = markdown === undefined ? undefined : plainText(markdown);
  const security = m.category === 'security';
  const docs = ruleDocsUrl(m);
  return {
    id: m.id,
    name: pascal(m.id),
    shortDescription: { text: clip(m.description) },
    fullDescription: { text: clip((text && firstParagraph(text)) || m.description) },
    help: {
      text: text ?? `${m.description}. Docs: ${docs}`,
      markdown: markdown ?? `${m.description}. See [the docs](${docs}).`,
    },
    helpUri: docs,
    defaultConfiguration: { level: m.severity },
    properties: {
      tags: security ? ['security'] : [m.category],
      precision: m.category === 'correctness' ? 'very-high' : 'high',
      ...(security
        ? { 'security-severity': SECURITY_SEVERITY[m.severity] }
        : { 'problem.severity': PROBLEM_SEVERITY[m.severity] }),
    },
  };
}

function unknownRule(id: string, severity: Severity): RuleMeta {
  return {
    id,
    category: 'correctness',
    description: id,
    severity,
    presets: { recommended: severity, strict: severity },
    references: [],
    messages: {},
  };
}

/** SARIF wants `name` to differ from `id` (SARIF1001); the pseudo-rule `schema` alone would not. */
const NAMES: Readonly<Record<string, string>> = { schema: 'ApiSchema' };

const pascal = (id: string): string =>
  NAMES[id] ??
  id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('');

const clip = (s: string): string => (s.length <= 1024 ? s : `${s.slice(0, 1023)}…`);

/** The README without its title and markdown punctuation that reads badly as plain text. */
function plainText(markdown: string): string {
  return markdown
    .replace(/^# .*\n+/, '')
    .split('\n')
    .filter((line) => !line.startsWith('```'))
    .map((line) => line.replace(/^#{2,6} /, '').replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)'))
    .join('\n')
    .trim();
}

const firstParagraph = (text: string): string => (text.split(/\n\s*\n/)[0] ?? '').replace(/\s*\n\s*/g, ' ').trim();
