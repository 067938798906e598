declare const _default: import("../../src/rule.js").Rule<"absent" | "disabled", undefined>;
export default _default;
