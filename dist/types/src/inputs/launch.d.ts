/**
 * Documents that launch a task definition: services (CreateService/UpdateService input, describe-services
 * output), run-task inputs, CodeDeploy AppSpec files and EventBridge targets. Each is seen by rules as one
 * ECS-API-shaped view (the CreateService member names: `taskDefinition`, `launchType`, `loadBalancers`,
 * `networkConfiguration.awsvpcConfiguration.subnets`, …) whatever its own spelling (AppSpec PascalCase,
 * EventBridge's mixed case), with each view path mapped back to where it is written.
 */
import type { DocumentKind, JsonPath } from '../types.js';
/** Kinds that launch a task definition. */
export declare const LAUNCH_KINDS: readonly DocumentKind[];
export declare const isLaunchKind: (kind: DocumentKind) => boolean;
/** The kind of a document that launches tasks, or undefined. Called after the task kinds were ruled out. */
export declare function detectLaunchKind(value: Record<string, unknown>): DocumentKind | undefined;
export interface LaunchView {
    /** The ECS-API-shaped view. */
    task: Record<string, unknown>;
    toSource(path: JsonPath): JsonPath;
}
/** The one ECS resource of an AppSpec file: its index in `Resources`, its name and properties. */
export declare function appspecResource(value: Record<string, unknown>): {
    resourcesKey: string;
    index: number;
    name: string;
    resource: Record<string, unknown>;
} | undefined;
/**
 * The views of a launch document: one per service, target or resource it holds (a describe-services output
 * or a PutTargets input may hold several).
 */
export declare function launchViews(kind: DocumentKind, value: unknown): LaunchView[];
