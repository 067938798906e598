import { type Resolved } from '../shape.js';
import type { LocatedDocument } from '../types.js';
export declare const TASK_DEFINITION_TYPE = "AWS::ECS::TaskDefinition";
/** Cheap test on the text: no ECS resource type, nothing to read (YAML is not even parsed). */
export declare const mentionsEcs: (text: string) => boolean;
/** Whether a parsed value is a CloudFormation template. */
export declare function isTemplate(value: unknown): value is Record<string, unknown>;
/** The resources of a template, with their logical ids, of one type. */
export declare function resourcesOfType(template: Record<string, unknown>, type: string): {
    id: string;
    resource: Record<string, unknown>;
}[];
/** `LogicalId (Stack/Construct)`: the logical id, and the CDK construct path when the CDK wrote one. */
export declare function resourceLabel(id: string, resource: Record<string, unknown>): string;
/** The name of the intrinsic function an object is, if it is one (`{"Ref": …}`, `{"Fn::Sub": …}`). */
export declare function intrinsicName(value: unknown): string | undefined;
/** Evaluates the intrinsics of one template that can be evaluated safely (see the module comment). */
export declare function intrinsicResolver(template: Record<string, unknown>): (value: unknown) => Resolved | undefined;
/**
 * The task definitions of a template, as located documents (paths into `template`). `writable`: fixes can be
 * written into the file (a JSON template; the YAML writer would not keep the author's formatting).
 */
export declare function templateTaskDefinitions(template: Record<string, unknown>, writable?: boolean): LocatedDocument[];
