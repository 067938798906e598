declare const _default: import("../../src/rule.js").Rule<"same", undefined>;
export default _default;
