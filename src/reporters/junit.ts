import { oneLine } from '../text.js';
import type { Diagnostic } from '../types.js';
import { summarize } from './summary.js';
import type { Reporter } from './types.js';

/** Characters XML 1.0 cannot hold at all (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding the characters XML cannot hold is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const visible = (c: string): string => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/** Element text: markup characters escaped, characters XML cannot hold shown as `\uXXXX`. */
export const xmlText = (s: string): string =>
  s.replace(NOT_XML, visible).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Attribute values: also quotes, and whitespace kept as character references (parsers normalise it). */
export const xmlAttr = (s: string): string =>
  xmlText(s)
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\t', '&#9;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;');

const failing = (d: Diagnostic): boolean => d.severity !== 'note';

/**
 * JUnit XML (Jenkins, GitLab, Azure Pipelines): a testsuite per file, a testcase per finding (errors and
 * warnings fail, notes pass), and one passing testcase for a clean file.
 */
export const junit: Reporter = (results, ctx) => {
  const summary = summarize(results);
  const total = results.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  const failures = summary.errors + summary.warnings;
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<testsuites name="ecslint" tests="${total}" failures="${failures}" errors="0" time="0">\n`;
  for (const r of results) {
    const shown = oneLine(r.file);
    const file = xmlAttr(shown);
    const tests = Math.max(1, r.diagnostics.length);
    const fails = r.diagnostics.filter(failing).length;
    out += `  <testsuite name="${file}" tests="${tests}" failures="${fails}" errors="0" skipped="0" time="0">\n`;
    out += `    <properties>\n      <property name="ecslint.version" value="${xmlAttr(ctx.version)}"/>\n      <property name="kind" value="${xmlAttr(r.kind)}"/>\n    </properties>\n`;
    if (r.diagnostics.length === 0) {
      out += `    <testcase classname="${file}" name="ecslint" file="${file}" time="0"/>\n`;
    }
    for (const d of r.diagnostics) {
      const where = `${d.range.start.line}:${d.range.start.column}`;
      const name = xmlAttr(`${d.ruleId} at ${where}`);
      const details = [
        `${shown}:${where}: ${d.severity}: ${d.message} [${d.ruleId}]`,
        ...(d.hint === undefined ? [] : [`hint: ${d.hint}`]),
        `docs: ${d.docsUrl}`,
      ].join('\n');
      out += `    <testcase classname="${file}" name="${name}" file="${file}" line="${d.range.start.line}" time="0">\n`;
      if (failing(d)) {
        out += `      <failure message="${xmlAttr(d.message)}" type="${xmlAttr(d.severity)}">${xmlText(details)}</failure>\n`;
      } else {
        out += `      <system-out>${xmlText(details)}</system-out>\n`;
      }
      out += '    </testcase>\n';
    }
    out += '  </testsuite>\n';
  }
  return `${out}</testsuites>\n`;
};
