/**
 * Modules that a plain run (JSON files, no YAML config, no policies, plugins, suppressions or override
 * globs) does not need, loaded on first use instead of at start: evaluating yaml and ajv alone took about
 * 15 ms of a 150 ms cold start (README, "Performance").
 *
 * The calls are synchronous (`loadConfigFile` is public API and synchronous), hence `require`. In the
 * bundles esbuild turns each `require('x')` below into its bundled copy of x, initialised on the first
 * call (yaml, ajv and picomatch ship CommonJS); the library bundle, which leaves dependencies to npm, and
 * the ESM bundles get a real `require` from their banner (scripts/build.mjs). Under vitest or tsx the
 * sources may run as ES modules without `require`: `createRequire` stands in.
 *
 * This is the one module below the front ends that names Node built-ins. The browser bundle (the
 * playground) is built with src/lazy.browser.ts in its place: the same exports, with every dependency
 * bundled and the Node-only loaders refusing (scripts/build-playground.mjs; a test keeps the two alike).
 */
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');
type JsYaml = typeof import('js-yaml');
type HclParser = { parser: import('@lezer/common').Parser };
type AjvModule = typeof import('ajv');
type Picomatch = typeof import('picomatch');

const hasRequire = typeof require === 'function';
const fallback = (id: string): unknown => createRequire(import.meta.url)(id);

export const loadYaml = (): Yaml => (hasRequire ? require('yaml') : fallback('yaml')) as Yaml;
/** js-yaml's event parser: YAML CloudFormation templates (src/inputs/cloudformation/yaml.ts). */
export const loadJsYaml = (): JsYaml => (hasRequire ? require('js-yaml') : fallback('js-yaml')) as JsYaml;
/** The HCL grammar (Terraform `.tf` files only): `hclLanguage.parser`, a Lezer LR parser. */
export const loadHcl = (): HclParser =>
  (
    (hasRequire
      ? require('codemirror-lang-hcl')
      : fallback('codemirror-lang-hcl')) as typeof import('codemirror-lang-hcl')
  ).hclLanguage;
export const loadAjv = (): AjvModule => (hasRequire ? require('ajv') : fallback('ajv')) as AjvModule;
/** RE2 for policy patterns (src/policy/regexp.ts): only for a config with policies. */
export const loadRe2 = (): typeof import('re2js') =>
  (hasRequire ? require('re2js') : fallback('re2js')) as typeof import('re2js');
export const loadPicomatch = (): Picomatch => (hasRequire ? require('picomatch') : fallback('picomatch')) as Picomatch;

/** Node's child_process (about 1.5 ms to load, with net and dgram): only for `git rev-parse`. */
export const loadChildProcess = (): typeof import('node:child_process') =>
  (hasRequire ? require('node:child_process') : fallback('node:child_process')) as typeof import('node:child_process');

/** Node's crypto (about 4 ms to load, with streams): only once a finding needs a fingerprint. */
const loadCrypto = (): typeof import('node:crypto') =>
  (hasRequire ? require('node:crypto') : fallback('node:crypto')) as typeof import('node:crypto');

let crypto: typeof import('node:crypto') | undefined;
type OneShot = (algorithm: string, data: string, encoding: 'hex') => string;
/**
 * SHA-256 of a string's UTF-8 bytes, in hex (fingerprints). crypto.hash (Node 20.12+) hashes a string in one
 * call, without a Hash object per finding.
 */
export const sha256Hex = (text: string): string => {
  crypto ??= loadCrypto();
  const oneShot = (crypto as { hash?: OneShot }).hash;
  return oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex');
};

/** Node's path and url: only for reporters given real folders (repository-relative names, file: URIs). */
export const loadPath = (): typeof import('node:path') =>
  (hasRequire ? require('node:path') : fallback('node:path')) as typeof import('node:path');
export const loadUrl = (): typeof import('node:url') =>
  (hasRequire ? require('node:url') : fallback('node:url')) as typeof import('node:url');

/** Node's tty (it loads net): only to ask whether a character device is a terminal. */
export const loadTty = (): typeof import('node:tty') =>
  (hasRequire ? require('node:tty') : fallback('node:tty')) as typeof import('node:tty');

/** Node's v8 (it loads streams): only to tune the compiler for a long run. */
export const loadV8 = (): typeof import('node:v8') =>
  (hasRequire ? require('node:v8') : fallback('node:v8')) as typeof import('node:v8');
