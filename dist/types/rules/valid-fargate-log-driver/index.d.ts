declare const _default: import("../../src/rule.js").Rule<"configFileType" | "driver", undefined>;
export default _default;
