declare const _default: import("../../src/rule.js").Rule<"missing" | "wrong", undefined>;
export default _default;
