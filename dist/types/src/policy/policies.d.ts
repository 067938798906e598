import { type AnyRule } from '../rule.js';
import type { JsonPath, Severity } from '../types.js';
export interface Policy {
    id: string;
    description: string;
    severity?: Severity;
    when?: Record<string, unknown> | boolean;
    target?: string;
    assert: Record<string, unknown> | boolean;
    message: string;
    hint?: string;
    references?: string[];
}
export declare const POLICY_ID: RegExp;
/** Validate and compile policies. Throws ConfigError naming the source, the policy and what is wrong. */
export declare function compilePolicies(raw: unknown, source: string): AnyRule[];
/** Every existing path that a pointer with `*` wildcards names; a missing member is not a match. */
export declare function expand(root: unknown, pattern: JsonPath): {
    path: JsonPath;
    value: unknown;
}[];
