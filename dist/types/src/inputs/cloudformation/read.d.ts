/** CloudFormation templates as source files: JSON (already parsed) and YAML. */
import type { ParsedDocument } from '../../json/parse.js';
import type { SourceFile } from '../types.js';
/** A JSON file that is a template: its task definitions (none, quietly, for a template without ECS). */
export declare function readJsonTemplate(parsed: ParsedDocument): SourceFile | undefined;
/** A parsed JSON file that holds resources: the documents found, or nothing to lint, quietly. */
export declare function jsonWithDocuments(parsed: ParsedDocument, kind: SourceFile['kind'], documents: SourceFile['documents']): SourceFile;
/** A YAML file: a template's task definitions; anything else is not ours and is skipped quietly. */
export declare function readYamlTemplate(input: string): SourceFile;
