import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_DOCS } from '../../rules/docs.generated.js';
import { builtinRules } from '../../rules/index.js';
import { lintText, type RuleSetting } from '../engine/lint.js';
import { PSEUDO_RULES } from '../engine/pseudo-rules.js';
import { FIXTURES, ROOT, UPDATE } from '../testing/fixtures.js';
import type { LintResult } from '../types.js';
import { escapeData, escapeProperty, github } from './github.js';
import { FORMATS, loadReporter, type ReporterContext } from './index.js';
import { junit, xmlAttr, xmlText } from './junit.js';
import { cell, markdown } from './markdown.js';
import { sarif } from './sarif.js';

/**
 * Golden outputs of every format for the inputs in fixtures/_reporters (UPDATE_FIXTURES=1 rewrites
 * them). The rule set is fixed (the pseudo-rules, and require-essential-container at warning) so that
 * new rules do not churn the goldens; SARIF help text is checked against the README, then replaced by a
 * marker. The version is a placeholder and paths are relative, so nothing changes per release or machine.
 */
const DIR = join(FIXTURES, '_reporters');
const INPUTS = ['clean.json', 'findings.json', 'syntax-error.json', 'describe-output.json'];
const GOLDEN: Record<string, string> = {
  stylish: 'stylish.txt',
  compact: 'compact.txt',
  json: 'json.json',
  sarif: 'sarif.sarif',
  github: 'github.txt',
  junit: 'junit.xml',
  markdown: 'markdown.md',
};

const found = builtinRules.find((r) => r.meta.id === 'require-essential-container');
if (!found) throw new Error('require-essential-container is missing from the registry');
const essential = found;

function goldenResults(): LintResult[] {
  const rules = new Map<string, RuleSetting>();
  for (const m of PSEUDO_RULES) rules.set(m.id, { level: m.severity });
  rules.set('require-essential-container', { level: 'warning' });
  return INPUTS.map((file) =>
    lintText(readFileSync(join(DIR, file), 'utf8'), { file, rules: [essential], settings: { rules }, explicit: true }),
  );
}

const goldenContext = (): ReporterContext => ({
  rules: [...PSEUDO_RULES, essential.meta],
  version: '0.0.0-golden',
  color: false,
  paths: { cwd: DIR, root: ROOT },
});

interface SarifDescriptor {
  id: string;
  help: { text: string; markdown: string };
}

/** SARIF with each rule's README replaced by a marker, after checking it is the README. */
function normaliseSarif(text: string): string {
  const log = JSON.parse(text);
  for (const rule of log.runs[0].tool.driver.rules as SarifDescriptor[]) {
    const docs = RULE_DOCS[rule.id];
    if (docs) expect(rule.help.markdown).toBe(docs.markdown);
    expect(rule.help.text.length).toBeGreaterThan(0);
    rule.help = { text: `<rules/${rule.id}/README.md as text>`, markdown: `<rules/${rule.id}/README.md>` };
  }
  return `${JSON.stringify(log, null, 2)}\n`;
}

describe('reporter goldens (fixtures/_reporters)', () => {
  const results = goldenResults();
  it('has a golden for every format', () => {
    expect(Object.keys(GOLDEN).sort()).toEqual([...FORMATS].sort());
  });
  for (const format of FORMATS) {
    it(format, async () => {
      const reporter = await loadReporter(format);
      if (!reporter) throw new Error(format);
      let out = reporter(results, goldenContext());
      if (format === 'sarif') out = normaliseSarif(out);
      expect(out).not.toContain(ROOT);
      expect(out).not.toContain(process.cwd());
      const path = join(DIR, 'golden', GOLDEN[format] ?? format);
      if (UPDATE) {
        mkdirSync(join(DIR, 'golden'), { recursive: true });
        writeFileSync(path, out);
      }
      expect(out).toBe(readFileSync(path, 'utf8'));
    });
  }
});

describe('sarif', () => {
  const results = goldenResults();
  const all = [...PSEUDO_RULES, ...builtinRules.map((r) => r.meta)];
  const log = JSON.parse(sarif(results, { ...goldenContext(), rules: all }));
  const run = log.runs[0];

  it('lists every rule once, with help, helpUri and tags; security rules get a string security-severity', () => {
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(all.map((m) => m.id));
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help.text).toBeTruthy();
      expect(rule.help.markdown).toBeTruthy();
      expect(rule.helpUri).toBe(`https://github.com/ecslint/ecslint/blob/main/rules/${rule.id}/README.md`);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      const meta = all.find((m) => m.id === rule.id);
      expect(rule.properties.tags).toContain(meta?.category);
      if (meta?.category === 'security') expect(rule.properties['security-severity']).toMatch(/^\d+\.\d$/);
      else expect(rule.properties['security-severity']).toBeUndefined();
    }
  });

  it('gives results a matching ruleIndex, a repository-relative uri and a namespaced fingerprint', () => {
    expect(run.results.length).toBeGreaterThan(0);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toMatch(/^fixtures\/_reporters\/[a-z-]+\.json$/);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(r.partialFingerprints['ecslint/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('reports a file that does not parse as an unsuccessful execution, and a clean run with results: []', () => {
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain('syntax-error.json');
    const clean = JSON.parse(sarif([results[0] as LintResult], goldenContext())).runs[0];
    expect(clean.results).toEqual([]);
    expect(clean.invocations[0].executionSuccessful).toBe(true);
    expect(clean.automationDetails).toBeUndefined();
  });

  it('reports a rule that crashed as an unsuccessful execution, with a notification', () => {
    const crash = {
      ruleId: 'internal-error',
      severity: 'error' as const,
      message: 'rule "acme/x" crashed on task definition: boom',
      pointer: '',
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
      docsUrl: 'https://example.com',
      fingerprint: 'f',
    };
    const r = { ...(results[0] as LintResult), diagnostics: [crash] };
    const invocation = JSON.parse(sarif([r], goldenContext())).runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      expect.objectContaining({
        level: 'error',
        message: { text: `fixtures/_reporters/clean.json: ${crash.message}` },
      }),
    ]);
  });

  it('sets the category and, on request, keeps suppressed findings marked', () => {
    const first = results[1] as LintResult;
    const hidden = { ...(first.diagnostics[0] as LintResult['diagnostics'][number]) };
    hidden.suppression = { kind: 'config', reason: 'owned by the platform team' };
    const withSuppressed: LintResult = { ...first, suppressed: [hidden] };
    const ctx = { ...goldenContext(), sarifCategory: 'ecslint-services' };
    const off = JSON.parse(sarif([withSuppressed], ctx)).runs[0];
    expect(off.automationDetails).toEqual({ id: 'ecslint-services/' });
    expect(off.results).toHaveLength(first.diagnostics.length);
    expect(off.results[0].suppressions).toBeUndefined();
    const on = JSON.parse(sarif([withSuppressed], { ...ctx, includeSuppressed: true })).runs[0];
    expect(on.results).toHaveLength(first.diagnostics.length + 1);
    expect(on.results[0].suppressions).toEqual([]);
    expect(on.results.at(-1).suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'owned by the platform team' },
    ]);
  });

  it('gives a file outside the repository an absolute file: uri, and percent-encodes the uri', () => {
    const r = { ...(results[1] as LintResult), file: '../elsewhere/my task #1.json' };
    const uri = (ctx: ReporterContext, file = r.file) =>
      JSON.parse(sarif([{ ...r, file }], ctx)).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri({ ...goldenContext(), paths: { cwd: '/repo', root: '/repo' } })).toBe(
      'file:///elsewhere/my%20task%20%231.json',
    );
    expect(uri({ ...goldenContext(), paths: { cwd: '/repo', root: '/repo' } }, '/tmp/task.json')).toBe(
      'file:///tmp/task.json',
    );
    expect(uri({ ...goldenContext(), paths: { cwd: '/repo/services/api', root: '/repo' } })).toBe(
      'services/elsewhere/my%20task%20%231.json',
    );
  });
});

describe('github', () => {
  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });

  it('writes one command per finding with severities mapped, then a summary', () => {
    const out = github(goldenResults(), goldenContext());
    const lines = out.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(3);
    expect(lines.at(-1)).toBe('ecslint: 6 problems (3 errors, 2 warnings, 1 note) in 4 files; 1 fixable with --fix');
    for (const line of lines.slice(0, -1))
      expect(line).toMatch(/^::(error|warning|notice) file=fixtures\/_reporters\//);
  });

  it('says when GitHub will not show every annotation', () => {
    const one = goldenResults()[1] as LintResult;
    const many = Array.from({ length: 11 }, (_, i) => ({ ...one, file: `f${i}.json` }));
    expect(github(many, goldenContext()).trimEnd().split('\n').at(-1)).toContain('GitHub shows 10 annotations');
  });
});

describe('junit', () => {
  it('escapes markup, quotes and characters XML cannot hold', () => {
    expect(xmlText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(xmlAttr('"x"\n\'y\'\t')).toBe('&quot;x&quot;&#10;&apos;y&apos;&#9;');
    expect(xmlText('bell\u0007 nul\u0000 \uD800 ok\uD83D\uDE00')).toBe('bell\\u0007 nul\\u0000 \\ud800 ok\uD83D\uDE00');
  });

  it('gives a clean file one passing testcase and a finding a failure', () => {
    const out = junit(goldenResults(), goldenContext());
    expect(out).toContain('<testcase classname="clean.json" name="ecslint" file="clean.json" time="0"/>');
    expect(out).toMatch(/<failure message="[^"]*" type="error">/);
    expect(out).toContain('<testsuites name="ecslint" tests="7" failures="5" errors="0" time="0">');
  });
});

describe('markdown', () => {
  it('escapes pipes, backticks and HTML in cells', () => {
    expect(cell('a | b `c` <d> & e\nf')).toBe('a \\| b \\`c\\` &lt;d&gt; &amp; e f');
    expect(cell('ping @octocat, nginx@sha256:ab')).toBe('ping &#64;octocat, nginx@sha256:ab');
    expect(cell('[click](https://evil.example) **x** _y_')).toBe(
      '\\[click\\](https://evil.example) \\*\\*x\\*\\* \\_y\\_',
    );
  });

  it('says so when the run is clean', () => {
    expect(markdown([goldenResults()[0] as LintResult], goldenContext())).toBe(
      '## ecslint\n\n✅ No problems found in 1 file.\n',
    );
  });
});

describe('json', () => {
  it('streams exactly what JSON.stringify prints for the whole document, with no file or several', async () => {
    const results = goldenResults();
    results[1] = { ...(results[1] as LintResult), suppressed: (results[1] as LintResult).diagnostics.slice(0, 1) };
    const json = await loadReporter('json');
    for (const some of [[], results.slice(0, 1), results]) {
      const out = json?.(some, goldenContext());
      expect(out).toBe(`${JSON.stringify(JSON.parse(out ?? ''), null, 2)}\n`);
      expect(JSON.parse(out ?? '').results).toHaveLength(some.length);
    }
  });
});
