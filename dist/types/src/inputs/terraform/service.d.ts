import { type ObjectShape, type Resolved } from '../shape.js';
import type { LocatedDocument } from '../types.js';
export declare const TERRAFORM_SERVICE: ObjectShape;
/**
 * `aws_cloudwatch_event_target` with an `ecs_target` block (a scheduled task), as an EventBridge target in
 * EventBridge's API spelling: `{EcsParameters: {TaskDefinitionArn, …, NetworkConfiguration:
 * {awsvpcConfiguration: {Subnets, …}}}}`. The provider's `network_configuration` block is flat.
 */
export declare const TERRAFORM_EVENT_TARGET: ObjectShape;
/** The task definition resource name a `task_definition` expression references, in this module. */
export declare function referencedTaskDefinition(expression: string): string | undefined;
export interface TerraformServiceInput {
    /** `aws_ecs_service.web` (with the module path and instance key in a plan). */
    address: string;
    /** An `aws_cloudwatch_event_target` (a scheduled task: its `ecs_target` block) rather than a service. */
    eventTarget?: boolean;
    /** The resource's attributes as read from the file. */
    source: unknown;
    /** Where they are in the file. */
    prefix: (string | number)[];
    resolve: (value: unknown) => Resolved | undefined;
    /** The `task_definition` expression as written (HCL) or its configuration references (plan). */
    references: readonly string[];
    /** A known `task_definition` value (a plan's ARN). */
    known?: string;
}
/**
 * One service, paired with the task definition of `tasks` (by resource address in the same module) that
 * its `task_definition` references, or by family when it is a known ARN or family.
 */
export declare function terraformService(input: TerraformServiceInput, tasks: ReadonlyMap<string, LocatedDocument>): LocatedDocument;
/**
 * The services of a plan or state, each paired with the task definition of the same module that its
 * configuration references (a plan's `configuration`), or by family when its `task_definition` is known.
 */
export declare function planServices(plan: Record<string, unknown>, services: readonly {
    address: string;
    values: unknown;
    path: (string | number)[];
}[], tasks: readonly LocatedDocument[], unknown: symbol): LocatedDocument[];
