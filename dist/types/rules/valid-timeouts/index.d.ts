/** Fargate's range for `startTimeout` and `stopTimeout`, in seconds (aws-facts §4.16). */
export declare const FARGATE_MIN = 2;
export declare const FARGATE_MAX = 120;
declare const _default: import("../../src/rule.js").Rule<"fargateRange" | "notPositive", undefined>;
export default _default;
