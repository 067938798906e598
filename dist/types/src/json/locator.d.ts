import type { Node } from 'jsonc-parser';
import type { JsonPath } from '../types.js';
import { type Located, type Target } from './locate.js';
/** Where paths are in a document's text: what the engine needs to place findings. */
export interface Locator {
    locate(path: JsonPath, target: Target): Located;
}
/** A locator over a syntax tree (documents that took the full, error-tolerant parse). */
export declare function treeLocator(root: Node | undefined): Locator;
/**
 * A locator over text that JSON.parse accepted with no duplicate key (the parser's fast path). It gives what
 * `locate` gives on the syntax tree, without building one: from the root it follows the path, reading only
 * the keys of the objects on the way and skipping every other value. A file with findings has a handful of
 * paths to place; a tree would allocate a node for every value of the document.
 */
export declare function textLocator(text: string): Locator;
