declare const _default: import("../../src/rule.js").Rule<"both" | "managedInstances" | "notFargate" | "platformForOs" | "platformNotFargate", undefined>;
export default _default;
