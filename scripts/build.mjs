// Bundles the CLI (dependencies included, for a fast start and a self-contained Action) and the library
// (dependencies left to npm). The output is committed; CI rebuilds and fails when it differs.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's "main" is a UMD build with dynamic requires; its "module" build bundles cleanly.
  mainFields: ['module', 'main'],
};

// CommonJS dependencies (ajv) call require(); give the ESM bundle one.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);";

await build({
  ...common,
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/cli.js',
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
});

await build({
  ...common,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  packages: 'external',
});

// The GitHub Action (action.yml runs dist/action.js on the runner's Node 24; it runs on Node 20 too). Every
// dependency is bundled: the runner does no npm install. @actions/core 3 is ESM-only, hence ESM here too.
await build({
  ...common,
  entryPoints: ['src/action/main.ts'],
  outfile: 'dist/action.js',
  banner: { js: requireShim },
});
