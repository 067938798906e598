declare const _default: import("../../src/rule.js").Rule<"absent" | "root", undefined>;
export default _default;
