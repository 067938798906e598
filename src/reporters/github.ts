import type { Severity } from '../types.js';
import { repoPath } from './paths.js';
import { fromStream, summaryLine } from './summary.js';
import type { StreamReporter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };
/** GitHub shows at most this many annotations of each severity per step and drops the rest silently. */
const SHOWN_PER_STEP = 10;

/** Workflow-command data: `%`, CR and LF are escaped (as @actions/core does). */
export const escapeData = (s: string): string =>
  s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** Workflow-command property values: also `:` and `,`, which separate properties. */
export const escapeProperty = (s: string): string => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), one per finding, so a step
 * annotates the files in the run and the pull request, then a one-line summary. Paths are relative to
 * the repository root, which is the workspace in a checked-out job.
 */
export const githubStream: StreamReporter = {
  file(r, ctx) {
    let out = '';
    const file = repoPath(r.file, ctx);
    for (const d of r.diagnostics) {
      const { start, end } = d.range;
      const props: [string, string | number][] = [
        ['file', file],
        ['line', start.line],
        ['endLine', end.line],
      ];
      // Columns are only allowed when the annotation stays on one line.
      if (end.line === start.line) props.push(['col', start.column], ['endColumn', end.column]);
      props.push(['title', `ecslint (${d.ruleId})`]);
      const message = d.hint === undefined ? d.message : `${d.message}\nhint: ${d.hint}`;
      const args = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      out += `::${COMMAND[d.severity]} ${args}::${escapeData(`${message}\ndocs: ${d.docsUrl}`)}\n`;
    }
    return out;
  },
  end(summary) {
    const capped =
      summary.errors > SHOWN_PER_STEP || summary.warnings > SHOWN_PER_STEP || summary.notes > SHOWN_PER_STEP;
    const note = capped
      ? ` (GitHub shows ${SHOWN_PER_STEP} annotations of each severity per step; all are listed above)`
      : '';
    return `ecslint: ${summaryLine(summary)}${note}\n`;
  },
};

export const github = fromStream(githubStream);
