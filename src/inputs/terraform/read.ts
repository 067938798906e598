/** Terraform `.tf` files as source files. */
import { notOurs, textSource } from '../quiet.js';
import type { SourceFile } from '../types.js';
import { parseHcl } from './hcl.js';

export function readTerraform(input: string): SourceFile {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // A file without the resource type is not parsed at all.
  if (!text.includes('aws_ecs_task_definition')) return notOurs(text);
  const parsed = parseHcl(text);
  if (parsed.documents.length === 0 && parsed.issues.length === 0) return notOurs(text);
  return textSource(text, {
    kind: 'terraform',
    locator: parsed.locator,
    fatal: false,
    issues: parsed.issues,
    documents: parsed.documents,
  });
}
