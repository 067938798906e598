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
export declare function findNode(root: Node, path: JsonPath): {
    node: Node;
    depth: number;
};
export declare function locate(root: Node, path: JsonPath, target?: Target): Located;
