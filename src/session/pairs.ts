/**
 * Pairing in a run: the task definitions the run linted are indexed by family and folder; services,
 * AppSpecs, run-task inputs and EventBridge targets wait for the end of the run, then each is linted with
 * the task definition it runs (config `pairs`, ecspresso's config, its reference, or its folder).
 */
import { closeSync, existsSync, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { LoadedConfig } from '../config/config.js';
import type { LintTextOptions } from '../engine/lint.js';
import { type PairedDocument, pairedDocument } from '../engine/pair.js';
import { choosePair, PairIndex, parseReference } from '../engine/pairing.js';
import { parseYaml } from '../inputs/cloudformation/yaml.js';
import { isObject, viewOf, viewsOf } from '../inputs/detect.js';
import { isLaunchKind } from '../inputs/launch.js';
import { TASK_KINDS } from '../rule.js';
import type { DocumentKind } from '../types.js';

/** ecspresso's config names, in the order ecspresso looks for them. */
const ECSPRESSO_CONFIGS = ['ecspresso.yml', 'ecspresso.yaml', 'ecspresso.json'];
/** A task definition read for pairing is at most this large (AWS takes 64 KiB; describe output is larger). */
const MAX_PAIRED_BYTES = 5 * 1024 * 1024;
/** Task definitions kept parsed for the next documents that pair with them. */
const RECENT = 8;
/** A folder read for a document linted on its own: this many `.json` files at most. */
const MAX_FOLDER_FILES = 64;

const slash = (p: string): string => p.split(sep).join('/');

export interface Deferred<T> {
  /** The file as results name it, and its absolute path. */
  file: string;
  absolute: string;
  kind: DocumentKind;
  value: unknown;
  loaded: LoadedConfig;
  /** What the caller needs to lint it again (bytes, options). */
  payload: T;
}

/** A deferred document as it waits: its reference instead of its parsed value. */
export type Waiting<T> = Omit<Deferred<T>, 'value'> & { reference: unknown };

/** The task definition reference of a launch document (its first view's `taskDefinition`). */
const referenceOf = (kind: DocumentKind, value: unknown): unknown => viewsOf(kind, value)[0]?.task.taskDefinition;

export class RunPairing<T> {
  readonly #cwd: string;
  readonly #entries = new PairIndex();
  /** The absolute path of each indexed task definition, by the name results give it. */
  readonly #absolute = new Map<string, string>();
  readonly #deferred: Waiting<T>[] = [];
  readonly #ecspresso = new Map<string, { service?: string; task?: string } | undefined>();
  /** Per folder: which of its `.tf` files defines each `aws_ecs_task_definition` address. */
  readonly #terraform = new Map<string, Map<string, string>>();

  constructor(cwd: string) {
    this.#cwd = cwd;
  }

  /** Whether documents of this kind wait for the end of the run. */
  static waits(kind: DocumentKind): boolean {
    return isLaunchKind(kind);
  }

  /** Index a task definition the run linted. */
  addTask(file: string, absolute: string, kind: DocumentKind, value: unknown): void {
    if (!TASK_KINDS.includes(kind)) return;
    const task = viewOf(kind, value).task;
    const family = typeof task.family === 'string' ? task.family : undefined;
    const revision = typeof task.revision === 'number' ? task.revision : undefined;
    this.#entries.add({
      file,
      dir: slash(dirname(absolute)),
      family,
      revision,
      ...(kind === 'container-definitions' ? { partial: true } : {}),
    });
    this.#absolute.set(file, absolute);
  }

  /**
   * Index the task definitions of one folder (for a document linted on its own): its `.json` files, at
   * most MAX_FOLDER_FILES of them, each read only up to the size limit.
   */
  indexFolder(dir: string, except: string): void {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.json'));
    } catch {
      return;
    }
    for (const name of names.sort().slice(0, MAX_FOLDER_FILES)) {
      const absolute = resolve(dir, name);
      if (absolute === except) continue;
      const doc = this.#read(absolute);
      if (doc) this.addTask(doc.file, absolute, doc.kind, doc.value);
    }
  }

  defer(item: Deferred<T>): void {
    // Only the reference is kept, not the parsed document: a run of thousands of services holds little.
    const { value, ...rest } = item;
    this.#deferred.push({ ...rest, reference: referenceOf(item.kind, value) });
  }

  get deferred(): readonly Waiting<T>[] {
    return this.#deferred;
  }

  /** The pairing option for a deferred document (its task definition, or why there is none). */
  pairingFor(item: Deferred<T> | Waiting<T>): NonNullable<LintTextOptions['pairing']> {
    const explicit = this.#explicit(item);
    if (explicit !== undefined) {
      const doc = this.#read(explicit.absolute);
      if (doc) return { pair: doc };
      return {
        unpaired: `the task definition ${explicit.via} pairs it with, ${this.#shown(explicit.absolute)}, cannot be read as a task definition: the checks against it did not run`,
      };
    }
    const reference = 'reference' in item ? item.reference : referenceOf(item.kind, item.value);
    const answer = choosePair(slash(dirname(item.absolute)), parseReference(reference), this.#entries);
    if ('unpaired' in answer) return answer;
    const absolute = this.#absolute.get(answer.entry.file);
    const doc = absolute === undefined ? undefined : this.#read(absolute);
    return doc
      ? { pair: doc }
      : { unpaired: `${answer.entry.file} cannot be read again: the checks against it did not run` };
  }

  /**
   * The `aws_ecs_task_definition` a Terraform service in `dir` references, from another `.tf` file of the
   * same folder (a module is its folder's files). At most MAX_FOLDER_FILES regular files, each within the
   * size limit, are looked at; links are not followed.
   */
  terraformTask(dir: string, address: string): PairedDocument | undefined {
    let found = this.#terraform.get(dir);
    if (!found) {
      found = new Map();
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.tf'));
      } catch {
        // An unreadable folder holds nothing to pair with.
      }
      for (const name of names.sort().slice(0, MAX_FOLDER_FILES)) {
        const absolute = resolve(dir, name);
        const text = readRegular(absolute);
        if (text === undefined) continue;
        for (const m of text.matchAll(/resource\s+"aws_ecs_task_definition"\s+"([^"\s]+)"/g)) {
          const at = `aws_ecs_task_definition.${m[1]}`;
          if (!found.has(at)) found.set(at, absolute);
        }
      }
      this.#terraform.set(dir, found);
    }
    const absolute = found.get(address);
    const text = absolute === undefined ? undefined : readRegular(absolute);
    return absolute === undefined || text === undefined
      ? undefined
      : pairedDocument(this.#shown(absolute), text, address);
  }

  #shown(absolute: string): string {
    return slash(relative(this.#cwd, absolute));
  }

  /**
   * The task definitions read last, by path: the service and the AppSpec of one folder pair with the same
   * file, one after the other (deferred documents are linted in walk order), so it is parsed once for both.
   */
  readonly #recent = new Map<string, PairedDocument | undefined>();

  #read(absolute: string): PairedDocument | undefined {
    if (this.#recent.has(absolute)) return this.#recent.get(absolute);
    const doc = this.#readFile(absolute);
    this.#recent.set(absolute, doc);
    if (this.#recent.size > RECENT) this.#recent.delete(this.#recent.keys().next().value as string);
    return doc;
  }

  #readFile(absolute: string): PairedDocument | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(absolute, 'r');
      const stat = fstatSync(fd);
      if (!stat.isFile() || stat.size > MAX_PAIRED_BYTES) return undefined;
      const buffer = Buffer.alloc(stat.size);
      let length = 0;
      while (length < stat.size) {
        const n = readSync(fd, buffer, length, stat.size - length, null);
        if (n === 0) break;
        length += n;
      }
      return pairedDocument(this.#shown(absolute), buffer.subarray(0, length).toString('utf8'));
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** A pair the config or ecspresso's config states for this document. */
  #explicit(item: Deferred<T> | Waiting<T>): { absolute: string; via: string } | undefined {
    for (const pair of item.loaded.config.pairs ?? []) {
      if (resolve(item.loaded.dir, pair.service) === item.absolute) {
        return { absolute: resolve(item.loaded.dir, pair.taskDefinition), via: 'the config' };
      }
    }
    // ecspresso's config sits beside the definitions or a folder or two above them.
    let dir = dirname(item.absolute);
    for (let up = 0; up < 3; up++) {
      const found = this.#ecspressoIn(dir);
      if (found?.service !== undefined && found.task !== undefined && resolve(dir, found.service) === item.absolute) {
        return { absolute: resolve(dir, found.task), via: "ecspresso's config" };
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return undefined;
  }

  #ecspressoIn(dir: string): { service?: string; task?: string } | undefined {
    if (this.#ecspresso.has(dir)) return this.#ecspresso.get(dir);
    let found: { service?: string; task?: string } | undefined;
    for (const name of ECSPRESSO_CONFIGS) {
      const path = resolve(dir, name);
      if (!existsSync(path)) continue;
      const text = readSmall(path);
      if (text === undefined) break;
      const parsed = name.endsWith('.json') ? safeJson(text) : parseYaml(text).value;
      if (isObject(parsed)) {
        found = {};
        if (typeof parsed.service_definition === 'string') found.service = parsed.service_definition;
        if (typeof parsed.task_definition === 'string') found.task = parsed.task_definition;
      }
      break;
    }
    this.#ecspresso.set(dir, found);
    return found;
  }
}

function readSmall(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buffer, 0, buffer.length, null);
    return buffer.subarray(0, n).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A regular file (not a link) within the pairing size limit, as text; undefined otherwise. */
function readRegular(path: string): string | undefined {
  try {
    const stat = lstatSync(path);
    if (!stat.isFile() || stat.size > MAX_PAIRED_BYTES) return undefined;
  } catch {
    return undefined;
  }
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    if (size > MAX_PAIRED_BYTES) return undefined;
    const buffer = Buffer.alloc(size);
    let length = 0;
    while (length < size) {
      const n = readSync(fd, buffer, length, size - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
