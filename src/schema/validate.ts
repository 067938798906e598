/**
 * Shape validation against the ECS API model (src/schema/ecs.schema.json, generated) and the Dockerrun
 * schemas, with ajv errors turned into one-line findings: one issue per real problem, paths as JsonPath,
 * messages that name properties in double quotes and show the value that is wrong.
 */
import { Ajv, type AnySchemaObject, type ErrorObject, type ValidateFunction } from 'ajv';
import { distance } from 'fastest-levenshtein';
import type { JsonPath } from '../types.js';
import dockerrunV1Schema from './dockerrun-v1.schema.json' with { type: 'json' };
import dockerrunV3Schema from './dockerrun-v3.schema.json' with { type: 'json' };
import ecsSchema from './ecs.schema.json' with { type: 'json' };
import { OUTPUT_ONLY_TASK_FIELDS } from './ecs-model.js';

export type SchemaTarget =
  | 'task-definition'
  | 'describe-output'
  | 'container-definitions'
  | 'dockerrun-v1'
  | 'dockerrun-v2'
  | 'dockerrun-v3';

export interface SchemaIssue {
  path: JsonPath;
  /** `key`: underline the key at `path` (the parent object's key for a missing property); `value`: its value. */
  target: 'key' | 'value';
  message: string;
  hint?: string;
  messageId: string;
  data: Record<string, string | number>;
}

/** Where each target's schema lives in the ajv instance. */
const SCHEMA_REFS: Record<SchemaTarget, string> = {
  'task-definition': 'ecs.schema.json#/definitions/RegisterTaskDefinitionRequest',
  'describe-output': 'ecs.schema.json#/definitions/DescribeTaskDefinitionResponse',
  'container-definitions': 'container-definitions',
  'dockerrun-v1': 'dockerrun-v1.schema.json',
  'dockerrun-v2': 'ecs.schema.json#/definitions/DockerrunV2',
  'dockerrun-v3': 'dockerrun-v3.schema.json',
};

/** Arrays whose items have a `name` that messages use: `container "web": ...`, `volume "data": ...`. */
const NAMED_ITEMS: Record<SchemaTarget, readonly { array: JsonPath; noun: string; title: string }[]> = {
  'task-definition': [
    { array: ['containerDefinitions'], noun: 'container', title: 'container definition' },
    { array: ['volumes'], noun: 'volume', title: 'volume' },
  ],
  'describe-output': [
    { array: ['taskDefinition', 'containerDefinitions'], noun: 'container', title: 'container definition' },
    { array: ['taskDefinition', 'volumes'], noun: 'volume', title: 'volume' },
  ],
  'container-definitions': [{ array: [], noun: 'container', title: 'container definition' }],
  'dockerrun-v1': [],
  'dockerrun-v2': [
    { array: ['containerDefinitions'], noun: 'container', title: 'container definition' },
    { array: ['volumes'], noun: 'volume', title: 'volume' },
  ],
  'dockerrun-v3': [],
};

/** Values under these keys may be credentials: messages show their type, never the value. */
const SENSITIVE_KEYS = new Set([
  'environment',
  'secrets',
  'secretOptions',
  'options',
  'dockerLabels',
  'driverOpts',
  'labels',
  'repositoryCredentials',
  'properties',
]);

/** How the schemas' patterns read in a message (`"ContainerPort" "80a" must be a whole number`). */
const PATTERN_DESCRIPTIONS: Record<string, string> = { '^[0-9]+$': 'a whole number' };

/** Hints for values that are wrong in a known way (aws-facts.md §3.3, §4.20), by `property value`. */
const VALUE_HINTS: Record<string, string> = {
  'networkMode default':
    'remove "networkMode": the API has no "default" value; omitting it gives bridge on Linux, NAT on Windows',
  'networkMode nat': 'remove "networkMode": the API has no "nat" value; omitting it gives NAT on Windows',
  'logDriver logentries': 'the ECS API no longer accepts "logentries"; pick another driver',
};

/** Keywords whose errors only repeat what the errors of their subschemas say. */
const WRAPPER_KEYWORDS = new Set(['if', 'then', 'else', 'anyOf', 'oneOf', 'allOf', 'not', '$ref']);

const MAX_SHOWN_LENGTH = 40;
const MAX_LISTED_VALUES = 8;
const OUTPUT_ONLY: ReadonlySet<string> = new Set(OUTPUT_ONLY_TASK_FIELDS);

let ajv: Ajv | undefined;
const validators = new Map<SchemaTarget, ValidateFunction>();

function getAjv(): Ajv {
  if (ajv === undefined) {
    const instance = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    instance.addSchema(ecsSchema as AnySchemaObject);
    instance.addSchema(dockerrunV1Schema as AnySchemaObject);
    instance.addSchema(dockerrunV3Schema as AnySchemaObject);
    instance.addSchema({
      $id: 'container-definitions',
      title: 'container definitions',
      type: 'array',
      items: { $ref: 'ecs.schema.json#/definitions/ContainerDefinition' },
    });
    ajv = instance;
  }
  return ajv;
}

function validatorFor(target: SchemaTarget): ValidateFunction {
  let validate = validators.get(target);
  if (validate === undefined) {
    validate = getAjv().getSchema(SCHEMA_REFS[target]);
    if (validate === undefined) throw new Error(`ecslint: no schema for ${target}`);
    validators.set(target, validate);
  }
  return validate;
}

/**
 * Validates a parsed JSON value against the schema of a document kind. Never throws on any JSON value.
 */
export function validateSchema(target: SchemaTarget, value: unknown): SchemaIssue[] {
  const validate = validatorFor(target);
  let errors: ErrorObject[];
  try {
    if (validate(value)) return [];
    errors = validate.errors ?? [];
  } catch {
    // ajv only throws on values JSON cannot hold (cycles, exotic objects); there is nothing to report.
    return [];
  }
  return mapAjvErrors(target, value, errors);
}

/**
 * Turns ajv errors (from a validator created with `verbose: true`) into issues. Exported for tests; use
 * `validateSchema`.
 */
export function mapAjvErrors(target: SchemaTarget, root: unknown, errors: readonly ErrorObject[]): SchemaIssue[] {
  const typeErrorAt = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (WRAPPER_KEYWORDS.has(error.keyword)) continue;
    // `{type: string, enum: [...]}` given a number fails both; the type error says it.
    if (error.keyword === 'enum' && typeErrorAt.has(error.instancePath)) continue;
    const issue = safeIssue(target, root, error);
    const key = JSON.stringify([issue.path, issue.target, issue.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function safeIssue(target: SchemaTarget, root: unknown, error: ErrorObject): SchemaIssue {
  try {
    return toIssue(new Context(target, root, error));
  } catch {
    // A bug in the wording must not hide the finding: fall back to ajv's own words.
    return {
      path: [],
      target: 'value',
      messageId: 'invalid',
      message: `${error.instancePath || 'the document'} ${error.message ?? 'is not valid'}`,
      data: { keyword: error.keyword },
    };
  }
}

class Context {
  readonly path: JsonPath;
  readonly data: unknown;

  constructor(
    readonly target: SchemaTarget,
    readonly root: unknown,
    readonly error: ErrorObject,
  ) {
    this.path = decodePath(error.instancePath, root);
    this.data = valueAt(root, this.path);
  }

  get params(): Record<string, unknown> {
    return this.error.params as Record<string, unknown>;
  }

  get parentSchema(): AnySchemaObject {
    const s: unknown = this.error.parentSchema;
    return isObject(s) ? s : {};
  }

  /** Whether values at `path` must not be echoed. */
  sensitive(path: JsonPath = this.path): boolean {
    return path.some((seg) => typeof seg === 'string' && SENSITIVE_KEYS.has(seg));
  }

  /** The nearest named item (container, volume) that holds `path`, if `path` is inside one. */
  owner(
    path: JsonPath = this.path,
  ): { noun: string; title: string; name: string | undefined; path: JsonPath } | undefined {
    for (const scope of NAMED_ITEMS[this.target]) {
      const n = scope.array.length;
      if (path.length <= n || typeof path[n] !== 'number') continue;
      if (!scope.array.every((seg, i) => path[i] === seg)) continue;
      const itemPath = path.slice(0, n + 1);
      const item = valueAt(this.root, itemPath);
      const name = isObject(item) && typeof item.name === 'string' && item.name !== '' ? item.name : undefined;
      return { noun: scope.noun, title: scope.title, name, path: itemPath };
    }
    return undefined;
  }

  /** `container "web": ` for findings inside a named item (not about the item itself). */
  prefix(objectPath: JsonPath): string {
    const owner = this.owner(objectPath);
    if (owner?.name === undefined || owner.path.length === objectPath.length) return '';
    return `${owner.noun} ${quote(owner.name)}: `;
  }

  /** What an object is called in a message: `container "web"`, `port mapping`, `task definition`. */
  objectName(objectPath: JsonPath): string {
    const owner = this.owner(objectPath);
    if (owner && owner.path.length === objectPath.length) {
      return owner.name === undefined ? owner.title : `${owner.noun} ${quote(owner.name)}`;
    }
    const title = this.parentSchema.title;
    return typeof title === 'string' ? title : 'object';
  }
}

function toIssue(ctx: Context): SchemaIssue {
  const { error } = ctx;
  switch (error.keyword) {
    case 'required':
      return required(ctx);
    case 'additionalProperties':
      return additionalProperty(ctx);
    case 'type':
      return typeMismatch(ctx);
    case 'enum':
      return notInEnum(ctx);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return numberBound(ctx);
    case 'minLength':
    case 'maxLength':
      return lengthBound(ctx);
    case 'minItems':
    case 'maxItems':
      return itemsBound(ctx);
    case 'minProperties':
    case 'maxProperties':
      return propertiesBound(ctx);
    case 'pattern':
      return patternMismatch(ctx);
    default:
      return {
        path: ctx.path,
        target: 'value',
        messageId: 'invalid',
        message: `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)} ${error.message ?? 'is not valid'}`,
        data: { property: lastKey(ctx.path), keyword: error.keyword },
      };
  }
}

function required(ctx: Context): SchemaIssue {
  const property = String(ctx.params.missingProperty);
  const owner = ctx.owner();
  let message: string;
  if (ctx.path.length === 0) message = `missing required property ${quote(property)}`;
  else if (owner && owner.path.length === ctx.path.length) {
    message = `${ctx.objectName(ctx.path)} is missing required property ${quote(property)}`;
  } else {
    message = `${ctx.prefix(ctx.path)}${ctx.objectName(ctx.path)} is missing required property ${quote(property)}`;
  }
  return { path: ctx.path, target: 'key', messageId: 'required', message, data: { property } };
}

function additionalProperty(ctx: Context): SchemaIssue {
  const property = String(ctx.params.additionalProperty);
  const path = [...ctx.path, property];
  if (ctx.target === 'task-definition' && ctx.path.length === 0 && OUTPUT_ONLY.has(property)) {
    return {
      path,
      target: 'key',
      messageId: 'outputOnly',
      message: `${quote(property)} is output of describe-task-definition; RegisterTaskDefinition rejects it`,
      hint: 'remove it (amazon-ecs-deploy-task-definition strips it: then set the schema option "allowOutputOnly")',
      data: { property },
    };
  }
  const known = isObject(ctx.parentSchema.properties) ? Object.keys(ctx.parentSchema.properties) : [];
  const present = isObject(ctx.data) ? new Set(Object.keys(ctx.data)) : new Set<string>();
  const suggestion = closest(
    property,
    known.filter((k) => !present.has(k)),
  );
  const issue: SchemaIssue = {
    path,
    target: 'key',
    messageId: 'unknownProperty',
    message: `${ctx.prefix(ctx.path)}unknown property ${quote(property)} in ${ctx.objectName(ctx.path)}`,
    data: { property },
  };
  if (suggestion !== undefined) {
    issue.hint = `did you mean ${quote(suggestion)}?`;
    issue.data.suggestion = suggestion;
  }
  return issue;
}

function typeMismatch(ctx: Context): SchemaIssue {
  const expected = toArray(ctx.error.schema).map(String);
  const actual = jsonType(ctx.data);
  const sensitive = ctx.sensitive();
  const shown = sensitive || actual === 'object' || actual === 'array' || actual === 'null';
  const got = shown ? actual : `${actual} ${show(ctx.data)}`;
  const issue: SchemaIssue = {
    path: ctx.path,
    target: 'value',
    // A null is its own case: the AWS CLI rejects it, while some deploy tools drop null members first.
    messageId: actual === 'null' ? 'null' : 'type',
    message: `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)} must be ${expected.map(article).join(' or ')}, got ${got}`,
    data: { property: lastKey(ctx.path), expected: expected.join(','), actual },
  };
  const hint = typeHint(ctx, expected, sensitive);
  if (hint !== undefined) issue.hint = hint;
  return issue;
}

function typeHint(ctx: Context, expected: readonly string[], sensitive: boolean): string | undefined {
  const value = ctx.data;
  if (value === null) {
    if (ctx.path.length === 0) return undefined;
    return typeof ctx.path.at(-1) === 'number'
      ? 'remove the null item'
      : 'remove the property (deploy tools that drop nulls: set the schema option "allowNull")';
  }
  if (expected.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) {
    // Only when the string form would be valid: `5` for an enum of names is wrong either way.
    const allowed = ctx.parentSchema.enum;
    if (Array.isArray(allowed) && !allowed.includes(String(value))) return undefined;
    return sensitive
      ? 'write it in double quotes, as a string'
      : `write it as a string: ${JSON.stringify(String(value))}`;
  }
  if (expected.includes('object') && typeof value === 'string' && ctx.path.at(-2) === 'environment') {
    return 'write each variable as {"name": "...", "value": "..."}';
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (expected.includes('integer') && /^-?\d+$/.test(text)) {
    return sensitive ? 'write it without quotes, as a number' : `write it as a number: ${Number(text)}`;
  }
  if (expected.includes('number') && text !== '' && Number.isFinite(Number(text))) {
    return sensitive ? 'write it without quotes, as a number' : `write it as a number: ${Number(text)}`;
  }
  if (expected.includes('boolean') && /^(true|false)$/i.test(text)) {
    return `write it without quotes: ${text.toLowerCase()}`;
  }
  return undefined;
}

function notInEnum(ctx: Context): SchemaIssue {
  const allowed = toArray(ctx.params.allowedValues);
  const shown = ctx.sensitive() ? 'value' : show(ctx.data);
  const last = ctx.path.at(-1);
  const parent = ctx.path.at(-2);
  const what =
    typeof last === 'number' && typeof parent === 'string'
      ? `${shown} in ${quote(parent)}`
      : `${subject(ctx.path, ctx)} ${shown}`;
  const listed = allowed.map(show).join(', ');
  const suggestion =
    typeof ctx.data === 'string'
      ? closest(
          ctx.data,
          allowed.filter((v): v is string => typeof v === 'string'),
        )
      : undefined;
  const issue: SchemaIssue = {
    path: ctx.path,
    target: 'value',
    messageId: 'enum',
    message:
      allowed.length <= MAX_LISTED_VALUES
        ? `${ctx.prefix(ctx.path)}${what} is not one of ${listed}`
        : `${ctx.prefix(ctx.path)}${what} is not a valid value`,
    data: { property: lastKey(ctx.path), value: typeof ctx.data === 'string' ? ctx.data : jsonType(ctx.data) },
  };
  const known = typeof ctx.data === 'string' ? VALUE_HINTS[`${lastKey(ctx.path)} ${ctx.data}`] : undefined;
  if (known !== undefined) {
    issue.hint = known;
  } else if (suggestion !== undefined) {
    issue.hint = `did you mean ${quote(suggestion)}?`;
    issue.data.suggestion = suggestion;
  } else if (allowed.length > MAX_LISTED_VALUES) {
    issue.hint = `use one of ${listed}`;
  }
  return issue;
}

function numberBound(ctx: Context): SchemaIssue {
  const limit = Number(ctx.params.limit);
  const actual = typeof ctx.data === 'number' ? ctx.data : Number.NaN;
  const words: Record<string, string> = {
    minimum: `is less than the minimum of ${limit}`,
    maximum: `is more than the maximum of ${limit}`,
    exclusiveMinimum: `must be more than ${limit}`,
    exclusiveMaximum: `must be less than ${limit}`,
  };
  return {
    path: ctx.path,
    target: 'value',
    messageId: ctx.error.keyword,
    message: `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)} ${ctx.sensitive() ? '' : `${actual} `}${words[ctx.error.keyword]}`,
    data: { property: lastKey(ctx.path), limit, actual },
  };
}

function lengthBound(ctx: Context): SchemaIssue {
  const limit = Number(ctx.params.limit);
  const actual = typeof ctx.data === 'string' ? [...ctx.data].length : 0;
  const what = `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)}`;
  let message: string;
  if (ctx.error.keyword === 'minLength') {
    message =
      actual === 0 && limit === 1
        ? `${what} must not be empty`
        : `${what} is ${plural(actual, 'character')} long, fewer than the minimum of ${limit}`;
  } else {
    message = `${what} is ${plural(actual, 'character')} long, more than the maximum of ${limit}`;
  }
  return {
    path: ctx.path,
    target: 'value',
    messageId: ctx.error.keyword,
    message,
    data: { property: lastKey(ctx.path), limit, actual },
  };
}

function itemsBound(ctx: Context): SchemaIssue {
  const limit = Number(ctx.params.limit);
  const actual = Array.isArray(ctx.data) ? ctx.data.length : 0;
  const bound =
    ctx.error.keyword === 'minItems' ? `fewer than the minimum of ${limit}` : `more than the maximum of ${limit}`;
  return {
    path: ctx.path,
    target: 'value',
    messageId: ctx.error.keyword,
    message: `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)} has ${plural(actual, 'item')}, ${bound}`,
    data: { property: lastKey(ctx.path), limit, actual },
  };
}

function propertiesBound(ctx: Context): SchemaIssue {
  const schema = ctx.parentSchema;
  const limit = Number(ctx.params.limit);
  const actual = isObject(ctx.data) ? Object.keys(ctx.data).length : 0;
  const members = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  const what = `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)}`;
  let message: string;
  if (schema.minProperties === 1 && schema.maxProperties === 1) {
    message = `${what} must set exactly one of ${members.map(quote).join(', ')}${actual > 1 ? `, got ${actual}` : ''}`;
  } else if (ctx.error.keyword === 'minProperties') {
    message = `${what} has ${plural(actual, 'property', 'properties')}, fewer than the minimum of ${limit}`;
  } else {
    message = `${what} has ${plural(actual, 'property', 'properties')}, more than the maximum of ${limit}`;
  }
  return {
    path: ctx.path,
    target: 'value',
    messageId: ctx.error.keyword,
    message,
    data: { property: lastKey(ctx.path), limit, actual },
  };
}

function patternMismatch(ctx: Context): SchemaIssue {
  const pattern = String(ctx.params.pattern);
  const expected = PATTERN_DESCRIPTIONS[pattern];
  const shown = ctx.sensitive() ? '' : ` ${show(ctx.data)}`;
  return {
    path: ctx.path,
    target: 'value',
    messageId: 'pattern',
    message:
      expected === undefined
        ? `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)}${shown} does not match the pattern /${pattern}/`
        : `${ctx.prefix(ctx.path)}${subject(ctx.path, ctx)}${shown} must be ${expected}`,
    data: { property: lastKey(ctx.path), pattern },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Words

/**
 * How a value's place is named: `"cpu"`, `item 2 of "links"`, `"com.example" in "dockerLabels"` (map values),
 * `the document` (the root).
 */
function subject(path: JsonPath, ctx: Context): string {
  const last = path.at(-1);
  const parent = path.at(-2);
  if (last === undefined) return 'the document';
  if (typeof last === 'number') {
    const owner = ctx.owner(path);
    if (owner && owner.path.length === path.length) {
      return owner.name === undefined ? `${owner.title} ${last + 1}` : `${owner.noun} ${quote(owner.name)}`;
    }
    return typeof parent === 'string' ? `item ${last + 1} of ${quote(parent)}` : `item ${last + 1}`;
  }
  if (typeof parent === 'string' && /\/additionalProperties\//.test(ctx.error.schemaPath)) {
    return `${quote(last)} in ${quote(parent)}`;
  }
  return quote(last);
}

function quote(s: string): string {
  return JSON.stringify(s);
}

/** A value as messages show it: strings quoted and cut to 40 characters, objects and arrays by kind. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const chars = [...value];
    return JSON.stringify(chars.length > MAX_SHOWN_LENGTH ? `${chars.slice(0, MAX_SHOWN_LENGTH).join('')}…` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return jsonType(value);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function article(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function lastKey(path: JsonPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === 'string') return seg;
  }
  return '';
}

/**
 * The candidate a misspelt name most likely meant: equal ignoring case, or within a small edit distance
 * (a letter per four, at most three; a swap of two letters counts).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const exact = candidates.find((c) => c.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 4)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const d = distance(lower, c);
    const swapped = d === 2 && c.length === lower.length && [...c].sort().join('') === [...lower].sort().join('');
    if ((d <= limit || swapped) && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Paths

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** RFC 6901 decode, guided by the data: a segment is a number exactly when it indexes an array. */
function decodePath(pointer: string, root: unknown): JsonPath {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = isObject(current) && Object.hasOwn(current, segment) ? current[segment] : undefined;
    }
  }
  return path;
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isObject(current) && typeof segment === 'string' && Object.hasOwn(current, segment)) {
      current = current[segment];
    } else return undefined;
  }
  return current;
}
