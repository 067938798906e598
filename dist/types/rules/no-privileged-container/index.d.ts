declare const _default: import("../../src/rule.js").Rule<"privileged", undefined>;
export default _default;
