import type { Locator } from '../../json/locator.js';
import type { SyntaxIssue } from '../../json/parse.js';
export interface ParsedYaml {
    value: unknown;
    locator: Locator;
    issues: SyntaxIssue[];
    fatal: boolean;
}
export declare function parseYaml(text: string): ParsedYaml;
