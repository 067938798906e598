/**
 * The rule API: the only engine surface that rules (built-in and plugins) import, with src/types.ts.
 */
import type { FixProposal } from './fix/edits.js';
import { LAUNCH_KINDS } from './inputs/launch.js';
import type { Target } from './json/locate.js';
import type { ContainerDefinition, CreateServiceRequest, RegisterTaskDefinitionRequest, RunTaskRequest } from './schema/ecs-model.js';
import type { DocumentKind, JsonPath, RuleLevel, Severity } from './types.js';
export type { Edit, FixProposal } from './fix/edits.js';
export type { Target } from './json/locate.js';
/** What rules may use besides the types: placeholder checks and facts of the ECS API. */
export { findPlaceholder, hasPlaceholder } from './json/placeholder.js';
export { LOG_DRIVERS, OUTPUT_ONLY_TASK_FIELDS } from './schema/ecs-model.js';
/** `policy` is for a team's own rules (declarative policies and plugins). */
export type Category = 'correctness' | 'security' | 'reliability' | 'observability' | 'policy';
/** Every member optional, all the way down: rules run even when the schema found problems. */
export type DeepPartial<T> = T extends readonly (infer U)[] ? DeepPartial<U>[] : T extends object ? {
    [K in keyof T]?: DeepPartial<T[K]>;
} : T;
/**
 * What a rule sees: the task definition (register input, the `taskDefinition` of describe output, a
 * Dockerrun v2 file, or `{containerDefinitions}` around a bare array). Types are a promise the document
 * may break: check with `typeof` (or the helpers in rules/_helpers) before use.
 */
export type TaskView = DeepPartial<RegisterTaskDefinitionRequest> & {
    tags?: unknown;
    [extra: string]: unknown;
};
export type ContainerView = DeepPartial<ContainerDefinition>;
/**
 * What a rule sees of a document that launches a task definition (a service, a run-task input, an AppSpec
 * resource, an EventBridge target), always in the CreateService/RunTask member names whatever the file's
 * spelling: AppSpec `LoadBalancerInfo` is `loadBalancers[0]`, EventBridge `TaskDefinitionArn` is
 * `taskDefinition`. Paths reported on it are mapped back to the file.
 */
export type LaunchView = DeepPartial<CreateServiceRequest> & DeepPartial<RunTaskRequest> & {
    [extra: string]: unknown;
};
/** Kinds that launch a task definition: their rules get a LaunchView and, when paired, the task definition. */
export { LAUNCH_KINDS };
/** The task definition a launch document was paired with in the run. */
export interface PairedTaskDefinition {
    /** The file, named as results name it. */
    readonly file: string;
    readonly kind: DocumentKind;
    /** Its task view (as task rules see it). Read-only. */
    readonly task: TaskView;
    /** Its logical id or address when it is a resource of a template or Terraform file. */
    readonly name?: string;
}
/** Kinds that hold a task definition (or part of one). */
export declare const TASK_KINDS: readonly DocumentKind[];
/** Every kind of document ecslint recognises (all but `unknown`): the ones the schema checks. */
export declare const RECOGNISED_KINDS: readonly DocumentKind[];
export interface RuleMeta<M extends string = string> {
    /** kebab-case; equals the folder rules/<id>/ and fixtures/<id>/, the config key and the SARIF ruleId. */
    id: string;
    category: Category;
    /** One line, no final period. */
    description: string;
    /**
     * The level the rule reports at when no preset or config gives one (and in the `all` preset when
     * `strict` leaves the rule off). A level that is set replaces it, up or down.
     */
    severity: Severity;
    /** The level in each preset, `off` when the preset leaves it out. */
    presets: {
        recommended: RuleLevel;
        strict: RuleLevel;
    };
    /** AWS documentation that states the facts the rule checks. At least one. */
    references: readonly string[];
    /** Message templates with `{{name}}` placeholders, filled from `Report.data`. */
    messages: Record<M, string>;
    /** JSON Schema for the rule's options (validated with ajv; `default`s are applied). */
    options?: Record<string, unknown>;
    /**
     * The rule's findings point at secret values: reporters never show the source text around them
     * (messages, hints and data must never hold the value in any rule).
     */
    sensitive?: boolean;
    /** Document kinds the rule runs on (default: the task kinds). */
    appliesTo?: readonly DocumentKind[];
}
export interface Related {
    path: JsonPath;
    message: string;
    target?: Target;
    /** `task-definition`: the path is in the paired task definition (`ctx.taskDefinition`), not this document. */
    in?: 'task-definition';
}
export interface Report<M extends string = string> {
    messageId: M;
    /** Where, in the task view; the engine maps it to the file and turns it into a range. */
    path: JsonPath;
    /** What to underline (default: the value). A missing path falls back to its closest ancestor. */
    target?: Target;
    data?: Readonly<Record<string, string | number | boolean>>;
    /** How to fix it, one imperative line. */
    hint?: string;
    related?: readonly Related[];
    /**
     * A milder level for this finding than the rule's `meta.severity` (e.g. a warning-only case). The
     * configured level replaces the rule's severity; a milder finding stays milder, never above that level.
     */
    severity?: Severity;
    /**
     * The one change that surely resolves the finding and nothing else, safe to apply unseen (`--fix`): edits
     * on JSON paths of the task view, which the engine turns into text edits that keep the file's formatting.
     * Give one only when there is a single right answer; otherwise offer `suggestions`.
     */
    fix?: FixProposal;
    /** Changes a person may pick from (an editor's quick fixes, a review suggestion); never applied by `--fix`. */
    suggestions?: readonly FixProposal[];
    /**
     * A mechanical mistake that comes many to a file: `empty` (an empty value the API rejects, `"tags": []`),
     * `placeholder-account` (an account ID left as a placeholder). Two or more of a rule's findings of one class
     * in a file are reported as one, with each as a related location; under the `deploy-action` target, `empty`
     * findings fold into the one note on what that Action strips (src/engine/group.ts).
     */
    group?: 'empty' | 'placeholder-account';
}
export interface RuleContext<M extends string = string, O = undefined> {
    /** Options after validation and defaults. */
    readonly options: O;
    readonly file: string;
    readonly kind: DocumentKind;
    /** The whole parsed document as written (for rules that need more than the task view). Read-only. */
    readonly document: unknown;
    /**
     * For a document that launches a task definition (LAUNCH_KINDS): the task definition the run paired it
     * with, if any. Cross-checks report on this document, with related locations in the task definition.
     */
    readonly taskDefinition?: PairedTaskDefinition;
    report(report: Report<M>): void;
}
export interface Rule<M extends string = string, O = undefined> {
    meta: RuleMeta<M>;
    /**
     * Look at the task and report. Every rule is handed the same task view and document, one rule after
     * another: a rule must not change them (the rules after it would see the change, and shared answers such
     * as the container list would go stale).
     */
    check(task: TaskView, ctx: RuleContext<M, O>): void;
}
/** Declare a rule (built-in or plugin). Typing only: returns its argument. */
export declare function defineRule<M extends string, O = undefined>(rule: Rule<M, O>): Rule<M, O>;
export type AnyRule = Rule<string, any>;
