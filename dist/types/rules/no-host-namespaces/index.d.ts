declare const _default: import("../../src/rule.js").Rule<"ipc" | "pid", undefined>;
export default _default;
