/**
 * Maps a value written in another format's names (CloudFormation's PascalCase, Terraform's snake_case
 * blocks) onto the ECS API's shape, remembering for every mapped object which key of the source each
 * member came from, so that a finding's path in the mapped document leads back to the user's text.
 */

import type { JsonPath } from '../types.js';
import { isObject } from './detect.js';

/** The shape of a value in the source format. `map` is a string-to-string map whose keys are the user's. */
export type Shape = 'string' | 'integer' | 'boolean' | 'map' | 'any' | ObjectShape | ArrayShape;
export interface ObjectShape {
  /** What the object is called in messages (`container definition`). */
  title: string;
  props: Record<string, Prop>;
  /** An object written as a one-item list of blocks (Terraform): unwrapped to the object. */
  block?: boolean;
}
export interface ArrayShape {
  items: Shape;
}
export interface Prop {
  /** The ECS API's name of the member. */
  api: string;
  shape: Shape;
  /** Turns the source value into the API's (Terraform's `tags` map into a Key/Value list…). */
  convert?: (value: unknown) => unknown;
}

/** The result of resolving an expression of the source format. */
export type Resolved = { known: true; value: unknown } | { known: false; text: string };

export interface MapOptions {
  /** `undefined` when `value` is a plain value; otherwise what the expression gives. */
  resolve?: (value: unknown) => Resolved | undefined;
  /** Strings, numbers and booleans are converted to the type the API wants, as CloudFormation does. */
  coerce?: boolean | ((path: JsonPath) => boolean);
  /** Members whose value is null are left out (Terraform writes every unset attribute as null). */
  dropNull?: boolean;
  /** A key matches a member without regard to case (Go's encoding/json, as the Terraform provider decodes). */
  caseInsensitive?: boolean;
  /** A key the shape does not have. Return true to keep it under its own name (the schema then judges it). */
  unknownKey?: (key: string, shape: ObjectShape, sourcePath: JsonPath) => boolean;
}

export interface Mapped {
  value: unknown;
  toSource(path: JsonPath): JsonPath;
  isUnknown(path: JsonPath): boolean;
  sourceName(path: JsonPath): string | undefined;
  /** `toSource` for a fix's edit: undefined when a step is not written in the file as a plain value. */
  fixPath(path: JsonPath): JsonPath | undefined;
}

const pathKey = (path: JsonPath): string => path.join('\u0000');

/** A `${…}` placeholder for a value the linter cannot know (rules skip values with placeholders). */
export function unknownText(description: string): string {
  const inner = description.replace(/[\r\n}]+/g, ' ').slice(0, 60);
  return `\${${inner}}`;
}

export function mapShape(source: unknown, shape: Shape, options: MapOptions, sourcePrefix: JsonPath = []): Mapped {
  /** For each mapped object: API key → source key. */
  const names = new WeakMap<object, Map<string, string>>();
  /** For each mapped object: API key → the object shape it was mapped with (for names of absent members). */
  const shapes = new WeakMap<object, ObjectShape>();
  /** Mapped objects that were a one-item block list in the source (the source path has an extra `0`). */
  const blocks = new WeakSet<object>();
  const unknown = new Set<string>();
  /** Paths whose value an expression gave (resolved or not): nothing under them is the file's text. */
  const computed = new Set<string>();

  const walk = (src: unknown, s: Shape, srcPath: JsonPath, path: JsonPath): unknown => {
    const resolved = options.resolve?.(src);
    if (resolved !== undefined) {
      computed.add(pathKey(path));
      if (!resolved.known) {
        unknown.add(pathKey(path));
        return resolved.text;
      }
      src = resolved.value;
    }
    if (s === 'any') return src;
    if (s === 'string' || s === 'integer' || s === 'boolean') {
      const c = options.coerce;
      return c === true || (typeof c === 'function' && c(path)) ? coerce(src, s) : src;
    }
    if (s === 'map') {
      if (!isObject(src)) return src;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(src)) out[k] = walk(v, 'string', [...srcPath, k], [...path, k]);
      return out;
    }
    if ('items' in s) {
      if (!Array.isArray(src)) return src;
      return src.map((item, i) => walk(item, s.items, [...srcPath, i], [...path, i]));
    }
    let obj = src;
    let block = false;
    if (s.block && Array.isArray(src)) {
      if (src.length === 0) return undefined;
      obj = src[0];
      block = true;
    }
    if (!isObject(obj)) return obj;
    const objPath = block ? [...srcPath, 0] : srcPath;
    const out: Record<string, unknown> = {};
    const keyNames = new Map<string, string>();
    for (const [k, v] of Object.entries(obj)) {
      let prop = Object.hasOwn(s.props, k) ? s.props[k] : undefined;
      if (prop === undefined && options.caseInsensitive) {
        const lower = k.toLowerCase();
        const match = Object.keys(s.props).find((name) => name.toLowerCase() === lower);
        if (match !== undefined) prop = s.props[match];
      }
      if (v === null && options.dropNull) continue;
      if (prop === undefined) {
        if (options.unknownKey?.(k, s, [...sourcePrefix, ...objPath, k])) {
          out[k] = v;
          keyNames.set(k, k);
        }
        continue;
      }
      if (v === undefined) continue;
      const mapped = walk(prop.convert ? prop.convert(v) : v, prop.shape, [...objPath, k], [...path, prop.api]);
      if (mapped === undefined) continue;
      out[prop.api] = mapped;
      keyNames.set(prop.api, k);
    }
    names.set(out, keyNames);
    shapes.set(out, s);
    if (block) blocks.add(out);
    return out;
  };

  const value = walk(source, shape, [], []);

  const toSource = (path: JsonPath): JsonPath => {
    const out: (string | number)[] = [...sourcePrefix];
    let v: unknown = value;
    for (const seg of path) {
      if (Array.isArray(v) && typeof seg === 'number') {
        out.push(seg);
        v = v[seg];
      } else if (isObject(v)) {
        if (blocks.has(v)) out.push(0);
        const name = names.get(v)?.get(String(seg));
        if (name === undefined) break;
        out.push(name);
        v = v[String(seg)];
      } else break;
    }
    return out;
  };

  const isUnknown = (path: JsonPath): boolean => {
    if (unknown.size === 0) return false;
    for (let i = 0; i <= path.length; i++) if (unknown.has(pathKey(path.slice(0, i)))) return true;
    return false;
  };

  const sourceName = (path: JsonPath): string | undefined => {
    if (path.length === 0) return undefined;
    let v: unknown = value;
    for (const seg of path.slice(0, -1)) {
      if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
      else if (isObject(v)) v = v[String(seg)];
      else return undefined;
    }
    if (!isObject(v)) return undefined;
    const last = String(path[path.length - 1]);
    const written = names.get(v)?.get(last);
    if (written !== undefined) return written;
    const s = shapes.get(v);
    if (s) for (const [k, p] of Object.entries(s.props)) if (p.api === last) return k;
    return undefined;
  };

  const fixPath = (path: JsonPath): JsonPath | undefined => {
    for (let i = 0; i <= path.length; i++) if (computed.has(pathKey(path.slice(0, i)))) return undefined;
    const out = toSource(path);
    if (out.length === sourcePrefix.length + path.length) return out;
    // A member to add: its parent is in the file, and the shape knows its name there.
    const parent = toSource(path.slice(0, -1));
    const name = sourceName(path);
    if (out.length === parent.length && name !== undefined && parent.length === sourcePrefix.length + path.length - 1) {
      return [...parent, name];
    }
    return undefined;
  };

  return { value, toSource, isUnknown, sourceName, fixPath };
}

/** Strings, numbers and booleans as the API wants them, the way CloudFormation converts them. */
function coerce(value: unknown, to: 'string' | 'integer' | 'boolean'): unknown {
  if (to === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
  if (to === 'integer' && typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  if (to === 'boolean' && typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 'true') return true;
    if (v === 'false') return false;
  }
  return value;
}
