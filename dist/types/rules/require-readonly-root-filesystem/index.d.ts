declare const _default: import("../../src/rule.js").Rule<"absent" | "false", undefined>;
export default _default;
