declare const _default: import("../../src/rule.js").Rule<"customPercent" | "daemon" | "graceUnused" | "stuck", undefined>;
export default _default;
