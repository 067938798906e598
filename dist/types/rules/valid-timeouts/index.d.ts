/** Fargate's range for `startTimeout` and `stopTimeout`, in seconds (aws-facts §4.16). */
export declare const FARGATE_MIN = 2;
export declare const FARGATE_MAX = 120;
/** ContainerRestartPolicy (API reference): restartAttemptPeriod 60–1800 seconds, at most 50 ignoredExitCodes. */
export declare const RESTART_PERIOD_MIN = 60;
export declare const RESTART_PERIOD_MAX = 1800;
export declare const MAX_IGNORED_EXIT_CODES = 50;
declare const _default: import("../../src/rule.js").Rule<"fargateRange" | "notPositive" | "restartPeriod" | "tooManyExitCodes", undefined>;
export default _default;
