declare const _default: import("../../src/rule.js").Rule<"account" | "bareName" | "empty" | "notArn" | "notRole" | "partition" | "path" | "region" | "resource" | "roleName" | "service", undefined>;
export default _default;
