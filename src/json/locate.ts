import type { Node } from 'jsonc-parser';
import type { JsonPath } from '../types.js';

/** What to underline for a path: the value, the property's key, or key and value together. */
export type Target = 'value' | 'key' | 'property';

export interface Located {
  offset: number;
  length: number;
  /** False when the path does not exist and the range is the closest ancestor's. */
  exact: boolean;
}

/** The node at a path. Duplicate keys resolve to the last occurrence, as JSON.parse does. */
export function findNode(root: Node, path: JsonPath): { node: Node; depth: number } {
  let node = root;
  let depth = 0;
  for (const seg of path) {
    const next = child(node, seg);
    if (next === undefined) break;
    node = next;
    depth++;
  }
  return { node, depth };
}

function child(node: Node, seg: string | number): Node | undefined {
  const children = node.children;
  if (children === undefined) return undefined;
  if (node.type === 'array') return typeof seg === 'number' ? children[seg] : undefined;
  if (node.type !== 'object') return undefined;
  const name = String(seg);
  for (let i = children.length - 1; i >= 0; i--) {
    const prop = children[i];
    if (prop?.children?.[0]?.value === name) return prop.children[1];
  }
  return undefined;
}

export function locate(root: Node, path: JsonPath, target: Target = 'value'): Located {
  const { node, depth } = findNode(root, path);
  const exact = depth === path.length;
  const prop = node.parent?.type === 'property' ? node.parent : undefined;
  const key = prop?.children?.[0];
  if (!exact) {
    // Missing: point at the ancestor's key when it has one, else its opening bracket.
    if (key) return { offset: key.offset, length: key.length, exact };
    if (node.type === 'object' || node.type === 'array') return { offset: node.offset, length: 1, exact };
    return { offset: node.offset, length: node.length, exact };
  }
  if (target === 'key' && key) return { offset: key.offset, length: key.length, exact };
  if (target === 'property' && prop) return { offset: prop.offset, length: prop.length, exact };
  if (target === 'key' && (node.type === 'object' || node.type === 'array')) {
    return { offset: node.offset, length: 1, exact };
  }
  return { offset: node.offset, length: node.length, exact };
}
