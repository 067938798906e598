/**
 * Terraform configuration (`.tf`, HCL) through the Lezer grammar of codemirror-lang-hcl: a pure-JavaScript,
 * synchronous parser with source positions that runs in the browser too (see docs/inputs.md for the choice).
 * Every `resource "aws_ecs_task_definition"` block is read as the provider's attributes: literals are
 * values, `jsonencode(...)` of a literal is its value, a heredoc or quoted string is JSON text, and anything
 * else (`var.x`, `local.y`, interpolations, `file(...)`, `templatefile(...)`) is unknown.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Located, Target } from '../../json/locate.js';
import type { Locator } from '../../json/locator.js';
import type { SyntaxIssue } from '../../json/parse.js';
import { loadHcl } from '../../lazy.js';
import { mapShape, type Resolved, unknownText } from '../shape.js';
import type { ContainerFile, InputProblem, LocatedDocument } from '../types.js';
import { type TerraformServiceInput, terraformService } from './service.js';
import { containerKeyProblem, TERRAFORM_TASK_DEFINITION } from './spec.js';

/** An expression the linter cannot evaluate, and what it shows as. */
class Unknown {
  constructor(readonly text: string) {}
}

interface Span {
  key?: [number, number];
  value: [number, number];
}

export interface ParsedHcl {
  documents: LocatedDocument[];
  locator: Locator;
  issues: SyntaxIssue[];
}

const MAX_DEPTH = 100;

export function parseHcl(text: string): ParsedHcl {
  const tree = loadHcl().parser.parse(text);
  const spans = new Map<string, Span>();
  const pathKey = (path: readonly (string | number)[]): string => path.join('\u0000');
  const slice = (n: SyntaxNode): string => text.slice(n.from, n.to);
  const issues: SyntaxIssue[] = [];
  /** By resource address: the file its `container_definitions` reads. */
  const containerFiles = new Map<string, ContainerFile>();

  const stringOf = (n: SyntaxNode): string | Unknown => {
    // StringLit: "..."; TemplateExpr/QuotedTemplate with only literal parts is a string too.
    let out = '';
    let lit: SyntaxNode | null = n.name === 'StringLit' || n.name === 'QuotedTemplate' ? n : n.firstChild;
    if (lit?.name === 'QuotedTemplate' || lit?.name === 'StringLit') {
      for (let c = lit.firstChild; c; c = c.nextSibling) {
        if (c.name === 'TemplateLiteral') out += unescapeHcl(slice(c));
        else if (c.name === 'QuotedTemplateStart' || c.name === 'QuotedTemplateEnd') continue;
        else return new Unknown(slice(n));
      }
      return out;
    }
    if (lit?.name === 'HeredocTemplate') {
      for (let c = lit.firstChild; c; c = c.nextSibling) {
        if (c.name === 'TemplateLiteral') out += slice(c);
        else if (c.name === 'HeredocStart' || c.name === 'HeredocIdentifier') continue;
        else return new Unknown('heredoc');
      }
      return out.replace(/^\r?\n/, '');
    }
    lit = null;
    return new Unknown(slice(n));
  };

  const evaluate = (expr: SyntaxNode | null, path: (string | number)[], depth: number): unknown => {
    if (!expr || depth > MAX_DEPTH) return new Unknown('…');
    spans.set(pathKey(path), { ...(spans.get(pathKey(path)) ?? {}), value: [expr.from, expr.to] });
    let n: SyntaxNode = expr;
    while ((n.name === 'Expression' || n.name === 'CollectionValue') && n.firstChild && !n.firstChild.nextSibling) {
      n = n.firstChild;
    }
    switch (n.name) {
      case 'LiteralValue': {
        const c = n.firstChild;
        if (!c) return null;
        if (c.name === 'NumericLit') return Number(slice(c));
        if (c.name === 'BoolLit') return slice(c) === 'true';
        if (c.name === 'NullLit' || slice(c) === 'null') return null;
        return stringOf(c);
      }
      case 'TemplateExpr': {
        // "${expr}" alone is expr itself (Terraform 0.11's `"${file("x.json")}"`), not a string of it.
        const parts = n.firstChild?.name === 'QuotedTemplate' ? n.firstChild.getChildren('TemplateInterpolation') : [];
        const only =
          parts.length === 1 && n.firstChild?.getChildren('TemplateLiteral').length === 0 ? parts[0] : undefined;
        if (only) {
          const value = evaluate(only.getChild('Expression'), path, depth + 1);
          // Underlined as written, quotes included.
          spans.set(pathKey(path), { ...(spans.get(pathKey(path)) ?? {}), value: [expr.from, expr.to] });
          return value;
        }
        return stringOf(n);
      }
      case 'Tuple': {
        const items: unknown[] = [];
        for (let c = n.firstChild; c; c = c.nextSibling) {
          if (c.name === 'Expression') items.push(evaluate(c, [...path, items.length], depth + 1));
        }
        return items;
      }
      case 'Object': {
        const obj: Record<string, unknown> = {};
        for (let c = n.firstChild; c; c = c.nextSibling) {
          if (c.name !== 'ObjectElem') continue;
          const keyNode = c.getChild('ObjectKey');
          const valueNode = c.getChild('Expression');
          if (!keyNode) continue;
          const keyText = slice(keyNode).trim();
          const key = keyText.startsWith('"') ? stringOf(keyNode.firstChild?.firstChild ?? keyNode) : keyText;
          if (key instanceof Unknown) continue;
          const at = [...path, key];
          spans.set(pathKey(at), { key: [keyNode.from, keyNode.to], value: [c.to, c.to] });
          Object.defineProperty(obj, key, {
            value: evaluate(valueNode, at, depth + 1),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        return obj;
      }
      case 'FunctionCall': {
        const name = slice(n.getChild('FunctionName') ?? n).trim();
        const args = n.getChild('FunctionArguments')?.getChildren('Expression') ?? [];
        if (name === 'jsonencode' && args.length === 1) return evaluate(args[0] ?? null, path, depth + 1);
        if ((name === 'file' || name === 'templatefile') && path.length === 2 && path[1] === 'container_definitions') {
          const file = literalPath(args[0] ? slice(args[0]) : '');
          if (file !== undefined)
            containerFiles.set(String(path[0]), { path: file, template: name === 'templatefile' });
        }
        return new Unknown(`${name}(…)`);
      }
      case 'Operation': {
        // -1: a negative number literal.
        const m = /^-\s*(\d+(\.\d+)?)$/.exec(slice(n));
        return m ? -Number(m[1]) : new Unknown(slice(n));
      }
      default:
        return new Unknown(slice(n));
    }
  };

  /** A block's body: attributes, and nested blocks as lists of objects (as the provider's schema has them). */
  const bodyOf = (body: SyntaxNode | null, path: (string | number)[], depth: number): Record<string, unknown> => {
    const obj: Record<string, unknown> = {};
    if (!body || depth > MAX_DEPTH) return obj;
    for (let c = body.firstChild; c; c = c.nextSibling) {
      if (c.name === 'Attribute') {
        const id = c.getChild('Identifier');
        if (!id) continue;
        const key = slice(id);
        const at = [...path, key];
        spans.set(pathKey(at), { key: [id.from, id.to], value: [c.to, c.to] });
        obj[key] = evaluate(c.getChild('Expression'), at, depth + 1);
      } else if (c.name === 'Block') {
        const type = slice(c.getChild('BlockType') ?? c).trim();
        const list = (obj[type] as unknown[] | undefined) ?? [];
        const at = [...path, type, list.length];
        const span: Span = { key: [c.from, (c.getChild('BlockType') ?? c).to], value: [c.from, c.to] };
        spans.set(pathKey(at), span);
        // The list of blocks of a type is where its first block is.
        if (list.length === 0) spans.set(pathKey([...path, type]), span);
        list.push(bodyOf(c.getChild('Body'), at, depth + 1));
        obj[type] = list;
      }
    }
    return obj;
  };

  const documents: LocatedDocument[] = [];
  const resolve = (value: unknown): Resolved | undefined =>
    value instanceof Unknown ? { known: false, text: unknownText(value.text) } : undefined;
  const tasks = new Map<string, LocatedDocument>();
  const services: TerraformServiceInput[] = [];
  const top = tree.topNode.getChild('Body');
  for (let block = top?.firstChild ?? null; block; block = block.nextSibling) {
    if (block.name !== 'Block' || slice(block.getChild('BlockType') ?? block).trim() !== 'resource') continue;
    const labels = block.getChildren('BlockLabel').map((l) => slice(l).replace(/^"|"$/g, ''));
    if (labels[1] === undefined) continue;
    const kind = labels[0];
    if (kind !== 'aws_ecs_task_definition' && kind !== 'aws_ecs_service' && kind !== 'aws_cloudwatch_event_target') {
      continue;
    }
    const address = `${labels[0]}.${labels[1]}`;
    const prefix = [address];
    spans.set(pathKey(prefix), { key: [block.from, block.from + 8], value: [block.from, block.to] });
    const source = bodyOf(block.getChild('Body'), prefix, 0);
    if (kind !== 'aws_ecs_task_definition') {
      // Paired after every task definition of the file is read (the service may come first). A scheduled
      // task is an event target with an `ecs_target` block.
      const ecsTarget = Array.isArray(source.ecs_target)
        ? (source.ecs_target[0] as Record<string, unknown>)
        : undefined;
      if (kind === 'aws_cloudwatch_event_target' && !ecsTarget) continue;
      const reference = kind === 'aws_ecs_service' ? source.task_definition : ecsTarget?.task_definition_arn;
      services.push({
        ...(kind === 'aws_cloudwatch_event_target' ? { eventTarget: true } : {}),
        address,
        source,
        prefix,
        resolve,
        references: reference instanceof Unknown ? [reference.text] : [],
        ...(typeof reference === 'string' ? { known: reference } : {}),
      });
      continue;
    }
    const problems: InputProblem[] = [];
    const mapped = mapShape(
      source,
      TERRAFORM_TASK_DEFINITION,
      {
        resolve,
        dropNull: true,
        caseInsensitive: true,
        // Terraform converts a number to a string attribute and back; the JSON the provider decodes is not.
        coerce: (path) => path[0] !== 'containerDefinitions',
        unknownKey(key, shape, sourcePath) {
          const problem = containerKeyProblem(address, key, shape, sourcePath, prefix.length);
          if (problem) problems.push(problem);
          return false;
        },
      },
      prefix,
    );
    const doc: LocatedDocument = {
      kind: 'task-definition',
      value: mapped.value,
      toSource: mapped.toSource,
      isUnknown: mapped.isUnknown,
      label: address,
      deployPath: 'terraform',
      problems,
    };
    const file = containerFiles.get(address);
    if (file) doc.containerFile = file;
    tasks.set(labels[1], doc);
    documents.push(doc);
  }
  for (const service of services) documents.push(terraformService(service, tasks));

  for (let cursor = tree.cursor(); cursor.next(); ) {
    if (cursor.type.isError) {
      issues.push({
        ruleId: 'json-syntax',
        messageId: 'hcl',
        message: 'HCL: unexpected text',
        offset: cursor.from,
        length: Math.max(0, Math.min(cursor.to, text.length) - cursor.from),
      });
      break;
    }
  }

  const locator: Locator = {
    locate(path, target: Target): Located {
      let depth = path.length;
      let span = spans.get(pathKey(path));
      while (!span && depth > 0) span = spans.get(pathKey(path.slice(0, --depth)));
      const exact = depth === path.length;
      if (!span) return { offset: 0, length: 0, exact: false };
      const [from, to] = (!exact || target === 'key') && span.key ? span.key : span.value;
      if (target === 'property' && span.key) return { offset: span.key[0], length: span.value[1] - span.key[0], exact };
      return { offset: from, length: to - from, exact };
    },
  };
  return { documents, locator, issues };
}

/** HCL string escapes in a literal part (`\"`, `\\`, `\n`, `\t`, `\r`, `\uNNNN`). */
function unescapeHcl(s: string): string {
  return s.replace(/\\(["\\ntr]|u[0-9a-fA-F]{4})/g, (_, e: string) =>
    e === 'n'
      ? '\n'
      : e === 't'
        ? '\t'
        : e === 'r'
          ? '\r'
          : e.length === 5
            ? String.fromCharCode(Number.parseInt(e.slice(1), 16))
            : e,
  );
}

/**
 * The path a `file(...)` argument names when it is a literal: `"containers.json"` or
 * `"${path.module}/containers.json"` (the module's folder, the `.tf` file's). Any other expression, escape or
 * interpolation: undefined (the file is not known).
 */
function literalPath(arg: string): string | undefined {
  const m = /^"(?:\$\{\s*path\.module\s*\}\/)?([^"$%\\]+)"$/.exec(arg.trim());
  return m?.[1];
}
