/**
 * The properties of `AWS::ECS::TaskDefinition` as CloudFormation names them, with the ECS API's name and
 * type of each. Facts from the CloudFormation resource schema `aws-ecs-taskdefinition.json` (the registry
 * schema CloudFormation validates templates against; read at propulsionworks/cfn-resource-schemas commit
 * 78bd4b6b, June 2026). Where CloudFormation's name is not the API's with a capital first letter, the
 * difference is written out: `EFSVolumeConfiguration`, `FSxWindowsFileServerVolumeConfiguration`,
 * `S3FilesVolumeConfiguration`, `FilesystemId` (EFS), `IAM`, `ProxyConfigurationProperties`.
 */
import type { ObjectShape, Shape } from '../shape.js';
/** An object shape from `{ CfnName: shape }` or `{ CfnName: [apiName, shape] }`. */
export declare function object(title: string, props: Record<string, Shape | [string, Shape]>): ObjectShape;
export declare const list: (items: Shape) => Shape;
export declare const strings: Shape;
export declare const CONTAINER_DEFINITION: ObjectShape;
export declare const VOLUME: ObjectShape;
/** `Properties` of an `AWS::ECS::TaskDefinition`. */
export declare const TASK_DEFINITION: ObjectShape;
