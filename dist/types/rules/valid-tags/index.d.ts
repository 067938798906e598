/** The characters that are not allowed, each once, in order of appearance, as messages show them. */
export declare function badCharacters(text: string): string[];
declare const _default: import("../../src/rule.js").Rule<"badKeyChars" | "badValueChars" | "duplicateKey" | "emptyList" | "reservedKey" | "reservedValue", undefined>;
export default _default;
