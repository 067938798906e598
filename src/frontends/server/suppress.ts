/**
 * "Suppress for this file": a suppression entry added to the config that applies to the document, with a
 * reason for the user to write, as a workspace edit (the editor applies it, so it can be undone).
 */
import { basename, dirname, join, relative, sep } from 'node:path';
import { modify } from 'jsonc-parser';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { loadYaml } from '../../lazy.js';

export const REASON_PLACEHOLDER = 'TODO: say why this finding is acceptable here';

/** Glob characters in a file name, escaped so the suppression's `files` matches that one file. */
const literalGlob = (path: string): string => path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');

export interface SuppressTarget {
  /** Absolute path of the document. */
  file: string;
  ruleId: string;
  /** The config that applies to the document, if any. */
  configPath: string | undefined;
  /** Its current text (the open editor buffer, else the file on disk). */
  configText: string | undefined;
  /** Where a new config goes when there is none: the workspace folder. */
  folder: string;
}

export function suppressionEdit(t: SuppressTarget): { edit: WorkspaceEdit; configPath: string } {
  const configPath = t.configPath ?? join(t.folder, '.ecslintrc.json');
  const entry = {
    files: literalGlob(relative(dirname(configPath), t.file).split(sep).join('/')),
    rules: t.ruleId,
    reason: REASON_PLACEHOLDER,
  };
  const uri = URI.file(configPath).toString();
  if (t.configPath === undefined || t.configText === undefined) {
    const text = `${JSON.stringify({ suppressions: [entry] }, null, 2)}\n`;
    return {
      configPath,
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          {
            textDocument: { uri, version: null },
            edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }],
          },
        ],
      },
    };
  }
  const doc = TextDocument.create(uri, 'json', 0, t.configText);
  let edits: TextEdit[];
  if (/\.ya?ml$/i.test(configPath)) {
    // The yaml library keeps comments and layout of the rest of the document.
    const yaml = loadYaml().parseDocument(t.configText);
    if (yaml.get('suppressions') === undefined) yaml.set('suppressions', yaml.createNode([entry]));
    else yaml.addIn(['suppressions'], yaml.createNode(entry));
    edits = [
      {
        range: { start: { line: 0, character: 0 }, end: doc.positionAt(t.configText.length) },
        newText: yaml.toString(),
      },
    ];
  } else {
    const indent = /^( +|\t)\S/m.exec(t.configText)?.[1] ?? '  ';
    edits = modify(t.configText, ['suppressions', -1], entry, {
      formattingOptions: {
        insertSpaces: indent !== '\t',
        tabSize: indent === '\t' ? 1 : indent.length,
        eol: t.configText.includes('\r\n') ? '\r\n' : '\n',
      },
    }).map((e) => ({
      range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) },
      newText: e.content,
    }));
  }
  return { configPath, edit: { changes: { [uri]: edits } } };
}

export const configName = (path: string): string => basename(path);
