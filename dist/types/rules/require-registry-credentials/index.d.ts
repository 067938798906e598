declare const _default: import("../../src/rule.js").Rule<"maybePublic" | "private", undefined>;
export default _default;
