declare const _default: import("../../src/rule.js").Rule<"badCpu" | "badMemory" | "badMemoryAlone" | "fractional" | "missing" | "noCompatibilities" | "pair" | "unknownCpu" | "windowsCpu", undefined>;
export default _default;
