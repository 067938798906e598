/**
 * YAML templates through js-yaml's event parser: one pass over the text gives a flat list of events that
 * hold source offsets. The value is constructed from them with CloudFormation's short-form tags (`!Ref x`
 * read as its long form `{"Ref": "x"}`); the locator builds a tree of offsets from the same events the
 * first time a finding is placed. (The `yaml` package, used for configuration files, builds a full document
 * model: about four times the time, which made a YAML template cost 2.6 times its raw JSON.)
 */
import type { Event, ScalarEvent, Schema, TagDefinition } from 'js-yaml';
import type { Located, Target } from '../../json/locate.js';
import type { Locator } from '../../json/locator.js';
import type { SyntaxIssue } from '../../json/parse.js';
import { loadJsYaml } from '../../lazy.js';
import type { JsonPath } from '../../types.js';

/** CloudFormation's short forms: `!Ref` and `!Condition` keep their names, the others are `Fn::` functions. */
const SHORT_FORMS = [
  'Ref',
  'Condition',
  'GetAtt',
  'Sub',
  'Join',
  'If',
  'Select',
  'FindInMap',
  'ImportValue',
  'Split',
  'Base64',
  'Cidr',
  'GetAZs',
  'Equals',
  'Not',
  'And',
  'Or',
  'Transform',
  'ToJsonString',
  'Length',
];

export interface ParsedYaml {
  value: unknown;
  locator: Locator;
  issues: SyntaxIssue[];
  fatal: boolean;
}

const MAX_DEPTH = 200;
/** Values that aliases would expand to past this many nodes are refused (an alias is a reference, not a copy). */
const MAX_EXPANDED_NODES = 1_000_000;

type JsYaml = ReturnType<typeof loadJsYaml>;

/** A plain object with `key` set as an own property (a `__proto__` key stays data). */
const setOwn = (obj: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
};

let schema: Schema | undefined;
/** The YAML 1.2 core schema with every short form, on a scalar, a sequence or a mapping. */
function cloudFormationSchema(yaml: JsYaml): Schema {
  if (schema) return schema;
  const tags: TagDefinition[] = [];
  const never = (): boolean => false;
  for (const name of SHORT_FORMS) {
    const key = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
    const wrap = (value: unknown): Record<string, unknown> => {
      const out = {};
      setOwn(out, key, value);
      return out;
    };
    tags.push(
      yaml.defineScalarTag(`!${name}`, {
        // `!GetAtt Logs.Arn` is `{"Fn::GetAtt": ["Logs", "Arn"]}`.
        resolve: (source) => {
          if (name !== 'GetAtt') return wrap(source);
          const dot = source.indexOf('.');
          return wrap(dot === -1 ? [source] : [source.slice(0, dot), source.slice(dot + 1)]);
        },
        identify: never,
      }),
      yaml.defineSequenceTag(`!${name}`, {
        create: (): unknown[] => [],
        addItem: (items: unknown[], item) => {
          items.push(item);
        },
        finalize: wrap,
        identify: never,
      }),
      yaml.defineMappingTag(`!${name}`, {
        create: (): Record<string, unknown> => ({}),
        addPair: (obj: Record<string, unknown>, k, v) => {
          setOwn(obj, String(k), v);
          return '';
        },
        has: (obj: Record<string, unknown>, k) => Object.hasOwn(obj, String(k)),
        keys: (obj: Record<string, unknown>) => Object.keys(obj),
        get: (obj: Record<string, unknown>, k) => obj[String(k)],
        finalize: wrap,
        identify: never,
      }),
    );
  }
  schema = yaml.CORE_SCHEMA.withTags(tags);
  return schema;
}

const failure = (messageId: string, message: string, offset: number, length = 0): ParsedYaml => ({
  value: undefined,
  locator: nullLocator,
  issues: [{ ruleId: 'json-syntax', messageId, message, offset, length }],
  fatal: true,
});

/** Where a js-yaml error is, and its reason without the code snippet it appends. */
function yamlError(e: unknown): ParsedYaml {
  const err = e as { reason?: unknown; message?: unknown; mark?: { position?: unknown } } | null;
  const reason = typeof err?.reason === 'string' && err.reason !== '' ? err.reason : String(err?.message ?? e);
  const at = typeof err?.mark?.position === 'number' ? err.mark.position : 0;
  return failure('yaml', `YAML: ${reason.split('\n')[0]}`, at);
}

export function parseYaml(text: string): ParsedYaml {
  const yaml = loadJsYaml();
  let events: Event[];
  let docs: unknown[];
  try {
    events = yaml.parseEvents(text, { maxDepth: MAX_DEPTH });
    docs = yaml.constructFromEvents(events, { source: text, schema: cloudFormationSchema(yaml) });
  } catch (e) {
    if (/depth/i.test(String((e as { reason?: unknown })?.reason ?? e))) {
      return failure('too-deep', `nesting is deeper than ${MAX_DEPTH} levels`, 0);
    }
    return yamlError(e);
  }
  if (docs.length > 1) {
    return failure('yaml', 'YAML: a template is one document; this file holds several', 0);
  }
  const value = docs[0] ?? null;
  if (events.some((e) => e.type === yaml.EVENT_ID.ALIAS) && !withinExpansion(value)) {
    return failure('yaml', `YAML: aliases expand the document past ${MAX_EXPANDED_NODES} values, or into itself`, 0);
  }
  return { value, locator: yamlLocator(events, text, yaml), issues: [], fatal: false };
}

/**
 * Whether a value whose aliases share nodes stays within the bound once each reference is counted as a copy
 * (as every reader of the value walks it), and has no cycle. Each shared node is sized once.
 */
function withinExpansion(root: unknown): boolean {
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  const size = (v: unknown): number => {
    if (typeof v !== 'object' || v === null) return 1;
    const known = sizes.get(v);
    if (known !== undefined) return known;
    if (open.has(v)) return Number.POSITIVE_INFINITY;
    open.add(v);
    let n = 1;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      n += size(child);
      if (n > MAX_EXPANDED_NODES) break;
    }
    open.delete(v);
    sizes.set(v, n);
    return n;
  };
  try {
    return size(root) <= MAX_EXPANDED_NODES;
  } catch {
    // Aliases chained deeper than the stack: as much refused as an expansion past the bound.
    return false;
  }
}

const nullLocator: Locator = { locate: () => ({ offset: 0, length: 0, exact: false }) };

/** A node's place in the text: what the locator needs, built from the events on the first locate. */
interface Place {
  /** Where the node is underlined from (a short-form tag included: `!Sub "nginx:${Tag}"`). */
  start: number;
  end: number;
  /** A mapping's keys and values alternate; a sequence's items; none for a scalar. */
  children?: Place[];
  map?: boolean;
  /** A flow collection (`[a, b]`, `{k: v}`) ends past its closing bracket. */
  flow?: boolean;
  /** A mapping key's text (scalar keys only). */
  key?: string;
  scalar?: ScalarEvent;
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;

/** The offset just after a flow collection whose last item ends at `from`: past its closing bracket. */
function flowEnd(text: string, from: number, close: string): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === HASH) {
      while (i < text.length && text.charCodeAt(i) !== LF) i++;
      continue;
    }
    if (text[i] === close) return i + 1;
    if (c !== SPACE && c !== TAB && c !== LF && c !== CR && text[i] !== ',') return from;
    i++;
  }
  return from;
}

function placeTree(events: Event[], text: string, yaml: JsYaml): Place | undefined {
  const { SCALAR, SEQUENCE, MAPPING, ALIAS, POP } = yaml.EVENT_ID;
  const { SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL_BLOCK, FOLDED_BLOCK } = yaml.SCALAR_STYLE;
  const anchors = new Map<string, Place>();
  const stack: Place[] = [];
  let root: Place | undefined;
  const add = (place: Place): void => {
    const parent = stack.at(-1);
    if (parent === undefined) root ??= place;
    else parent.children?.push(place);
  };
  for (const e of events) {
    if (e.type === SCALAR) {
      let start = e.valueStart;
      let end = e.valueEnd;
      if (e.style === SINGLE_QUOTED || e.style === DOUBLE_QUOTED) {
        start--;
        end++;
      } else if (e.style === LITERAL_BLOCK || e.style === FOLDED_BLOCK) {
        // From the `|` or `>` of the header line (the line before the content) to the last character.
        const lineStart = text.lastIndexOf('\n', start - 2) + 1;
        const header = text.slice(lineStart, start - 1).replace(/\s+#.*$/, '');
        const indicator = header.search(/[|>][-+0-9]*\s*$/);
        if (indicator !== -1) start = lineStart + indicator;
        while (end > start && /\s/.test(text[end - 1] as string)) end--;
      }
      if (e.tagStart !== -1) start = Math.min(start, e.tagStart);
      const place: Place = { start, end, scalar: e };
      if (e.anchorStart !== -1) anchors.set(text.slice(e.anchorStart, e.anchorEnd), place);
      add(place);
    } else if (e.type === SEQUENCE || e.type === MAPPING) {
      const place: Place = {
        start: e.tagStart === -1 ? e.start : Math.min(e.start, e.tagStart),
        end: e.start + 1,
        children: [],
        map: e.type === MAPPING,
        flow: e.style === yaml.COLLECTION_STYLE.FLOW,
      };
      if (e.anchorStart !== -1) anchors.set(text.slice(e.anchorStart, e.anchorEnd), place);
      add(place);
      stack.push(place);
    } else if (e.type === ALIAS) {
      const target = anchors.get(text.slice(e.anchorStart, e.anchorEnd));
      // Underlined where the alias is written; a path goes on into the anchored node.
      const place: Place = { start: e.anchorStart - 1, end: e.anchorEnd };
      if (target?.children) {
        place.children = target.children;
        place.map = target.map === true;
      }
      add(place);
    } else if (e.type === POP) {
      const place = stack.pop();
      if (place === undefined) continue;
      const last = place.children?.at(-1);
      if (last !== undefined) place.end = Math.max(place.end, last.end);
      if (place.flow) place.end = flowEnd(text, place.end, place.map ? '}' : ']');
    }
  }
  return root;
}

function yamlLocator(events: Event[], text: string, yaml: JsYaml): Locator {
  let root: Place | undefined;
  let built = false;
  const keyOf = (p: Place): string | undefined => {
    if (p.key === undefined && p.scalar) p.key = yaml.getScalarValue(text, p.scalar);
    return p.key;
  };
  return {
    locate(path: JsonPath, target: Target): Located {
      if (!built) {
        root = placeTree(events, text, yaml);
        built = true;
      }
      let node = root;
      let key: Place | undefined;
      let depth = 0;
      for (const seg of path) {
        const children = node?.children;
        if (children === undefined) break;
        if (node?.map) {
          const name = String(seg);
          let found = -1;
          for (let i = 0; i + 1 < children.length; i += 2) {
            if (keyOf(children[i] as Place) === name) found = i;
          }
          if (found === -1) break;
          key = children[found];
          node = children[found + 1];
        } else if (typeof seg === 'number' && seg < children.length) {
          key = undefined;
          node = children[seg];
        } else break;
        depth++;
      }
      const exact = depth === path.length;
      if (node === undefined) return { offset: 0, length: 0, exact };
      if ((!exact || target === 'key') && key) return { offset: key.start, length: key.end - key.start, exact };
      if (target === 'property' && key) return { offset: key.start, length: node.end - key.start, exact };
      // A collection is underlined by its first character only (as JSON's brackets are), when it is a key target.
      if (node.children && (!exact || target === 'key')) return { offset: node.start, length: 1, exact };
      return { offset: node.start, length: node.end - node.start, exact };
    },
  };
}
