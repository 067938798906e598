declare const _default: import("../../src/rule.js").Rule<"architecture" | "container" | "dockerDriver" | "efs" | "family" | "firelens" | "fsxOnLinux" | "gpu" | "linuxTask" | "logDriver" | "networkMode" | "port" | "task" | "taskSize", undefined>;
export default _default;
