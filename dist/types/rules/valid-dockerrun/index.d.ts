declare const _default: import("../../src/rule.js").Rule<"containersInV3" | "firstPortOnly" | "portsRequired" | "v1KeysInV2" | "v2KeysInV1", undefined>;
export default _default;
