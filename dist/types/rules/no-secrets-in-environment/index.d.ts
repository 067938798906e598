declare const _default: import("../../src/rule.js").Rule<"name" | "random" | "shape", undefined>;
export default _default;
