/**
 * Reads a file into located documents: picks the input by the file's name and content. Raw ECS JSON and
 * Dockerrun files are one document each; CloudFormation templates and Terraform files hold one per task
 * definition resource.
 */
import { parseDocument } from '../json/parse.js';
import type { JsonPath } from '../types.js';
import { jsonWithDocuments, readJsonTemplate, readYamlTemplate } from './cloudformation/read.js';
import { parseYaml } from './cloudformation/yaml.js';
import { detectKind } from './detect.js';
import { isLaunchKind } from './launch.js';
import { notOurs, textSource } from './quiet.js';
import { readContainerFile } from './terraform/containers.js';
import { isTerraformJson, planTaskDefinitions } from './terraform/plan.js';
import { readTerraform } from './terraform/read.js';
import type { SourceFile } from './types.js';

export interface ReadOptions {
  /** The file's name (its extension picks the input; Dockerrun files are known by name). */
  file: string;
  /** Comments and trailing commas in JSON are accepted silently. */
  allowComments?: boolean;
  /** The file is one a Terraform task definition reads its containers from (`template`: by templatefile). */
  containerFile?: { template: boolean; label?: string };
}

const extension = (file: string): string => {
  const base = file.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
};

const identity = (path: JsonPath): JsonPath => path;

export function readSource(text: string, options: ReadOptions): SourceFile {
  if (options.containerFile)
    return readContainerFile(text, options.containerFile.template, options.containerFile.label);
  const ext = extension(options.file);
  if (ext === 'tf') return readTerraform(text);
  if (ext === 'yaml' || ext === 'yml' || (ext === 'template' && !/^\uFEFF?\s*[{[]/.test(text))) {
    const template = readYamlTemplate(text);
    // Not a template: a CodeDeploy AppSpec (its one resource is an AWS::ECS::Service) may still be.
    return template.quiet && ext !== 'template' && text.includes('AWS::ECS::Service') ? readYamlLaunch(text) : template;
  }
  const parsed = parseDocument(text, { allowComments: options.allowComments ?? false });
  if (!parsed.fatal) {
    const template = readJsonTemplate(parsed);
    if (template) return template;
    if (isTerraformJson(parsed.value)) {
      return jsonWithDocuments(parsed, 'terraform-plan', planTaskDefinitions(parsed.value));
    }
  }
  const kind = parsed.fatal ? 'unknown' : detectKind(parsed.value, options.file);
  return {
    kind,
    text: parsed.text,
    get lines() {
      return parsed.lines;
    },
    get locator() {
      return parsed.locator;
    },
    fatal: parsed.fatal,
    strict: parsed.strict,
    issues: parsed.issues,
    documents: kind === 'unknown' ? [] : [{ kind, value: parsed.value, toSource: identity, fixPath: identity }],
  };
}

/**
 * A YAML file that launches a task definition (an AppSpec): one document, located in the YAML tree. No
 * fixes (they are JSON edits); anything else is skipped quietly, as other YAML is.
 */
function readYamlLaunch(input: string): SourceFile {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const parsed = parseYaml(text);
  const kind = parsed.fatal ? 'unknown' : detectKind(parsed.value);
  if (!isLaunchKind(kind)) return notOurs(text);
  return textSource(text, {
    kind,
    locator: parsed.locator,
    fatal: false,
    issues: parsed.issues,
    documents: [{ kind, value: parsed.value, toSource: identity }],
  });
}
