// Would a pool of worker threads pay on this machine? `node bench/cores.mjs [--runs n] [--size n]` lints the
// benchmark corpus with the library (dist/index.js, --preset all, no output) on the main thread, then split
// in halves over two worker threads, and prints both, interleaved, with the ratio. Nothing is sent back but
// a count: this is the most a pool could gain, before the cost of passing results between threads.
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ensureCorpus } from './corpus.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const library = join(root, 'dist', 'index.js');

if (!isMainThread) {
  const { lint } = await import(library);
  const results = await lint(workerData, { preset: 'all', keepSource: false });
  parentPort.postMessage(results.length);
} else {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, size: { type: 'string' } } });
  const runs = Number(values.runs ?? 5);
  const size = Number(values.size ?? 1000);
  const dir = join(root, 'bench', '.corpus', `n${size}`);
  ensureCorpus(dir, size);
  const services = readdirSync(join(dir, 'services')).map((s) => join(dir, 'services', s));
  const threads = 2;

  /** One fresh thread per part, as a CLI run would start them; resolves to the wall time. */
  const pooled = async () => {
    const start = performance.now();
    const parts = Array.from({ length: threads }, (_, i) => services.filter((_, j) => j % threads === i));
    await Promise.all(
      parts.map(
        (part) =>
          new Promise((resolve, reject) => {
            const worker = new Worker(fileURLToPath(import.meta.url), { workerData: part });
            worker.once('message', resolve);
            worker.once('error', reject);
          }),
      ),
    );
    return performance.now() - start;
  };
  /** The same on one thread: a fresh worker too, so both pay for loading the library cold. */
  const single = async () => {
    const start = performance.now();
    await new Promise((resolve, reject) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: services });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    return performance.now() - start;
  };

  await single();
  await pooled();
  const one = [];
  const two = [];
  for (let i = 0; i < runs; i++) {
    one.push(await single());
    two.push(await pooled());
  }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const m1 = median(one);
  const m2 = median(two);
  process.stdout.write(
    `${size} files, ${availableParallelism()} CPUs, ${runs} runs each (medians)\n` +
      `  one thread    ${m1.toFixed(0)} ms\n` +
      `  ${threads} threads     ${m2.toFixed(0)} ms\n` +
      `  ratio         ${(m2 / m1).toFixed(2)}× (below 1 means a pool would pay)\n`,
  );
}
