/** Containers per task definition: a fixed quota, not adjustable (aws-facts §4.1). */
export declare const MAX_CONTAINERS = 10;
declare const _default: import("../../src/rule.js").Rule<"empty" | "tooMany", undefined>;
export default _default;
