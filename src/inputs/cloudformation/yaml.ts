/**
 * YAML templates through the `yaml` package: the value (short-form intrinsics `!Ref x` read as their long
 * form `{"Ref": "x"}`) and a locator that finds a path's range in the text from the syntax tree.
 */
import type { Document, Pair, Node as YamlNode } from 'yaml';
import type { Located, Target } from '../../json/locate.js';
import type { Locator } from '../../json/locator.js';
import type { SyntaxIssue } from '../../json/parse.js';
import { loadYaml } from '../../lazy.js';
import type { JsonPath } from '../../types.js';

/** CloudFormation's short forms: `!Ref` and `!Condition` keep their names, the others are `Fn::` functions. */
const SHORT_FORMS = new Set([
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
]);

export interface ParsedYaml {
  value: unknown;
  locator: Locator;
  issues: SyntaxIssue[];
  fatal: boolean;
}

const MAX_DEPTH = 200;

export function parseYaml(text: string): ParsedYaml {
  const yaml = loadYaml();
  // Custom tags unknown to `yaml` are kept on their nodes (with a warning, ignored here).
  const doc: Document = yaml.parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: false });
  const issues: SyntaxIssue[] = doc.errors.map((e) => ({
    ruleId: 'json-syntax',
    messageId: 'yaml',
    message: `YAML: ${e.message.split('\n')[0]}`,
    offset: e.pos[0],
    length: Math.max(0, e.pos[1] - e.pos[0]),
  }));
  if (issues.length > 0) return { value: undefined, locator: nullLocator, issues, fatal: true };

  let tooDeep = false;
  const toValue = (node: unknown, depth: number): unknown => {
    if (depth > MAX_DEPTH) {
      tooDeep = true;
      return undefined;
    }
    if (yaml.isAlias(node)) return toValue(node.resolve(doc), depth + 1);
    let value: unknown;
    if (yaml.isMap(node)) {
      const obj: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = yaml.isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        Object.defineProperty(obj, key, {
          value: toValue(pair.value, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      value = obj;
    } else if (yaml.isSeq(node)) {
      value = node.items.map((item) => toValue(item, depth + 1));
    } else if (yaml.isScalar(node)) {
      value = node.value;
      // Dates, binary and other YAML-only types as the text they were written as.
      if (typeof value === 'object' && value !== null) value = node.source ?? String(value);
      if (typeof value === 'bigint') value = Number(value);
    } else {
      value = null;
    }
    const tag = (node as { tag?: string } | null)?.tag;
    if (tag?.startsWith('!') && !tag.startsWith('!!')) {
      const name = tag.slice(1);
      if (SHORT_FORMS.has(name)) {
        if (name === 'GetAtt' && typeof value === 'string') {
          const dot = value.indexOf('.');
          value = dot === -1 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
        }
        return { [name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`]: value };
      }
    }
    return value;
  };
  const value = toValue(doc.contents, 0);
  if (tooDeep) {
    return {
      value: undefined,
      locator: nullLocator,
      issues: [
        {
          ruleId: 'json-syntax',
          messageId: 'too-deep',
          message: `nesting is deeper than ${MAX_DEPTH} levels`,
          offset: 0,
          length: 0,
        },
      ],
      fatal: true,
    };
  }
  return { value, locator: yamlLocator(doc, yaml, text), issues: [], fatal: false };
}

const nullLocator: Locator = { locate: () => ({ offset: 0, length: 0, exact: false }) };

type YamlModule = ReturnType<typeof loadYaml>;

function yamlLocator(doc: Document, yaml: YamlModule, source: string): Locator {
  const range = (n: unknown): [number, number] | undefined => {
    const node = n as { range?: [number, number, number]; tag?: string } | null;
    const r = node?.range;
    if (!r) return undefined;
    // A short-form intrinsic is underlined with its tag: `!Sub "nginx:${Tag}"`, not only the string.
    const tag = node?.tag;
    if (tag?.startsWith('!') && !tag.startsWith('!!')) {
      let i = r[0] - 1;
      while (i > 0 && (source.charCodeAt(i) === 32 || source.charCodeAt(i) === 9)) i--;
      const from = i + 1 - tag.length;
      if (from >= 0 && source.slice(from, i + 1) === tag) return [from, r[1]];
    }
    return [r[0], r[1]];
  };
  return {
    locate(path: JsonPath, target: Target): Located {
      let node: unknown = doc.contents;
      let pair: Pair | undefined;
      let depth = 0;
      for (const seg of path) {
        let n = node;
        if (yaml.isAlias(n)) n = n.resolve(doc);
        if (yaml.isMap(n)) {
          const name = String(seg);
          let found: Pair | undefined;
          for (const p of n.items) {
            const k = yaml.isScalar(p.key) ? String(p.key.value) : String(p.key);
            if (k === name) found = p as Pair;
          }
          if (!found) break;
          pair = found;
          node = found.value;
        } else if (yaml.isSeq(n) && typeof seg === 'number' && seg < n.items.length) {
          pair = undefined;
          node = n.items[seg];
        } else break;
        depth++;
      }
      const exact = depth === path.length;
      const keyRange = pair ? range(pair.key) : undefined;
      const valueRange = range(node as YamlNode);
      if ((!exact || target === 'key') && keyRange)
        return { offset: keyRange[0], length: keyRange[1] - keyRange[0], exact };
      if (target === 'property' && keyRange && valueRange) {
        return { offset: keyRange[0], length: valueRange[1] - keyRange[0], exact };
      }
      if (valueRange) {
        // A collection is underlined by its first character only (as JSON's brackets are), when it is a key target.
        if (!exact || target === 'key') return { offset: valueRange[0], length: 1, exact };
        return { offset: valueRange[0], length: valueRange[1] - valueRange[0], exact };
      }
      return { offset: 0, length: 0, exact };
    },
  };
}
