declare const _default: import("../../src/rule.js").Rule<"badFileType" | "badMetadata" | "manyRouters" | "noRouter" | "notAbsolutePath" | "notS3Arn" | "reservedPath" | "routerNotEssential" | "routerToItself" | "typeWithoutValue" | "unknownOption" | "unusedRouter" | "valueWithoutType", undefined>;
export default _default;
