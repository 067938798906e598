declare const _default: import("../../src/rule.js").Rule<"appspecPartial" | "missing" | "noSubnets" | "notAwsvpc", undefined>;
export default _default;
