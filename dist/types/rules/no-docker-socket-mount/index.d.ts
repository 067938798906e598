declare const _default: import("../../src/rule.js").Rule<"inherited" | "mount" | "v1mount", undefined>;
export default _default;
