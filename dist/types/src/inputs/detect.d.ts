import type { DocumentKind, JsonPath } from '../types.js';
/** A document as rules see it: the task view, and how its paths map back into the file. */
export interface DocumentView {
    kind: DocumentKind;
    task: Record<string, unknown>;
    toSource(path: JsonPath): JsonPath;
}
export declare function isObject(value: unknown): value is Record<string, unknown>;
/** Detect the kind from the content (and, for Dockerrun files, the file name). */
export declare function detectKind(value: unknown, fileName?: string): DocumentKind;
/** The views rules run on: one for a task definition; one per service, target or resource of a launch document. */
export declare function viewsOf(kind: DocumentKind, value: unknown): DocumentView[];
export declare function viewOf(kind: DocumentKind, value: unknown): DocumentView;
export declare const KIND_NAMES: Record<DocumentKind, string>;
