// Bundles the CLI (dependencies included, for a fast start and a self-contained Action) and the library
// (dependencies left to npm). The output is committed; CI rebuilds and fails when it differs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { common, requireShim, version } from './esbuild-common.mjs';

// The CLI program, run by the bin dist/cli.js (src/frontends/cli/launch.ts), which compiles it with a V8 code cache:
// Node 20 offers one for scripts only, so this is CommonJS, inside the wrapper Node gives a CommonJS module.
// The file holds that function expression alone (wrapping it at run time would copy its text once more).
// Lazily loaded modules stay in the one file, evaluated on first use. Whitespace and syntax are minified (a
// smaller file reads and, without a cache, parses faster); names are kept, for --debug stack traces.
await build({
  ...common,
  entryPoints: ['src/frontends/cli/bin.ts'],
  outfile: 'dist/cli-main.cjs',
  format: 'cjs',
  minifyWhitespace: true,
  minifySyntax: true,
  banner: {
    js: [
      '// The ecslint CLI, run by dist/cli.js: a function (exports, require, module, __filename, __dirname).',
      // Strict, as the ES modules it is made of.
      "(function (exports, require, module, __filename, __dirname) { 'use strict';",
      // ES module dependencies (fdir, under tinyglobby) call createRequire(import.meta.url).
      "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    ].join('\n'),
  },
  footer: { js: '})' },
  define: { 'import.meta.url': '__importMetaUrl' },
});
const cliMain = readFileSync('dist/cli-main.cjs');
// dist/cli.js reads it as Latin-1, the fastest way to a string: that takes ASCII (esbuild escapes the rest).
if (cliMain.some((byte) => byte > 0x7f)) throw new Error('dist/cli-main.cjs is not ASCII');

// The bin: a small ES module that runs dist/cli-main.cjs. The hash keys the code cache to this very bundle.
const bundleHash = createHash('sha256').update(cliMain).digest('hex').slice(0, 16);
await build({
  ...common,
  entryPoints: ['src/frontends/cli/launch.ts'],
  outfile: 'dist/cli.js',
  format: 'esm',
  banner: { js: '#!/usr/bin/env node' },
  define: { ECSLINT_VERSION: JSON.stringify(version), ECSLINT_BUNDLE_HASH: JSON.stringify(bundleHash) },
});
// Executable: the pre-commit hook runs it as a script (`language: script`), and git records the mode.
chmodSync('dist/cli.js', 0o755);

await build({
  ...common,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  format: 'esm',
  packages: 'external',
  banner: { js: requireShim },
});

// The GitHub Action (action.yml runs dist/action.js on the runner's Node 24; it runs on Node 20 too). Every
// dependency is bundled: the runner does no npm install. @actions/core 3 is ESM-only, hence ESM here too.
await build({
  ...common,
  entryPoints: ['src/frontends/action/main.ts'],
  outfile: 'dist/action.js',
  format: 'esm',
  banner: { js: requireShim },
});

// The language server, the bin ecslint-language-server (src/frontends/server): every dependency bundled, as
// for the CLI, so it starts from one file; the VS Code extension bundles the same entry (editors/vscode).
await build({
  ...common,
  entryPoints: ['src/frontends/server/main.ts'],
  outfile: 'dist/server.js',
  format: 'esm',
  minifyWhitespace: true,
  minifySyntax: true,
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
});

// The library's type declarations (package.json "types"), for TypeScript users and plugin authors: tsc,
// one .d.ts per module the library reaches, under dist/types (cleared first, so none is left stale).
rmSync('dist/types', { recursive: true, force: true });
// typescript exports only its library entry (lib/typescript.js); its bin/tsc sits beside lib/.
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript')), '..', 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
