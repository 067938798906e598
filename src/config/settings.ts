/**
 * A config as data: its shape, its check, its inline policies and the settings it gives a file. Nothing
 * here reads a file or knows the platform's paths (the playground runs it in the browser); discovery, file
 * reading, policy files and plugins are in ./config.ts.
 */
import type { Ajv, ErrorObject } from 'ajv';
import { closest } from 'fastest-levenshtein';
import { type Node as JsonNode, type ParseError, parseTree } from 'jsonc-parser';
import { DEPLOY_TARGETS, type DeployTarget } from '../engine/group.js';
import type { LintSettings } from '../engine/lint.js';
import { PSEUDO_RULES } from '../engine/pseudo-rules.js';
import {
  LEVELS,
  type LevelLayer,
  PRESETS,
  type Preset,
  type RuleEntry,
  resolveLevels,
  toLevel,
} from '../engine/severity.js';
import { nodeValue } from '../json/parse.js';
import { loadAjv, loadPicomatch, loadYaml } from '../lazy.js';
import { compilePolicies, type Policy } from '../policy/policies.js';
import { SUPPRESSION_SCHEMA, type Suppression, type SuppressionSet } from '../policy/suppressions.js';
import type { AnyRule, RuleMeta } from '../rule.js';
import { ConfigError } from './errors.js';
import { OPTION_VALIDATORS, validateConfig } from './validators.generated.js';

export { LEVELS, PRESETS, type Preset, presetLevel, type RuleEntry } from '../engine/severity.js';

export interface Override {
  files: string | string[];
  rules?: Record<string, RuleEntry>;
  allowComments?: boolean;
}

export interface ConfigFile {
  preset?: Preset;
  /** Where the task definitions go (docs/targets.md); default `aws-cli`. */
  target?: DeployTarget;
  rules?: Record<string, RuleEntry>;
  overrides?: Override[];
  ignore?: string[];
  allowComments?: boolean;
  /** Declarative policies, inline or as paths of policy files (JSON or YAML). */
  policies?: (Policy | string)[];
  /** JavaScript modules exporting rules made with defineRule. */
  plugins?: string[];
  suppressions?: Suppression[];
  /**
   * Services, AppSpecs and run-task inputs paired with the task definition they run, when the run cannot
   * tell (paths relative to the config's folder).
   */
  pairs?: { service: string; taskDefinition: string }[];
}

/** A loaded config: where it came from (globs are relative to its folder) and what it says. */
export interface LoadedConfig {
  path: string | undefined;
  dir: string;
  config: ConfigFile;
  /** The config file's text (for locating suppressions). */
  text?: string;
  /** Rules the config brings: its policies and its plugins' rules (see loadConfigRules). */
  rules?: AnyRule[];
  suppressions?: SuppressionSet;
}

const levelSchema = { enum: LEVELS };
const ruleEntrySchema = {
  anyOf: [levelSchema, { type: 'array', minItems: 1, maxItems: 2, items: [levelSchema, {}], additionalItems: false }],
};
const rulesSchema = { type: 'object', additionalProperties: ruleEntrySchema };
const globsSchema = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };

export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    preset: { enum: PRESETS },
    rules: rulesSchema,
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        required: ['files'],
        additionalProperties: false,
        properties: { files: globsSchema, rules: rulesSchema, allowComments: { type: 'boolean' } },
      },
    },
    ignore: { type: 'array', items: { type: 'string' } },
    allowComments: { type: 'boolean' },
    target: { enum: DEPLOY_TARGETS },
    policies: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'object' }] } },
    plugins: { type: 'array', items: { type: 'string' } },
    suppressions: { type: 'array', items: SUPPRESSION_SCHEMA },
    pairs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['service', 'taskDefinition'],
        additionalProperties: false,
        properties: { service: { type: 'string', minLength: 1 }, taskDefinition: { type: 'string', minLength: 1 } },
      },
    },
  },
} as const;

/** A validator as ajv compiles it (built-in schemas ahead of time: see scripts/generate-validators.mjs). */
interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** For schemas that are not generated ahead of time (plugin rules' options); created on first use. */
let ajv: Ajv | undefined;
const getAjv = (): Ajv => {
  // Keep these options equal to CONFIG_AJV_OPTIONS in scripts/generate-validators.mjs.
  ajv ??= new (loadAjv().Ajv)({ allErrors: true, strict: false, useDefaults: true });
  return ajv;
};
const validateConfigShape: Validator = validateConfig;

/** Validate a config object's shape. Rule ids and options are checked against the rules in `resolveSettings`. */
export function checkConfig(raw: unknown, source: string): ConfigFile {
  const proto = findKey(raw, FORBIDDEN_KEY);
  if (proto !== undefined) {
    throw new ConfigError(
      `invalid config ${source}: key "${proto}" is not allowed (it would change object prototypes)`,
    );
  }
  if (isRecord(raw) && Object.hasOwn(raw, 'extends')) {
    throw new ConfigError(
      `invalid config ${source}: unknown key "extends": ecslint configs do not extend other configs; copy the settings into this file, or use "overrides" for settings per file pattern`,
    );
  }
  spellLevels(raw);
  if (!validateConfigShape(raw)) {
    const error = pickError(validateConfigShape.errors ?? []);
    throw new ConfigError(`invalid config ${source}: ${describeConfigError(error, raw)}`);
  }
  const config = raw as ConfigFile;
  // An empty glob matches nothing, and the matcher refuses it: say where it is.
  const globs: [string, string | string[] | undefined][] = [
    ['"ignore"', config.ignore],
    ...(config.overrides ?? []).map((o, i): [string, string | string[]] => [`"overrides[${i}].files"`, o.files]),
    ...(config.suppressions ?? []).map((s, i): [string, string | string[]] => [`"suppressions[${i}].files"`, s.files]),
  ];
  for (const [where, value] of globs) {
    if ((Array.isArray(value) ? value : [value]).some((g) => typeof g === 'string' && g.trim() === '')) {
      throw new ConfigError(`invalid config ${source}: ${where} has an empty pattern`);
    }
  }
  (config.suppressions ?? []).forEach((s, i) => {
    // A JSON pointer starts with "/" (or is "" for the whole document): "containerDefinitions/0" never matches.
    if (s.pointer !== undefined && s.pointer !== '' && !s.pointer.startsWith('/')) {
      throw new ConfigError(
        `invalid config ${source}: "suppressions[${i}].pointer" ${JSON.stringify(s.pointer)} is not a JSON pointer; write "/${s.pointer}"`,
      );
    }
  });
  return config;
}

/**
 * The levels of `rules` and `overrides[].rules` as ecslint writes them: ESLint's `warn`, `0`, `1` and `2`
 * are accepted too (src/engine/severity.ts, toLevel). Anything else is left for the schema to refuse.
 */
function spellLevels(raw: unknown): void {
  if (!isRecord(raw)) return;
  const spell = (rules: unknown): void => {
    if (!isRecord(rules)) return;
    for (const [id, entry] of Object.entries(rules)) {
      if (Array.isArray(entry)) {
        const level = toLevel(entry[0]);
        if (level !== undefined) entry[0] = level;
      } else {
        const level = toLevel(entry);
        if (level !== undefined) rules[id] = level;
      }
    }
  };
  spell(raw.rules);
  if (Array.isArray(raw.overrides)) for (const o of raw.overrides) if (isRecord(o)) spell(o.rules);
}

const FORBIDDEN_KEY = '__proto__';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The dotted path of the first own `key` anywhere in a parsed config, without recursion. */
function findKey(raw: unknown, key: string): string | undefined {
  const stack: [unknown, string][] = [[raw, '']];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [v, at] = item;
    if (typeof v !== 'object' || v === null) continue;
    if (!Array.isArray(v) && Object.hasOwn(v, key)) return at === '' ? key : `${at}.${key}`;
    for (const [k, child] of Object.entries(v)) {
      stack.push([child, Array.isArray(v) ? `${at}[${k}]` : at === '' ? k : `${at}.${k}`]);
    }
  }
  return undefined;
}

function pickError(errors: ErrorObject[]): ErrorObject | undefined {
  // anyOf reports every branch; the most specific error is the deepest one that is not the wrapper.
  const real = errors.filter((e) => e.keyword !== 'anyOf');
  return real.sort((a, b) => b.instancePath.length - a.instancePath.length)[0] ?? errors[0];
}

function describeConfigError(error: ErrorObject | undefined, raw: unknown): string {
  if (!error) return 'it does not match the config schema';
  const key = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
  const where = key === '' ? 'the top level' : `"${key}"`;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(error.params.additionalProperty);
      const known = Object.keys(
        key === '' ? CONFIG_SCHEMA.properties : CONFIG_SCHEMA.properties.overrides.items.properties,
      );
      const guess = closest(extra, known);
      // A key of any file (a linked ~/.npmrc read as YAML) is cut short and shown only when harmless.
      const shownKey = excerpt(key === '' ? extra : `${key}.${extra}`);
      return `unknown key ${shownKey.startsWith('"') ? shownKey : `(${shownKey})`}; expected one of ${known.map((k) => `"${k}"`).join(', ')}${guess && distanceOk(extra, guess) ? ` (did you mean "${guess}"?)` : ''}`;
    }
    case 'enum':
      return `${where} must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}; got ${excerpt(valueAt(raw, error.instancePath))}`;
    case 'type':
      return `${where} must be ${error.params.type === 'object' ? 'an object' : `a ${error.params.type}`}; got ${excerpt(valueAt(raw, error.instancePath))}`;
    case 'required':
      return `${where} is missing "${error.params.missingProperty}"`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}

function distanceOk(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase() || Math.abs(a.length - b.length) <= 3;
}

function valueAt(raw: unknown, pointer: string): unknown {
  let v = raw;
  for (const seg of pointer.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return v;
}

/**
 * A config file's text (`name` says what it is called in messages, and YAML by its extension) as a checked
 * config. Throws ConfigError, naming the line of a JSON syntax error.
 */
export function parseConfigText(text: string, name: string): ConfigFile {
  let raw: unknown;
  if (/\.ya?ml$/i.test(name)) {
    raw = parseYaml(text, `config ${name}`);
  } else {
    const errors: ParseError[] = [];
    try {
      // parseTree and nodeValue rather than jsonc-parser's parse: that one assigns a "__proto__" key, which
      // swaps the object's prototype instead of making a key that checkConfig can refuse.
      const root = parseTree(text, errors, { allowTrailingComma: true });
      if (root !== undefined && errors.length === 0) checkConfigTree(root, text, name);
      raw = root === undefined ? undefined : nodeValue(root);
    } catch (error) {
      // Both recurse: absurd nesting overflows the stack rather than saying where.
      if (!(error instanceof RangeError)) throw error;
      throw new ConfigError(`config ${name} is not valid JSON: nested too deeply`);
    }
    if (errors.length > 0) {
      const at = errors[0]?.offset ?? 0;
      const line = text.slice(0, at).split(/\r\n|\r|\n/).length;
      throw new ConfigError(`config ${name} is not valid JSON (line ${line})`);
    }
  }
  const infinite = findInfinite(raw);
  if (infinite !== undefined) {
    throw new ConfigError(
      `invalid config ${name}: ${infinite === '' ? 'the top level' : `"${infinite}"`} is a number out of range`,
    );
  }
  // An empty file (or only comments) is a config with no settings; an explicit `null` is not a config.
  if (raw === null && text.replace(/#.*$/gm, '').trim() !== '') {
    throw new ConfigError(`invalid config ${name}: the top level must be an object`);
  }
  return checkConfig(raw ?? {}, name);
}

/**
 * A JSON config's tree: a key twice in one object (the first would be ignored without a word, as for task
 * definitions it is an error) or a number out of range (`1e999`) is refused, naming the line. No recursion.
 */
function checkConfigTree(root: JsonNode, text: string, name: string): void {
  const lineOf = (offset: number): number => text.slice(0, offset).split(/\r\n|\r|\n/).length;
  const stack: JsonNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'number' && !Number.isFinite(node.value)) {
      const raw = text.slice(node.offset, node.offset + Math.min(node.length, 40));
      throw new ConfigError(`invalid config ${name}: the number ${raw} on line ${lineOf(node.offset)} is out of range`);
    }
    if (node.type === 'object') {
      const seen = new Map<string, number>();
      for (const prop of node.children ?? []) {
        const key = prop.children?.[0];
        if (key === undefined) continue;
        const k = String(key.value);
        const first = seen.get(k);
        if (first !== undefined) {
          throw new ConfigError(
            `invalid config ${name}: duplicate key ${excerpt(k)} on line ${lineOf(key.offset)} (first on line ${lineOf(first)}); only one of them would apply`,
          );
        }
        seen.set(k, key.offset);
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
}

/** The dotted path of the first number that is not finite (YAML's `.inf`, `1e999`), without recursion. */
function findInfinite(raw: unknown): string | undefined {
  const stack: [unknown, string][] = [[raw, '']];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [v, at] = item;
    if (typeof v === 'number' && !Number.isFinite(v)) return at;
    if (typeof v !== 'object' || v === null) continue;
    for (const [k, child] of Object.entries(v)) {
      stack.push([child, Array.isArray(v) ? `${at}[${k}]` : at === '' ? k : `${at}.${k}`]);
    }
  }
  return undefined;
}

/** What may look like a secret in a file that is not a config at all (a linked ~/.npmrc, an environment). */
const SECRETISH = /token|secret|pass|auth|credential|key|[=:/@]/i;

/**
 * A value from a config, for an error message: short, and never what may be a secret. A config may be any
 * file (a link to ~/.npmrc); its text is quoted only when it is a short, harmless word.
 */
export function excerpt(value: unknown): string {
  if (typeof value === 'string') {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a control character is not shown
    return value.length <= 40 && !SECRETISH.test(value) && !/[\u0000-\u001f]/.test(value)
      ? JSON.stringify(value)
      : `a string of ${value.length} characters`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a number out of range';
  if (Array.isArray(value)) return `a list of ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  if (value !== null && typeof value === 'object') return 'an object';
  return JSON.stringify(value) ?? String(value);
}

/**
 * The rules a config brings besides the built-ins: `fileRules` (from policy files), its inline policies
 * and `pluginRules`, refused when two share an id. `source` names the config in messages.
 */
export function configRules(
  config: ConfigFile,
  source: string,
  fileRules: readonly AnyRule[] = [],
  pluginRules: readonly AnyRule[] = [],
): AnyRule[] {
  const inline = (config.policies ?? []).filter((entry) => typeof entry !== 'string');
  const rules = [
    ...fileRules,
    // No inline policies (the usual case): skip compiling the policy schema at all.
    ...(inline.length > 0 ? compilePolicies(inline, source) : []),
    ...pluginRules,
  ];
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.meta.id))
      throw new ConfigError(`${source}: two policies or plugin rules share the id "${rule.meta.id}"`);
    ids.add(rule.meta.id);
  }
  return rules;
}

/**
 * YAML text as a value, refused when it is not YAML or when an alias refers to a node it is inside
 * (`a: &a [*a]`): such a value never ends, and walking it would not either.
 */
export function parseYaml(text: string, what: string): unknown {
  let value: unknown;
  try {
    // Warnings (an unknown tag) are not printed on stderr: a run's only stderr line is its one error.
    value = loadYaml().parse(text, { logLevel: 'error' });
  } catch (error) {
    throw new ConfigError(`${what} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (isCyclic(value)) throw new ConfigError(`${what} is not valid: a YAML alias refers to a node it is inside`);
  return value;
}

/** Does a value hold itself (through YAML aliases)? Shared but acyclic parts are fine. No recursion. */
function isCyclic(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const onPath = new Set<object>();
  const done = new Set<object>();
  const stack: [object, boolean][] = [[value, false]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, leaving] = item;
    if (leaving) {
      onPath.delete(node);
      done.add(node);
      continue;
    }
    if (done.has(node)) continue;
    onPath.add(node);
    stack.push([node, true]);
    for (const child of Object.values(node)) {
      if (typeof child !== 'object' || child === null || done.has(child)) continue;
      if (onPath.has(child)) return true;
      stack.push([child, false]);
    }
  }
  return false;
}

export interface ResolveOptions {
  /** `--preset`: wins over the config's preset. */
  preset?: Preset;
  /** `--rule id=level` or `--rule 'id: [level, options]'`: win over the config. */
  ruleLevels?: Record<string, RuleEntry>;
  /** `--allow-comments`. */
  allowComments?: boolean;
  /** `--target`: wins over the config's. */
  target?: DeployTarget;
  /** A target inferred from the repository (the Action: its workflows): used when neither sets one. */
  defaultTarget?: DeployTarget;
  /**
   * Load the plugin modules configs name (default true). `false` runs built-in rules and declarative
   * policies only, for a workspace whose code is not trusted (an editor's untrusted workspace); the
   * config's settings for plugin rules (namespaced ids no policy defines) are then left unused.
   */
  plugins?: boolean;
}

/**
 * Work out each rule's level and options for one file, in the order src/engine/severity.ts documents. `rel` is the file's path relative to the config's
 * folder, with forward slashes: override globs are matched against it.
 */
export function settingsFor(
  loaded: LoadedConfig,
  rel: string,
  rules: readonly AnyRule[],
  options: ResolveOptions = {},
): LintSettings {
  const metas = new Map<string, RuleMeta>();
  for (const meta of PSEUDO_RULES) metas.set(meta.id, meta);
  for (const rule of rules) metas.set(rule.meta.id, rule.meta);
  const preset = options.preset ?? loaded.config.preset ?? 'recommended';

  const source = loaded.path ?? 'the command line';
  // Plugins not loaded: their rules are unknown here, not misspelt.
  const skipsPluginRule = (id: string): boolean =>
    options.plugins === false && (loaded.config.plugins?.length ?? 0) > 0 && id.includes('/');
  (loaded.config.suppressions ?? []).forEach((s, i) => {
    for (const id of Array.isArray(s.rules) ? s.rules : [s.rules]) {
      const where = `${source}: "suppressions[${i}].rules"`;
      if (!metas.has(id)) {
        if (skipsPluginRule(id)) continue;
        throw new ConfigError(unknownRule(id, [...metas.keys()], where));
      }
      if (id === 'internal-error') {
        throw new ConfigError(`${where}: "internal-error" cannot be suppressed: it reports a crash of ecslint itself`);
      }
    }
  });
  const layers: LevelLayer[] = [];
  if (loaded.config.rules) layers.push({ source: 'config', where: `${source}: "rules"`, entries: loaded.config.rules });
  let allowComments = loaded.config.allowComments ?? false;
  (loaded.config.overrides ?? []).forEach((override, i) => {
    const globs = Array.isArray(override.files) ? override.files : [override.files];
    if (!loadPicomatch()(globs, { dot: true, matchBase: !globs.some((g) => g.includes('/')) })(rel)) return;
    if (override.rules) {
      layers.push({ source: 'overrides', where: `${source}: "overrides[${i}].rules"`, entries: override.rules });
    }
    if (override.allowComments !== undefined) allowComments = override.allowComments;
  });
  if (options.ruleLevels) layers.push({ source: 'command-line', where: '--rule', entries: options.ruleLevels });
  const settings = resolveLevels(metas, preset, layers, {
    unknownRule: (id, where, layer) =>
      layer !== 'command-line' && skipsPluginRule(id)
        ? undefined
        : new ConfigError(unknownRule(id, [...metas.keys()], where)),
    checkOptions: checkRuleOptions,
  });
  const target = options.target ?? loaded.config.target ?? options.defaultTarget;
  return {
    rules: settings,
    allowComments: options.allowComments ?? allowComments,
    ...(target === undefined ? {} : { target }),
  };
}

function unknownRule(id: string, known: string[], where: string): string {
  const guess = closest(id, known);
  return `${where}: unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ''} (ecslint --list-rules shows them all)`;
}

const optionValidators = new WeakMap<object, Validator>();

/** The generated validator of a built-in rule's options, while the rule's schema is the one it was made from. */
function optionValidator(meta: RuleMeta & { options: object }): Validator {
  let validate = optionValidators.get(meta.options);
  if (!validate) {
    const pregenerated = (OPTION_VALIDATORS as Record<string, { schema: string; validate: Validator } | undefined>)[
      meta.id
    ];
    validate =
      pregenerated && pregenerated.schema === JSON.stringify(meta.options)
        ? pregenerated.validate
        : getAjv().compile(meta.options);
    optionValidators.set(meta.options, validate);
  }
  return validate;
}

function checkRuleOptions(meta: RuleMeta, value: unknown, where: string): unknown {
  if (!meta.options) {
    if (value === undefined) return undefined;
    throw new ConfigError(`${where}: rule "${meta.id}" takes no options`);
  }
  const validate = optionValidator(meta as RuleMeta & { options: object });
  const copy = value === undefined ? {} : structuredClone(value);
  if (!validate(copy)) {
    const e = pickError(validate.errors ?? []);
    throw new ConfigError(
      `${where}: invalid options for rule "${meta.id}": ${describeOptionError(e, meta.options, value)}`,
    );
  }
  return copy;
}

/** The schema of the object at a JSON pointer of a value the schema describes (object properties only). */
function schemaAt(schema: Record<string, unknown>, pointer: string): Record<string, unknown> | undefined {
  let at: Record<string, unknown> | undefined = schema;
  for (const seg of pointer.split('/').slice(1)) {
    const props = at?.properties as Record<string, Record<string, unknown>> | undefined;
    const items = at?.items as Record<string, unknown> | undefined;
    at = /^\d+$/.test(seg) && items ? items : props?.[seg];
  }
  return at;
}

/**
 * What is wrong with a rule's options, naming the key and what it takes: `unknown option "registry";
 * expected one of "registries"`, `"allowNull" must be a boolean; got "yes"`, `"mode" must be one of …`.
 */
function describeOptionError(error: ErrorObject | undefined, schema: Record<string, unknown>, raw: unknown): string {
  if (!error) return "they do not match the rule's options schema";
  const key = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
  const where = key === '' ? 'the options' : `"${key}"`;
  const got = JSON.stringify(valueAt(raw, error.instancePath));
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(error.params.additionalProperty);
      const known = Object.keys((schemaAt(schema, error.instancePath)?.properties as object | undefined) ?? {});
      const guess = known.length > 0 ? closest(extra, known) : undefined;
      const name = key === '' ? extra : `${key}.${extra}`;
      return `unknown option "${name}"; expected ${known.length === 0 ? 'none' : `one of ${known.map((k) => `"${k}"`).join(', ')}`}${guess && distanceOk(extra, guess) ? ` (did you mean "${guess}"?)` : ''}`;
    }
    case 'enum':
      return `${where} must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}; got ${got}`;
    case 'type':
      return `${where} must be ${error.params.type === 'object' ? 'an object' : error.params.type === 'array' ? 'an array' : `a ${error.params.type}`}; got ${got}`;
    case 'required':
      return `${where} is missing "${error.params.missingProperty}"`;
    default:
      return `${where} ${error.message ?? 'is invalid'}${got === undefined ? '' : `; got ${got}`}`;
  }
}
