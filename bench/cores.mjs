// Would a pool of worker threads pay on this machine? `node bench/cores.mjs <corpus dir> --threads N` lints
// the corpus with the library (dist/index.js or --library, --preset all, no output) split over N fresh worker threads, as
// a CLI run would start them, and exits. bench/run.mjs times it with 1 and with 2 threads, side by side like
// its other commands. Nothing is sent back but a count: this is the most a pool could gain, before the cost
// of passing results between threads. `--passes 2` lints the files twice in each thread: the second pass,
// the difference from one pass, is what a run costs once V8 has optimised the code.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const defaultLibrary = join(dirname(dirname(fileURLToPath(import.meta.url))), 'dist', 'index.js');

if (!isMainThread) {
  const { lint } = await import(pathToFileURL(workerData.library).href);
  let count = 0;
  for (let pass = 0; pass < workerData.passes; pass++) {
    count += (await lint(workerData.paths, { preset: 'all', keepSource: false })).length;
  }
  parentPort.postMessage(count);
} else {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { threads: { type: 'string' }, passes: { type: 'string' }, library: { type: 'string' } },
  });
  const threads = Number(values.threads ?? 2);
  const passes = Number(values.passes ?? 1);
  // --library: another build's dist/index.js (bench/run.mjs passes the one beside --cli).
  const library = values.library === undefined ? defaultLibrary : resolve(values.library);
  const [dir] = positionals;
  if (dir === undefined || !(threads >= 1) || !(passes >= 1)) {
    throw new Error('usage: node bench/cores.mjs <corpus dir> --threads N [--passes N] [--library dist/index.js]');
  }
  // The corpus is services/<service>/...: each thread takes every Nth service.
  const services = readdirSync(join(dir, 'services')).map((s) => join(dir, 'services', s));
  const parts = Array.from({ length: threads }, (_, i) => services.filter((_, j) => j % threads === i));
  const counts = await Promise.all(
    parts.map(
      (part) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { paths: part, passes, library } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  process.stdout.write(`${counts.reduce((a, b) => a + b, 0)} files linted on ${threads} threads\n`);
}
