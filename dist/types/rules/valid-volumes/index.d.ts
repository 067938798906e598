declare const _default: import("../../src/rule.js").Rule<"autoprovisionNoScope" | "autoprovisionTask" | "credentialsNotArn" | "empty" | "multipleTypes" | "rootWithAccessPoint" | "secondLaunchVolume" | "transitRequired", undefined>;
export default _default;
