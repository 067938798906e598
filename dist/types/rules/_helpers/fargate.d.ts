/**
 * Fargate task sizes: the one place the cpu/memory table lives (aws-facts.md §1), and the conversion of
 * the string forms AWS accepts for task-level `cpu` ("1024", "1 vCPU", "1 vcpu") and `memory` ("2048",
 * "2 GB", "2GB"). Used by valid-fargate-task-size for the check and for its messages.
 */
/** The memory values (MiB) one cpu size allows: a stepped range, or a short list. */
export type MemorySpec = {
    readonly kind: 'range';
    readonly min: number;
    readonly max: number;
    readonly step: number;
} | {
    readonly kind: 'list';
    readonly values: readonly number[];
};
export interface FargateSize {
    /** CPU units (1 vCPU = 1024). */
    readonly cpu: number;
    readonly memory: MemorySpec;
    /** Windows on Fargate offers only 1, 2 and 4 vCPU (§1.3). */
    readonly windows: boolean;
    /** Needs Linux platform version 1.4.0 or later (§1.1). */
    readonly linuxPlatform140?: boolean;
    /**
     * Newer than the AWS docs and SDK models the facts were checked against (§1.2: cfn-lint PR #4668,
     * pulumi-awsx PR #2053). Valid; set FARGATE_INCLUDE_RECENT to false to treat it as unknown.
     */
    readonly recent?: boolean;
}
/** Turn off to drop the sizes marked `recent` (the 32 vCPU tier) from the table. */
export declare const FARGATE_INCLUDE_RECENT = true;
/** Valid Fargate task sizes, cpu units → memory MiB (aws-facts.md §1.1–§1.3). */
export declare const FARGATE_SIZES: readonly FargateSize[];
export type FargateOs = 'linux' | 'windows';
/** The sizes available to an operating system. Shared between callers: never change the list. */
export declare function fargateSizes(os: FargateOs): readonly FargateSize[];
/** The size row for a cpu value on an OS, if there is one. */
export declare function fargateSize(cpu: number, os: FargateOs): FargateSize | undefined;
/** Every memory value (MiB) a size allows, ascending. */
export declare function memoryValues(spec: MemorySpec): number[];
export declare function allowsMemory(size: FargateSize, memory: number): boolean;
/** `2048–8192 in steps of 1024`, or `512, 1024 or 2048`. */
export declare function describeMemory(spec: MemorySpec): string;
/** The cpu values (units) on an OS that allow a memory value. */
export declare function cpusForMemory(memory: number, os: FargateOs): number[];
/** A task-level cpu or memory value read from the document. */
export interface SizeValue {
    /** CPU units or MiB. */
    readonly value: number;
    /** As written: `"1 vCPU"`, `"1024"`, or `1024` when the document holds a JSON number. */
    readonly shown: string;
    /** True when written in vCPU or GB rather than units or MiB. */
    readonly converted: boolean;
    /** A fractional vCPU or GB form (`".25 vCPU"`, `"0.5 GB"`), which AWS does not document (§1.4). */
    readonly fractional: boolean;
    /** The canonical integer string AWS stores on registration. */
    readonly canonical: string;
}
/** Task `cpu`: CPU units (`"1024"`) or vCPU (`"1 vCPU"`, case-insensitive); undefined when neither. */
export declare const parseCpu: (raw: unknown) => SizeValue | undefined;
/** Task `memory`: MiB (`"2048"`) or GB (`"2 GB"`, `"2GB"`, case-insensitive); undefined when neither. */
export declare const parseMemory: (raw: unknown) => SizeValue | undefined;
/** How a message shows a value: `"1024"`, or `"1 vCPU" (1024)` when AWS converts it. */
export declare const showSize: (v: SizeValue) => string;
/**
 * Where a task asks for Fargate: the `"FARGATE"` item of `requiresCompatibilities` (the place to report
 * what Fargate requires and the task lacks).
 */
export declare function fargateEntryPath(task: {
    requiresCompatibilities?: unknown;
}): (string | number)[];
