import type { DeployTarget } from '../engine/group.js';
/** How a repository's workflows deploy task definitions. */
export type DeployPath = 'deploy-action' | 'aws-cli' | 'elastic-beanstalk' | 'copilot' | 'iac';
/** The deploy paths named in a repository's workflows, each with the workflow files that name it. */
export type DeployPaths = Partial<Record<DeployPath, string[]>>;
/** Workflow files read, in name order; more are not looked at. */
export declare const MAX_WORKFLOWS = 200;
/** A workflow file larger than this is skipped (GitHub's own limit for a workflow file is 512 KiB). */
export declare const MAX_WORKFLOW_BYTES: number;
/** The deploy paths the workflows under `dir`/.github/workflows name (none when there are none). */
export declare function workflowDeployPaths(dir: string): DeployPaths;
/** A target inferred from the workflows, and the first workflow file that says so. */
export interface InferredTarget {
    target: DeployTarget;
    from: string;
}
/**
 * The deploy target the workflows imply: `deploy-action` when a step uses amazon-ecs-deploy-task-definition;
 * otherwise none (the default, `aws-cli`, stays).
 */
export declare function inferTarget(dir: string): InferredTarget | undefined;
