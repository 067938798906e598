// `npm run playground`: build the playground and serve playground/dist on http://127.0.0.1:8080 (PORT to
// change it). A static file server for the few files of the build, on the loopback interface only.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildPlayground } from './build-playground.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serve the files of `dir` (GET and HEAD; `/` is index.html). Resolves to the listening server. */
export function serve(dir, { port = 0, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = resolve(join(root, path === '/' ? 'index.html' : path));
    const type = TYPES[extname(file)];
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !file.startsWith(root + sep) || !type) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'playground', 'dist');
  await buildPlayground({ outdir: dir });
  const server = await serve(dir, { port: Number(process.env.PORT ?? 8080) });
  const { port } = server.address();
  console.log(`ecslint playground: http://127.0.0.1:${port}/  (Ctrl-C to stop)`);
}
