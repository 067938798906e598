declare const _default: import("../../src/rule.js").Rule<"noVolume" | "notAtLaunch", undefined>;
export default _default;
