declare const _default: import("../../src/rule.js").Rule<"noContainer" | "noPort", undefined>;
export default _default;
