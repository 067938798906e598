/**
 * The VS Code extension: starts the bundled ecslint language server (dist/server.mjs) for the documents
 * ecslint reads, passes it the workspace's trust, and shows its state in the status bar.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

/**
 * The kinds of files ecslint reads: task definitions and Dockerrun.aws.json (JSON), CloudFormation and CDK
 * templates (JSON, YAML, `.template`), Terraform (`.tf`, with a Terraform extension's language id). The
 * server leaves any other file of those languages alone.
 */
const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'json' },
  { scheme: 'file', language: 'jsonc' },
  { scheme: 'file', language: 'yaml' },
  { scheme: 'file', language: 'terraform' },
  { scheme: 'file', pattern: '**/*.{template,tf}' },
  { scheme: 'untitled', language: 'json' },
];

interface Status {
  state: 'ok' | 'warning' | 'error';
  message: string;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('ecslint', { log: true });
  const status = vscode.window.createStatusBarItem('ecslint.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'ecslint';
  status.command = 'ecslint.showOutput';
  const show = (s: Status): void => {
    status.text =
      s.state === 'ok' ? '$(check) ecslint' : s.state === 'warning' ? '$(warning) ecslint' : '$(error) ecslint';
    status.tooltip = s.message || 'ecslint is linting task definitions';
    status.backgroundColor = s.state === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    status.show();
  };

  const serverModule = context.asAbsolutePath('dist/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--inspect=6011'] } },
  };

  const start = async (): Promise<void> => {
    if (!vscode.workspace.getConfiguration('ecslint').get<boolean>('enable', true)) {
      status.hide();
      return;
    }
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: output,
      synchronize: { configurationSection: 'ecslint' },
      // Only VS Code's own trust decision lets the workspace's plugins run, never the workspace's settings.
      initializationOptions: { trusted: vscode.workspace.isTrusted },
    };
    client = new LanguageClient('ecslint', 'ecslint', serverOptions, clientOptions);
    client.onNotification('ecslint/status', show);
    show({
      state: vscode.workspace.isTrusted ? 'ok' : 'warning',
      message: vscode.workspace.isTrusted ? '' : 'untrusted workspace: plugins do not run',
    });
    await client.start();
  };
  const stop = async (): Promise<void> => {
    const running = client;
    client = undefined;
    if (running) await running.stop();
  };
  const restart = async (): Promise<void> => {
    await stop();
    await start();
  };

  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand('ecslint.restart', restart),
    vscode.commands.registerCommand('ecslint.showOutput', () => output.show()),
    // Trust granted: plugins may run now, so the server starts again with it.
    vscode.workspace.onDidGrantWorkspaceTrust(restart),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('ecslint.enable')) void restart();
    }),
    { dispose: () => void stop() },
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
