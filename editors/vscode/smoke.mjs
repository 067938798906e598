// After `npm run package`: the .vsix holds only what runs, its language server answers over stdio and over
// Node IPC (how the extension starts it), and its schemas take real documents. Run by .ci/run.
import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node';
import { startClient } from '../../bench/lsp-client.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const fail = (message) => {
  console.error(`vsix smoke test: ${message}`);
  process.exit(1);
};

// 1. The file list: the bundles, the schemas, the manifest, README and LICENSE; nothing else.
const listing = execFileSync('unzip', ['-Z1', join(here, 'ecslint.vsix')], { encoding: 'utf8' })
  .trim()
  .split('\n');
console.log(listing.join('\n'));
const expected = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/package.json',
  'extension/readme.md',
  'extension/dist/extension.js',
  'extension/dist/server.mjs',
  'extension/dist/schemas/container-definitions.schema.json',
  'extension/dist/schemas/ecslintrc.schema.json',
  'extension/dist/schemas/task-definition.schema.json',
];
if (JSON.stringify([...listing].sort()) !== JSON.stringify([...expected].sort())) {
  fail(`unexpected file list; expected:\n${expected.join('\n')}`);
}

// 2. The packaged server, unpacked, over stdio and over IPC: a finding in a task definition.
const tmp = mkdtempSync(join(tmpdir(), 'ecslint-vsix-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
execFileSync('unzip', ['-q', join(here, 'ecslint.vsix'), '-d', join(tmp, 'vsix')]);
const server = join(tmp, 'vsix', 'extension', 'dist', 'server.mjs');
const ws = join(tmp, 'ws');
mkdirSync(join(ws, '.git'), { recursive: true });
const text = JSON.stringify({
  family: 'api',
  containerDefinitions: [{ name: 'api', image: 'nginx:1.27', memory: 512, essential: false }],
});
writeFileSync(join(ws, 'task-def.json'), text);
const uri = pathToFileURL(join(ws, 'task-def.json')).href;

const client = await startClient({ server, folder: ws, initializationOptions: { debounce: 0 } });
const published = client.next(uri);
await client.open(uri, text);
const stdio = (await published).diagnostics.map((d) => d.code);
if (!stdio.includes('require-essential-container')) fail(`stdio: no require-essential-container in ${stdio}`);
const stopped = await client.stop();
if (stopped.code !== 0) fail(`stdio: exit code ${stopped.code}`);

const child = fork(server, ['--node-ipc'], { cwd: ws, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
const ipc = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
const ipcPublished = new Promise((resolve) => ipc.onNotification('textDocument/publishDiagnostics', resolve));
ipc.listen();
await ipc.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(ws).href,
  capabilities: {},
  initializationOptions: { debounce: 0 },
});
await ipc.sendNotification('initialized', {});
await ipc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
const viaIpc = (await ipcPublished).diagnostics.map((d) => d.code);
if (JSON.stringify(viaIpc) !== JSON.stringify(stdio)) fail(`IPC gave ${viaIpc}, stdio ${stdio}`);
await ipc.sendRequest('shutdown');
await ipc.sendNotification('exit');
const ipcExit = await new Promise((resolve) => child.on('exit', resolve));
if (ipcExit !== 0) fail(`IPC: exit code ${ipcExit}`);
ipc.dispose();

// 3. The schemas compile, and take a valid task definition and config; they refuse a misspelt member.
const schema = (name) => JSON.parse(readFileSync(join(tmp, 'vsix', 'extension', 'dist', 'schemas', name), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
const taskDef = ajv.compile(schema('task-definition.schema.json'));
const config = ajv.compile(schema('ecslintrc.schema.json'));
const good = JSON.parse(readFileSync(join(here, '..', '..', 'examples', 'fargate-web.json'), 'utf8'));
if (!taskDef(good)) fail(`examples/fargate-web.json fails the schema: ${ajv.errorsText(taskDef.errors)}`);
if (taskDef({ ...good, familly: 'x' })) fail('the task-definition schema takes an unknown member');
if (!config({ preset: 'strict', rules: { 'require-health-check': ['warning'] }, ignore: ['tmp/**'] })) {
  fail(`a valid config fails the schema: ${ajv.errorsText(config.errors)}`);
}
if (config({ rules: { 'require-health-check': 'loud' } })) fail('the config schema takes a level "loud"');
console.log(`vsix smoke test: ${listing.length} files; stdio and IPC diagnostics ${stdio.join(', ')}; schemas ok`);
