declare const _default: import("../../src/rule.js").Rule<"noPort" | "perRequestTcp", undefined>;
export default _default;
