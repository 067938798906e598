declare const _default: import("../../src/rule.js").Rule<"characters" | "digest" | "digestAlgorithm" | "digestUppercase" | "ecrAccount" | "empty" | "hexName" | "host" | "missing" | "port" | "repository" | "repositoryEmpty" | "tag" | "tooLong" | "uppercase" | "uppercaseHost", undefined>;
export default _default;
