/**
 * Public types. Every position a user sees is 1-based (line and UTF-16 column); 0-based offsets stay
 * inside src/json.
 */

/** How serious a finding is. The names are SARIF's levels, so reporters never need a mapping table. */
export type Severity = 'error' | 'warning' | 'note';

/** A severity as config writes it: a level, or `off` to disable the rule. */
export type RuleLevel = Severity | 'off';

/** A path into a JSON document: object keys and array indexes. */
export type JsonPath = readonly (string | number)[];

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units (what editors, SARIF and GitHub use). */
  column: number;
}

export interface Range {
  start: Position;
  /** Exclusive end: the position just after the last character of the range. */
  end: Position;
}

/** What a document is, detected from its content. */
export type DocumentKind =
  | 'task-definition'
  | 'describe-output'
  | 'container-definitions'
  | 'dockerrun-v1'
  | 'dockerrun-v2'
  | 'dockerrun-v3'
  /** Files that hold task definitions as resources: each is linted as a task definition. */
  | 'cloudformation'
  | 'terraform-plan'
  | 'terraform'
  /** CreateService input (`aws ecs create-service --cli-input-json`, ecspresso's ecs-service-def.json). */
  | 'create-service'
  /** UpdateService input. */
  | 'update-service'
  /** `aws ecs describe-services` output (or one service of it). */
  | 'describe-services'
  /** RunTask input. */
  | 'run-task'
  /** StartTask input. */
  | 'start-task'
  /** A CodeDeploy AppSpec file for an ECS blue/green deployment (JSON or YAML). */
  | 'appspec'
  /** EventBridge targets (PutTargets input, or one target) that run tasks through `EcsParameters`. */
  | 'events-target'
  | 'unknown';

export interface RelatedLocation {
  message: string;
  /**
   * The file the location is in, when it is not the diagnostic's own (the task definition a service was
   * checked against), named as results name files.
   */
  file?: string;
  pointer: string;
  range: Range;
}

/** One replacement in a file's text: the text in `range` (1-based, end exclusive) becomes `text`. */
export interface TextEdit {
  range: Range;
  text: string;
}

/**
 * A change that resolves a finding: its edits apply together, in one file, and never overlap. A `fix` is safe
 * to apply without a person looking (`--fix`); a suggestion is one of several a person picks from.
 */
export interface Fix {
  /** What the change does, one imperative line: `remove "links"`, `rename "Essential" to "essential"`. */
  message: string;
  edits: TextEdit[];
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  hint?: string;
  /** RFC 6901 pointer into the file as written (describe output keeps its `/taskDefinition` prefix). */
  pointer: string;
  range: Range;
  docsUrl: string;
  /** Stable across edits that move lines: rule id, pointer, message id and data, hashed. */
  fingerprint: string;
  related?: RelatedLocation[];
  /** The safe fix that `--fix` applies. */
  fix?: Fix;
  /** Alternatives for a person to pick (editors, review suggestions); `--fix` never applies them. */
  suggestions?: Fix[];
  /** Set on findings that a config suppression or the baseline hid (listed with --show-suppressed). */
  suppression?: { kind: 'config' | 'baseline'; reason: string };
}

export interface LintResult {
  /** The path as given (CLI: relative to the working directory, forward slashes). */
  file: string;
  kind: DocumentKind;
  diagnostics: Diagnostic[];
  /** Findings hidden by a suppression or the baseline: counted, not shown, and never failing the run. */
  suppressed?: Diagnostic[];
  /** The text that was linted, for reporters that show source lines. Not part of the JSON contract. */
  source: string;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  notes: number;
  /** Findings hidden by suppressions or the baseline. */
  suppressed: number;
  /** Findings shown that carry a safe fix (what `--fix` would fix). */
  fixable: number;
}
