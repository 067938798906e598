declare const _default: import("../../src/rule.js").Rule<"latest" | "untagged", undefined>;
export default _default;
