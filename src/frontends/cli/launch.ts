/**
 * The installed bin, dist/cli.js: runs the CLI bundle dist/cli-main.cjs (src/frontends/cli/bin.ts) with a V8 code
 * cache, so that a run neither parses the bundle nor compiles again the functions that earlier runs
 * compiled: without it, compiling took about a third of a one-file run (README, "Performance").
 *
 * Node 22.1+ has a compile cache of its own (`module.enableCompileCache`), but it keeps only the code
 * compiled up front, little of a bundle whose functions compile when first called (on Node 24 it saved
 * 20 ms where this saves 40). So this file compiles the bundle itself with `vm.Script` and, after a run
 * that had no usable cache and linted, writes `script.createCachedData()`, which holds every function
 * compiled by then:
 *
 * - in `ecslint-compile-cache-<uid>` under the temporary folder (under NODE_COMPILE_CACHE when that is
 *   set), created 0700 and trusted only while it is a real folder (not a link), owned by the user, that no
 *   one else can write to; a cache file only when it is a regular file owned by the user;
 * - one file per installed bundle (named after its path), starting with a key: ecslint version, a hash of
 *   the bundle made at build time, the bundle's size and modification time, Node's version, the
 *   architecture. A file whose key differs is not used and is replaced after the run; V8 checks its own
 *   version and flags and rejects a cache that does not fit, which is then replaced too;
 * - written whole to a temporary file, then renamed, so parallel runs never read half a file;
 * - every error is ignored: without a cache the CLI runs the same, only slower;
 * - ECSLINT_NO_COMPILE_CACHE=1 (or Node's NODE_DISABLE_COMPILE_CACHE=1) turns it off. Nothing is ever
 *   written into the package folder.
 */
// Node's modules, without the ES module wrapper that importing each would build (about 2 ms for these):
// process.getBuiltinModule is Node 20.16+.
const builtin =
  (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule ??
  (await import('node:module')).createRequire(import.meta.url);
const fs = builtin('node:fs') as typeof import('node:fs');
const { createRequire } = builtin('node:module') as typeof import('node:module');
const { tmpdir } = builtin('node:os') as typeof import('node:os');
const { dirname, join } = builtin('node:path') as typeof import('node:path');
const { fileURLToPath } = builtin('node:url') as typeof import('node:url');
const vm = builtin('node:vm') as typeof import('node:vm');

/** Set at build time (scripts/build.mjs): the package version and a hash of dist/cli-main.cjs. */
declare const ECSLINT_VERSION: string;
declare const ECSLINT_BUNDLE_HASH: string;

type Main = (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;

const bundle = fileURLToPath(new URL('./cli-main.cjs', import.meta.url));
const env = process.env;
const off = Boolean(env.ECSLINT_NO_COMPILE_CACHE || env.NODE_DISABLE_COMPILE_CACHE);
const uid = process.getuid?.();

// The bundle is ASCII (checked at build time): Latin-1 is the quickest way to read it as a string.
const source = fs.readFileSync(bundle, 'latin1');
const cache = off ? undefined : openCache();
const script = new vm.Script(source, {
  filename: bundle,
  ...(cache?.data === undefined ? {} : { cachedData: cache.data }),
});
// import() in a script compiled from a code cache finds no loader (vm's importModuleDynamically is lost with
// the cache, and experimental on Node 20): plugins, the only modules the bundle imports, are imported here
// (src/policy/plugins.ts).
(globalThis as Record<symbol, unknown>)[Symbol.for('ecslint.importPlugin')] = (url: string) => import(url);
if (cache && (cache.data === undefined || script.cachedDataRejected)) {
  process.once('exit', (code) => {
    // A run that printed help, the version, the rules or a config, or stopped on an error, compiled little of
    // the bundle: every later run would compile the rest again. Only a run that linted writes the cache.
    const info = process.argv
      .slice(2)
      .some((arg) => /^(-h|--help|-v|--version|--list-rules|--print-config)(=|$)/.test(arg));
    if ((code === 0 || code === 1) && !info) writeCache(cache.file, cache.key, script);
  });
}
const mod = { exports: {} };
(script.runInThisContext() as Main)(mod.exports, createRequire(bundle), mod, bundle, dirname(bundle));

/** The cache file for this bundle and what it holds for this bundle and Node, if anything. */
function openCache(): { file: string; key: string; data: Buffer | undefined } | undefined {
  try {
    const dir = cacheDir();
    if (dir === undefined) return undefined;
    const stat = fs.statSync(bundle);
    const key = `ecslint ${ECSLINT_VERSION} ${ECSLINT_BUNDLE_HASH} ${stat.size} ${stat.mtimeMs} node ${process.version} ${process.arch}\n`;
    const file = join(dir, `${fnv1a(bundle)}.cache`);
    return { file, key, data: readCache(file, key) };
  } catch {
    return undefined;
  }
}

/** The user's cache folder, or undefined when it cannot be trusted. */
function cacheDir(): string | undefined {
  const base = env.NODE_COMPILE_CACHE || tmpdir();
  const dir = join(base, uid === undefined ? 'ecslint-compile-cache' : `ecslint-compile-cache-${uid}`);
  let stat: import('node:fs').Stats;
  try {
    stat = fs.lstatSync(dir);
  } catch {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    stat = fs.lstatSync(dir);
  }
  if (!stat.isDirectory()) return undefined;
  // Windows has no getuid, and each user has a temporary folder of their own.
  if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
  return dir;
}

function readCache(file: string, key: string): Buffer | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || (uid !== undefined && stat.uid !== uid)) return undefined;
    const data = fs.readFileSync(fd);
    const head = Buffer.from(key, 'latin1');
    return data.subarray(0, head.length).equals(head) ? data.subarray(head.length) : undefined;
  } finally {
    fs.closeSync(fd);
  }
}

function writeCache(file: string, key: string, compiled: import('node:vm').Script): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const data = Buffer.concat([Buffer.from(key, 'latin1'), compiled.createCachedData()]);
    fs.writeFileSync(temp, data, { mode: 0o600, flag: 'wx' });
    fs.renameSync(temp, file);
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {}
  }
}

/** FNV-1a of a path, in hex: one file name per installed bundle (the key inside tells versions apart). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
