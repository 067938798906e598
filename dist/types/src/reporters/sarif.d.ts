import type { Reporter } from './types.js';
/**
 * SARIF 2.1.0 for GitHub code scanning (see docs/research: the properties GitHub reads) and other
 * viewers: one run, every known rule with its README as help, repository-relative paths, exclusive end
 * columns in UTF-16 code units, and our own stable fingerprint. Suppressed findings are left out unless
 * `includeSuppressed` (GitHub ignores SARIF `suppressions` and would open alerts for them).
 */
export declare const sarif: Reporter;
