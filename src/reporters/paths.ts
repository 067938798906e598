import { loadPath } from '../lazy.js';
import type { ReporterContext } from './types.js';

/**
 * A result's file relative to the repository root, with forward slashes (what GitHub code scanning and
 * workflow annotations need). Path arithmetic (Node's, only when the context gives folders): no file system access. A file outside the root, or
 * text from stdin, is returned as given.
 */
export function repoPath(file: string, ctx: ReporterContext): string {
  const given = file.replaceAll('\\', '/');
  if (!ctx.paths || file.startsWith('<')) return given;
  const { cwd, root } = ctx.paths;
  const { isAbsolute, relative, resolve } = loadPath();
  const rel = relative(root, resolve(cwd, file)).replaceAll('\\', '/');
  if (rel === '' || rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return given;
  return rel;
}
