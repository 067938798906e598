import type { Locator } from '../../json/locator.js';
import type { SyntaxIssue } from '../../json/parse.js';
import type { LocatedDocument } from '../types.js';
export interface ParsedHcl {
    documents: LocatedDocument[];
    locator: Locator;
    issues: SyntaxIssue[];
}
export declare function parseHcl(text: string): ParsedHcl;
