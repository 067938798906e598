import type { ParsedDocument } from '../../json/parse.js';
import type { SourceFile } from '../types.js';
/** A JSON file that is a template: its task definitions (none, quietly, for a template without ECS). */
export declare function readJsonTemplate(parsed: ParsedDocument): SourceFile | undefined;
/** A YAML file: a template's task definitions; anything else is not ours and is skipped quietly. */
export declare function readYamlTemplate(input: string): SourceFile;
