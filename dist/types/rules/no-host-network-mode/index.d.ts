declare const _default: import("../../src/rule.js").Rule<"host" | "hostRoot", undefined>;
export default _default;
