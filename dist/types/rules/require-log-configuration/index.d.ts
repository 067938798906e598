declare const _default: import("../../src/rule.js").Rule<"missing", undefined>;
export default _default;
