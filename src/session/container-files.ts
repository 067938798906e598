/**
 * The files that Terraform task definitions read their containers from: `container_definitions =
 * file("containers.json")` or `templatefile("${path.module}/containers.json.tpl", {…})` with a literal path.
 * Each is linted once in the run, as a container-definitions array with positions in it (not as the plain
 * JSON a folder walk would read, nor not at all when its name is not `.json`); the `.tf` file leaves the
 * containers unknown.
 *
 * The repository is untrusted: a path is followed only to a regular file inside the working directory (its
 * real path, so no link leads out), and read within the run's size bound like any file.
 */
import { realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { readBounded } from '../inputs/read.js';
import { parseHcl } from '../inputs/terraform/hcl.js';

export interface ContainerFileTarget {
  /** As reports name it: relative to the working directory. */
  file: string;
  template: boolean;
  /** The resource that reads it and where: `aws_ecs_task_definition.web (infra/main.tf)`. */
  label: string;
}

/** Cheap test before a `.tf` file is parsed for references. */
const MAY_REFER = /\b(?:template)?file\s*\(/;

/**
 * The container files the `.tf` files (paths relative to `cwd`) refer to, by absolute path. A reference that
 * leads out of the working directory, to no file or to something else than a regular file is skipped with a
 * warning naming the `.tf` file.
 */
export function findContainerFiles(
  tfFiles: readonly string[],
  cwd: string,
  maxFileSize: number,
  warn: (message: string) => void,
): Map<string, ContainerFileTarget> {
  const found = new Map<string, ContainerFileTarget>();
  if (tfFiles.length === 0) return found;
  let root: string;
  try {
    root = realpathSync.native(cwd);
  } catch {
    return found;
  }
  const inTree = (real: string): boolean => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
  for (const tf of tfFiles) {
    const absoluteTf = resolve(cwd, tf);
    let text: string;
    try {
      const read = readBounded(absoluteTf, maxFileSize);
      if (!('bytes' in read) || read.bytes === undefined) continue;
      text = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength).toString('utf8');
    } catch {
      continue;
    }
    if (!text.includes('aws_ecs_task_definition') || !MAY_REFER.test(text)) continue;
    for (const doc of parseHcl(text).documents) {
      const ref = doc.containerFile;
      if (ref === undefined) continue;
      const absolute = resolve(dirname(absoluteTf), ref.path);
      const shown = relative(cwd, absolute).split(sep).join('/');
      let why: string | undefined;
      try {
        const real = realpathSync.native(absolute);
        if (!inTree(real)) why = 'outside the working directory';
        else if (!statSync(real).isFile()) why = 'not a regular file';
      } catch (error) {
        why = (error as NodeJS.ErrnoException).code ?? String(error);
      }
      if (why !== undefined) {
        warn(`skipping ${shown}, the containers of ${doc.label ?? tf} in ${tf}: ${why}`);
        continue;
      }
      if (!found.has(absolute)) {
        found.set(absolute, {
          file: shown,
          template: ref.template,
          label: `${doc.label ?? 'aws_ecs_task_definition'} (${tf})`,
        });
      }
    }
  }
  return found;
}
