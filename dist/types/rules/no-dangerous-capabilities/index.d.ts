declare const _default: import("../../src/rule.js").Rule<"accelerator" | "capability" | "device", undefined>;
export default _default;
