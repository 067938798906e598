/**
 * src/lazy.ts for the browser bundle (the playground): the same exports, built in its place by
 * scripts/build-playground.mjs. A page loads its one script whole, so the dependencies are imported, not
 * loaded lazily; SHA-256 is @noble/hashes' (the browser's own digest is asynchronous, and fingerprints are
 * read synchronously), the same hex as Node's; the Node-only loaders refuse, and nothing in the browser
 * reaches them (file: URIs and repository paths need `ReporterContext.paths`, which the page never gives).
 * src/lazy.test.ts keeps the exports and the hashes of the two modules alike.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Ajv } from 'ajv';
import { hclLanguage } from 'codemirror-lang-hcl';
import * as jsYaml from 'js-yaml';
import picomatch from 'picomatch';
import * as re2js from 're2js';
import * as yaml from 'yaml';

type Yaml = typeof import('yaml');
type AjvModule = typeof import('ajv');
type Picomatch = typeof import('picomatch');

export const loadYaml = (): Yaml => yaml;
export const loadJsYaml = (): typeof import('js-yaml') => jsYaml;
export const loadHcl = (): { parser: import('@lezer/common').Parser } => hclLanguage;
/** What the engine takes from ajv: its class (the module object differs by how it is imported). */
export const loadAjv = (): Pick<AjvModule, 'Ajv'> => ({ Ajv });
export const loadRe2 = (): typeof import('re2js') => re2js;
export const loadPicomatch = (): Picomatch => picomatch;

const encoder = new TextEncoder();
/** SHA-256 of a string's UTF-8 bytes (lone surrogates as U+FFFD, as Node encodes them), in hex. */
export const sha256Hex = (text: string): string => bytesToHex(sha256(encoder.encode(text)));

const nodeOnly = (id: string) => (): never => {
  throw new Error(`${id} is not available in the browser`);
};
export const loadChildProcess: () => typeof import('node:child_process') = nodeOnly('node:child_process');
export const loadTty: () => typeof import('node:tty') = nodeOnly('node:tty');
export const loadV8: () => typeof import('node:v8') = nodeOnly('node:v8');
export const loadPath: () => typeof import('node:path') = nodeOnly('node:path');
export const loadUrl: () => typeof import('node:url') = nodeOnly('node:url');
