// The language server's benchmark, run by bench/run.mjs (or alone: `node bench/server.mjs [--smoke]`):
//   after a change   a 300-line task definition edited (a range change), time from didChange to its publishDiagnostics (debounce
//                    0, measured at the client, so JSON-RPC both ways is included), against the library linting
//                    the same text in this process (lintText: what the CLI runs per file)
//   memory           the server's resident memory after opening the benchmark corpus's files (1,000; 100 in a
//                    smoke run) and publishing their diagnostics, against the same server idle after initialize
// Nothing here asserts on timings; run.mjs's smoke test checks that the table prints.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './corpus.mjs';
import { startClient } from './lsp-client.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { values: args } = parseArgs({ options: { smoke: { type: 'boolean' }, runs: { type: 'string' } } });
const smoke = args.smoke === true;
const runs = Number(args.runs ?? (smoke ? 10 : 60));
const fileCount = smoke ? 100 : 1000;
const server = join(root, 'dist', 'server.js');
const { lintText } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);

const tmp = mkdtempSync(join(tmpdir(), 'ecslint-bench-server-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
mkdirSync(join(tmp, '.git'));

// A 300-line task definition: six containers with ports, environment, logs and health checks.
const container = (i) => ({
  name: `app-${i}`,
  image: `123456789012.dkr.ecr.eu-west-1.amazonaws.com/app-${i}:1.${i}.0`,
  cpu: 256,
  memory: 512,
  essential: i === 0,
  portMappings: [{ containerPort: 8080 + i, protocol: 'tcp' }],
  environment: Array.from({ length: 4 }, (_, k) => ({ name: `SETTING_${k}`, value: `value-${i}-${k}` })),
  logConfiguration: {
    logDriver: 'awslogs',
    options: { 'awslogs-group': `/ecs/app-${i}`, 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'app' },
  },
  healthCheck: { command: ['CMD-SHELL', `curl -f http://localhost:${8080 + i}/health || exit 1`], interval: 30 },
  readonlyRootFilesystem: true,
  privileged: false,
});
const task = {
  family: 'bench',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '2048',
  memory: '4096',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  containerDefinitions: Array.from({ length: 6 }, (_, i) => container(i)),
};
let text = `${JSON.stringify(task, null, 2)}\n`;
while (text.split('\n').length < 301) {
  task.containerDefinitions[0].environment.push({ name: `EXTRA_${text.length}`, value: 'x' });
  text = `${JSON.stringify(task, null, 2)}\n`;
}
const lines = text.split('\n').length - 1;
const file = join(tmp, 'task-def.json');
writeFileSync(file, text);
// Each edit flips one container's privileged flag (a range change, as editors send): a finding comes and goes.
const variants = [text, text.replace('"privileged": false', '"privileged": true')];
const flagAt = text.indexOf('"privileged": false') + '"privileged": '.length;
const flagLine = text.slice(0, flagAt).split('\n').length - 1;
const flagColumn = flagAt - text.lastIndexOf('\n', flagAt - 1) - 1;
const flip = (i) => {
  const [from, to] = i % 2 === 0 ? ['false', 'true'] : ['true', 'false'];
  const range = {
    start: { line: flagLine, character: flagColumn },
    end: { line: flagLine, character: flagColumn + from.length },
  };
  return client.edit(uri, range, to);
};

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// Baseline: the library in this process, warmed up as the server's code is after its first lints.
const library = [];
for (let i = 0; i < runs + 10; i++) {
  const start = performance.now();
  await lintText(variants[i % 2], 'task-def.json', { cwd: tmp, keepSource: false });
  if (i >= 10) library.push(performance.now() - start);
}

const client = await startClient({ server, folder: tmp, initializationOptions: { debounce: 0 } });
const rss = () => {
  try {
    const status = readFileSync(`/proc/${client.child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) * 1024;
  } catch {
    return Number.NaN; // not Linux
  }
};
const idle = rss();
const uri = pathToFileURL(file).href;
const opened = client.next(uri);
await client.open(uri, text);
await opened;
const changes = [];
for (let i = 0; i < runs + 10; i++) {
  const published = client.next(uri);
  const start = performance.now();
  await flip(i);
  await published;
  if (i >= 10) changes.push(performance.now() - start);
}

// Memory: the corpus's files opened one after another, then every diagnostic published.
const corpus = join(root, 'bench', '.corpus', `n${fileCount}`);
ensureCorpus(corpus, fileCount);
const files = readdirSync(corpus, { recursive: true })
  .filter((f) => f.endsWith('.json'))
  .map((f) => join(corpus, f));
const all = [];
for (const f of files) {
  const u = pathToFileURL(f).href;
  all.push(client.next(u, () => true, 120_000));
  await client.open(u, readFileSync(f, 'utf8'));
}
await Promise.all(all);
const loaded = rss();
const status = await client.stop();
if (status.code !== 0) throw new Error(`bench: the server exited with ${status.code}: ${client.stderr()}`);

const ms = (v) => `${v.toFixed(1)} ms`;
const mb = (v) => (Number.isNaN(v) ? '-' : `${(v / 1024 / 1024).toFixed(0)} MB`);
const lib = median(library);
const srv = median(changes);
const out = [
  '',
  `language server (dist/server.js over stdio; ${runs} edits after 10 warm-up ones)`,
  `  after a change   ${lines}-line task definition, didChange → publishDiagnostics   ${ms(srv)} median (target ≤ 50 ms, ${srv <= 50 ? 'within target' : 'over target'})`,
  `  baseline         the library's lintText of the same text in-process            ${ms(lib)} median`,
  `  ratio            server / library                                               ${(srv / lib).toFixed(2)}×`,
  `  memory           resident after opening ${files.length} files                               ${mb(loaded)} (target ≤ 150 MB, ${loaded <= 150 * 1024 * 1024 ? 'within target' : 'over target'}); idle after initialize ${mb(idle)}, ${(loaded / idle).toFixed(2)}×`,
];
process.stdout.write(`${out.join('\n')}\n`);
