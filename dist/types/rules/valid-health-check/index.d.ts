declare const _default: import("../../src/rule.js").Rule<"empty" | "execShellLine" | "joined" | "noPrefix" | "none" | "prefixOnly" | "singleString" | "spacedPrefix" | "timeoutNotLess" | "tooHigh" | "tooLow", undefined>;
export default _default;
