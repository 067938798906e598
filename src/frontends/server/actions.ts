/** Code actions for the findings of one document: fixes, suggestions, suppressions, and fix-all. */
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic as LspDiagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import type { Diagnostic, Fix } from '../../types.js';
import { toLspRange } from './lint.js';
import { configName, type SuppressTarget, suppressionEdit } from './suppress.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ecslint`;

export const toLspEdits = (fix: Fix): TextEdit[] =>
  fix.edits.map((e) => ({ range: toLspRange(e.range), newText: e.text }));

/** A finding's safe fix (preferred) and its suggestions, each a quick fix of the document at `uri`. */
export function fixActions(uri: string, finding: Diagnostic, lsp: LspDiagnostic): CodeAction[] {
  const action = (fix: Fix, preferred: boolean): CodeAction => ({
    title: fix.message,
    kind: CodeActionKind.QuickFix,
    diagnostics: [lsp],
    ...(preferred ? { isPreferred: true } : {}),
    edit: { changes: { [uri]: toLspEdits(fix) } },
  });
  return [
    ...(finding.fix ? [action(finding.fix, true)] : []),
    ...(finding.suggestions ?? []).map((s) => action(s, false)),
  ];
}

/** "Suppress <rule> for this file": an entry in the config that applies to the document. */
export function suppressAction(target: SuppressTarget, lsp: LspDiagnostic): CodeAction {
  const { edit, configPath } = suppressionEdit(target);
  return {
    title: `Suppress ${target.ruleId} for this file (in ${configName(configPath)})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [lsp],
    edit,
  };
}

/** Does a request's `only` (absent: every kind) ask for actions of `kind`? */
export const wants = (only: readonly string[] | undefined, kind: string): boolean =>
  only === undefined || only.some((k) => kind === k || kind.startsWith(`${k}.`));
