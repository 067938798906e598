/**
 * Members of a task definition that the AWS SDK bundled in amazon-ecs-deploy-task-definition does not know
 * (docs/targets.md, "Members newer than the deploy Action's SDK", has the sources).
 *
 * Its latest release, v2.6.3 (the `v2` tag since 2026-07-01), bundles @aws-sdk/client-ecs 3.1076.0, whose
 * serializer writes only the members its model has: a newer member is left out of the RegisterTaskDefinition
 * request without a word. (v1.6.0 to v2.6.2 passed every member through; v1.x up to v1.5.0, the `v1` tag,
 * used aws-sdk v2, whose parameter validation refuses an unknown member: see the docs.) Under the
 * `deploy-action` target each such member is a warning of the `schema` rule.
 */
import type { JsonPath } from '../types.js';
export declare const DEPLOY_ACTION_RELEASE = "v2.6.3";
export declare const DEPLOY_ACTION_SDK = "@aws-sdk/client-ecs 3.1076.0";
/** The paths of the members of a task definition that the deploy Action's SDK drops (null ones aside). */
export declare function membersNewerThanDeployAction(value: unknown): JsonPath[];
