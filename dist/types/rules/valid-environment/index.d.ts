declare const _default: import("../../src/rule.js").Rule<"duplicate" | "fileBucketArn" | "fileEmpty" | "fileExtension" | "fileNotArn" | "fileS3Url" | "nameEmpty" | "nameMissing" | "tooManyFiles", undefined>;
export default _default;
