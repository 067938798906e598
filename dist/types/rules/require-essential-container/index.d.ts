declare const _default: import("../../src/rule.js").Rule<"none", undefined>;
export default _default;
