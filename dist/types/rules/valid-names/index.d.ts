/** `family`, container and volume names: 1–255 letters, digits, `_`, `-` (aws-facts §4.2). */
export declare const MAX_NAME_LENGTH = 255;
/** The characters of a name that are not allowed, each once, in order of appearance. */
export declare function badCharacters(name: string): string[];
declare const _default: import("../../src/rule.js").Rule<"badChars" | "duplicateContainer" | "duplicateVolume" | "empty" | "missingContainerName" | "tooLong", undefined>;
export default _default;
