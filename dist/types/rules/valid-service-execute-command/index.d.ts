declare const _default: import("../../src/rule.js").Rule<"noTaskRole", undefined>;
export default _default;
