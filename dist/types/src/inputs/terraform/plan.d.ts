import type { LocatedDocument } from '../types.js';
/** Whether a parsed JSON value is Terraform's JSON output of a plan or state. */
export declare function isTerraformJson(value: unknown): value is Record<string, unknown>;
export declare function planTaskDefinitions(plan: Record<string, unknown>): LocatedDocument[];
