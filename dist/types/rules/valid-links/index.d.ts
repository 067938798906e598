declare const _default: import("../../src/rule.js").Rule<"mode" | "self" | "unknown" | "windows", undefined>;
export default _default;
