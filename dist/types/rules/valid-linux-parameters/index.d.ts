/** `KernelCapabilities.add`/`drop` values the ECS API lists (aws-facts.md §4.13). */
export declare const ECS_CAPABILITIES: readonly string[];
/**
 * Real Linux capabilities that the current ECS API list leaves out (AUDIT_READ was in the 2023 developer
 * guide's add list; the others are newer kernels'). Docker knows them; whether ECS accepts them is not
 * documented, so they are warnings.
 */
export declare const OTHER_LINUX_CAPABILITIES: readonly string[];
/** `Tmpfs.mountOptions` values the ECS API lists (aws-facts.md §4.13). */
export declare const TMPFS_MOUNT_OPTIONS: readonly string[];
export type CapabilityVerdict = {
    kind: 'ok';
} | {
    kind: 'empty';
} | {
    kind: 'prefix';
    fix: string;
} | {
    kind: 'case';
    fix: string;
} | {
    kind: 'spaces';
    fix: string;
} | {
    kind: 'notInApi';
} | {
    kind: 'unknown';
    suggestion?: string;
};
/** How a capability name reads to ECS and Docker. */
export declare function classifyCapability(name: string): CapabilityVerdict;
declare const _default: import("../../src/rule.js").Rule<"capCase" | "capEmpty" | "capNotInApi" | "capPrefix" | "capSpaces" | "capUnknown" | "deviceEmpty" | "deviceRelative" | "negative" | "swappiness" | "tmpfsEmpty" | "tmpfsOptionEmpty" | "tmpfsOptionSize" | "tmpfsOptionUnknown" | "tmpfsRelative" | "ulimitDuplicate" | "ulimitSoftAboveHard", undefined>;
export default _default;
