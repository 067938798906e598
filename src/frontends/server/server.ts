/**
 * The language server: editor buffers in, diagnostics, code actions and hovers out. Linting itself is the
 * library's (lint.ts); this file is the protocol wiring.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import {
  type CodeAction,
  CodeActionKind,
  type Connection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  type InitializeResult,
  type Diagnostic as LspDiagnostic,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { CONFIG_NAMES } from '../../config/config.js';
import { ConfigError } from '../../config/errors.js';
import { UsageError } from '../../errors.js';
import type { Diagnostic } from '../../types.js';
import { VERSION } from '../../version.js';
import { FIX_ALL_KIND, fixActions, suppressAction, wants } from './actions.js';
import { hoverMarkdown } from './hover.js';
import {
  type DiagnosticData,
  type EditorLintOptions,
  fixAllText,
  folderOf,
  lintBuffer,
  toLspDiagnostic,
} from './lint.js';

export interface Settings {
  enable: boolean;
  /** Deploy target for every document (`aws-cli`, `deploy-action`, …); empty: the config's. */
  target: string;
  /** Lint as you type, or when the file is saved. */
  run: 'onType' | 'onSave';
}

/** What the client tells the server when it starts it (`initializationOptions`). */
export interface InitializationOptions extends Partial<Settings> {
  /**
   * The workspace is trusted: plugins (code from the repository) may run. Only the client, never the
   * workspace's own settings, says so; without it the server runs built-in rules and policies only.
   */
  trusted?: boolean;
  /** Milliseconds to wait after an edit before linting (default 150). */
  debounce?: number;
}

/** Sent to the client when the server's state changes (the VS Code extension shows it in the status bar). */
export interface StatusParams {
  state: 'ok' | 'warning' | 'error';
  message: string;
}
export const STATUS_NOTIFICATION = 'ecslint/status';

const DEFAULTS: Settings = { enable: true, target: '', run: 'onType' };
const CONFIG_FILE = new RegExp(`(^|[\\\\/])(${CONFIG_NAMES.map((n) => n.replaceAll('.', '\\.')).join('|')})$`, 'i');

interface Linted {
  /** The document version the findings are for. */
  version: number;
  diagnostics: Diagnostic[];
  configPath: string | undefined;
  folder: string;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  /** Pending lints by document: how to cancel each. */
  const timers = new Map<string, () => void>();
  /** Config files, policy files and plugin modules that decided some document's findings. */
  const configFiles = new Set<string>();
  let folders: string[] = [];
  let init: InitializationOptions = {};
  let settings: Settings = DEFAULTS;
  let pullsConfiguration = false;
  let createsFiles = false;
  let watchesFiles = false;
  let debounce = 150;
  let saidUntrusted = false;
  const saidErrors = new Set<string>();
  let status: StatusParams = { state: 'ok', message: '' };

  /** A message the user sees (a notification: nothing waits for an answer). */
  const say = (type: MessageType, message: string): void =>
    void connection.sendNotification(ShowMessageNotification.type, { type, message });
  const setStatus = (next: StatusParams): void => {
    if (next.state === status.state && next.message === status.message) return;
    status = next;
    void connection.sendNotification(STATUS_NOTIFICATION, status);
  };

  connection.onInitialize((params): InitializeResult => {
    init = (params.initializationOptions ?? {}) as InitializationOptions;
    settings = settingsFrom(init, DEFAULTS);
    if (typeof init.debounce === 'number' && init.debounce >= 0) debounce = init.debounce;
    folders = (params.workspaceFolders ?? []).map((f) => URI.parse(f.uri).fsPath);
    if (folders.length === 0 && params.rootUri) folders = [URI.parse(params.rootUri).fsPath];
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    createsFiles = params.capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true;
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'ecslint-language-server', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (watchesFiles) {
      // Configs by name; policy files and plugin modules have any name, so every file of their kinds is
      // watched and the events filtered (isConfigFile).
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{json,yaml,yml,js,mjs,cjs}' }],
      });
    }
    await refreshSettings();
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => URI.parse(f.uri).fsPath));
      folders = [...folders.filter((f) => !removed.has(f)), ...event.added.map((f) => URI.parse(f.uri).fsPath)];
      relintAll();
    });
  });

  /** Settings: the client's initialization options, then the `ecslint` section of its configuration. */
  async function refreshSettings(pushed?: unknown): Promise<void> {
    let section: unknown = pushed;
    if (pullsConfiguration) {
      try {
        section = await connection.workspace.getConfiguration('ecslint');
      } catch {
        // A client that announced configuration but cannot answer keeps the settings it gave at start.
      }
    }
    settings = settingsFrom(
      typeof section === 'object' && section !== null ? section : {},
      settingsFrom(init, DEFAULTS),
    );
  }

  connection.onDidChangeConfiguration(async (change) => {
    await refreshSettings((change.settings as { ecslint?: unknown } | undefined)?.ecslint);
    relintAll();
  });

  const schedule = (uri: string, delay: number): void => {
    timers.get(uri)?.();
    const run = (): void => {
      timers.delete(uri);
      void validate(uri);
    };
    // No debounce: right after the messages already read (a timer would wait at least a millisecond).
    if (delay === 0) {
      const immediate = setImmediate(run);
      timers.set(uri, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(run, delay);
      timers.set(uri, () => clearTimeout(timer));
    }
  };
  const relintAll = (): void => {
    for (const doc of documents.all()) schedule(doc.uri, 0);
  };

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => {
    if (settings.run === 'onType') schedule(e.document.uri, debounce);
  });
  documents.onDidSave((e) => {
    const path = pathOf(e.document.uri);
    if (path && isConfigFile(path)) relintAll();
    else if (settings.run === 'onSave') schedule(e.document.uri, 0);
  });
  documents.onDidClose((e) => {
    timers.get(e.document.uri)?.();
    timers.delete(e.document.uri);
    linted.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles((e) => {
    if (e.changes.some((c) => isConfigFile(URI.parse(c.uri).fsPath))) relintAll();
  });

  const isConfigFile = (path: string): boolean => CONFIG_FILE.test(path) || configFiles.has(resolve(path));

  /** A document's path on disk: its own for `file:` URIs, a name in the first folder for unsaved ones. */
  function pathOf(uri: string): string | undefined {
    const parsed = URI.parse(uri);
    if (parsed.scheme === 'file') return parsed.fsPath;
    if (parsed.scheme === 'untitled') return join(folders[0] ?? process.cwd(), basename(parsed.path));
    return undefined;
  }

  const lintOptions = (): EditorLintOptions => ({
    trusted: init.trusted === true,
    target: settings.target || undefined,
  });

  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    const path = pathOf(uri);
    if (!doc || !path) return;
    const publish = (diagnostics: LspDiagnostic[]): void =>
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    if (!settings.enable) {
      linted.delete(uri);
      return publish([]);
    }
    const folder = folderOf(path, folders);
    const version = doc.version;
    let outcome: Awaited<ReturnType<typeof lintBuffer>>;
    try {
      outcome = await lintBuffer(doc.getText(), path, folder, lintOptions());
    } catch (error) {
      if (documents.get(uri)?.version !== version) return;
      linted.delete(uri);
      return publish([problemDiagnostic(error)]);
    }
    // Edited since: the lint that edit scheduled publishes instead.
    if (settings.run === 'onType' && documents.get(uri)?.version !== version) return;
    if (outcome.status === 'skipped') {
      linted.delete(uri);
      return publish([]);
    }
    const { result, configPath, skippedPlugins } = outcome;
    for (const f of outcome.configFiles) configFiles.add(resolve(f));
    if (skippedPlugins.length > 0 && !saidUntrusted) {
      saidUntrusted = true;
      const message = `ecslint: this workspace is not trusted, so the plugins its config names (${skippedPlugins.join(', ')}) do not run; built-in rules and declarative policies do.`;
      say(MessageType.Warning, message);
      setStatus({ state: 'warning', message: 'untrusted workspace: plugins not run' });
    } else if (status.state === 'error') {
      setStatus({ state: 'ok', message: '' });
    }
    linted.set(uri, { diagnostics: result.diagnostics, configPath, folder, version });
    publish(result.diagnostics.map((d, i) => toLspDiagnostic(d, i, uri)));
  }

  /** A config, policy or plugin the CLI would refuse (exit 2): one diagnostic at the top, said once. */
  function problemDiagnostic(error: unknown): LspDiagnostic {
    const known = error instanceof ConfigError || error instanceof UsageError;
    const message = known ? (error as Error).message : `internal error: ${String((error as Error)?.stack ?? error)}`;
    if (!saidErrors.has(message)) {
      saidErrors.add(message);
      if (!known) connection.console.error(message);
      say(MessageType.Error, `ecslint: ${message.split('\n')[0]}`);
    }
    setStatus({ state: 'error', message: message.split('\n')[0] ?? message });
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      source: 'ecslint',
      code: known ? 'config' : 'internal-error',
      message: `ecslint cannot lint this file: ${message.split('\n')[0]}`,
    };
  }

  /** The stored findings an LSP diagnostic (sent back by the client) stands for. */
  const findingOf = (uri: string, d: LspDiagnostic): Diagnostic | undefined => {
    const data = d.data as DiagnosticData | undefined;
    if (d.source !== 'ecslint' || typeof data?.index !== 'number') return undefined;
    const found = linted.get(uri)?.diagnostics[data.index];
    return found?.fingerprint === data.fingerprint ? found : undefined;
  };

  connection.onCodeAction(async (params) => {
    const uri = params.textDocument.uri;
    const state = linted.get(uri);
    const doc = documents.get(uri);
    const path = pathOf(uri);
    if (!state || !doc || !path) return [];
    const only = params.context.only;
    // Edits are positions in the text that was linted: none for a buffer edited since.
    const current = state.version === doc.version;
    const actions: CodeAction[] = [];
    const suppressed = new Set<string>();
    for (const lsp of params.context.diagnostics) {
      const finding = findingOf(uri, lsp);
      if (!finding) continue;
      if (current && wants(only, CodeActionKind.QuickFix)) actions.push(...fixActions(uri, finding, lsp));
      if (finding.ruleId === 'internal-error' || suppressed.has(finding.ruleId)) continue;
      if ((!state.configPath && !createsFiles) || !wants(only, CodeActionKind.QuickFix)) continue;
      suppressed.add(finding.ruleId);
      const target = {
        file: path,
        ruleId: finding.ruleId,
        configPath: state.configPath,
        configText: state.configPath ? textOf(state.configPath) : undefined,
        folder: state.folder,
      };
      actions.push(suppressAction(target, lsp));
    }
    if (current && wants(only, FIX_ALL_KIND) && state.diagnostics.some((d) => d.fix)) {
      const text = doc.getText();
      const fixed = await fixAllText(text, path, state.folder, lintOptions());
      if (fixed !== undefined && documents.get(uri)?.version === state.version) {
        actions.push({
          title: 'Fix all ecslint problems',
          kind: FIX_ALL_KIND,
          edit: { changes: { [uri]: [replacement(doc, text, fixed)] } },
        });
      }
    }
    return actions;
  });

  /** A file's text as the editor has it (unsaved edits included), else from disk. */
  const textOf = (path: string): string | undefined => {
    const open = documents.get(URI.file(path).toString());
    if (open) return open.getText();
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };

  connection.onHover((params) => {
    const state = linted.get(params.textDocument.uri);
    if (!state) return null;
    const { line, character } = params.position;
    const at = state.diagnostics.filter((d) => {
      const { start, end } = d.range;
      const afterStart = line > start.line - 1 || (line === start.line - 1 && character >= start.column - 1);
      const beforeEnd = line < end.line - 1 || (line === end.line - 1 && character <= end.column - 1);
      return afterStart && beforeEnd;
    });
    if (at.length === 0) return null;
    return { contents: { kind: 'markdown', value: hoverMarkdown(at) } };
  });

  connection.onShutdown(() => {
    for (const cancel of timers.values()) cancel();
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}

/** One edit from `before` to `after`: the span between their common start and common end. */
function replacement(doc: TextDocument, before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++;
  }
  // Never between the two characters of a CRLF line break.
  if (start > 0 && before[start - 1] === '\r' && before[start] === '\n') start--;
  if (end > 0 && before[before.length - end] === '\n' && before[before.length - end - 1] === '\r') end--;
  return {
    range: { start: doc.positionAt(start), end: doc.positionAt(before.length - end) },
    newText: after.slice(start, after.length - end),
  };
}

function settingsFrom(raw: object, base: Settings): Settings {
  const r = raw as Partial<Record<keyof Settings, unknown>>;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : base.enable,
    target: typeof r.target === 'string' ? r.target : base.target,
    run: r.run === 'onSave' || r.run === 'onType' ? r.run : base.run,
  };
}
