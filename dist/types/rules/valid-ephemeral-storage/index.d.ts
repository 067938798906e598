declare const _default: import("../../src/rule.js").Rule<"range" | "windows", undefined>;
export default _default;
