// Builds the extension into dist/: extension.js (the client, with vscode-languageclient), server.mjs (the
// ecslint language server with every dependency, so the .vsix works offline) and the JSON schemas. Needs
// the repository's own `npm ci` (the server's sources and esbuild) and this folder's.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { common, requireShim } from '../../scripts/esbuild-common.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
rmSync(out, { recursive: true, force: true });

// Types first: the extension against the VS Code API it declares in engines.vscode.
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript')), '..', 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', join(here, 'tsconfig.json'), '--noEmit'], { stdio: 'inherit' });

await build({
  ...common,
  entryPoints: [join(here, 'src', 'extension.ts')],
  outfile: join(out, 'extension.js'),
  format: 'cjs',
  external: ['vscode'],
  minify: true,
});

// The same entry as the package's bin ecslint-language-server; .mjs, as the extension's package is CommonJS.
await build({
  ...common,
  entryPoints: [join(here, '..', '..', 'src', 'frontends', 'server', 'main.ts')],
  outfile: join(out, 'server.mjs'),
  format: 'esm',
  minify: true,
  banner: { js: requireShim },
});

// The schemas come from the linter's own sources: bundled to a throwaway module, run, and written as JSON.
const schemaModule = join(out, 'schemas.tmp.mjs');
await build({
  ...common,
  entryPoints: [join(here, 'src', 'schemas.ts')],
  outfile: schemaModule,
  format: 'esm',
  banner: { js: requireShim },
});
const { schemas } = await import(pathToFileURL(schemaModule).href);
rmSync(schemaModule);
mkdirSync(join(out, 'schemas'), { recursive: true });
for (const [name, schema] of Object.entries(schemas())) {
  writeFileSync(join(out, 'schemas', name), `${JSON.stringify(schema, null, 2)}\n`);
}
