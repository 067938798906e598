type Yaml = typeof import('yaml');
type AjvModule = typeof import('ajv');
type Picomatch = typeof import('picomatch');
export declare const loadYaml: () => Yaml;
export declare const loadAjv: () => AjvModule;
export declare const loadPicomatch: () => Picomatch;
/** Node's child_process (about 1.5 ms to load, with net and dgram): only for `git rev-parse`. */
export declare const loadChildProcess: () => typeof import('node:child_process');
/** Node's crypto (about 4 ms to load, with streams): only once a finding needs a fingerprint. */
export declare const loadCrypto: () => typeof import('node:crypto');
/** Node's tty (it loads net): only to ask whether a character device is a terminal. */
export declare const loadTty: () => typeof import('node:tty');
/** Node's v8 (it loads streams): only to tune the compiler for a long run. */
export declare const loadV8: () => typeof import('node:v8');
export {};
