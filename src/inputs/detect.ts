import type { DocumentKind, JsonPath } from '../types.js';
import { detectLaunchKind, isLaunchKind, launchViews } from './launch.js';

/** A document as rules see it: the task view, and how its paths map back into the file. */
export interface DocumentView {
  kind: DocumentKind;
  task: Record<string, unknown>;
  toSource(path: JsonPath): JsonPath;
}

const identity = (path: JsonPath): JsonPath => path;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const has = (obj: Record<string, unknown>, key: string): boolean => Object.hasOwn(obj, key);

/** Detect the kind from the content (and, for Dockerrun files, the file name). */
export function detectKind(value: unknown, fileName = ''): DocumentKind {
  if (Array.isArray(value)) {
    // The file given to `aws events put-targets --targets file://targets.json`: a list of targets.
    if (value.some((t) => isObject(t) && isObject(t.EcsParameters))) return 'events-target';
    // CodePipeline's imagedefinitions.json (`[{"name": "web", "imageUri": "…"}]`) names images for a deploy
    // action; it is not a container definitions list.
    if (value.length > 0 && value.every((c) => isObject(c) && has(c, 'imageUri') && !has(c, 'image'))) return 'unknown';
    const looksLikeContainers =
      value.length > 0 && value.every(isObject) && value.some((c) => has(c, 'name') || has(c, 'image'));
    return looksLikeContainers ? 'container-definitions' : 'unknown';
  }
  if (!isObject(value)) return 'unknown';
  const namedDockerrun = /dockerrun/i.test(fileName.split(/[\\/]/).pop() ?? '');
  if (has(value, 'AWSEBDockerrunVersion') || namedDockerrun) {
    const version = String(value.AWSEBDockerrunVersion ?? '').trim();
    if (version === '1' || version === '2' || version === '3') return `dockerrun-v${version}`;
    if (has(value, 'containerDefinitions')) return 'dockerrun-v2';
    if (has(value, 'Image') || has(value, 'Ports')) return 'dockerrun-v1';
    if (has(value, 'Authentication')) return 'dockerrun-v3';
    return has(value, 'AWSEBDockerrunVersion') ? 'dockerrun-v1' : 'unknown';
  }
  if (isObject(value.taskDefinition)) return 'describe-output';
  if (has(value, 'containerDefinitions') || has(value, 'family')) return 'task-definition';
  if (has(value, 'Image') && has(value, 'Ports')) return 'dockerrun-v1';
  return detectLaunchKind(value) ?? 'unknown';
}

/** The views rules run on: one for a task definition; one per service, target or resource of a launch document. */
export function viewsOf(kind: DocumentKind, value: unknown): DocumentView[] {
  if (!isLaunchKind(kind)) return [viewOf(kind, value)];
  return launchViews(kind, value).map((v) => ({ kind, task: v.task, toSource: v.toSource }));
}

export function viewOf(kind: DocumentKind, value: unknown): DocumentView {
  if (kind === 'describe-output' && isObject(value) && isObject(value.taskDefinition)) {
    const inner = value.taskDefinition;
    // Tags of describe output sit beside the task definition, not inside it.
    const outerTags = has(value, 'tags') && !has(inner, 'tags');
    const task = outerTags ? { ...inner, tags: value.tags } : inner;
    return {
      kind,
      task,
      toSource: (path) => (outerTags && path[0] === 'tags' ? path : ['taskDefinition', ...path]),
    };
  }
  if (kind === 'container-definitions') {
    return {
      kind,
      task: { containerDefinitions: value },
      toSource: (path) => (path[0] === 'containerDefinitions' ? path.slice(1) : []),
    };
  }
  return { kind, task: isObject(value) ? value : {}, toSource: identity };
}

export const KIND_NAMES: Record<DocumentKind, string> = {
  'task-definition': 'task definition',
  'describe-output': 'describe-task-definition output',
  'container-definitions': 'container definitions',
  'dockerrun-v1': 'Dockerrun.aws.json v1',
  'dockerrun-v2': 'Dockerrun.aws.json v2',
  'dockerrun-v3': 'Dockerrun.aws.json v3',
  cloudformation: 'CloudFormation template',
  'terraform-plan': 'Terraform plan',
  terraform: 'Terraform configuration',
  'create-service': 'service definition',
  'update-service': 'UpdateService input',
  'describe-services': 'describe-services output',
  'run-task': 'RunTask input',
  'start-task': 'StartTask input',
  appspec: 'CodeDeploy AppSpec',
  'events-target': 'EventBridge ECS target',
  unknown: 'unrecognised document',
};
