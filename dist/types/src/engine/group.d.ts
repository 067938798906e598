/**
 * Grouping of mechanical findings and the deploy target's view of them.
 *
 * A mechanical mistake (a `null` member, a member copied from describe-task-definition output, a placeholder
 * account ID) tends to come many to a file, and is fixed by a machine. Reported once per member, it buries
 * the findings that need a person: so each class is one finding per file, at its first member, with every
 * member as a related location, a count and the names in the message, and one fix for them all.
 *
 * The deploy target says what the path to AWS does with them (docs/targets.md):
 *   aws-cli         `aws ecs register-task-definition --cli-input-json` rejects each: errors (grouped)
 *   deploy-action   amazon-ecs-deploy-task-definition removes null and empty values and output-only members
 *                   before it registers: all of them become one note
 *   terraform       the AWS provider drops null members: those become one note, the rest as aws-cli
 *   cloudformation  as aws-cli, in CloudFormation's words (it refuses a template with a null)
 *   (a template or a Terraform file is judged by its own format's target, whatever the config says)
 */
import type { FixProposal } from '../fix/edits.js';
import type { JsonPath, Severity } from '../types.js';
/** Where a task definition goes, which decides what its mechanical findings mean. */
export type DeployTarget = 'aws-cli' | 'deploy-action' | 'cloudformation' | 'terraform';
export declare const DEPLOY_TARGETS: readonly DeployTarget[];
export declare const DEFAULT_TARGET: DeployTarget;
export declare const isDeployTarget: (value: unknown) => value is DeployTarget;
/**
 * Classes of mechanical findings. `null` and `output-only` come from the schema; a rule marks its findings of
 * a class with `Report.group` (`empty`: an empty value the API rejects, such as `"tags": []`;
 * `placeholder-account`: an account ID left as a placeholder).
 */
export type MechanicalClass = 'null' | 'output-only' | 'empty' | 'placeholder-account';
export declare const MECHANICAL_CLASSES: readonly MechanicalClass[];
/** What grouping needs of a finding (the engine's pending finding). */
export interface Groupable {
    ruleId: string;
    severity: Severity;
    messageId: string;
    message: string;
    hint?: string;
    path: JsonPath;
    target: 'key' | 'value' | 'property';
    data?: Readonly<Record<string, unknown>>;
    related?: {
        path: JsonPath;
        message: string;
        target: 'key' | 'value' | 'property';
    }[];
    fix?: FixProposal;
    suggestions?: readonly FixProposal[];
    group?: MechanicalClass;
    /** Set on a grouped finding: what its fingerprint is made of instead of its path (stable as members come and go). */
    groupKey?: string;
}
/**
 * The findings of one file with each mechanical class grouped (two or more of a rule's findings of a class
 * become one) and, under a target that strips some classes, those folded into one note.
 */
export declare function groupMechanical<P extends Groupable>(pending: readonly P[], target: DeployTarget, 
/** Where a finding is in the file (members are listed in file order). */
offsetOf: (p: Groupable) => number): P[];
