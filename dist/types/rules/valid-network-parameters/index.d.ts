declare const _default: import("../../src/rule.js").Rule<"awsvpc" | "awsvpcDoubtful" | "emptyHostEntry", undefined>;
export default _default;
