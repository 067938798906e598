#!/usr/bin/env node

// src/frontends/cli/launch.ts
var builtin = process.getBuiltinModule ?? (await import("node:module")).createRequire(import.meta.url);
var fs = builtin("node:fs");
var { createRequire } = builtin("node:module");
var { tmpdir } = builtin("node:os");
var { dirname, join } = builtin("node:path");
var { fileURLToPath } = builtin("node:url");
var vm = builtin("node:vm");
var bundle = fileURLToPath(new URL("./cli-main.cjs", import.meta.url));
var env = process.env;
var off = Boolean(env.ECSLINT_NO_COMPILE_CACHE || env.NODE_DISABLE_COMPILE_CACHE);
var uid = process.getuid?.();
var source = fs.readFileSync(bundle, "latin1");
var cache = off ? void 0 : openCache();
var script = new vm.Script(source, {
  filename: bundle,
  ...cache?.data === void 0 ? {} : { cachedData: cache.data }
});
globalThis[/* @__PURE__ */ Symbol.for("ecslint.importPlugin")] = (url) => import(url);
if (cache && (cache.data === void 0 || script.cachedDataRejected)) {
  process.once("exit", (code) => {
    const info = process.argv.slice(2).some((arg) => /^(-h|--help|-v|--version|--list-rules|--print-config)(=|$)/.test(arg));
    if ((code === 0 || code === 1) && !info) writeCache(cache.file, cache.key, script);
  });
}
var mod = { exports: {} };
script.runInThisContext()(mod.exports, createRequire(bundle), mod, bundle, dirname(bundle));
function openCache() {
  try {
    const dir = cacheDir();
    if (dir === void 0) return void 0;
    const stat = fs.statSync(bundle);
    const key = `ecslint ${"0.1.0"} ${"82ad830f508dc32c"} ${stat.size} ${stat.mtimeMs} node ${process.version} ${process.arch}
`;
    const file = join(dir, `${fnv1a(bundle)}.cache`);
    return { file, key, data: readCache(file, key) };
  } catch {
    return void 0;
  }
}
function cacheDir() {
  const base = env.NODE_COMPILE_CACHE || tmpdir();
  const dir = join(base, uid === void 0 ? "ecslint-compile-cache" : `ecslint-compile-cache-${uid}`);
  let stat;
  try {
    stat = fs.lstatSync(dir);
  } catch {
    fs.mkdirSync(dir, { recursive: true, mode: 448 });
    stat = fs.lstatSync(dir);
  }
  if (!stat.isDirectory()) return void 0;
  if (uid !== void 0 && (stat.uid !== uid || (stat.mode & 18) !== 0)) return void 0;
  return dir;
}
function readCache(file, key) {
  let fd;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch {
    return void 0;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || uid !== void 0 && stat.uid !== uid) return void 0;
    const data = fs.readFileSync(fd);
    const head = Buffer.from(key, "latin1");
    return data.subarray(0, head.length).equals(head) ? data.subarray(head.length) : void 0;
  } finally {
    fs.closeSync(fd);
  }
}
function writeCache(file, key, compiled) {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const data = Buffer.concat([Buffer.from(key, "latin1"), compiled.createCachedData()]);
    fs.writeFileSync(temp, data, { mode: 384, flag: "wx" });
    fs.renameSync(temp, file);
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
    }
  }
}
function fnv1a(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(16).padStart(8, "0");
}
