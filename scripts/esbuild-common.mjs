// esbuild options the Node bundles share: scripts/build.mjs (the package's bundles) and editors/vscode/build.mjs
// (the VS Code extension, which bundles the language server again).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { versionPlugin } from './esbuild-plugins.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

export const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's "main" is a UMD build with dynamic requires; its "module" build bundles cleanly.
  mainFields: ['module', 'main'],
  plugins: [versionPlugin(version)],
};

// The ESM bundles load dependencies and Node modules lazily with require() (src/lazy.ts); give them one.
export const requireShim =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);";
