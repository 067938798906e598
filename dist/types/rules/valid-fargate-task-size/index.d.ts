declare const _default: import("../../src/rule.js").Rule<"badCpu" | "badMemory" | "badMemoryAlone" | "fractional" | "missing" | "pair" | "unknownCpu" | "windowsCpu", undefined>;
export default _default;
