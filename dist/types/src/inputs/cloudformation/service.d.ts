/**
 * `AWS::ECS::Service` resources of a template as services in the CreateService API's shape, each paired
 * with the `AWS::ECS::TaskDefinition` of the same template that its `TaskDefinition` names (`!Ref TaskDef`,
 * `{"Ref": "TaskDef"}`, `!GetAtt TaskDef.TaskDefinitionArn`, `!Sub "${TaskDef}"`), so that the service
 * cross-checks (valid-service-* rules) run inside the template as cfn-lint's do, with positions in the
 * template and logical ids in the messages.
 *
 * Property names from the CloudFormation resource schema `aws-ecs-service.json` (the registry schema):
 * the API's member with a capital first letter, except `PlacementStrategies` (API `placementStrategy`).
 * Properties not listed here (`ForceNewDeployment`, `VpcLatticeConfigurations`, Service Connect `Tls` and
 * `LogConfiguration`, …) are left out of the mapped service: nothing checks them, and CloudFormation's own
 * schema is cfn-lint's to enforce.
 */
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
export declare const RULE_TYPE = "AWS::Events::Rule";
/**
 * The ECS targets of a template's `AWS::Events::Rule`s (scheduled tasks): each an EventBridge target paired
 * with the task definition its `EcsParameters.TaskDefinitionArn` names, as services are.
 */
export declare function templateRuleTargets(template: Record<string, unknown>, tasks: readonly LocatedDocument[], writable?: boolean): LocatedDocument[];
/** The task definitions of a template, then its services and scheduled-task targets (each paired where it can be). */
export declare function templateDocuments(template: Record<string, unknown>, writable?: boolean): LocatedDocument[];
