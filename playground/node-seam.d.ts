// This config type-checks the page and all of ecslint it bundles WITHOUT Node's types, so that a Node
// global (Buffer, process) below the playground is an error here rather than a crash in the browser. The
// one module that names Node, src/lazy.ts, is replaced by src/lazy.browser.ts in the bundle; these
// declarations are the little of Node it needs to type-check.
declare function require(id: string): unknown;
declare module 'node:module' {
  export function createRequire(url: string): (id: string) => unknown;
}
declare module 'node:crypto' {
  export function createHash(algorithm: string): { update(text: string): { digest(encoding: 'hex'): string } };
}
declare module 'node:child_process' {}
declare module 'node:tty' {}
declare module 'node:v8' {}
declare module 'node:path' {
  export function isAbsolute(path: string): boolean;
  export function relative(from: string, to: string): string;
  export function resolve(...paths: string[]): string;
}
declare module 'node:url' {
  export function pathToFileURL(path: string): URL;
}
