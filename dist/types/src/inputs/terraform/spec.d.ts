/**
 * The attributes of the AWS provider's `aws_ecs_task_definition` (Terraform), with the ECS API's name of
 * each; nested blocks (`volume`, `efs_volume_configuration`…) are lists of objects in plan JSON. Attributes
 * the provider computes (`arn`, `revision`, `tags_all`…) or that only steer Terraform (`skip_destroy`,
 * `track_latest`) are not part of the task definition and are left out.
 *
 * `container_definitions` is a JSON string the provider decodes into the SDK's `[]ContainerDefinition` with
 * Go's `encoding/json` (hashicorp/terraform-provider-aws, internal/service/ecs/container_definitions.go,
 * `expandContainerDefinitions`, and internal/json/decode.go, at commits c67cc847 and 18fc80b6): keys match
 * the SDK's field names without regard to case (`"Image"` works), a key that matches no field is dropped
 * without a word, and a value of the wrong JSON type fails the plan.
 */
import type { ObjectShape, Shape } from '../shape.js';
import type { InputProblem } from '../types.js';
/** `container_definitions` once decoded: what `file(...)` and `templatefile(...)` give too. */
export declare const TERRAFORM_CONTAINERS: Shape;
export declare const TERRAFORM_TASK_DEFINITION: ObjectShape;
/**
 * A key of a container definition that the provider drops (it matches no field of the SDK's types), as a
 * finding; keys of the resource itself that are not task definition members (`arn`, `tags_all`…) are not.
 */
export declare function containerKeyProblem(label: string, key: string, shape: ObjectShape, sourcePath: readonly (string | number)[], resourceDepth: number): InputProblem | undefined;
