/**
 * The language server's one way into a run: an editor buffer linted as the CLI lints that file from the
 * workspace folder (same config discovery, ignore globs, suppressions), then turned into LSP diagnostics.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic as LspDiagnostic,
  type Range as LspRange,
} from 'vscode-languageserver';
import { isIgnored } from '../../config/config.js';
import { isDeployTarget } from '../../engine/group.js';
import { fixUntilStable } from '../../fix/index.js';
import { DOCUMENT_NAME } from '../../inputs/targets.js';
import { configFilesOf, configResolver, runSession } from '../../session/index.js';
import type { Diagnostic, LintResult, Range, Severity } from '../../types.js';

export interface EditorLintOptions {
  /** Load the plugins the config names: only in a trusted workspace. */
  trusted: boolean;
  /** Deploy target (`aws-cli`, `deploy-action`, …), when the editor sets one. */
  target?: string | undefined;
}

export type EditorLint =
  | {
      status: 'linted';
      result: LintResult;
      configPath: string | undefined;
      /** The config, and the policy files and plugin modules it names: a change to one re-lints. */
      configFiles: readonly string[];
      skippedPlugins: readonly string[];
    }
  /** Not for ecslint: the config ignores it, or it is not a document ecslint reads. */
  | { status: 'skipped' };

/**
 * Lint an editor buffer. `folder` is the workspace folder holding the file (the CLI's working directory);
 * reported names and config lookups are relative to it. Throws ConfigError for a bad config, as the CLI does.
 */
export async function lintBuffer(
  text: string,
  path: string,
  folder: string,
  options: EditorLintOptions,
): Promise<EditorLint> {
  const file = relative(folder, path).split(sep).join('/');
  const loaded = configResolver(folder, undefined)(file);
  // A file named on the command line but ignored by the config is not linted by the CLI either.
  if (isIgnored(loaded, path)) return { status: 'skipped' };
  const { results } = await runSession(
    { text, file },
    {
      cwd: folder,
      keepSource: false,
      plugins: options.trusted,
      ...(isDeployTarget(options.target) ? { target: options.target } : {}),
    },
  );
  const [result] = results;
  if (!result) return { status: 'skipped' };
  // As a folder walk: only recognised documents, and unparsable files whose names say they are ones.
  if (result.kind === 'unknown' && !(result.diagnostics.length > 0 && DOCUMENT_NAME.test(file))) {
    return { status: 'skipped' };
  }
  const plugins = loaded.config.plugins ?? [];
  return {
    status: 'linted',
    result,
    configPath: loaded.path,
    configFiles: configFilesOf([loaded]),
    skippedPlugins: options.trusted ? [] : plugins,
  };
}

/**
 * A buffer with every safe fix applied, pass after pass until none is left or none applies (a fix that
 * collided with another waits for the next pass), as `--fix` does for a file. Undefined when nothing changes.
 */
export async function fixAllText(
  text: string,
  path: string,
  folder: string,
  options: EditorLintOptions,
): Promise<string | undefined> {
  const fixed = await fixUntilStable(text, async (current) => {
    const linted = await lintBuffer(current, path, folder, options);
    return linted.status === 'linted' ? linted.result.diagnostics : undefined;
  });
  return fixed.text === text ? undefined : fixed.text;
}

/** The workspace folder (longest match) that holds a path, else the path's own folder. */
export function folderOf(path: string, folders: readonly string[]): string {
  let best: string | undefined;
  for (const f of folders) {
    const inside = path === f || path.startsWith(f.endsWith(sep) ? f : f + sep);
    if (inside && (best === undefined || f.length > best.length)) best = f;
  }
  return best ?? dirname(resolve(path));
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  note: DiagnosticSeverity.Information,
};

/** ecslint's 1-based, end-exclusive range as LSP's 0-based one (both count UTF-16 code units). */
export const toLspRange = (r: Range): LspRange => ({
  start: { line: r.start.line - 1, character: r.start.column - 1 },
  end: { line: r.end.line - 1, character: r.end.column - 1 },
});

/** The data each LSP diagnostic carries back in code-action requests: where it sits in the stored list. */
export interface DiagnosticData {
  index: number;
  fingerprint: string;
}

/** One ecslint finding as an LSP diagnostic of the document at `uri`. */
export function toLspDiagnostic(d: Diagnostic, index: number, uri: string): LspDiagnostic {
  const out: LspDiagnostic = {
    range: toLspRange(d.range),
    severity: SEVERITY[d.severity],
    source: 'ecslint',
    code: d.ruleId,
    codeDescription: { href: d.docsUrl },
    message: d.hint ? `${d.message}\n${d.hint}` : d.message,
    data: { index, fingerprint: d.fingerprint } satisfies DiagnosticData,
  };
  if (d.related?.length) {
    out.relatedInformation = d.related.map((r) => ({
      location: { uri, range: toLspRange(r.range) },
      message: r.message,
    }));
  }
  if (isRemovable(d)) out.tags = [DiagnosticTag.Unnecessary];
  return out;
}

/**
 * A finding whose safe fix only deletes text (a null member, an output-only member): the editor greys the
 * member out as unnecessary.
 */
const isRemovable = (d: Diagnostic): boolean =>
  d.fix !== undefined && d.fix.edits.length > 0 && d.fix.edits.every((e) => e.text === '');
