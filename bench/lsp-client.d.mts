import type { ChildProcess } from 'node:child_process';
import type {
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsParams,
  Range,
  TextEdit,
} from 'vscode-languageserver-protocol';

export interface Client {
  connection: ProtocolConnection;
  child: ChildProcess;
  initialized: InitializeResult;
  published: PublishDiagnosticsParams[];
  notifications: { method: string; params: unknown }[];
  stderr(): string;
  next(
    uri: string,
    accept?: (p: PublishDiagnosticsParams) => boolean,
    timeoutMs?: number,
  ): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, languageId?: string): Promise<void>;
  change(uri: string, text: string): Promise<void>;
  edit(uri: string, range: Range, text: string): Promise<void>;
  save(uri: string): Promise<void>;
  close(uri: string): Promise<void>;
  request<R = unknown>(method: string, params?: unknown): Promise<R>;
  notify(method: string, params?: unknown): Promise<void>;
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): void;
}

export function startClient(options: {
  server: string;
  folder: string;
  initializationOptions?: Record<string, unknown>;
  capabilities?: { workspace?: Record<string, unknown> };
  configuration?: () => unknown;
}): Promise<Client>;

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string;
