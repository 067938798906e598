/**
 * The built language server (dist/server.js) driven over stdio by a protocol client, as an editor drives it:
 * initialize, open, change, configuration changes, code actions, hovers, shutdown and exit.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  PublishDiagnosticsParams,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { applyTextEdits, type Client, startClient } from '../../../bench/lsp-client.mjs';
import { FIXTURES, ROOT } from '../../testing/fixtures.js';
import { tempDir } from '../../testing/temp.js';

const server = join(ROOT, 'dist', 'server.js');
const cli = join(ROOT, 'dist', 'cli.js');
const uriOf = (path: string): string => pathToFileURL(path).href;

const clients: Client[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.kill();
});
async function start(folder: string, options: Omit<Parameters<typeof startClient>[0], 'server' | 'folder'> = {}) {
  const client = await startClient({ server, folder, initializationOptions: { debounce: 0 }, ...options });
  clients.push(client);
  return client;
}

/** A workspace: a folder with `.git` (config discovery stops there) and the given files. */
function workspace(files: Record<string, string | object>): string {
  const dir = tempDir('ecslint-lsp-');
  mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  return dir;
}

const task = (container: Record<string, unknown>): object => ({
  family: 'api',
  containerDefinitions: [
    {
      name: 'api',
      image: 'public.ecr.aws/nginx/nginx:1.27',
      memory: 512,
      essential: true,
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': '/ecs/api', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'api' },
      },
      ...container,
    },
  ],
});
const essentialFalse = `${JSON.stringify(task({ essential: false }), null, 2)}\n`;
const codes = (p: PublishDiagnosticsParams): unknown[] => p.diagnostics.map((d) => d.code);

/** Open a file of the workspace and wait for its first diagnostics. */
async function openFile(client: Client, path: string): Promise<PublishDiagnosticsParams> {
  const uri = uriOf(path);
  const published = client.next(uri);
  await client.open(uri, readFileSync(path, 'utf8'));
  return published;
}

describe('ecslint-language-server over stdio', () => {
  it('publishes the CLI’s findings, ranges and severities for every fixture', async () => {
    const ws = workspace({ '.ecslintrc.json': { preset: 'all' } });
    cpSync(FIXTURES, join(ws, 'fixtures'), {
      recursive: true,
      filter: (src) => !src.endsWith('.expected.txt') && !src.endsWith('.md') && !src.endsWith('.options.json'),
    });
    const files = (readdirSync(join(ws, 'fixtures'), { recursive: true }) as string[])
      .filter((f) => /\.(json|ya?ml|template|tf)$/.test(f))
      .map((f) => join(ws, 'fixtures', f))
      .sort();
    const run = spawnSync(process.execPath, [cli, '--format', 'json', 'fixtures'], {
      cwd: ws,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status, run.stderr).toBe(1);
    const fromCli = new Map<string, unknown[]>();
    // A JSON file a .tf reads with file() is linted by the CLI as that resource's containers, its findings
    // named by the resource; the server lints the open file alone (docs/inputs.md), so without the name.
    const readByTerraform = /^aws_ecs_task_definition\.[^ ]+ \([^)]+\): /;
    for (const r of JSON.parse(run.stdout).results as { file: string; diagnostics: CliDiagnostic[] }[]) {
      fromCli.set(
        r.file,
        r.diagnostics.map((d) => cliShape({ ...d, message: d.message.replace(readByTerraform, '') })),
      );
    }
    expect(fromCli.size).toBeGreaterThan(300);

    const client = await start(ws);
    const published = await Promise.all(files.map((f) => openFile(client, f)));
    let withFindings = 0;
    files.forEach((file, i) => {
      const name = relative(ws, file).split('\\').join('/');
      const got = (published[i] as PublishDiagnosticsParams).diagnostics.map(lspShape);
      if (got.length > 0) withFindings++;
      expect({ name, got }).toEqual({ name, got: fromCli.get(name) ?? [] });
    });
    expect(withFindings).toBeGreaterThan(200);
    // CloudFormation templates too, located in the template as the CLI locates them.
    expect(files.some((f, i) => f.endsWith('.yaml') && (published[i]?.diagnostics.length ?? 0) > 0)).toBe(true);
    expect(await client.stop()).toEqual({ code: 0, signal: null });
  });

  it('sends the rule id, its docs link, related locations and the hint, and re-lints on change', async () => {
    const ws = workspace({ 'task-def.json': essentialFalse });
    const client = await start(ws);
    const uri = uriOf(join(ws, 'task-def.json'));
    const first = await openFile(client, join(ws, 'task-def.json'));
    const essential = first.diagnostics.find((d) => d.code === 'require-essential-container') as Diagnostic;
    expect(essential).toMatchObject({
      source: 'ecslint',
      severity: 1,
      codeDescription: { href: expect.stringContaining('require-essential-container') },
    });
    expect(essential.message).toMatch(/no container is essential[\s\S]*\n.*essential/);

    const fixed = client.next(uri);
    await client.change(uri, essentialFalse.replace('"essential": false', '"essential": true'));
    expect(codes(await fixed)).not.toContain('require-essential-container');

    // An edit (a range change): privileged, which has a related location? At least: the finding appears.
    const again = client.next(uri);
    const text = essentialFalse.replace('"essential": false', '"essential": true, "privileged": true');
    await client.change(uri, text);
    const privileged = (await again).diagnostics.find((d) => d.code === 'no-privileged-container') as Diagnostic;
    const at = text.indexOf('"privileged": true') + '"privileged": '.length;
    const line = text.slice(0, at).split('\n').length - 1;
    expect(privileged.range.start).toEqual({ line, character: at - text.lastIndexOf('\n', at) - 1 });
    expect(await client.stop()).toEqual({ code: 0, signal: null });
  });

  it('re-lints open documents when the config changes, and honours its ignore globs', async () => {
    const ws = workspace({ 'task-def.json': essentialFalse, 'ignored/task-def.json': essentialFalse });
    const client = await start(ws);
    const uri = uriOf(join(ws, 'task-def.json'));
    expect(codes(await openFile(client, join(ws, 'task-def.json')))).toContain('require-essential-container');

    writeFileSync(
      join(ws, '.ecslintrc.json'),
      JSON.stringify({ rules: { 'require-essential-container': 'off' }, ignore: ['ignored/**'] }),
    );
    const relinted = client.next(uri);
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(join(ws, '.ecslintrc.json')), type: 1 }],
    });
    expect(codes(await relinted)).not.toContain('require-essential-container');
    expect((await openFile(client, join(ws, 'ignored', 'task-def.json'))).diagnostics).toEqual([]);

    // A config the CLI refuses: one diagnostic that says why, and an error message once.
    writeFileSync(join(ws, '.ecslintrc.json'), JSON.stringify({ rules: { 'no-such-rule': 'error' } }));
    const broken = client.next(uri);
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(join(ws, '.ecslintrc.json')), type: 2 }],
    });
    const [problem] = (await broken).diagnostics;
    expect(problem).toMatchObject({ code: 'config', severity: 1 });
    expect(problem?.message).toContain('unknown rule "no-such-rule"');
    expect(client.notifications.filter((n) => n.method === 'window/showMessage')).toHaveLength(1);
    await client.stop();
  });

  it('re-lints when a policy file the config names changes', async () => {
    const policy = (family: string) => [
      {
        id: 'acme/family',
        description: 'Family names the team uses',
        target: '/family',
        assert: { const: family },
        message: 'family "{{value}}" is not the team\'s',
      },
    ];
    const ws = workspace({
      'task-def.json': essentialFalse,
      '.ecslintrc.json': { policies: ['policies/acme.json'] },
      'policies/acme.json': policy('api'),
    });
    const client = await start(ws);
    const uri = uriOf(join(ws, 'task-def.json'));
    expect(codes(await openFile(client, join(ws, 'task-def.json')))).not.toContain('acme/family');
    writeFileSync(join(ws, 'policies', 'acme.json'), JSON.stringify(policy('web')));
    const relinted = client.next(uri);
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(join(ws, 'policies', 'acme.json')), type: 2 }],
    });
    expect(codes(await relinted)).toContain('acme/family');
    await client.stop();
  });

  it('lints documents ecslint reads and leaves other JSON alone', async () => {
    const ws = workspace({
      'package.json': { name: 'x', version: '1.0.0' },
      'Dockerrun.aws.json': '{ "AWSEBDockerrunVersion": 1 ',
    });
    const client = await start(ws);
    expect((await openFile(client, join(ws, 'package.json'))).diagnostics).toEqual([]);
    expect(codes(await openFile(client, join(ws, 'Dockerrun.aws.json')))).toContain('json-syntax');
    await client.stop();
  });

  it('lints on save only when ecslint.run is onSave', async () => {
    const ws = workspace({ 'task-def.json': essentialFalse });
    const client = await start(ws, { initializationOptions: { debounce: 0, run: 'onSave' } });
    const uri = uriOf(join(ws, 'task-def.json'));
    expect(codes(await openFile(client, join(ws, 'task-def.json')))).toContain('require-essential-container');
    const count = client.published.length;
    await client.change(uri, essentialFalse.replace('"essential": false', '"essential": true'));
    const saved = client.next(uri);
    await client.save(uri);
    expect(codes(await saved)).not.toContain('require-essential-container');
    // The change itself published nothing: the save did.
    expect(client.published.length).toBe(count + 1);
    await client.stop();
  });

  it('hovers with the rule’s why and how to fix', async () => {
    const ws = workspace({ 'task-def.json': essentialFalse });
    const client = await start(ws);
    const uri = uriOf(join(ws, 'task-def.json'));
    const published = await openFile(client, join(ws, 'task-def.json'));
    const d = published.diagnostics.find((x) => x.code === 'require-essential-container') as Diagnostic;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: d.range.start });
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('require-essential-container');
    expect(value).toContain('**Why**');
    expect(value).toContain('Task definition doesn');
    expect(value).toContain('**How to fix**');
    expect(
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }),
    ).toBeNull();
    await client.stop();
  });

  it('suppresses a rule for the file in the config, with a reason to fill in', async () => {
    const ws = workspace({
      'task-def.json': essentialFalse,
      '.ecslintrc.json': '{\n    // team config\n    "preset": "recommended"\n}\n',
    });
    const client = await start(ws);
    const uri = uriOf(join(ws, 'task-def.json'));
    const published = await openFile(client, join(ws, 'task-def.json'));
    const d = published.diagnostics.find((x) => x.code === 'require-essential-container') as Diagnostic;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const suppress = actions.find((a) => a.title.startsWith('Suppress require-essential-container')) as CodeAction;
    expect(suppress).toMatchObject({ kind: 'quickfix', title: expect.stringContaining('.ecslintrc.json') });
    const configUri = uriOf(join(ws, '.ecslintrc.json'));
    const edits = (suppress.edit as WorkspaceEdit).changes?.[configUri] ?? [];
    const config = applyTextEdits(readFileSync(join(ws, '.ecslintrc.json'), 'utf8'), edits);
    expect(config).toContain('// team config');
    expect(config).toMatch(/"files": "task-def\.json",\s+"rules": "require-essential-container",\s+"reason": "TODO/);
    writeFileSync(join(ws, '.ecslintrc.json'), config);
    const relinted = client.next(uri);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    expect(codes(await relinted)).not.toContain('require-essential-container');
    await client.stop();
  });

  it('creates a config holding the suppression when there is none', async () => {
    const ws = workspace({ 'deploy/task-def.json': essentialFalse });
    const client = await start(ws);
    const uri = uriOf(join(ws, 'deploy', 'task-def.json'));
    const published = await openFile(client, join(ws, 'deploy', 'task-def.json'));
    const d = published.diagnostics.find((x) => x.code === 'require-essential-container') as Diagnostic;
    const [action] = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    const changes = (action?.edit as WorkspaceEdit | undefined)?.documentChanges ?? [];
    expect(changes[0]).toEqual({
      kind: 'create',
      uri: uriOf(join(ws, '.ecslintrc.json')),
      options: { ignoreIfExists: true },
    });
    const text = (changes[1] as { edits: { newText: string }[] }).edits[0]?.newText ?? '';
    expect(JSON.parse(text)).toEqual({
      suppressions: [
        { files: 'deploy/task-def.json', rules: 'require-essential-container', reason: expect.stringMatching(/^TODO/) },
      ],
    });
    await client.stop();
  });
});

describe('fixes as code actions', () => {
  const fixable = [
    '{',
    '  "family": "api",',
    '  "cpu": 256,',
    '  "memory": "512",',
    '  "containerDefinitions": [',
    '    {',
    '      "name": "api",',
    '      "image": "public.ecr.aws/nginx/nginx:1.27",',
    '      "Essential": true,',
    '      "hostname": null,',
    '      "memory": 512',
    '    }',
    '  ],',
    '  "revision": 3,',
    '  "status": "ACTIVE"',
    '}',
    '',
  ].join('\n');
  interface CliFix {
    message: string;
    edits: { range: CliDiagnostic['range']; text: string }[];
  }
  const cliFindings = (ws: string, file: string) => {
    const run = spawnSync(process.execPath, [cli, '--format', 'json', file], { cwd: ws, encoding: 'utf8' });
    return JSON.parse(run.stdout).results[0].diagnostics as (CliDiagnostic & { fix?: CliFix })[];
  };
  const lspEdits = (fix: CliFix) =>
    fix.edits.map((e) => ({
      range: cliShape({ ...e, ruleId: '', severity: 'note', message: '' }).range,
      newText: e.text,
    }));

  it('offers each finding’s fix as the preferred quick fix: the CLI’s fix, applied', async () => {
    const ws = workspace({ 'task-def.json': fixable });
    const client = await start(ws);
    const uri = uriOf(join(ws, 'task-def.json'));
    const published = await openFile(client, join(ws, 'task-def.json'));
    const fromCli = cliFindings(ws, 'task-def.json').filter((d) => d.fix);
    expect(fromCli.length).toBeGreaterThanOrEqual(4);
    for (const want of fromCli) {
      const d = published.diagnostics.find(
        (x) => x.code === want.ruleId && x.range.start.line === want.range.start.line - 1,
      ) as Diagnostic;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d] },
      });
      const preferred = actions.filter((a) => a.isPreferred);
      expect(preferred).toHaveLength(1);
      expect(preferred[0]).toMatchObject({ kind: 'quickfix', title: want.fix?.message });
      const edits = (preferred[0]?.edit as WorkspaceEdit | undefined)?.changes?.[uri] ?? [];
      expect(applyTextEdits(fixable, edits)).toBe(applyTextEdits(fixable, lspEdits(want.fix as CliFix)));
    }
    // A removable member (a null, describe output) is greyed out as unnecessary; a rename is not.
    const tagged = (line: number) => published.diagnostics.find((x) => x.range.start.line === line)?.tags;
    expect(tagged(9)).toEqual([1]);
    expect(tagged(13)).toEqual([1]);
    expect(tagged(8)).toBeUndefined();
    await client.stop();
  });

  it('fixes everything with source.fixAll.ecslint, pass after pass, leaving no fixable finding', async () => {
    const ws = workspace({ 'task-def.json': fixable });
    const client = await start(ws);
    const uri = uriOf(join(ws, 'task-def.json'));
    await openFile(client, join(ws, 'task-def.json'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.ecslint']);
    const fixed = applyTextEdits(fixable, (actions[0]?.edit as WorkspaceEdit | undefined)?.changes?.[uri] ?? []);
    expect(JSON.parse(fixed)).toEqual({
      family: 'api',
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'api', image: 'public.ecr.aws/nginx/nginx:1.27', essential: true, memory: 512 }],
    });
    writeFileSync(join(ws, 'task-def.json'), fixed);
    expect(cliFindings(ws, 'task-def.json').filter((d) => d.fix)).toEqual([]);
    // Linted again as fixed: nothing is left to fix.
    const relinted = client.next(uri);
    await client.change(uri, fixed);
    await relinted;
    const none = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(none).toEqual([]);
    await client.stop();
  });
});

describe('workspace trust', () => {
  const plugin = `
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('./plugin-ran', import.meta.url), 'yes');
export default [{
  meta: { id: 'acme/no-api-family', severity: 'error', messages: { family: 'family "api" is reserved' } },
  check(task, ctx) { if (task.family === 'api') ctx.report({ messageId: 'family', path: ['family'] }); },
}];
`;
  const config = {
    plugins: ['plugins/acme.mjs'],
    rules: { 'acme/no-api-family': 'error' },
    policies: [
      {
        id: 'acme/require-tags',
        description: 'Tag every task definition',
        severity: 'warning',
        assert: { type: 'object', properties: { tags: {} }, required: ['tags'] },
        message: 'the task definition has no tags',
      },
    ],
  };

  it('runs no plugin in an untrusted workspace, says so once, and still lints with built-ins and policies', async () => {
    const ws = workspace({
      'plugins/acme.mjs': plugin,
      '.ecslintrc.json': config,
      'a/task-def.json': essentialFalse,
      'b/task-def.json': essentialFalse,
    });
    const client = await start(ws);
    const a = codes(await openFile(client, join(ws, 'a', 'task-def.json')));
    const b = codes(await openFile(client, join(ws, 'b', 'task-def.json')));
    expect(a).toContain('require-essential-container');
    expect(a).toContain('acme/require-tags');
    expect(a).not.toContain('acme/no-api-family');
    expect(b).toEqual(a);
    expect(existsSync(join(ws, 'plugins', 'plugin-ran'))).toBe(false);
    const said = client.notifications.filter((n) => n.method === 'window/showMessage');
    expect(said).toHaveLength(1);
    expect(JSON.stringify(said[0]?.params)).toContain('not trusted');
    await client.stop();
  });

  it('runs plugins when the client says the workspace is trusted', async () => {
    const ws = workspace({ 'plugins/acme.mjs': plugin, '.ecslintrc.json': config, 'task-def.json': essentialFalse });
    const client = await start(ws, { initializationOptions: { debounce: 0, trusted: true } });
    const published = await openFile(client, join(ws, 'task-def.json'));
    expect(
      published.diagnostics.map((d) => `${d.code}: ${d.message}`),
      JSON.stringify(published),
    ).toContain('acme/no-api-family: family "api" is reserved');
    expect(existsSync(join(ws, 'plugins', 'plugin-ran'))).toBe(true);
    expect(client.notifications.filter((n) => n.method === 'window/showMessage')).toEqual([]);
    await client.stop();
  });
});

interface CliDiagnostic {
  ruleId: string;
  severity: string;
  message: string;
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
}
const SEVERITY: Record<string, number> = { error: 1, warning: 2, note: 3 };
const cliShape = (d: CliDiagnostic) => ({
  code: d.ruleId,
  severity: SEVERITY[d.severity],
  message: d.message,
  range: {
    start: { line: d.range.start.line - 1, character: d.range.start.column - 1 },
    end: { line: d.range.end.line - 1, character: d.range.end.column - 1 },
  },
});
const lspShape = (d: Diagnostic) => ({
  code: d.code,
  severity: d.severity,
  message: (d.message as string).split('\n')[0],
  range: d.range,
});
