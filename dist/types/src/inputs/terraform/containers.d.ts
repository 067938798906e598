import type { SourceFile } from '../types.js';
/**
 * The template's text with each `${…}` outside a JSON string replaced by a placeholder string of the same
 * length, and each inside one made safe for the string (a quote or backslash in it becomes `_`).
 */
export declare function templateAsJson(text: string): string;
/**
 * The file as a container-definitions array, decoded as the provider decodes `container_definitions` (keys
 * without regard to case, nulls left out, unknown keys reported: src/inputs/terraform/spec.ts); `template`:
 * read by `templatefile`; `label`: the resource that reads it, prefixed to the findings. Anything but an array is no document (the provider fails to decode it).
 */
export declare function readContainerFile(input: string, template: boolean, label?: string): SourceFile;
