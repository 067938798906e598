// A small Language Server Protocol client for the built server (dist/server.js) over stdio: used by the
// protocol tests (src/frontends/server/protocol.test.ts) and the benchmark (bench/run.mjs).
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

/**
 * Start `node <server> --stdio` and initialize it with `folder` as the one workspace folder.
 * `capabilities` extends a VS Code-like set (configuration pull off unless asked for).
 */
export async function startClient({ server, folder, initializationOptions = {}, capabilities = {}, configuration }) {
  const child = spawn(process.execPath, [server, '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  /** Every publishDiagnostics, in order, and who waits for the next one of a document. */
  const published = [];
  const waiters = [];
  const notifications = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    published.push(params);
    for (const w of [...waiters]) {
      if (w.uri === params.uri && w.accept(params)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(params);
      }
    }
  });
  connection.onNotification((method, params) => {
    if (method !== 'textDocument/publishDiagnostics') notifications.push({ method, params });
  });
  connection.onRequest('workspace/configuration', (params) =>
    params.items.map((item) => (item.section === 'ecslint' ? (configuration?.() ?? null) : null)),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
  connection.listen();
  const rootUri = pathToFileURL(folder).href;
  const initialized = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
    initializationOptions,
    capabilities: {
      textDocument: {
        synchronization: { didSave: true },
        publishDiagnostics: {
          relatedInformation: true,
          tagSupport: { valueSet: [1, 2] },
          codeDescriptionSupport: true,
        },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
      workspace: {
        workspaceFolders: true,
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        didChangeWatchedFiles: { dynamicRegistration: true },
        ...capabilities.workspace,
      },
    },
  });
  await connection.sendNotification('initialized', {});
  const versions = new Map();

  return {
    connection,
    child,
    initialized,
    published,
    notifications,
    stderr: () => stderr,
    /** The next publishDiagnostics for `uri` (after this call) that `accept` takes. */
    next(uri, accept = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} in ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          uri,
          accept,
          resolve: (p) => {
            clearTimeout(timer);
            resolve(p);
          },
        });
      });
    },
    open(uri, text, languageId = 'json') {
      versions.set(uri, 1);
      return connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId, version: 1, text },
      });
    },
    /** Replace the whole text (a full-document change). */
    change(uri, text) {
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      return connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
    },
    /** Same, as a range edit: replace [start, end) with `text`. */
    edit(uri, range, text) {
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      return connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range, text }],
      });
    },
    save(uri) {
      return connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    },
    close(uri) {
      return connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    request(method, params) {
      return connection.sendRequest(method, params);
    },
    notify(method, params) {
      return connection.sendNotification(method, params);
    },
    /** shutdown, exit: resolves with the exit code and signal. */
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const status = await exited;
      connection.dispose();
      return status;
    },
    kill() {
      connection.dispose();
      child.kill();
    },
  };
}

/** Apply LSP text edits to a text (edits must not overlap; positions count UTF-16 code units). */
export function applyTextEdits(text, edits) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) lineStarts.push(i + 1);
  }
  const offset = ({ line, character }) => Math.min((lineStarts[line] ?? text.length) + character, text.length);
  const sorted = edits
    .map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
