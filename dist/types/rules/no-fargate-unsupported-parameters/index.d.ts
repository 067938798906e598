declare const _default: import("../../src/rule.js").Rule<"capability" | "container" | "gpu" | "linux" | "pidMode" | "task" | "volume", undefined>;
export default _default;
