declare const _default: import("../../src/rule.js").Rule<"missing" | "zero", undefined>;
export default _default;
