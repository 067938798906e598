type Yaml = typeof import('yaml');
type JsYaml = typeof import('js-yaml');
type HclParser = {
    parser: import('@lezer/common').Parser;
};
type AjvModule = typeof import('ajv');
type Picomatch = typeof import('picomatch');
export declare const loadYaml: () => Yaml;
/** js-yaml's event parser: YAML CloudFormation templates (src/inputs/cloudformation/yaml.ts). */
export declare const loadJsYaml: () => JsYaml;
/** The HCL grammar (Terraform `.tf` files only): `hclLanguage.parser`, a Lezer LR parser. */
export declare const loadHcl: () => HclParser;
export declare const loadAjv: () => AjvModule;
/** RE2 for policy patterns (src/policy/regexp.ts): only for a config with policies. */
export declare const loadRe2: () => typeof import('re2js');
export declare const loadPicomatch: () => Picomatch;
/** Node's child_process (about 1.5 ms to load, with net and dgram): only for `git rev-parse`. */
export declare const loadChildProcess: () => typeof import('node:child_process');
/**
 * SHA-256 of a string's UTF-8 bytes, in hex (fingerprints). crypto.hash (Node 20.12+) hashes a string in one
 * call, without a Hash object per finding.
 */
export declare const sha256Hex: (text: string) => string;
/** Node's path and url: only for reporters given real folders (repository-relative names, file: URIs). */
export declare const loadPath: () => typeof import('node:path');
export declare const loadUrl: () => typeof import('node:url');
/** Node's tty (it loads net): only to ask whether a character device is a terminal. */
export declare const loadTty: () => typeof import('node:tty');
/** Node's v8 (it loads streams): only to tune the compiler for a long run. */
export declare const loadV8: () => typeof import('node:v8');
export {};
