#!/usr/bin/env node
/**
 * Generates the schema layer from the AWS SDK packages in node_modules (no network):
 *
 *   src/schema/ecs.schema.json  JSON Schema (draft-07, for ajv) of the ECS task-definition shapes and of
 *                               Dockerrun.aws.json v2
 *   src/schema/ecs-model.ts     TypeScript interfaces and enum value lists for the same definitions (plus the
 *                               hand-written Dockerrun v1/v3 schemas)
 *
 * Sources, and what each one is trusted for:
 *
 * - `aws-sdk` (v2) `apis/ecs-2014-11-13.min.json`: the shape structure under the RegisterTaskDefinition input
 *   and the DescribeTaskDefinition output: members, wire types, `required` lists. It names only operations;
 *   nested structures are anonymous. The min.json keeps no enums and no min/max.
 * - `@aws-sdk/client-ecs` (v3) `dist-types/models/*.d.ts`: names for the anonymous structures (the interface a
 *   member is typed with), which members use which enum (`protocol?: TransportProtocol | undefined`), the enum
 *   values (`export declare const NetworkMode: { readonly AWSVPC: "awsvpc"; ... }`), unions. This package is
 *   much newer than aws-sdk v2 (which is in maintenance), so members and `required` changes that only it has
 *   are taken from it; each such difference is recorded in the definition's `$comment`.
 * - `MODEL_BOUNDS` below: the few bounds that the full service model states (botocore `service-2.json`, see
 *   ../shared research aws-facts.md §4.4) and the min.json strips.
 *
 * Anything the mapping does not understand (a new wire type, a member whose two sources disagree on its type,
 * an enum or interface that cannot be found) stops the generator with an error instead of guessing.
 *
 * Usage: `node scripts/generate-schema.mjs` (writes the files) or `--check` (exits 1 when they are stale).
 * `buildSchemaFiles()` returns the file contents without writing, for the drift test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_DIR = path.join(ROOT, 'src', 'schema');
export const OUTPUT_FILES = {
  schema: 'src/schema/ecs.schema.json',
  model: 'src/schema/ecs-model.ts',
};
const DOCKERRUN_SCHEMAS = ['dockerrun-v1.schema.json', 'dockerrun-v3.schema.json'];

/**
 * Bounds the full ECS service model states but `ecs-2014-11-13.min.json` drops (aws-facts.md §4.4: shapes
 * `TagKey` min 1 max 128, `TagValue` max 256, `Tags` max 50). Keyed by `Definition.member`.
 */
const MODEL_BOUNDS = {
  'Tag.key': { minLength: 1, maxLength: 128 },
  'Tag.value': { maxLength: 256 },
  'RegisterTaskDefinitionRequest.tags': { maxItems: 50 },
  'DescribeTaskDefinitionResponse.tags': { maxItems: 50 },
};

/** Plain words for messages ("unknown property "x" in port mapping"), where splitting the name reads badly. */
const TITLES = {
  RegisterTaskDefinitionRequest: 'task definition',
  TaskDefinition: 'task definition',
  DescribeTaskDefinitionResponse: 'describe-task-definition output',
  KeyValuePair: 'name/value pair',
  TaskDefinitionPlacementConstraint: 'placement constraint',
  ContainerRestartPolicy: 'restart policy',
  FSxWindowsFileServerVolumeConfiguration: 'FSx for Windows File Server volume configuration',
  FSxWindowsFileServerAuthorizationConfig: 'FSx for Windows File Server authorization config',
  S3FilesVolumeConfiguration: 'S3 Files volume configuration',
  NvidiaMpsAllocation: 'NVIDIA MPS allocation',
  DockerrunV2: 'Dockerrun.aws.json v2',
  CreateServiceRequest: 'service definition',
  UpdateServiceRequest: 'UpdateService input',
  DescribeServicesResponse: 'describe-services output',
  RunTaskRequest: 'RunTask input',
  StartTaskRequest: 'StartTask input',
  DockerrunAuthentication: '"authentication"',
};

// ---------------------------------------------------------------------------------------------------------
// Sources

function packageDir(name) {
  const require = createRequire(path.join(ROOT, 'package.json'));
  return path.dirname(require.resolve(`${name}/package.json`));
}

function readSources() {
  const v2Dir = packageDir('aws-sdk');
  const v3Dir = packageDir('@aws-sdk/client-ecs');
  const v2Version = JSON.parse(readFileSync(path.join(v2Dir, 'package.json'), 'utf8')).version;
  const v3Version = JSON.parse(readFileSync(path.join(v3Dir, 'package.json'), 'utf8')).version;
  const model = JSON.parse(readFileSync(path.join(v2Dir, 'apis', 'ecs-2014-11-13.min.json'), 'utf8'));
  const modelsDir = path.join(v3Dir, 'dist-types', 'models');
  const dts = ['enums.d.ts', 'models_0.d.ts', 'models_1.d.ts']
    .filter((f) => existsSync(path.join(modelsDir, f)))
    .map((f) => readFileSync(path.join(modelsDir, f), 'utf8'))
    .join('\n');
  return { model, dts: parseDts(dts), v2Version, v3Version };
}

/**
 * Reads the parts of the client-ecs declaration files that matter: interfaces (member name, optional or
 * not, TypeScript type), enum objects and unions.
 */
export function parseDts(text) {
  const src = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const interfaces = new Map();
  for (const m of src.matchAll(/^export interface (\w+)(?: extends [^{]+)? \{([^}]*)\}/gm)) {
    interfaces.set(m[1], parseMembers(m[1], m[2]));
  }
  const enums = new Map();
  for (const m of src.matchAll(/^export declare const (\w+): \{([^}]*)\};/gm)) {
    const values = [...m[2].matchAll(/readonly \w+: "([^"]*)";/g)].map((v) => v[1]);
    if (values.length === 0) throw new Error(`enum ${m[1]}: no values found`);
    enums.set(m[1], values);
  }
  // export type SharingStrategy = SharingStrategy.NvidiaMpsMember | SharingStrategy.$UnknownMember;
  // export declare namespace SharingStrategy { interface NvidiaMpsMember { nvidiaMps: NvidiaMpsAllocation; ... } }
  const unions = new Map();
  for (const m of src.matchAll(/^export declare namespace (\w+) \{([\s\S]*?)^\}/gm)) {
    if (!new RegExp(`^export type ${m[1]} = ${m[1]}\\.\\w+`, 'm').test(src)) continue;
    const members = new Map();
    for (const i of m[2].matchAll(/interface (\w+)Member \{([^}]*)\}/g)) {
      if (i[1] === '$Unknown') continue;
      for (const [name, member] of parseMembers(`${m[1]}.${i[1]}`, i[2])) {
        if (member.type !== 'never' && name !== '$unknown') members.set(name, { ...member, optional: true });
      }
    }
    unions.set(m[1], members);
  }
  return { interfaces, enums, unions };
}

function parseMembers(owner, body) {
  const members = new Map();
  for (const line of body.split('\n')) {
    const t = line.trim();
    if (t === '') continue;
    const mm = /^(\$?\w+)(\?)?: (.+);$/.exec(t);
    if (!mm) throw new Error(`${owner}: cannot read member line ${JSON.stringify(t)}`);
    members.set(mm[1], { optional: mm[2] === '?', type: mm[3].replace(/ \| undefined$/, '') });
  }
  return members;
}

/**
 * The service and task-launch inputs that name a task definition (issue #20): what `aws ecs create-service`,
 * `update-service`, `run-task` and `start-task` take as `--cli-input-json`, and `describe-services` output.
 */
const SERVICE_OPERATIONS = (ops) => [
  ['CreateServiceRequest', ops.CreateService.input],
  ['UpdateServiceRequest', ops.UpdateService.input],
  ['DescribeServicesResponse', ops.DescribeServices.output],
  ['RunTaskRequest', ops.RunTask.input],
  ['StartTaskRequest', ops.StartTask.input],
];

// ---------------------------------------------------------------------------------------------------------
// Intermediate model: definitions with typed members, merged from both sources

/**
 * @typedef {{kind: 'string'|'integer'|'boolean'|'timestamp'} | {kind: 'enum', name: string} |
 *   {kind: 'ref', name: string} | {kind: 'list', item: Type} | {kind: 'map', value: Type}} Type
 * @typedef {{name: string, type: Type, required: boolean}} Member
 * @typedef {{name: string, members: Member[], union: boolean, notes: string[], tsOnly: boolean}} Structure
 */

/**
 * client-ecs type → JSON type, with the min.json wire types it must agree with. ECS models every number in
 * these shapes as Integer/BoxedInteger (a float or double would fail the agreement check) and client-ecs
 * prints both as `number`, so numbers that only client-ecs has are integers too.
 */
const SCALARS = {
  string: { kind: 'string', wire: ['string'] },
  number: { kind: 'integer', wire: ['integer', 'long'] },
  boolean: { kind: 'boolean', wire: ['boolean'] },
  Date: { kind: 'timestamp', wire: ['timestamp'] },
};

function buildModel({ model, dts }) {
  /** @type {Map<string, Structure>} */
  const structures = new Map();
  /** @type {Set<string>} */
  const usedEnums = new Set();

  const resolve = (s) => {
    if (s?.shape === undefined) return s ?? {};
    const target = model.shapes[s.shape];
    if (!target) throw new Error(`min.json: shape ${s.shape} not found`);
    return resolve(target);
  };

  /** Maps a member given by both sources (either may be missing) to a Type, checking that they agree. */
  function memberType(where, shape, tsType) {
    const wire = shape === undefined ? undefined : (shape.type ?? 'string');
    if (tsType === undefined) {
      // Only in the min.json: no names available, so only scalars can be described.
      if (wire === 'string') return { kind: 'string' };
      if (wire === 'integer' || wire === 'long') return { kind: 'integer' };
      if (wire === 'boolean') return { kind: 'boolean' };
      if (wire === 'timestamp') return { kind: 'timestamp' };
      throw new Error(`${where}: member only in min.json with type ${wire}; cannot name it`);
    }
    const agree = (ok) => {
      if (wire !== undefined && !ok) throw new Error(`${where}: min.json type ${wire} vs client-ecs ${tsType}`);
    };
    let m = /^(.+)\[\]$/.exec(tsType);
    if (m) {
      agree(wire === 'list');
      return { kind: 'list', item: memberType(`${where}[]`, wire ? resolve(shape.member) : undefined, m[1]) };
    }
    m = /^Record<string, (.+)>$/.exec(tsType);
    if (m) {
      agree(wire === 'map' && (resolve(shape.key).type ?? 'string') === 'string');
      return { kind: 'map', value: memberType(`${where}{}`, wire ? resolve(shape.value) : undefined, m[1]) };
    }
    if (tsType === '__DocumentType') {
      // A free-form JSON document (lifecycle hook details): any value.
      agree(wire === 'structure');
      return { kind: 'document' };
    }
    if (tsType === 'number' && (wire === 'double' || wire === 'float')) return { kind: 'number' };
    const scalar = SCALARS[tsType];
    if (scalar) {
      agree(scalar.wire.includes(wire));
      return { kind: scalar.kind };
    }
    if (dts.enums.has(tsType)) {
      agree(wire === 'string');
      usedEnums.add(tsType);
      return { kind: 'enum', name: tsType };
    }
    if (dts.interfaces.has(tsType) || dts.unions.has(tsType)) {
      agree(wire === 'structure');
      visit(tsType, wire ? shape : undefined);
      return { kind: 'ref', name: tsType };
    }
    throw new Error(`${where}: unsupported client-ecs type ${tsType}`);
  }

  function visit(name, shape) {
    const seen = structures.get(name);
    // Seen before only through client-ecs members: visit again with the min.json shape to cross-check it.
    if (seen && !(shape !== undefined && seen.tsOnly)) return;
    const isUnion = dts.unions.has(name);
    const ts = isUnion ? dts.unions.get(name) : dts.interfaces.get(name);
    if (!ts) throw new Error(`client-ecs has no interface ${name}`);
    /** @type {Structure} */
    const structure = { name, members: [], union: isUnion, notes: [], tsOnly: shape === undefined };
    structures.set(name, structure);
    const wireMembers = shape?.members ?? {};
    const wireRequired = new Set(shape?.required ?? []);
    const names = [...ts.keys(), ...Object.keys(wireMembers).filter((k) => !ts.has(k))];
    const onlyTs = [];
    const onlyWire = [];
    const requiredDiff = [];
    for (const member of names) {
      const wire = Object.hasOwn(wireMembers, member) ? resolve(wireMembers[member]) : undefined;
      const tsMember = ts.get(member);
      if (shape !== undefined && wire === undefined) onlyTs.push(member);
      if (tsMember === undefined) onlyWire.push(member);
      // Required: client-ecs (newer) wins; aws-sdk decides only for members client-ecs lacks.
      const required = tsMember ? !tsMember.optional : wireRequired.has(member);
      if (shape !== undefined && tsMember && wire !== undefined && required !== wireRequired.has(member)) {
        requiredDiff.push(`${member} (${wireRequired.has(member) ? 'required' : 'optional'} in aws-sdk)`);
      }
      structure.members.push({ name: member, type: memberType(`${name}.${member}`, wire, tsMember?.type), required });
    }
    if (shape === undefined) structure.notes.push('not in the aws-sdk model; from @aws-sdk/client-ecs');
    if (onlyTs.length)
      structure.notes.push(`members from @aws-sdk/client-ecs that aws-sdk lacks: ${onlyTs.join(', ')}`);
    if (onlyWire.length) structure.notes.push(`members only in aws-sdk: ${onlyWire.join(', ')}`);
    if (requiredDiff.length) structure.notes.push(`required as @aws-sdk/client-ecs says: ${requiredDiff.join(', ')}`);
  }

  const ops = model.operations;
  visit('RegisterTaskDefinitionRequest', ops.RegisterTaskDefinition.input);
  visit('DescribeTaskDefinitionResponse', ops.DescribeTaskDefinition.output);
  for (const [name, shape] of SERVICE_OPERATIONS(ops)) {
    visit(name, shape);
    // `--cli-input-json` is merged with the command line (`--service-name`, `--task-definition`), and deploy
    // tools (ecspresso, CodeDeploy) fill in the name and task definition: a file need not hold them.
    const s = structures.get(name);
    const dropped = s.members.filter((m) => m.required).map((m) => m.name);
    for (const m of s.members) m.required = false;
    if (dropped.length)
      s.notes.push(
        `required in the API but not here (the command line or deploy tool gives them): ${dropped.join(', ')}`,
      );
  }
  return { structures, usedEnums };
}

// ---------------------------------------------------------------------------------------------------------
// JSON Schema

const constantCase = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toUpperCase();
const plural = (word) =>
  /[^AEIOU]Y$/.test(word) ? `${word.slice(0, -1)}IES` : /(S|X|CH|SH)$/.test(word) ? `${word}ES` : `${word}S`;
/** `NetworkMode` → `NETWORK_MODES`. */
export const enumConstName = (name) => plural(constantCase(name));

function titleOf(name) {
  if (TITLES[name]) return TITLES[name];
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ')
    .map((w) => (/^[A-Z][a-z]/.test(w) ? w.toLowerCase() : w))
    .join(' ');
}

function typeSchema(type) {
  switch (type.kind) {
    case 'string':
      return { type: 'string' };
    case 'integer':
      return { type: 'integer' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'timestamp':
      // The JSON protocol sends epoch seconds; the AWS CLI prints ISO 8601 strings.
      return { type: ['string', 'number'] };
    case 'document':
      return {};
    case 'enum':
    case 'ref':
      return { $ref: `#/definitions/${type.name}` };
    case 'list':
      return { type: 'array', items: typeSchema(type.item) };
    case 'map':
      return { type: 'object', additionalProperties: typeSchema(type.value) };
  }
  throw new Error(`unknown type ${JSON.stringify(type)}`);
}

function structureSchema(s) {
  const properties = {};
  for (const m of s.members) {
    properties[m.name] = { ...typeSchema(m.type), ...MODEL_BOUNDS[`${s.name}.${m.name}`] };
  }
  const required = s.members.filter((m) => m.required).map((m) => m.name);
  return {
    ...(s.notes.length ? { $comment: s.notes.join('; ') } : {}),
    title: titleOf(s.name),
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    // A union sets exactly one member.
    ...(s.union ? { minProperties: 1, maxProperties: 1 } : {}),
    additionalProperties: false,
  };
}

function dockerrunV2Definitions() {
  return {
    DockerrunV2: {
      $comment:
        'Elastic Beanstalk Dockerrun.aws.json version 2 (ECS platform): the EB Developer Guide ' +
        '(create_deploy_docker_v2config.md), aws-facts.md §6.2. EB builds an ECS task definition from it.',
      title: titleOf('DockerrunV2'),
      type: 'object',
      properties: {
        AWSEBDockerrunVersion: { enum: [2, '2'] },
        containerDefinitions: { type: 'array', items: { $ref: '#/definitions/ContainerDefinition' } },
        volumes: { type: 'array', items: { $ref: '#/definitions/Volume' } },
        authentication: { $ref: '#/definitions/DockerrunAuthentication' },
        executionRoleArn: { type: 'string' },
      },
      required: ['AWSEBDockerrunVersion', 'containerDefinitions'],
      additionalProperties: false,
    },
    DockerrunAuthentication: {
      $comment: 'S3 object holding a .dockercfg / config.json; lower-case keys in v2 (aws-facts.md §6.2)',
      title: titleOf('DockerrunAuthentication'),
      type: 'object',
      properties: { bucket: { type: 'string' }, key: { type: 'string' } },
      required: ['bucket', 'key'],
      additionalProperties: false,
    },
  };
}

function sortedObject(entries) {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function buildJsonSchema(sources, built) {
  const definitions = [];
  for (const s of built.structures.values()) definitions.push([s.name, structureSchema(s)]);
  for (const name of built.usedEnums) {
    definitions.push([name, { type: 'string', enum: sources.dts.enums.get(name) }]);
  }
  for (const entry of Object.entries(dockerrunV2Definitions())) definitions.push(entry);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'ecs.schema.json',
    $comment:
      `generated by scripts/generate-schema.mjs, do not edit. Sources: aws-sdk ${sources.v2Version} ` +
      `(apis/ecs-2014-11-13.min.json: shapes, members, types, required) and @aws-sdk/client-ecs ` +
      `${sources.v3Version} (dist-types/models/*.d.ts: structure names, enums, members and required lists ` +
      'newer than aws-sdk); Tag/tags bounds from the full service model (TagKey, TagValue, Tags). ' +
      'DockerrunV2 and DockerrunAuthentication are written by the generator from the Elastic Beanstalk docs.',
    definitions: sortedObject(definitions),
  };
}

// ---------------------------------------------------------------------------------------------------------
// TypeScript

const q = (s) => `'${String(s).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const literal = (v) => (typeof v === 'string' ? q(v) : String(v));
const isIdentifier = (s) => /^[A-Za-z_$][\w$]*$/.test(s);

function tsType(schema, where) {
  if (schema.$ref) return schema.$ref.replace(/^#\/definitions\//, '');
  if (schema.enum) return schema.enum.map(literal).join(' | ');
  if (schema.type === undefined && Object.keys(schema).length === 0) return 'unknown';
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const parts = types.map((t) => {
    switch (t) {
      case 'string':
        return 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'array': {
        const item = tsType(schema.items, `${where}[]`);
        return /[ |]/.test(item) ? `(${item})[]` : `${item}[]`;
      }
      case 'object':
        if (schema.properties) throw new Error(`${where}: inline object; give it a definition`);
        return `Record<string, ${tsType(schema.additionalProperties, `${where}{}`)}>`;
    }
    throw new Error(`${where}: cannot map ${JSON.stringify(schema)} to TypeScript`);
  });
  return parts.join(' | ');
}

function interfaceTs(name, def) {
  const lines = [];
  lines.push(`/** ${def.title}${def.$comment ? `: ${def.$comment}` : ''} */`);
  lines.push(`export interface ${name} {`);
  const required = new Set(def.required ?? []);
  for (const [prop, schema] of Object.entries(def.properties)) {
    const key = isIdentifier(prop) ? prop : q(prop);
    lines.push(`  ${key}${required.has(prop) ? '' : '?'}: ${tsType(schema, `${name}.${prop}`)};`);
  }
  lines.push('}');
  return lines.join('\n');
}

function buildModelTs(sources, built, schema, dockerrunSchemas) {
  const defs = schema.definitions;
  const out = [];
  out.push(
    '// generated by scripts/generate-schema.mjs, do not edit',
    `// Sources: aws-sdk ${sources.v2Version} (apis/ecs-2014-11-13.min.json), @aws-sdk/client-ecs ${sources.v3Version}`,
    '// (dist-types/models), src/schema/dockerrun-v1.schema.json, src/schema/dockerrun-v3.schema.json.',
    '',
  );
  out.push('// Enumerations (values exactly as the ECS API accepts them).', '');
  const enumNames = Object.keys(defs).filter((n) => defs[n].enum && defs[n].type === 'string');
  for (const name of enumNames) {
    const constName = enumConstName(name);
    out.push(`export const ${constName} = [${defs[name].enum.map(literal).join(', ')}] as const;`);
    out.push(`export type ${name} = (typeof ${constName})[number];`, '');
  }

  const register = built.structures.get('RegisterTaskDefinitionRequest');
  const task = built.structures.get('TaskDefinition');
  const container = built.structures.get('ContainerDefinition');
  const registerNames = new Set(register.members.map((m) => m.name));
  const outputOnly = task.members.map((m) => m.name).filter((n) => !registerNames.has(n));
  out.push('/** `TaskDefinition` members that `RegisterTaskDefinitionRequest` lacks: describe output only. */');
  out.push(`export const OUTPUT_ONLY_TASK_FIELDS = [${outputOnly.map(q).join(', ')}] as const;`);
  out.push('/** Members of the RegisterTaskDefinition input. */');
  out.push(`export const REGISTER_TASK_DEFINITION_FIELDS = [${[...registerNames].map(q).join(', ')}] as const;`);
  out.push('/** Members of a container definition. */');
  out.push(
    `export const CONTAINER_DEFINITION_FIELDS = [${container.members.map((m) => q(m.name)).join(', ')}] as const;`,
  );
  out.push('');

  out.push('// Structures (ECS API shapes, then Elastic Beanstalk Dockerrun.aws.json).', '');
  for (const [name, def] of Object.entries(defs)) {
    if (def.type === 'object') out.push(interfaceTs(name, def), '');
  }
  for (const file of dockerrunSchemas) {
    for (const [name, def] of Object.entries(file.definitions)) {
      if (def.type === 'object') out.push(interfaceTs(name, def), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// ---------------------------------------------------------------------------------------------------------
// Output

/**
 * Formats with the repository's Biome configuration (stdin mode: nothing is written). Biome runs through
 * the package's `biome` script (a pinned npx call): its platform binaries are not all on every registry,
 * so it is not a devDependency, which would break `npm ci` where one is missing.
 */
function biomeFormat(text, relPath) {
  const r = spawnSync(
    process.platform === 'win32' ? 'npm.cmd' : 'npm',
    ['run', '-s', 'biome', '--', 'format', `--stdin-file-path=${relPath}`],
    {
      cwd: ROOT,
      input: text,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (r.status !== 0 || !r.stdout) throw new Error(`biome format ${relPath} failed:\n${r.stderr}`);
  return r.stdout;
}

/** Builds both generated files in memory: `{ [relative path]: contents }`. */
export function buildSchemaFiles() {
  const sources = readSources();
  const built = buildModel(sources);
  const schema = buildJsonSchema(sources, built);
  const dockerrunSchemas = DOCKERRUN_SCHEMAS.map((f) => JSON.parse(readFileSync(path.join(SCHEMA_DIR, f), 'utf8')));
  const modelTs = buildModelTs(sources, built, schema, dockerrunSchemas);
  return {
    [OUTPUT_FILES.schema]: biomeFormat(`${JSON.stringify(schema, null, 2)}\n`, OUTPUT_FILES.schema),
    [OUTPUT_FILES.model]: biomeFormat(modelTs, OUTPUT_FILES.model),
  };
}

function main() {
  const files = buildSchemaFiles();
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(ROOT, rel);
    const current = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
    if (current === text) continue;
    if (check) {
      stale++;
      console.error(`${rel} is out of date; run npm run generate:schema`);
    } else {
      writeFileSync(abs, text);
      console.log(`wrote ${rel}`);
    }
  }
  if (stale) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
