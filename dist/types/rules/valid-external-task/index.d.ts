declare const _default: import("../../src/rule.js").Rule<"appMesh" | "awsvpc" | "efs", undefined>;
export default _default;
