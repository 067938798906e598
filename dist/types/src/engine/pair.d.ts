/**
 * The task definition a launch document (service, AppSpec, run-task input, EventBridge target) is checked
 * against: parsed once, located lazily (only a finding's related location needs a position in it).
 */
import { viewOf } from '../inputs/detect.js';
import type { LocatedDocument, SourceFile } from '../inputs/types.js';
import type { Target } from '../json/locate.js';
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
export declare function pairedDocument(file: string, text: string, label?: string): PairedDocument | undefined;
/** The task view of a paired document and the map from view paths to its file. */
export declare const pairedView: (pair: PairedDocument) => ReturnType<typeof viewOf>;
/** The task definition a document of a template or Terraform file was paired with inside the same file. */
export declare function sameFilePair(file: string, source: Pick<SourceFile, 'locator' | 'lines'>, task: LocatedDocument, name: string): PairedDocument;
