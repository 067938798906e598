declare const _default: import("../../src/rule.js").Rule<"appProtocolWithoutName" | "badName" | "duplicateHostPort" | "hostMismatch" | "hostPortOutOfRange" | "missingPort" | "noneMode" | "portOutOfRange" | "rangeBounds" | "rangeMode" | "rangeOverlap" | "rangeSyntax" | "rangeWithContainerPort" | "rangeWithHostPort" | "reservedHostPort" | "tooManyRanges", undefined>;
export default _default;
