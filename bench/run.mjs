// The ecslint benchmark: `npm run bench` (full), `node bench/run.mjs --smoke` (small, for CI),
// `node bench/run.mjs --compare <other>/dist/cli.js` (this build against another, say main's before a change).
//
// Every figure is a ratio measured side by side in the same run, commands interleaved:
//   cold start   `ecslint task.json` (default preset, stylish) against `node -e 0`
//   throughput   `ecslint --preset all <1,000 files>` and `ecslint <1,000 files>` (recommended) against a script
//                that reads and JSON.parses them; with --compare <cli.js>, another build on the same files
//   scale        the same on 10,000 files, against the 1,000-file time, with peak RSS
//   fix          `ecslint --fix` and `--fix-dry-run` on 1,000 describe-output files against a plain lint of them
//   pairing      n deploy folders (task definition, service, AppSpec: bench/pairs-corpus.mjs) against the
//                n task definitions alone, at 1,000 and 10,000 folders (is pairing linear?)
//   warm-up      the library linting the 1,000 files twice in one thread against once: the second pass is
//                what linting costs once V8 has optimised the code
//   both cores   the library on two worker threads against one (bench/cores.mjs), on the 10,000 files
//   editor       the language server after a change and its memory with 1,000 files open (bench/server.mjs)
// Wall time is measured around each child process; peak RSS comes from the OS (`/usr/bin/time`), else from
// the child's own process.resourceUsage() through a preloaded hook. Nothing here asserts on timings.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './corpus.mjs';
import { writeFixCorpus } from './fix-corpus.mjs';
import { writeIacCorpora } from './iac-corpus.mjs';
import { writePairsCorpus } from './pairs-corpus.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean' },
    runs: { type: 'string' },
    sizes: { type: 'string' },
    'no-build': { type: 'boolean' },
    cli: { type: 'string' },
    compare: { type: 'string' },
    // Only the cases whose key is listed (comma-separated: cold, throughput, templates, fix, pairing, scale,
    // warm-up, cores); the ratios of the others are not printed.
    only: { type: 'string' },
  },
});
const smoke = args.smoke === true;
const runs = Number(args.runs ?? (smoke ? 2 : 7));
const [small, large] = (args.sizes ?? (smoke ? '20,100' : '1000,10000')).split(',').map(Number);
// --cli: benchmark another build (say, one made from an older checkout) instead of dist/cli.js.
const cli = args.cli === undefined ? join(root, 'dist', 'cli.js') : resolve(args.cli);
// The library cases time the build the CLI belongs to: the index.js beside it, else this checkout's.
const libraryBeside = join(dirname(cli), 'index.js');
// --compare: another build's cli.js, timed beside this one on the same files (is a change slower?).
const compare = args.compare === undefined ? undefined : resolve(args.compare);
const library = existsSync(libraryBeside) ? libraryBeside : join(root, 'dist', 'index.js');

if (args.cli === undefined) ensureFreshBuild();
const rss = rssProbe();
const tmp = mkdtempSync(join(tmpdir(), 'ecslint-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const corpus = join(root, 'bench', '.corpus');
const smallDir = join(corpus, `n${small}`);
const largeDir = join(corpus, `n${large}`);
const smallBytes = ensureCorpus(smallDir, small);
const largeBytes = ensureCorpus(largeDir, large);
const oneFile = firstJson(smallDir);

const iacDir = join(tmp, 'iac');
const iacCount = writeIacCorpora(smallDir, iacDir);
// --fix changes its files: each timed run fixes a fresh copy of the describe-output corpus (copied untimed).
const fixDir = join(tmp, 'fix');
const fixCount = writeFixCorpus(smallDir, fixDir);
const fixWork = join(tmp, 'fix-work');
const freshFixCopy = () => {
  rmSync(fixWork, { recursive: true, force: true });
  cpSync(fixDir, fixWork, { recursive: true });
  // The copy's writeback (and the removed copy's discard) would otherwise land in the timed run.
  spawnSync('sync');
};
const pairsSmallDir = join(tmp, 'pairs-small');
const pairsSmall = writePairsCorpus(smallDir, pairsSmallDir);
const pairsLargeDir = join(tmp, 'pairs-large');
const pairsLarge = writePairsCorpus(largeDir, pairsLargeDir);

const node = process.execPath;
const coresScript = join(root, 'bench', 'cores.mjs');
const cases = [
  {
    key: 'cold',
    name: 'cold start, 1 file',
    commands: [
      { id: 'node0', label: 'node -e 0', argv: [node, '-e', '0'] },
      { id: 'cold', label: 'ecslint task.json', argv: [node, cli, oneFile] },
    ],
  },
  {
    key: 'throughput',
    name: `throughput, ${small} files (${mb(smallBytes)})`,
    commands: [
      { id: 'parseSmall', label: 'read + JSON.parse', argv: [node, join(root, 'bench', 'read-parse.mjs'), smallDir] },
      { id: 'small', label: 'ecslint --preset all', argv: [node, cli, '--preset', 'all', smallDir] },
      { id: 'smallRecommended', label: 'ecslint (recommended)', argv: [node, cli, smallDir] },
      ...(compare === undefined
        ? []
        : [
            {
              id: 'smallCompare',
              label: 'compared build --preset all',
              argv: [node, compare, '--preset', 'all', smallDir],
            },
            { id: 'smallRecommendedCompare', label: 'compared build (recommended)', argv: [node, compare, smallDir] },
          ]),
    ],
  },
  {
    // The same task definitions as raw JSON and as CloudFormation templates (bench/iac-corpus.mjs).
    key: 'templates',
    name: `CloudFormation, ${iacCount} templates`,
    commands: [
      {
        id: 'iacRaw',
        label: 'ecslint --preset all, raw JSON',
        argv: [node, cli, '--preset', 'all', join(iacDir, 'raw')],
      },
      {
        id: 'iacJson',
        label: 'ecslint --preset all, CloudFormation JSON',
        argv: [node, cli, '--preset', 'all', join(iacDir, 'cfn-json')],
      },
      {
        id: 'iacYaml',
        label: 'ecslint --preset all, CloudFormation YAML',
        argv: [node, cli, '--preset', 'all', join(iacDir, 'cfn-yaml')],
      },
    ],
  },
  {
    // What --fix costs over a plain lint of the same files (issue #16: at most 2×). The files are the
    // generated task definitions in describe-task-definition's shape (bench/fix-corpus.mjs): every one has
    // read-only and null members to remove.
    key: 'fix',
    name: `--fix, ${fixCount} files`,
    commands: [
      { id: 'fixLint', label: 'ecslint (recommended)', argv: [node, cli, fixWork], prepare: freshFixCopy },
      {
        id: 'fixDry',
        label: 'ecslint --fix-dry-run',
        argv: [node, cli, '--fix-dry-run', fixWork],
        prepare: freshFixCopy,
      },
      { id: 'fix', label: 'ecslint --fix', argv: [node, cli, '--fix', fixWork], prepare: freshFixCopy },
    ],
  },
  {
    // Services and AppSpecs paired with their task definitions (bench/pairs-corpus.mjs), against the task
    // definitions alone; at both sizes, so that the paired/alone ratio shows whether pairing stays linear.
    key: 'pairing',
    name: `pairing, ${pairsSmall} and ${pairsLarge} deploy folders`,
    commands: [
      {
        id: 'pairsAloneSmall',
        label: `ecslint, ${pairsSmall} task definitions`,
        argv: [node, cli, join(pairsSmallDir, 'alone')],
      },
      {
        id: 'pairsSmall',
        label: `ecslint, ${pairsSmall} × (task definition, service, AppSpec)`,
        argv: [node, cli, join(pairsSmallDir, 'paired')],
      },
      {
        id: 'pairsAloneLarge',
        label: `ecslint, ${pairsLarge} task definitions`,
        argv: [node, cli, join(pairsLargeDir, 'alone')],
      },
      {
        id: 'pairsLarge',
        label: `ecslint, ${pairsLarge} × (task definition, service, AppSpec)`,
        argv: [node, cli, join(pairsLargeDir, 'paired')],
      },
    ],
  },
  {
    key: 'scale',
    name: `scale, ${large} files (${mb(largeBytes)})`,
    runs: Math.max(1, Math.ceil(runs / 2)),
    commands: [
      { id: 'parseLarge', label: 'read + JSON.parse', argv: [node, join(root, 'bench', 'read-parse.mjs'), largeDir] },
      { id: 'large', label: 'ecslint --preset all', argv: [node, cli, '--preset', 'all', largeDir] },
      {
        id: 'largeJson',
        label: 'ecslint --preset all -f json',
        argv: [node, cli, '--preset', 'all', '-f', 'json', largeDir],
      },
    ],
  },
  {
    // How much of a run is V8 warming up: the same files linted once, and twice, in one thread.
    key: 'warm-up',
    name: `warm-up, ${small} files`,
    commands: [1, 2].map((passes) => ({
      id: `passes${passes}`,
      label: `library, ${passes === 1 ? 'one pass' : 'two passes'}`,
      argv: [node, coresScript, smallDir, '--threads', '1', '--passes', String(passes), '--library', library],
    })),
  },
  {
    // What a pool of worker threads could gain (the CLI lints on one thread): bench/cores.mjs.
    key: 'cores',
    name: `both cores, ${large} files`,
    runs: Math.max(1, Math.ceil(runs / 2)),
    commands: [1, 2].map((threads) => ({
      id: `threads${threads}`,
      label: `library on ${threads} worker thread${threads > 1 ? 's' : ''}`,
      argv: [node, coresScript, largeDir, '--threads', String(threads), '--library', library],
    })),
  },
];
const selected = args.only === undefined ? undefined : new Set(args.only.split(','));
if (selected) {
  for (let i = cases.length - 1; i >= 0; i--) if (!selected.has(cases[i].key)) cases.splice(i, 1);
  if (cases.length === 0) throw new Error(`bench: --only ${args.only} names no case`);
}
const results = new Map();
for (const c of cases) {
  const n = c.runs ?? runs;
  for (const cmd of c.commands) measure(cmd); // warm-up: file cache, page cache, CPU frequency
  const times = new Map(c.commands.map((cmd) => [cmd.id, []]));
  const peaks = new Map(c.commands.map((cmd) => [cmd.id, 0]));
  const cpuTimes = new Map(c.commands.map((cmd) => [cmd.id, []]));
  for (let i = 0; i < n; i++) {
    for (const cmd of c.commands) {
      const { ms, kib, cpu } = measure(cmd);
      times.get(cmd.id).push(ms);
      cpuTimes.get(cmd.id).push(cpu);
      peaks.set(cmd.id, Math.max(peaks.get(cmd.id), kib));
    }
  }
  for (const cmd of c.commands) {
    const t = times.get(cmd.id).sort((a, b) => a - b);
    const cpu = median(cpuTimes.get(cmd.id).sort((a, b) => a - b));
    results.set(cmd.id, {
      label: cmd.label,
      median: median(t),
      min: t[0],
      max: t.at(-1),
      kib: peaks.get(cmd.id),
      cpu,
      runs: n,
    });
  }
}

printTable();

// The language server (bench/server.mjs): its own lines, after the CLI's table.
if (selected && !selected.has('editor')) process.exit(0);
const server = spawnSync(node, [join(root, 'bench', 'server.mjs'), ...(smoke ? ['--smoke'] : [])], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (server.status !== 0) throw new Error(`bench: bench/server.mjs exited with ${server.status}`);

// ---------------------------------------------------------------------------------------------------------

function measure(cmd) {
  cmd.prepare?.();
  const rssFile = join(tmp, 'rss');
  rmSync(rssFile, { force: true });
  let argv = cmd.argv;
  const env = { ...process.env, ...cmd.env, NO_COLOR: '1' };
  if (rss === 'time') argv = ['/usr/bin/time', '-f', '%M %U %S', '-o', rssFile, ...argv];
  else if (rss === 'hook') {
    argv = [argv[0], '--import', join(root, 'bench', 'rss-hook.mjs'), ...argv.slice(1)];
    env.ECSLINT_BENCH_RSS_FILE = rssFile;
  }
  const start = performance.now();
  const child = spawnSync(argv[0], argv.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const ms = performance.now() - start;
  if (child.error) throw child.error;
  // ecslint exits 1 when it finds problems; the corpus is meant to have some.
  if (child.status !== 0 && child.status !== 1) {
    throw new Error(`${cmd.label} exited with ${child.status}: ${String(child.stderr).slice(0, 2000)}`);
  }
  // GNU time: "<peak KiB> <user s> <system s>"; the hook: "<peak KiB>".
  const fields = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').at(-1).split(' ') : [];
  const kib = Number.parseInt(fields[0] ?? '', 10) || 0;
  const cpu = fields.length >= 3 ? (Number(fields[1]) + Number(fields[2])) * 1000 : Number.NaN;
  return { ms, kib, cpu };
}

function printTable() {
  const cpu = cpus();
  const lines = [];
  if (args.cli !== undefined) {
    lines.push(`ecslint build: ${relative(process.cwd(), cli)}, library ${relative(process.cwd(), library)}`);
  }
  lines.push(
    `ecslint benchmark${smoke ? ' (smoke: sizes too small for the figures to mean anything)' : ''}: node ${process.version}, ${process.platform} ${process.arch}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
  );
  lines.push(
    `runs per command after one warm-up: ${runs} (scale: ${Math.max(1, Math.ceil(runs / 2))}); peak RSS from ${rss === 'time' ? '/usr/bin/time' : rss === 'hook' ? 'process.resourceUsage()' : 'nowhere (not measured)'}`,
  );
  lines.push('');
  // CPU (user + system, median) is shown because a shared machine makes wall times noisy.
  const header = ['case', 'command', 'median', 'min–max', 'CPU', 'peak RSS'];
  const rows = [];
  for (const c of cases) {
    c.commands.forEach((cmd, i) => {
      const r = results.get(cmd.id);
      rows.push([
        i === 0 ? c.name : '',
        r.label,
        ms(r.median),
        `${ms(r.min)}–${ms(r.max)}`,
        Number.isNaN(r.cpu) ? '-' : ms(r.cpu),
        r.kib ? `${(r.kib / 1024).toFixed(0)} MB` : '-',
      ]);
    });
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells) =>
    cells
      .map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  lines.push(fmt(header));
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) lines.push(fmt(r));
  lines.push('');
  const ratio = (a, b) => results.get(a).median / results.get(b).median;
  const verdict = (value, limit) => (value <= limit ? 'within target' : 'over target');
  // With --only, the ratios of the cases that ran.
  const has = (...ids) => ids.every((id) => results.has(id));
  lines.push('ratios (medians)');
  if (has('cold', 'node0')) {
    const cold = ratio('cold', 'node0');
    lines.push(
      `  cold start   ecslint task.json / node -e 0                  ${cold.toFixed(2)}×  (target ≤ 1.5×, ${verdict(cold, 1.5)})`,
    );
  }
  if (has('small', 'parseSmall')) {
    // Issue #18's goals: the recommended rules at most 5× reading and parsing the files, --preset all 6×.
    const through = ratio('small', 'parseSmall');
    const recommended = ratio('smallRecommended', 'parseSmall');
    lines.push(
      `  throughput   ecslint ${small} files --preset all / read + JSON.parse ${through.toFixed(2)}×  (target ≤ 6×, ${verdict(through, 6)})`,
    );
    lines.push(
      `  throughput   ecslint ${small} files, recommended / read + parse ${recommended.toFixed(2)}×  (target ≤ 5×, ${verdict(recommended, 5)})`,
    );
  }
  if (compare !== undefined && has('small', 'smallCompare')) {
    lines.push(
      `  compared     this build / ${relative(process.cwd(), compare)}, --preset all ${ratio('small', 'smallCompare').toFixed(2)}×, recommended ${ratio('smallRecommended', 'smallRecommendedCompare').toFixed(2)}×`,
    );
  }
  if (has('large', 'small', 'parseLarge')) {
    const scale = ratio('large', 'small');
    lines.push(
      `  scale        ecslint ${large} files / ecslint ${small} files        ${scale.toFixed(2)}×  (target ≤ 11×, ${verdict(scale, 11)})`,
    );
    lines.push(
      `  scale        ecslint ${large} files / read + JSON.parse        ${ratio('large', 'parseLarge').toFixed(2)}×`,
    );
  }
  if (has('iacJson', 'iacYaml', 'iacRaw')) {
    const cfnJson = ratio('iacJson', 'iacRaw');
    const cfnYaml = ratio('iacYaml', 'iacRaw');
    lines.push(
      `  templates    CloudFormation JSON / raw JSON (${iacCount} files)       ${cfnJson.toFixed(2)}×  (target ≤ 2×, ${verdict(cfnJson, 2)})`,
    );
    lines.push(
      `  templates    CloudFormation YAML / raw JSON (${iacCount} files)       ${cfnYaml.toFixed(2)}×  (target ≤ 2×, ${verdict(cfnYaml, 2)})`,
    );
  }
  if (has('fix', 'fixDry', 'fixLint')) {
    const fixRatio = ratio('fix', 'fixLint');
    lines.push(
      `  fixes        ecslint --fix / plain lint (${fixCount} files)             ${fixRatio.toFixed(2)}×  (target ≤ 2×, ${verdict(fixRatio, 2)}); --fix-dry-run ${ratio('fixDry', 'fixLint').toFixed(2)}×`,
    );
  }
  if (has('pairsSmall', 'pairsAloneSmall', 'pairsLarge', 'pairsAloneLarge')) {
    // Three documents per folder instead of one: about 3× is the cost of the documents themselves; the
    // same ratio at both sizes says pairing adds work linear in the folders.
    const pairedSmall = ratio('pairsSmall', 'pairsAloneSmall');
    const pairedLarge = ratio('pairsLarge', 'pairsAloneLarge');
    lines.push(
      `  pairing      ${pairsSmall} paired folders / their task definitions alone   ${pairedSmall.toFixed(2)}×  (3 documents for 1)`,
    );
    lines.push(
      `  pairing      ${pairsLarge} paired folders / their task definitions alone  ${pairedLarge.toFixed(2)}×  (linear: about the ratio above)`,
    );
    lines.push(
      `  pairing      ${pairsLarge} paired folders / ${pairsSmall} paired folders      ${ratio('pairsLarge', 'pairsSmall').toFixed(2)}×  (against ${(pairsLarge / pairsSmall).toFixed(1)}× the folders)`,
    );
  }
  if (has('passes1', 'passes2')) {
    const second = results.get('passes2').median - results.get('passes1').median;
    // At a smoke run's size the second pass can be lost in the noise (two passes timed faster than one).
    lines.push(
      `  warm-up      second pass alone (two passes − one)            ${
        second > 0
          ? `${ms(second)}; a whole one-pass run (start, load, first pass) takes ${(results.get('passes1').median / second).toFixed(2)}× as long`
          : 'within the noise at this size'
      }`,
    );
  }
  if (has('threads1', 'threads2')) {
    lines.push(
      `  cores        2 worker threads / 1 (${large} files)                ${ratio('threads2', 'threads1').toFixed(2)}×  (below 1: a pool would gain that much at most)`,
    );
  }
  const peak = Math.max(results.get('large')?.kib ?? 0, results.get('largeJson')?.kib ?? 0) / 1024;
  if (peak > 0)
    lines.push(
      `  memory       peak RSS at ${large} files                        ${peak.toFixed(0)} MB  (target ≤ 200 MB, ${verdict(peak, 200)})`,
    );
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Build dist/ when a source file is newer than dist/cli.js (a smoke run only builds a missing bundle). */
function ensureFreshBuild() {
  if (args['no-build']) return;
  const built = existsSync(cli) ? statSync(cli).mtimeMs : 0;
  const stale =
    built === 0 || (!smoke && newest([join(root, 'src'), join(root, 'rules'), join(root, 'scripts')]) > built);
  if (!stale) return;
  process.stderr.write('bench: building dist/ (sources are newer than dist/cli.js)\n');
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('bench: npm run build failed');
}

function newest(dirs) {
  let max = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mjs|js|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
        max = Math.max(max, statSync(path).mtimeMs);
    }
  };
  for (const dir of dirs) walk(dir);
  return max;
}

/** How peak RSS is read: GNU time's %M when it works, else the hook. */
function rssProbe() {
  if (existsSync('/usr/bin/time')) {
    const probe = spawnSync('/usr/bin/time', ['-f', '%M', '-o', '/dev/null', process.execPath, '-e', '0'], {
      stdio: 'ignore',
    });
    if (probe.status === 0) return 'time';
  }
  return 'hook';
}

function firstJson(dir) {
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        const found = walk(path);
        if (found) return found;
      } else if (entry.name.endsWith('.json')) return path;
    }
    return undefined;
  };
  const found = walk(dir);
  if (!found) throw new Error(`bench: no .json file in ${relative(root, dir)}`);
  return found;
}

function median(sorted) {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function ms(value) {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

function mb(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
