/**
 * Helpers for rule authors. They read the task view defensively (any member may have any JSON type)
 * and answer launch type, OS and network mode the same way for every rule.
 */
import { type ContainerView, type RuleContext, type Target, type TaskView } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
export { findPlaceholder, hasPlaceholder } from '../../src/rule.js';
export type Obj = Record<string, unknown>;
/**
 * A pure function of a string, with its results kept for the last `max` distinct strings. For what
 * several rules, or every container and file, ask about the same value (an image, a variable name).
 * Results are shared between callers: never change one.
 */
export declare function memoize<T>(fn: (key: string) => T, max?: number): (key: string) => T;
export declare const isObject: (v: unknown) => v is Obj;
export declare const str: (v: unknown) => string | undefined;
export declare const num: (v: unknown) => number | undefined;
export declare const bool: (v: unknown) => boolean | undefined;
export declare const arr: (v: unknown) => readonly unknown[];
export declare const obj: (v: unknown) => Obj | undefined;
/**
 * Each item of an array that is an object, with its index. An array rather than a generator: rules call
 * this for every list of every container, and resuming a generator costs more than the list.
 */
export declare function objects(v: unknown): readonly [Obj, number][];
export interface ContainerRef {
    readonly container: ContainerView & Obj;
    readonly index: number;
    readonly path: JsonPath;
    /** The name when it is a string. */
    readonly name: string | undefined;
    /** How messages name it: `container "web"`, or `container #2` when it has no name. */
    readonly label: string;
}
/**
 * The container definitions that are objects, with their paths. Shared between the rules that ask about
 * the same task: never change the list or its entries.
 */
export declare function containers(task: TaskView): readonly ContainerRef[];
/**
 * Where a finding about a whole container (a member it lacks) points: its name, or the container itself
 * when it has no name, or when the name is a template placeholder (the engine drops findings on the value
 * of a placeholder, and this finding is not about the name).
 */
export declare function atContainer(c: ContainerRef): {
    path: JsonPath;
    target: Target;
};
/** Is the task around the containers known? A bare container-definitions array has none. */
export declare const hasTaskContext: (ctx: Pick<RuleContext<string, unknown>, 'kind'>) => boolean;
export type LaunchType = 'EC2' | 'FARGATE' | 'EXTERNAL' | 'MANAGED_INSTANCES';
/**
 * The launch types the task is for: `requiresCompatibilities` as written, EC2 when it is absent (and
 * for Dockerrun v2, which Elastic Beanstalk runs on EC2). Undefined when there is no task to ask.
 */
export declare function launchTypes(task: TaskView, ctx: Pick<RuleContext<string, unknown>, 'kind'>): Set<LaunchType> | undefined;
export declare const isFargate: (task: TaskView, ctx: Pick<RuleContext<string, unknown>, 'kind'>) => boolean;
export declare const isExternal: (task: TaskView, ctx: Pick<RuleContext<string, unknown>, 'kind'>) => boolean;
/** Windows when `runtimePlatform.operatingSystemFamily` names a Windows family; Linux when absent. */
export declare function isWindows(task: TaskView): boolean;
export type NetworkMode = 'awsvpc' | 'bridge' | 'host' | 'none' | 'default';
/**
 * The network mode in force: as written, or the default when absent (`awsvpc` is required on Fargate
 * and checked elsewhere; EC2 Linux defaults to `bridge`, Windows to `default`). Undefined when there is
 * no task to ask, or the value is not a mode.
 */
export declare function networkMode(task: TaskView, ctx: Pick<RuleContext<string, unknown>, 'kind'>): NetworkMode | undefined;
export interface PortMappingRef {
    mapping: Obj;
    path: JsonPath;
    container: ContainerRef;
}
export declare function portMappings(task: TaskView): PortMappingRef[];
export interface VolumeRef {
    volume: Obj;
    index: number;
    path: JsonPath;
    name: string | undefined;
}
export declare function volumes(task: TaskView): VolumeRef[];
/** `"a", "b" and "c"`. */
export declare function quoteList(items: readonly (string | number)[], conjunction?: string): string;
export declare const plural: (n: number, word: string, many?: string) => string;
