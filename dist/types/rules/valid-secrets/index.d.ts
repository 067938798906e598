export type Reference = {
    kind: 'secretsmanager';
    jsonKey: string;
    versionStage: string;
    versionId: string;
} | {
    kind: 'ssm';
} | {
    kind: 'ssm-name';
} | {
    kind: 'template';
} | {
    kind: 'invalid';
    reason: InvalidReason;
    detail?: string;
};
export type InvalidReason = 'malformedArn' | 'arnPart' | 'wrongService' | 'secretSuffix' | 'emptySecretName' | 'ssmResource' | 'notAName';
/**
 * What a secret's `valueFrom` refers to (aws-facts.md §4.7): a Secrets Manager secret ARN, optionally with
 * `:json-key:version-stage:version-id` (all three colons kept), an SSM parameter ARN, or an SSM parameter name.
 */
export declare function classifyValueFrom(value: string): Reference;
declare const _default: import("../../src/rule.js").Rule<"alsoEnvironment" | "arnPart" | "credentialsNotSecret" | "duplicate" | "emptyCredentials" | "emptyName" | "emptySecretName" | "emptyValueFrom" | "fargateVersion" | "malformedArn" | "notAName" | "secretSuffix" | "ssmResource" | "stageAndId" | "wrongService", undefined>;
export default _default;
