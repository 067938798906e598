import type { JsonPath } from '../../src/types.js';
/**
 * How to fix a name that names nothing: a did-you-mean when one existing name is close, else the names
 * that exist. `exclude` (the container holding the reference) is left out of `existing`.
 */
export declare function suggestion(name: string, existing: readonly string[], noun: string, where: string, exclude?: string): string;
interface Edge {
    from: number;
    to: number;
    /** The `dependsOn[i]` entry. */
    path: JsonPath;
}
/**
 * Every elementary cycle of the graph (nodes 0..n-1), each once, starting at its lowest node; at most
 * `limit` of them.
 */
export declare function findCycles(n: number, edges: readonly Edge[], limit?: number): Edge[][];
declare const _default: import("../../src/rule.js").Rule<"cycle" | "dependsOnSelf" | "emptyName" | "essentialTarget" | "healthyWithoutCheck" | "unknownDependency" | "unknownDevice" | "unknownProxyContainer" | "unknownVolume" | "unknownVolumesFrom" | "volumesFromSelf", undefined>;
export default _default;
