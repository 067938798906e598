// Builds the playground (playground/) into playground/dist: index.html, playground.js (the page and ecslint,
// one classic script, so the page also works opened as a file) and playground.css. Not committed.
// ecslint runs in it as it runs in Node, with src/lazy.browser.ts in place of src/lazy.ts; a Node built-in
// anywhere below src/frontends/playground fails this build (platform "browser" cannot resolve one).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { versionPlugin } from './esbuild-plugins.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NODE_LAZY = join(ROOT, 'src', 'lazy.ts');
const BROWSER_LAZY = join(ROOT, 'src', 'lazy.browser.ts');

/** src/lazy.ts, wherever it is imported from, becomes src/lazy.browser.ts. */
const browserLazy = {
  name: 'browser-lazy',
  setup(b) {
    b.onResolve({ filter: /(^|\/)lazy\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      return target === NODE_LAZY ? { path: BROWSER_LAZY } : undefined;
    });
  },
};

/**
 * The documents of the page's Example menu: examples/, and a real CloudFormation template from the input
 * fixtures (fixtures/_inputs/README.md names its source), linted as a file named template.yaml.
 */
function examples() {
  const dir = join(ROOT, 'examples');
  const out = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.json')) out[name] = { file: name, text: readFileSync(join(dir, name), 'utf8') };
  }
  const template = join(ROOT, 'fixtures', '_inputs', 'cloudformation', 'refarch-product-service.yaml');
  out['CloudFormation: refarch-product-service.yaml'] = { file: 'template.yaml', text: readFileSync(template, 'utf8') };
  return out;
}

/** Where the published page lives (GitHub Pages of the repository). */
export const PLAYGROUND_URL = 'https://ecslint.github.io/ecslint/';

/** Larger examples are left out: the page carries every example (max-task-definition-size's is 96 KiB). */
const MAX_EXAMPLE_BYTES = 16 * 1024;

/**
 * The example of each rule, opened by `#example=<rule-id>` (the "Try it" link of its README): the first
 * invalid fixture its README names, with that fixture's options.
 */
export function ruleExamples(root = ROOT) {
  const out = {};
  for (const id of readdirSync(join(root, 'rules')).sort()) {
    const readme = join(root, 'rules', id, 'README.md');
    if (!existsSync(readme)) continue;
    const named = readFileSync(readme, 'utf8').match(new RegExp(`fixtures/${id}/invalid/[^\\s)\`]+\\.json`));
    if (!named) continue;
    const path = join(root, named[0]);
    if (!existsSync(path) || statSync(path).size > MAX_EXAMPLE_BYTES) continue;
    const optionsPath = path.replace(/\.json$/, '.options.json');
    out[id] = {
      fixture: named[0],
      text: readFileSync(path, 'utf8'),
      ...(existsSync(optionsPath) ? { options: JSON.parse(readFileSync(optionsPath, 'utf8')) } : {}),
    };
  }
  return out;
}

/**
 * Build the page into `outdir` (default playground/dist). Returns the files written with their sizes and
 * gzip sizes, in bytes.
 */
export async function buildPlayground({ outdir = join(ROOT, 'playground', 'dist'), minify = true } = {}) {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { playground: 'playground/main.ts' },
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Browsers of the last few years: the page uses no newer syntax than ES2022.
    target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
    minify,
    legalComments: 'eof',
    logLevel: 'warning',
    // jsonc-parser's "main" is a UMD build with dynamic requires; its "module" build bundles cleanly.
    mainFields: ['browser', 'module', 'main'],
    define: { ECSLINT_EXAMPLES: JSON.stringify(examples()), ECSLINT_RULE_EXAMPLES: JSON.stringify(ruleExamples()) },
    plugins: [versionPlugin(version), browserLazy],
  });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { playground: 'playground/style.css' },
    outdir,
    bundle: true,
    minify,
    logLevel: 'warning',
  });
  copyFileSync(join(ROOT, 'playground', 'index.html'), join(outdir, 'index.html'));
  return readdirSync(outdir)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(outdir, name));
      return { name, bytes: statSync(join(outdir, name)).size, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outdir = join(ROOT, 'playground', 'dist');
  const files = await buildPlayground({ outdir });
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  for (const f of files) console.log(`${relative(ROOT, join(outdir, f.name))}  ${kb(f.bytes)}  (${kb(f.gzip)} gzip)`);
}
