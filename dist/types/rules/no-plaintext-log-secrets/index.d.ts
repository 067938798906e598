declare const _default: import("../../src/rule.js").Rule<"header" | "name" | "random" | "shape", undefined>;
export default _default;
