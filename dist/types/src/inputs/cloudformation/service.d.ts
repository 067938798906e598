import { type ObjectShape } from '../shape.js';
import type { LocatedDocument } from '../types.js';
export declare const SERVICE_TYPE = "AWS::ECS::Service";
/** `Properties` of an `AWS::ECS::Service`, as far as the checks read them. */
export declare const SERVICE: ObjectShape;
/**
 * The logical id of the task definition resource a `TaskDefinition` value names, or undefined: `Ref`
 * (short or long form), `Fn::GetAtt` of `TaskDefinitionArn`, or `Fn::Sub` of exactly `${Id}`.
 */
export declare function referencedResource(value: unknown): string | undefined;
/**
 * The services of a template, each paired with one of `tasks` (the template's task definitions, in the
 * order of resourcesOfType) when its `TaskDefinition` names that resource or its family.
 */
export declare function templateServices(template: Record<string, unknown>, tasks: readonly LocatedDocument[], writable?: boolean): LocatedDocument[];
/** The task definitions of a template, then its services (each paired with one of them where it can be). */
export declare function templateDocuments(template: Record<string, unknown>, writable?: boolean): LocatedDocument[];
