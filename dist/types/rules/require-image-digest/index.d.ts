declare const _default: import("../../src/rule.js").Rule<"unpinned", undefined>;
export default _default;
