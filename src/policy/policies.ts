/**
 * Declarative policies: a team's own rules, written as JSON Schema in the config, compiled into the same
 * Rule type as the built-ins. `when` selects the tasks, `target` (a JSON pointer with `*` wildcards) the
 * values, `assert` what they must satisfy.
 */
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { ConfigError } from '../errors.js';
import { fromPointer } from '../json/pointer.js';
import { loadAjv } from '../lazy.js';
import { type AnyRule, defineRule } from '../rule.js';
import type { JsonPath, Severity } from '../types.js';
import { linearRegExp } from './regexp.js';

export interface Policy {
  id: string;
  description: string;
  severity?: Severity;
  when?: Record<string, unknown> | boolean;
  target?: string;
  assert: Record<string, unknown> | boolean;
  message: string;
  hint?: string;
  references?: string[];
}

export const POLICY_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

const POLICY_SCHEMA = {
  type: 'object',
  required: ['id', 'description', 'assert', 'message'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    description: { type: 'string', minLength: 1 },
    severity: { enum: ['error', 'warning', 'note'] },
    when: { type: ['object', 'boolean'] },
    target: { type: 'string' },
    assert: { type: ['object', 'boolean'] },
    message: { type: 'string', minLength: 1 },
    hint: { type: 'string' },
    references: { type: 'array', items: { type: 'string' } },
  },
} as const;

let shapeAjv: Ajv | undefined;
let checkShape: ValidateFunction | undefined;
/** One ajv for the policies' own schemas: strict, so a typo in a keyword is an error, not a silent pass. */
let policyAjv: Ajv | undefined;

/** Validate and compile policies. Throws ConfigError naming the source, the policy and what is wrong. */
export function compilePolicies(raw: unknown, source: string): AnyRule[] {
  if (!Array.isArray(raw)) throw new ConfigError(`${source}: "policies" must be an array of policies`);
  // ajv is loaded here, on the first config with policies, not at start.
  const { Ajv } = loadAjv();
  shapeAjv ??= new Ajv({ allErrors: false, strict: false });
  checkShape ??= shapeAjv.compile(POLICY_SCHEMA);
  // Unknown keywords are errors (a typo must not pass silently); type annotations are not demanded.
  // Patterns match in linear time (./regexp.ts): a policy from a pull request cannot stall the run.
  policyAjv ??= new Ajv({
    allErrors: true,
    strict: true,
    strictTypes: false,
    allowUnionTypes: true,
    code: { regExp: linearRegExp },
  });
  const seen = new Set<string>();
  return raw.map((policy, i) => {
    const name =
      policy && typeof policy === 'object' && typeof (policy as Policy).id === 'string'
        ? `policy "${(policy as Policy).id}"`
        : `policy #${i + 1}`;
    const fail = (what: string): never => {
      throw new ConfigError(`${source}: ${name}: ${what}`);
    };
    if (!checkShape?.(policy)) {
      const e = checkShape?.errors?.[0];
      const at = e?.instancePath ? `"${e.instancePath.slice(1)}" ` : '';
      const extra = e?.keyword === 'additionalProperties' ? ` "${String(e.params.additionalProperty)}"` : '';
      const missing = e?.keyword === 'required' ? ` "${String(e.params.missingProperty)}"` : '';
      fail(`${at}${e?.message ?? 'is invalid'}${extra}${missing}`);
    }
    const p = policy as Policy;
    if (!POLICY_ID.test(p.id)) fail('"id" must be namespaced, like "acme/require-team-tag" (lower-case, one "/")');
    if (seen.has(p.id)) fail('"id" is used by another policy');
    seen.add(p.id);
    const target = p.target ?? '';
    if (target !== '' && !target.startsWith('/'))
      fail(`"target" must be a JSON pointer starting with "/"; got "${target}"`);
    const compile = (schema: Record<string, unknown> | boolean, key: string): ValidateFunction => {
      let validate: ValidateFunction;
      try {
        validate = (policyAjv as Ajv).compile(schema);
      } catch (error) {
        return fail(`"${key}" is not a valid JSON Schema: ${(error as Error).message.split('\n')[0]}`);
      }
      // An async validator answers with a promise, which a synchronous rule cannot wait for.
      if ((validate as { $async?: unknown }).$async === true) {
        fail(`"${key}": async schemas are not supported in policies (remove "$async": true)`);
      }
      return validate;
    };
    const when = p.when === undefined ? undefined : compile(p.when, 'when');
    const assert = compile(p.assert, 'assert');
    return policyRule(p, fromPointer(target), when, assert);
  });
}

function policyRule(
  p: Policy,
  target: JsonPath,
  when: ValidateFunction | undefined,
  assert: ValidateFunction,
): AnyRule {
  return defineRule({
    meta: {
      id: p.id,
      category: 'policy',
      description: p.description,
      severity: p.severity ?? 'error',
      presets: { recommended: p.severity ?? 'error', strict: p.severity ?? 'error' },
      references: p.references ?? [],
      messages: { violation: p.message },
    },
    check(task, ctx) {
      if (when && !when(task)) return;
      for (const { path, value } of expand(task, target)) {
        if (assert(value)) continue;
        const error = deepest(assert.errors ?? []);
        const where = error ? [...path, ...fromPointer(error.instancePath)] : path;
        // A missing required member is reported on the object that lacks it.
        const report: Parameters<typeof ctx.report>[0] = {
          messageId: 'violation',
          path: where,
          target: error?.keyword === 'required' || where.length === 0 ? 'key' : 'value',
          data: {
            value: shown(where, valueAt(value, error ? fromPointer(error.instancePath) : [])),
            path: path.join('/'),
            container: containerName(task, path),
          },
        };
        if (p.hint !== undefined) report.hint = p.hint;
        ctx.report(report);
      }
    },
  });
}

/** Every existing path that a pointer with `*` wildcards names; a missing member is not a match. */
export function expand(root: unknown, pattern: JsonPath): { path: JsonPath; value: unknown }[] {
  let current: { path: JsonPath; value: unknown }[] = [{ path: [], value: root }];
  for (const seg of pattern) {
    const next: { path: JsonPath; value: unknown }[] = [];
    for (const { path, value } of current) {
      if (seg === '*') {
        if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) next.push({ path: [...path, i], value: value[i] });
        } else if (value && typeof value === 'object') {
          for (const [k, v] of Object.entries(value)) next.push({ path: [...path, k], value: v });
        }
      } else if (Array.isArray(value)) {
        const i = Number(seg);
        if (Number.isInteger(i) && i >= 0 && i < value.length) next.push({ path: [...path, i], value: value[i] });
      } else if (value && typeof value === 'object' && Object.hasOwn(value, String(seg))) {
        next.push({ path: [...path, seg], value: (value as Record<string, unknown>)[String(seg)] });
      }
    }
    current = next;
  }
  return current;
}

/**
 * Where to put the finding: the deepest error, leaving out errors from inside `contains`, `anyOf`,
 * `oneOf` and `not` subschemas, which explain why no branch matched rather than where the problem is.
 */
function deepest(errors: readonly ErrorObject[]): ErrorObject | undefined {
  const located = errors.filter((e) => !/\/(contains|anyOf|oneOf|not)\//.test(e.schemaPath));
  return [...(located.length > 0 ? located : errors)].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
}

function valueAt(value: unknown, path: JsonPath): unknown {
  let v = value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[String(seg)];
  }
  return v;
}

/** Members whose values may be secrets: a policy's `{{value}}` never shows what is at or under them. */
const SECRET_HOLDERS = new Set(['environment', 'secrets', 'secretOptions', 'repositoryCredentials', 'dockerLabels']);

function mayHoldSecret(path: JsonPath): boolean {
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (typeof seg === 'string' && SECRET_HOLDERS.has(seg)) return true;
    // Log driver options hold tokens (`splunk-token`); the driver's name is fine to show.
    if (seg === 'options' && path[i - 1] === 'logConfiguration') return true;
  }
  return false;
}

/** `{{value}}`: the failing value, unless it is, or holds, something that may be a secret. */
function shown(path: JsonPath, value: unknown): string {
  if (mayHoldSecret(path) || holdsSecretMember(value)) return '(hidden)';
  return display(value);
}

/** Does an object or list have a member that may hold secrets, at any depth? (No recursion.) */
function holdsSecretMember(value: unknown): boolean {
  const stack: unknown[] = [value];
  for (let seen = 0; stack.length > 0 && seen < 10_000; seen++) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (!Array.isArray(v)) {
      for (const k of Object.keys(v)) if (SECRET_HOLDERS.has(k) || k === 'logConfiguration') return true;
    }
    stack.push(...Object.values(v));
  }
  return false;
}

function display(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function containerName(task: unknown, path: JsonPath): string {
  if (path[0] !== 'containerDefinitions' || typeof path[1] !== 'number') return '';
  const list = (task as { containerDefinitions?: unknown }).containerDefinitions;
  const c = Array.isArray(list) ? list[path[1]] : undefined;
  const name = c && typeof c === 'object' ? (c as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : `#${path[1] + 1}`;
}
