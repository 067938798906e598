/**
 * Options the awslogs driver takes: Docker's awslogs options (which Docker validates, refusing to create a
 * container with any other), the ECS-only `awslogs-stream-prefix`, and the options every driver takes.
 */
export declare const AWSLOGS_OPTIONS: readonly ['awslogs-group', 'awslogs-region', 'awslogs-stream-prefix', 'awslogs-create-group', 'awslogs-datetime-format', 'awslogs-multiline-pattern', 'awslogs-endpoint', 'awslogs-credentials-endpoint', 'awslogs-stream', 'awslogs-create-stream', 'awslogs-format', 'awslogs-force-flush-interval-seconds', 'awslogs-max-buffered-events', 'tag', 'mode', 'max-buffer-size'];
/** The known name a misspelt one most likely meant (a letter in four may differ, at most three). */
export declare function suggest(word: string, candidates: readonly string[]): string | undefined;
declare const _default: import("../../src/rule.js").Rule<"badBufferSize" | "badCreateGroup" | "badGroupName" | "badMode" | "badStreamPrefix" | "bothPatterns" | "bufferModeUnset" | "bufferNeedsNonBlocking" | "emptyOption" | "longGroupName" | "missingOptions" | "unknownOption", undefined>;
export default _default;
