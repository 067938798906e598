/**
 * The input layer: each format (raw JSON, CloudFormation JSON/YAML, Terraform plan JSON and HCL) turns a
 * file's text into a `SourceFile`: the located documents it holds, and how a path in the file maps to a
 * range of its text. The engine lints each document unchanged and never knows which format it came from.
 * Nothing here touches the file system, the network or `process` (the playground bundles it).
 */
import type { FixProposal } from '../fix/edits.js';
import type { LineTable } from '../json/lines.js';
import type { Target } from '../json/locate.js';
import type { Locator } from '../json/locator.js';
import type { SyntaxIssue } from '../json/parse.js';
import type { DocumentKind, JsonPath } from '../types.js';
/** What path the document takes to AWS: its rules of acceptance differ (see docs/inputs.md). */
export type DeployPath = 'cloudformation' | 'terraform';
/** A finding the input itself makes (a CloudFormation property AWS would reject), at a path in the file. */
export interface InputProblem {
    ruleId: 'schema' | 'document-kind';
    messageId: string;
    message: string;
    hint?: string;
    /** Path in the file's source tree (not in the document). */
    path: JsonPath;
    target: Target;
    data?: Record<string, string | number>;
    /** Below the rule's level (`warning`: the setting is lost, but nothing is rejected); default `error`. */
    severity?: 'warning';
    /** In source paths; offered only where the document has a `fixPath` (its file can be written). */
    fix?: FixProposal;
    suggestions?: FixProposal[];
}
/** A file a Terraform task definition reads its containers from. */
export interface ContainerFile {
    /** As written, without a leading `${path.module}/`: relative to the `.tf` file's folder. */
    path: string;
    /** `templatefile`: `${…}` are template variables. */
    template: boolean;
}
/** One document of a file, shaped as the engine checks it (a task definition, a container-definitions array…). */
export interface LocatedDocument {
    /** The kind the schema and rules see. */
    kind: DocumentKind;
    /** The document in the ECS API's shape (CloudFormation and Terraform names already mapped). */
    value: unknown;
    /** A path in `value` → the path in the file's source tree that holds it (or its closest ancestor). */
    toSource(path: JsonPath): JsonPath;
    /** Where the document sits in the file, e.g. `AppTaskDef (Stack/App/TaskDef)`: prefixed to its findings. */
    label?: string;
    /**
     * Values the linter cannot know (CloudFormation intrinsics, Terraform expressions and unknown-after-apply
     * values). They hold a `${…}` placeholder in `value`; nothing is reported at or under them.
     */
    isUnknown?(path: JsonPath): boolean;
    /** A property name as the file spells it (`containerPort` → `ContainerPort`), for schema messages. */
    sourceName?(path: JsonPath): string | undefined;
    /** The deploy path the format implies. */
    deployPath?: DeployPath;
    /**
     * Terraform's `container_definitions = file("…")` or `templatefile("…", {…})` with a literal path: the file
     * (relative to the `.tf` file's folder) that holds the containers, which the run lints as a file of its own
     * (src/session/container-files.ts). The containers are unknown in this document.
     */
    containerFile?: ContainerFile;
    /** Findings of the input itself, in source paths. */
    problems?: InputProblem[];
    /**
     * Where a fix's edit at a document path goes in the file, or undefined when it cannot be written there.
     * Absent: fixes are not offered (a format without a writer that keeps its formatting, such as YAML).
     */
    fixPath?(path: JsonPath): JsonPath | undefined;
    /**
     * For a service of a template (or a Terraform configuration): the task definition of the same file it
     * runs, named by its logical id or address, or why none was found. Cross-checks run against it.
     */
    pairing?: {
        document: LocatedDocument;
        name: string;
    }
    /**
     * Not in this file; `external` is the resource address (`aws_ecs_task_definition.app`) the caller may
     * find in another file of the same module (LintTextOptions.resolvePair). `unpaired` says why when not.
     */
     | {
        unpaired: string;
        hint?: string;
        external?: string;
    };
    /** Schema findings that do not hold for this format (CloudFormation fills in a missing `Family`). */
    skipSchema?(issue: {
        messageId: string;
        path: JsonPath;
        data: Readonly<Record<string, unknown>>;
    }): boolean;
}
/** A file read by an input. */
export interface SourceFile {
    /** What the file is: the document kind of a raw file, or `cloudformation`, `terraform-plan`, `terraform`. */
    kind: DocumentKind;
    /** The text as linted (a byte-order mark removed). */
    text: string;
    lines: LineTable;
    /** Source path → range in `text`. */
    locator: Locator;
    /** True when the text could not be read at all: nothing is linted. */
    fatal: boolean;
    /** True for strict JSON (secrets in source lines are masked by the faster strict scanner). */
    strict: boolean;
    issues: SyntaxIssue[];
    documents: LocatedDocument[];
    /**
     * The file is of a format the linter reads but holds nothing to lint (a CloudFormation template without
     * ECS resources): skipped quietly, even when named on the command line.
     */
    quiet?: boolean;
}
