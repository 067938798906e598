/**
 * CloudFormation templates (JSON or YAML, hand-written or synthesized by the CDK): every
 * `AWS::ECS::TaskDefinition` becomes a task definition in the ECS API's shape, each value mapped back to
 * the resource's property in the template.
 *
 * Intrinsic functions are resolved only where the answer cannot differ at deploy time in a way that
 * matters and costs nothing to find: `Ref` to a template parameter with a `Default` (not an SSM parameter
 * type, whose default is a parameter name), `Fn::FindInMap` whose keys resolve, and `Fn::Sub`, `Fn::Join`,
 * `Fn::Select` and `Fn::Split` whose parts all resolve. Everything else (`Fn::GetAtt`, `Fn::If`,
 * `Fn::ImportValue`, pseudo parameters such as `AWS::AccountId`, resources) is unknown: rules skip it as they
 * skip template placeholders.
 */
import { closest } from 'fastest-levenshtein';
import { isObject } from '../detect.js';
import { mapShape, type ObjectShape, type Resolved, unknownText } from '../shape.js';
import type { InputProblem, LocatedDocument } from '../types.js';
import { TASK_DEFINITION } from './spec.js';

export const TASK_DEFINITION_TYPE = 'AWS::ECS::TaskDefinition';

/** Cheap test on the text: no ECS resource type, nothing to read (YAML is not even parsed). */
export const mentionsEcs = (text: string): boolean => text.includes('AWS::ECS::');

/** Whether a parsed value is a CloudFormation template. */
export function isTemplate(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  if (Object.hasOwn(value, 'AWSTemplateFormatVersion')) return true;
  const resources = value.Resources;
  if (!isObject(resources)) return false;
  for (const r of Object.values(resources)) {
    if (isObject(r) && typeof r.Type === 'string' && /^(AWS|Custom|Alexa)::/.test(r.Type)) return true;
  }
  return false;
}

/** The resources of a template, with their logical ids, of one type. */
export function resourcesOfType(
  template: Record<string, unknown>,
  type: string,
): { id: string; resource: Record<string, unknown> }[] {
  const resources = template.Resources;
  if (!isObject(resources)) return [];
  const out: { id: string; resource: Record<string, unknown> }[] = [];
  for (const [id, r] of Object.entries(resources)) if (isObject(r) && r.Type === type) out.push({ id, resource: r });
  return out;
}

/** `LogicalId (Stack/Construct)`: the logical id, and the CDK construct path when the CDK wrote one. */
export function resourceLabel(id: string, resource: Record<string, unknown>): string {
  const meta = resource.Metadata;
  const cdkPath = isObject(meta) && typeof meta['aws:cdk:path'] === 'string' ? meta['aws:cdk:path'] : undefined;
  return cdkPath === undefined ? id : `${id} (${cdkPath.replace(/\/Resource$/, '')})`;
}

/** The name of the intrinsic function an object is, if it is one (`{"Ref": …}`, `{"Fn::Sub": …}`). */
export function intrinsicName(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  return key === 'Ref' || key.startsWith('Fn::') ? key : undefined;
}

const SAFE_PARAMETER_TYPES = new Set(['String', 'Number', 'CommaDelimitedList', 'List<Number>']);

/** Evaluates the intrinsics of one template that can be evaluated safely (see the module comment). */
export function intrinsicResolver(template: Record<string, unknown>): (value: unknown) => Resolved | undefined {
  const parameters = isObject(template.Parameters) ? template.Parameters : {};
  const mappings = isObject(template.Mappings) ? template.Mappings : {};

  const parameter = (name: string): Resolved => {
    const p = Object.hasOwn(parameters, name) ? parameters[name] : undefined;
    if (!isObject(p) || !Object.hasOwn(p, 'Default')) return { known: false, text: unknownText(name) };
    const type = typeof p.Type === 'string' ? p.Type : 'String';
    if (!SAFE_PARAMETER_TYPES.has(type)) return { known: false, text: unknownText(name) };
    const d = p.Default;
    if (type === 'CommaDelimitedList' || type.startsWith('List<')) {
      return {
        known: true,
        value: String(d)
          .split(',')
          .map((s) => s.trim()),
      };
    }
    return typeof d === 'string' || typeof d === 'number' || typeof d === 'boolean'
      ? { known: true, value: d }
      : { known: false, text: unknownText(name) };
  };

  /** A fully resolved value (no intrinsic left inside), or an unknown. */
  const evaluate = (value: unknown, depth = 0): Resolved => {
    if (depth > 20) return { known: false, text: unknownText('…') };
    const fn = intrinsicName(value);
    if (fn === undefined) {
      if (Array.isArray(value)) {
        const items: unknown[] = [];
        for (const v of value) {
          const r = evaluate(v, depth + 1);
          if (!r.known) return r;
          items.push(r.value);
        }
        return { known: true, value: items };
      }
      return { known: true, value };
    }
    const arg = (value as Record<string, unknown>)[fn];
    switch (fn) {
      case 'Ref':
        return typeof arg === 'string' ? parameter(arg) : { known: false, text: unknownText('Ref') };
      case 'Fn::FindInMap': {
        if (!Array.isArray(arg) || arg.length < 3) break;
        const keys: string[] = [];
        for (const k of arg.slice(0, 3)) {
          const r = evaluate(k, depth + 1);
          if (!r.known || (typeof r.value !== 'string' && typeof r.value !== 'number')) {
            return { known: false, text: unknownText('Fn::FindInMap') };
          }
          keys.push(String(r.value));
        }
        const [m, k1, k2] = keys as [string, string, string];
        const top = Object.hasOwn(mappings, m) ? mappings[m] : undefined;
        const second = isObject(top) && Object.hasOwn(top, k1) ? top[k1] : undefined;
        if (isObject(second) && Object.hasOwn(second, k2)) return evaluate(second[k2], depth + 1);
        break;
      }
      case 'Fn::Sub': {
        const [text, vars] = Array.isArray(arg) ? [arg[0], arg[1]] : [arg, undefined];
        if (typeof text !== 'string') break;
        let complete = true;
        const out = text.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
          if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
          const name = inner.trim();
          let r: Resolved | undefined;
          if (isObject(vars) && Object.hasOwn(vars, name)) r = evaluate(vars[name], depth + 1);
          else if (!name.includes('.') && !name.startsWith('AWS::')) r = parameter(name);
          if (r?.known && (typeof r.value === 'string' || typeof r.value === 'number')) return String(r.value);
          complete = false;
          return whole;
        });
        // `${!Literal}` writes `${Literal}`: a template placeholder only in the rendered text, which is fine.
        return complete ? { known: true, value: out } : { known: false, text: out };
      }
      case 'Fn::Join': {
        if (!Array.isArray(arg) || typeof arg[0] !== 'string') break;
        const parts = evaluate(arg[1], depth + 1);
        if (parts.known && Array.isArray(parts.value)) return { known: true, value: parts.value.join(arg[0]) };
        if (!Array.isArray(arg[1])) break;
        // Partly known (a CDK image URI): the known parts stay, the others become placeholders.
        const shown = arg[1].map((p) => {
          const r = evaluate(p, depth + 1);
          return r.known && typeof r.value === 'string' ? r.value : r.known ? unknownText(fn) : r.text;
        });
        return { known: false, text: shown.join(arg[0]) };
      }
      case 'Fn::Select': {
        if (!Array.isArray(arg)) break;
        const index = evaluate(arg[0], depth + 1);
        const list = evaluate(arg[1], depth + 1);
        if (index.known && list.known && Array.isArray(list.value)) {
          const i = Number(index.value);
          if (Number.isInteger(i) && i >= 0 && i < list.value.length) return { known: true, value: list.value[i] };
        }
        break;
      }
      case 'Fn::Split': {
        if (!Array.isArray(arg) || typeof arg[0] !== 'string') break;
        const text = evaluate(arg[1], depth + 1);
        if (text.known && typeof text.value === 'string') return { known: true, value: text.value.split(arg[0]) };
        break;
      }
      case 'Fn::GetAtt': {
        const target = Array.isArray(arg) ? arg.filter((a) => typeof a === 'string').join('.') : String(arg);
        return { known: false, text: unknownText(target) };
      }
    }
    return { known: false, text: unknownText(fn) };
  };

  return (value) => (intrinsicName(value) === undefined ? undefined : evaluate(value));
}

/** Property names of an object shape, for did-you-mean. */
const suggestion = (key: string, shape: ObjectShape): string | undefined => {
  const names = Object.keys(shape.props);
  const lower = key.toLowerCase();
  const same = names.find((n) => n.toLowerCase() === lower);
  if (same) return same;
  const near = closest(key, names);
  return near !== undefined && levenshteinWithin(key, near, 2) ? near : undefined;
};

function levenshteinWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return (prev[b.length] as number) <= max;
}

/**
 * The task definitions of a template, as located documents (paths into `template`). `writable`: fixes can be
 * written into the file (a JSON template; the YAML writer would not keep the author's formatting).
 */
export function templateTaskDefinitions(template: Record<string, unknown>, writable = false): LocatedDocument[] {
  const resolve = intrinsicResolver(template);
  const documents: LocatedDocument[] = [];
  for (const { id, resource } of resourcesOfType(template, TASK_DEFINITION_TYPE)) {
    const label = resourceLabel(id, resource);
    const problems: InputProblem[] = [];
    const mapped = mapShape(
      resource.Properties ?? {},
      TASK_DEFINITION,
      {
        resolve,
        coerce: true,
        unknownKey(key, shape, sourcePath) {
          const near = suggestion(key, shape);
          const problem: InputProblem = {
            ruleId: 'schema',
            messageId: 'unknownProperty',
            // The resource schema's validation error (docs/targets.md): names are matched with their case.
            message: `${label}: unknown property ${JSON.stringify(key)} in ${shape.title}; CloudFormation rejects the template ("extraneous key [${key}] is not permitted")`,
            path: sourcePath,
            target: 'key',
            data: { property: key },
          };
          if (near !== undefined) {
            problem.hint = `did you mean ${JSON.stringify(near)}?`;
            (problem.data as Record<string, string>).suggestion = near;
            const rename = {
              message: `rename ${JSON.stringify(key)} to ${JSON.stringify(near)}`,
              edits: [{ op: 'rename' as const, path: sourcePath, to: near }],
            };
            // Safe when only the case differs; a spelling guess is a suggestion.
            if (near.toLowerCase() === key.toLowerCase()) problem.fix = rename;
            else problem.suggestions = [rename];
          }
          problems.push(problem);
          return false;
        },
      },
      ['Resources', id, 'Properties'],
    );
    const doc: LocatedDocument = {
      kind: 'task-definition',
      value: mapped.value,
      toSource: mapped.toSource,
      isUnknown: mapped.isUnknown,
      sourceName: mapped.sourceName,
      label,
      deployPath: 'cloudformation',
      problems,
      // CloudFormation names the family after the stack and the logical id when the template gives none.
      skipSchema: (issue) =>
        issue.messageId === 'required' && issue.path.length === 0 && issue.data.property === 'family',
    };
    if (writable) doc.fixPath = mapped.fixPath;
    documents.push(doc);
  }
  return documents;
}
