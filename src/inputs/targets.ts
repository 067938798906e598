import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';

/** A file to lint. `explicit` files were named by the user; the others come from a walk or a glob. */
export interface Target {
  path: string;
  explicit: boolean;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Names that are task definitions or Dockerrun files even when they do not parse. */
export const DOCUMENT_NAME = /(task[-_]?def|container[-_]?def|dockerrun|ecs)[^/\\]*\.json$/i;

export interface CollectOptions {
  cwd: string;
  /** Called for entries the walk cannot read; the walk goes on. */
  warn: (message: string) => void;
  isIgnored: (path: string) => boolean;
  /** Told the names in each folder the walk reads (absolute path), before any of them is asked about. */
  listed?: (dir: string, names: readonly string[]) => void;
}

export async function collectTargets(args: readonly string[], options: CollectOptions): Promise<Target[]> {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const add = (path: string, explicit: boolean): void => {
    const key = resolve(options.cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ path, explicit });
  };
  for (const arg of args) {
    if (arg === '')
      throw new UsageError('empty path: name a file, folder or glob (or nothing, for the current folder)');
    const stat = statOrUndefined(resolve(options.cwd, arg), arg);
    if (stat?.isDirectory()) {
      for (const file of walk(arg, options)) add(file, false);
    } else if (stat) {
      if (!options.isIgnored(arg)) add(arg, true);
    } else {
      // The glob matcher is loaded only for an argument that is neither a file nor a folder.
      const { glob, isDynamicPattern } = await import('tinyglobby');
      if (!isDynamicPattern(arg)) throw new UsageError(`no such file or directory: ${arg}`);
      const matches = await glob(arg, { cwd: options.cwd, ignore: ['**/node_modules/**', '**/.git/**'], dot: true });
      // As for a missing path: a mistyped pattern in CI must not pass with nothing linted.
      if (matches.length === 0) throw new UsageError(`no files match the pattern ${arg}`);
      // A glob is a walk: links out of the tree and anything but regular files are skipped with a warning, so
      // `deploy/*.json` never reads (and prints lines of) a ~/.npmrc a pull request links to.
      const inTree = treeCheck([options.cwd, globBase(arg, options.cwd)]);
      for (const file of matches.sort()) {
        if (options.isIgnored(file)) continue;
        const why = globSkip(resolve(options.cwd, file), inTree);
        if (why === undefined) add(file, false);
        else options.warn(`skipping ${file}: ${why}`);
      }
    }
  }
  return targets;
}

/** The folder a glob starts from: its part before the first segment with a wildcard. */
function globBase(pattern: string, cwd: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (/[*?[\]{}()!+@]/.test(part)) break;
    fixed.push(part);
  }
  return resolve(cwd, fixed.join('/') || '.');
}

/** Is a real path inside one of the folders (taken real)? */
function treeCheck(roots: readonly string[]): (real: string) => boolean {
  const trees = roots.map((d) => {
    try {
      return realpathSync.native(d);
    } catch {
      return resolve(d);
    }
  });
  return (real) => trees.some((t) => real === t || real.startsWith(t.endsWith(sep) ? t : t + sep));
}

/** Why a file a glob matched is not read (as a walk skips it), or undefined to read it. */
function globSkip(absolute: string, inTree: (real: string) => boolean): string | undefined {
  let real: string;
  let stat: ReturnType<typeof statSync>;
  try {
    real = realpathSync.native(absolute);
    stat = statSync(real);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `broken symbolic link${code ? ` (${code})` : ''}`;
  }
  if (!inTree(real)) return 'symbolic link to a place outside the folder linted';
  if (!stat.isFile()) return 'not a regular file';
  return undefined;
}

function statOrUndefined(absolute: string, shown: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new UsageError(`cannot read ${shown}: ${code ?? String(error)}`);
  }
}

/**
 * Files a walk reads: JSON, and the formats that hold task definitions as resources (CloudFormation YAML and
 * `.template`, Terraform `.tf`). A file of those that holds none is skipped after a cheap look at its text.
 */
export const INPUT_NAME = /\.(json|ya?ml|template|tf)$/i;
const isInputName = (name: string): boolean => INPUT_NAME.test(name);

/** Walk a folder for input files, skipping VCS and dependency folders, ignored paths and symlink loops. */
function* walk(root: string, options: CollectOptions): Generator<string> {
  const visited = new Set<string>();
  // Symbolic links are followed only to places inside the working directory or the folder walked: a link
  // in a checked-out pull request must not make the walk read (and print lines of) a file elsewhere.
  const trees = [options.cwd, resolve(options.cwd, root)].map((d) => {
    try {
      return realpathSync.native(d);
    } catch {
      return resolve(d);
    }
  });
  const inTree = (real: string): boolean =>
    trees.some((t) => real === t || real.startsWith(t.endsWith(sep) ? t : t + sep));
  // Each folder with its real path: a folder reached by a plain entry (no link) has its parent's real path
  // and its own name, so only the root and links are resolved (a realpath call per folder was a tenth of a
  // walk).
  const stack: { dir: string; real: string | undefined }[] = [{ dir: root, real: undefined }];
  while (stack.length > 0) {
    const { dir, real: known } = stack.pop() as { dir: string; real: string | undefined };
    const absolute = resolve(options.cwd, dir);
    let real: string;
    let entries: import('node:fs').Dirent[];
    try {
      real = known ?? realpathSync.native(absolute);
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      // The folder the user named is not skipped in silence: nothing in it was linted.
      if (dir === root) throw new UsageError(`cannot read ${dir}: ${code}`);
      options.warn(`skipping ${dir}: ${code}`);
      continue;
    }
    if (visited.has(real)) continue;
    visited.add(real);
    options.listed?.(
      absolute,
      entries.map((e) => e.name),
    );
    const subdirs: { dir: string; real: string | undefined }[] = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = dir === '.' ? entry.name : `${dir.replace(/[\\/]+$/, '')}/${entry.name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let target: string | undefined = isDir ? join(real, entry.name) : undefined;
      if (entry.isSymbolicLink()) {
        try {
          const s = statSync(resolve(options.cwd, path));
          isDir = s.isDirectory();
          isFile = s.isFile();
          target = isDir || isFile ? realpathSync.native(resolve(options.cwd, path)) : undefined;
          if (target !== undefined && !inTree(target)) {
            options.warn(`skipping ${path}: symbolic link to a place outside the folder linted`);
            continue;
          }
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          options.warn(`skipping ${path}: broken symbolic link${code ? ` (${code})` : ''}`);
          continue;
        }
      }
      if (isDir) {
        if (!SKIP_DIRS.has(entry.name) && !options.isIgnored(path)) subdirs.push({ dir: path, real: target });
      } else if (isFile && isInputName(entry.name) && !options.isIgnored(path)) {
        yield path;
      }
    }
    stack.push(...subdirs.reverse());
  }
}

/** Forward-slash path relative to `cwd`, as reports show it. */
export function displayPath(cwd: string, absolute: string): string {
  return relative(cwd, absolute).split(sep).join('/');
}
