/** CloudFormation templates as source files: JSON (already parsed) and YAML. */
import type { ParsedDocument } from '../../json/parse.js';
import { notOurs, textSource } from '../quiet.js';
import type { SourceFile } from '../types.js';
import { templateDocuments } from './service.js';
import { isTemplate, mentionsEcs } from './template.js';
import { parseYaml } from './yaml.js';

/** A JSON file that is a template: its task definitions (none, quietly, for a template without ECS). */
export function readJsonTemplate(parsed: ParsedDocument): SourceFile | undefined {
  if (!isTemplate(parsed.value)) return undefined;
  return jsonWithDocuments(parsed, 'cloudformation', templateDocuments(parsed.value, true));
}

/** A parsed JSON file that holds resources: the documents found, or nothing to lint, quietly. */
export function jsonWithDocuments(
  parsed: ParsedDocument,
  kind: SourceFile['kind'],
  documents: SourceFile['documents'],
): SourceFile {
  return {
    kind: documents.length === 0 ? 'unknown' : kind,
    text: parsed.text,
    get lines() {
      return parsed.lines;
    },
    get locator() {
      return parsed.locator;
    },
    fatal: false,
    strict: parsed.strict,
    issues: parsed.issues,
    documents,
    quiet: documents.length === 0,
  };
}

/** A YAML file: a template's task definitions; anything else is not ours and is skipped quietly. */
export function readYamlTemplate(input: string): SourceFile {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const quiet = (): SourceFile => notOurs(text);
  // A YAML file that names no ECS resource type is not parsed at all: workflows, manifests, compose files.
  if (!mentionsEcs(text)) return quiet();
  const parsed = parseYaml(text);
  if (parsed.fatal) {
    return textSource(text, {
      kind: 'cloudformation',
      locator: parsed.locator,
      fatal: true,
      issues: parsed.issues,
      documents: [],
    });
  }
  if (!isTemplate(parsed.value)) return quiet();
  const documents = templateDocuments(parsed.value);
  if (documents.length === 0) return quiet();
  return textSource(text, { kind: 'cloudformation', locator: parsed.locator, fatal: false, issues: [], documents });
}
