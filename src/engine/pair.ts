/**
 * The task definition a launch document (service, AppSpec, run-task input, EventBridge target) is checked
 * against: parsed once, located lazily (only a finding's related location needs a position in it).
 */
import { viewOf } from '../inputs/detect.js';
import { readSource } from '../inputs/source.js';
import type { LocatedDocument, SourceFile } from '../inputs/types.js';
import type { Target } from '../json/locate.js';
import { TASK_KINDS } from '../rule.js';
import type { DocumentKind, JsonPath, Range } from '../types.js';

export interface PairedDocument {
  /** The file, named as results name files. */
  readonly file: string;
  readonly kind: DocumentKind;
  /** The document (as the engine checks it). */
  readonly value: unknown;
  /** Where a path of the document (not the task view) is in its file. */
  range(path: JsonPath, target: Target): Range;
  /** How messages name it when its family does not (a template's logical id, a Terraform address). */
  readonly name?: string;
  /**
   * For a task definition in the same file as the document it was paired with (a template): a path of the
   * document → the path in the file. Related locations are then the file's own.
   */
  inFile?(path: JsonPath): JsonPath;
}

/**
 * A task-definition file's text as a paired document; undefined when it does not parse or holds no task
 * definition. Comments and trailing commas are accepted here: the file's own lint reports them.
 */
export function pairedDocument(file: string, text: string, label?: string): PairedDocument | undefined {
  const source = readSource(text, { file, allowComments: true });
  // One document, or (a Terraform file, a template) the one with that label.
  const doc =
    label === undefined
      ? source.documents.length === 1
        ? source.documents[0]
        : undefined
      : source.documents.find((d) => d.label === label);
  if (source.fatal || !doc || !TASK_KINDS.includes(doc.kind)) return undefined;
  return {
    file,
    kind: doc.kind,
    value: doc.value,
    ...(label === undefined ? {} : { name: label }),
    range(path, target) {
      const { offset, length } = source.locator.locate(doc.toSource(path), target);
      return source.lines.range(offset, length);
    },
  };
}

/** The task view of a paired document and the map from view paths to its file. */
export const pairedView = (pair: PairedDocument): ReturnType<typeof viewOf> => viewOf(pair.kind, pair.value);

/** The task definition a document of a template or Terraform file was paired with inside the same file. */
export function sameFilePair(
  file: string,
  source: Pick<SourceFile, 'locator' | 'lines'>,
  task: LocatedDocument,
  name: string,
): PairedDocument {
  return {
    file,
    kind: task.kind,
    value: task.value,
    name,
    range(path, target) {
      const { offset, length } = source.locator.locate(task.toSource(path), target);
      return source.lines.range(offset, length);
    },
    // The task definition as a whole is its resource (the logical id), not its first property.
    inFile: (path) => {
      const at = task.toSource(path);
      return path.length === 0 && at[at.length - 1] === 'Properties' ? at.slice(0, -1) : at;
    },
  };
}
