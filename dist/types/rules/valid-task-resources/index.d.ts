declare const _default: import("../../src/rule.js").Rule<"containerAboveTaskMemory" | "containerCpuAboveTask" | "cpuSumAboveTask" | "reservationAboveMemory" | "reservationsAboveTaskMemory" | "reservedAboveTaskMemory" | "taskCpuRange" | "tinyMemory", undefined>;
export default _default;
