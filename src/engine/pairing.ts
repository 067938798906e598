/**
 * Which task definition of a run a service, AppSpec, run-task input or EventBridge target runs. Pure: the
 * caller (the run) lists the task definitions it linted and reads the chosen file.
 *
 * Order: an explicit pair (config `pairs`, ecspresso's config) wins; then the reference the document holds
 * (`family`, `family:revision`, a task-definition ARN) by family: the same folder first, then the revision
 * named, then the nearest folder; a placeholder (`<TASK_DEFINITION>`, `${TASK_DEF}`) or no reference at all takes the single task
 * definition in the same folder.
 */
import { hasPlaceholder } from '../json/placeholder.js';

export interface TaskEntry {
  /** The file as results name it. */
  file: string;
  /** Its folder (any consistent form: the caller compares folders as strings). */
  dir: string;
  family: string | undefined;
  revision: number | undefined;
  /** Part of a task definition only (a bare container-definitions list): a whole one in its folder wins. */
  partial?: boolean;
}

export interface Reference {
  family?: string;
  revision?: number;
  /** A placeholder, or no reference: the folder decides. */
  open: boolean;
  text?: string;
}

const ARN = /^arn:aws[a-z-]*:ecs:[a-z0-9-]*:\d*:task-definition\/([A-Za-z0-9_-]{1,255})(?::(\d+))?$/;
const FAMILY = /^([A-Za-z0-9_-]{1,255})(?::(\d+))?$/;

/** What a `taskDefinition` value names. */
export function parseReference(value: unknown): Reference {
  if (typeof value !== 'string' || value.trim() === '') return { open: true };
  const text = value.trim();
  if (hasPlaceholder(text)) return { open: true, text };
  const m = ARN.exec(text) ?? FAMILY.exec(text);
  if (!m?.[1]) return { open: false, text };
  return { family: m[1], ...(m[2] === undefined ? {} : { revision: Number(m[2]) }), open: false, text };
}

export type PairAnswer = { entry: TaskEntry } | { unpaired: string; hint?: string };

/**
 * The task definitions of a run by folder and by family: a run with n services and n task definitions pairs
 * them in time linear in n (a scan of every entry per service would be n²).
 */
export class PairIndex {
  readonly #byDir = new Map<string, TaskEntry[]>();
  readonly #byFamily = new Map<string, TaskEntry[]>();

  constructor(entries: Iterable<TaskEntry> = []) {
    for (const e of entries) this.add(e);
  }

  add(entry: TaskEntry): void {
    push(this.#byDir, entry.dir, entry);
    if (entry.family !== undefined) push(this.#byFamily, entry.family, entry);
  }

  inDir(dir: string): readonly TaskEntry[] {
    return this.#byDir.get(dir) ?? [];
  }

  withFamily(family: string): readonly TaskEntry[] {
    return this.#byFamily.get(family) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const listFiles = (entries: readonly TaskEntry[]): string =>
  entries
    .slice(0, 3)
    .map((e) => e.file)
    .join(', ') + (entries.length > 3 ? `, and ${entries.length - 3} more` : '');

const PAIRS_HINT = 'pair the files with "pairs": [{"service": …, "taskDefinition": …}] in the config';

/** The task definition a launch document in `dir` runs, from the task definitions of the run. */
export function choosePair(dir: string, ref: Reference, entries: readonly TaskEntry[] | PairIndex): PairAnswer {
  const index = entries instanceof PairIndex ? entries : new PairIndex(entries);
  const here = index.inDir(dir);
  if (ref.open) {
    const what =
      ref.text === undefined
        ? 'no task definition is named'
        : `the task definition is the placeholder ${JSON.stringify(ref.text)}`;
    if (here.length === 1 && here[0]) return { entry: here[0] };
    const whole = here.filter((e) => !e.partial);
    if (here.length > 1 && whole.length === 1 && whole[0]) return { entry: whole[0] };
    if (here.length === 0) {
      return {
        unpaired: `${what}, and its folder holds no task definition: the checks against the task definition did not run`,
        hint: `keep the task definition beside it, or ${PAIRS_HINT}`,
      };
    }
    return {
      unpaired: `${what}, and its folder holds ${here.length} task definitions (${listFiles(here)}): the checks against the task definition did not run`,
      hint: PAIRS_HINT,
    };
  }
  if (ref.family === undefined) {
    return {
      unpaired: `"taskDefinition" ${JSON.stringify(ref.text ?? '')} is neither a family, family:revision nor a task-definition ARN: the checks against the task definition did not run`,
    };
  }
  const candidates = index.withFamily(ref.family);
  if (candidates.length === 0) {
    return {
      unpaired: `no task definition with family "${ref.family}" was linted in this run: the checks against it did not run`,
    };
  }
  // The same folder first; within it, or failing it across the run, the revision named.
  const near = candidates.filter((e) => e.dir === dir);
  for (const group of [near, candidates]) {
    if (group.length === 0) continue;
    if (group.length === 1 && group[0]) return { entry: group[0] };
    const sameRevision = group.filter((e) => ref.revision !== undefined && e.revision === ref.revision);
    if (sameRevision.length === 1 && sameRevision[0]) return { entry: sameRevision[0] };
    if (group === near) break;
  }
  // Below the folder, or above it: the closest one when it is the only one at that distance.
  const distance = (e: TaskEntry): number => {
    const a = dir.split('/');
    const b = e.dir.split('/');
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    return a.length - common + (b.length - common);
  };
  const pool = near.length > 0 ? near : candidates;
  const ranked = [...pool].sort((x, y) => distance(x) - distance(y));
  const [first, second] = ranked;
  if (first && (!second || distance(second) > distance(first))) return { entry: first };
  return {
    unpaired: `${pool.length} task definitions with family "${ref.family}" were linted (${listFiles(pool)}): the checks against the task definition did not run`,
    hint: PAIRS_HINT,
  };
}
