/**
 * Helpers for the rules that check a service, run-task input, AppSpec or EventBridge target (a launch
 * document) against the task definition it runs.
 */
import type { LaunchView, PairedTaskDefinition, RuleContext, TaskView } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { arr, type ContainerRef, isObject, num, type Obj, obj, objects, str } from './index.js';
/** The launch view, typed as launch documents are (the rule API hands every rule a TaskView). */
export declare const launchView: (task: TaskView) => LaunchView & Obj;
/** The paired task definition, with what rules ask of it. */
export interface Paired {
    readonly td: PairedTaskDefinition;
    readonly task: TaskView;
    readonly kind: PairedTaskDefinition['kind'];
    /** How messages name it: `task definition "web"` or `task definition in td.json`. */
    readonly label: string;
}
export declare function paired(ctx: Pick<RuleContext<string, unknown>, 'taskDefinition'>): Paired | undefined;
/** A value made on first use and kept (a list quoted in messages, built once per check). */
export declare function lazy<T>(make: () => T): () => T;
/** Whether some container's name is not a literal (a placeholder, or missing): a name check is then unsure. */
export declare const uncertainNames: (task: TaskView) => boolean;
/** The container ports a container maps (single ports; ranges as [from, to]). */
export declare function containerPorts(c: ContainerRef): {
    ports: number[];
    ranges: [number, number][];
    uncertain: boolean;
};
/** Where a container's port mappings are (for a related location), else its name. */
export declare function portsPath(c: ContainerRef): JsonPath;
/** Effective launch: `launchType` as written, or FARGATE when every capacity provider is a Fargate one. */
export declare function launchOf(view: Obj): {
    type: string | undefined;
    path: JsonPath | undefined;
};
/** The awsvpc configuration of a launch view, if any. */
export declare const awsvpcOf: (view: Obj) => Obj | undefined;
export { arr, isObject, num, obj, objects, str };
/** What the port checks ask of the paired task definition, answered in time linear in its size. */
export interface PortIndex {
    /** The first container with this (literal) name. */
    container(name: string): ContainerRef | undefined;
    /** The names of the containers that have one. */
    readonly names: readonly string[];
    /** The ports a container maps: single ports, ranges, whether some are not literal, and a lookup. */
    ports(c: ContainerRef): ContainerPorts;
    /** The one container that maps a port, if exactly one does (overlapping ranges count as more than one). */
    onlyOwner(port: number): ContainerRef | undefined;
}
export interface ContainerPorts {
    ports: readonly number[];
    ranges: readonly (readonly [number, number])[];
    uncertain: boolean;
    maps(port: number): boolean;
}
export declare function portIndex(task: TaskView): PortIndex;
