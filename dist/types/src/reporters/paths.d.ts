import type { ReporterContext } from './types.js';
/**
 * A result's file relative to the repository root, with forward slashes (what GitHub code scanning and
 * workflow annotations need). Path arithmetic (Node's, only when the context gives folders): no file system access. A file outside the root, or
 * text from stdin, is returned as given.
 */
export declare function repoPath(file: string, ctx: ReporterContext): string;
