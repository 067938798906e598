import { type RuleMeta } from '../rule.js';
/**
 * Findings the engine itself makes. They are listed, documented and configurable like rules, but their
 * logic lives in src/ (parse, detect, schema), not in rules/.
 */
export declare const PSEUDO_RULES: readonly RuleMeta[];
export declare const PSEUDO_RULE_IDS: Set<string>;
