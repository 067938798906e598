interface Options {
    registries: string[];
}
declare const _default: import("../../src/rule.js").Rule<"notAllowed", Options>;
export default _default;
