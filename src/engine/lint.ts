import { docsUrl, ruleDocsUrl } from '../docs.js';
import { type FixProposal, FixWriter, toFix } from '../fix/index.js';
import { type DocumentView, isObject, KIND_NAMES, viewsOf } from '../inputs/detect.js';
import { readSource } from '../inputs/source.js';
import type { LocatedDocument } from '../inputs/types.js';
import { type LineTable, rememberSourceLines } from '../json/lines.js';
import type { Target } from '../json/locate.js';
import type { Locator } from '../json/locator.js';
import type { SyntaxIssue } from '../json/parse.js';
import { findPlaceholder, hasPlaceholder } from '../json/placeholder.js';
import { toPointer } from '../json/pointer.js';
import { redactSecrets, redactStrictSecrets } from '../json/redact.js';
import { sha256Hex } from '../lazy.js';
import type { AnyRule, Report, RuleContext, TaskView } from '../rule.js';
import { LAUNCH_KINDS, RECOGNISED_KINDS, TASK_KINDS } from '../rule.js';
import { type SchemaTarget, validateSchema } from '../schema/validate.js';
import { oneLine } from '../text.js';
import type {
  Diagnostic,
  DocumentKind,
  Fix,
  JsonPath,
  LintResult,
  Range,
  RelatedLocation,
  RuleLevel,
  Severity,
} from '../types.js';
import { type DecodeProblem, decode } from './decode.js';
import { DEPLOY_ACTION_RELEASE, DEPLOY_ACTION_SDK, membersNewerThanDeployAction } from './deploy-action.js';
import { DEFAULT_TARGET, type DeployTarget, type Groupable, groupMechanical } from './group.js';
import { interpolate } from './interpolate.js';
import { type PairedDocument, pairedView, sameFilePair } from './pair.js';
import { defaultSeverity, findingSeverity, levelIn } from './severity.js';

export { DOCS_BASE, docsUrl, POLICY_DOCS, ruleDocsUrl } from '../docs.js';

import type { RuleSetting } from './severity.js';

export type { RuleSetting };

export interface LintSettings {
  /** Level and options per rule id; a rule not listed is off (pseudo-rules default to their level). */
  rules: ReadonlyMap<string, RuleSetting>;
  /** Accept comments and trailing commas (template files). */
  allowComments?: boolean;
  /** Where the task definition goes (default `aws-cli`): decides what mechanical findings mean (group.ts). */
  target?: DeployTarget;
}

export interface LintTextOptions {
  /** The name reported for the file. */
  file: string;
  /** The rules that may run (built-in and plugins). */
  rules: readonly AnyRule[];
  settings: LintSettings;
  /** The user named this file: an unrecognised document is an error rather than skipped. */
  explicit?: boolean;
  /** What decoding the bytes found (see lintBytes). */
  decodeProblem?: DecodeProblem;
  /** Keep the text (secrets masked) in the result for reporters that print source lines (default true). */
  keepSource?: boolean;
  /**
   * Findings of one rule in one file beyond this many are not listed: one more finding says how many were
   * left out (default DEFAULT_MAX_FINDINGS_PER_RULE; 0 for no limit).
   */
  maxFindingsPerRule?: number;
  /**
   * For a document that launches a task definition: the task definition the run paired it with, or why
   * none was found (reported as a `task-definition-pairing` note; omit both when pairing was not tried).
   */
  pairing?: { pair: PairedDocument } | { unpaired: string; hint?: string };
  /** The file is one a Terraform task definition reads its containers from (src/session/container-files.ts). */
  containerFile?: { template: boolean; label?: string };
  /**
   * A task definition resource of another file of the same module (Terraform: `aws_ecs_task_definition.app`
   * in a sibling `.tf` file), for a service of this file that references it; undefined when there is none.
   */
  resolvePair?: (address: string) => PairedDocument | undefined;
  /**
   * Told the kind and value of a file that is one recognised document (for the run's pairing index).
   * Returning `'defer'` ends the lint there (the caller lints the file again later, paired): the result is
   * the file's syntax findings only, and is meant to be dropped.
   */
  onDocument?: (kind: DocumentKind, value: unknown) => undefined | 'defer';
}

/**
 * A file has at most this many findings of one rule: a hostile or generated file (a million `tags`) must not
 * make a report of a million lines, gigabytes of memory and minutes of work. The real-world corpus has at
 * most 55 per rule and file.
 */
export const DEFAULT_MAX_FINDINGS_PER_RULE = 100;

/** Lint a file's bytes: UTF-16, binary data and invalid UTF-8 are reported, not guessed at. */
export function lintBytes(bytes: Uint8Array, options: LintTextOptions): LintResult {
  const { text, problem } = decode(bytes);
  return lintText(text, problem ? { ...options, decodeProblem: problem } : options);
}

/** Values here are shell text: `${VAR}` in them is the shell's, not a template's. */
const SHELL_KEYS = new Set(['command', 'entryPoint']);

/** A finding on its way: what grouping reads (group.ts), and where it is and where its rule's docs are. */
interface Pending extends Groupable {
  related?: { path: JsonPath; message: string; target: Target; file?: string; range?: Range }[];
  /** The rule's docs, when they are not its README here (policies and plugin rules). */
  docs?: string;
  offset?: { offset: number; length: number; related?: { message: string; offset: number; length: number }[] };
}

/** Lint one document. Never throws on any input; a crashing rule becomes an `internal-error` finding. */
export function lintText(text: string, options: LintTextOptions): LintResult {
  const { settings } = options;
  const levelOf = (ruleId: string): RuleLevel => levelIn(settings.rules, ruleId);
  const decodeProblem = options.decodeProblem;
  const source = readSource(decodeProblem?.fatal ? '' : text, {
    file: options.file,
    allowComments: settings.allowComments ?? false,
    ...(options.containerFile ? { containerFile: options.containerFile } : {}),
  });
  if (decodeProblem) {
    const issue: SyntaxIssue = { ...decodeProblem, length: 0 };
    // A binary file is reported as such, not as empty.
    if (decodeProblem.fatal) source.issues.splice(0, source.issues.length, issue);
    else source.issues.unshift(issue);
  }
  let pending: Pending[] = [];
  const cap = options.maxFindingsPerRule ?? DEFAULT_MAX_FINDINGS_PER_RULE;
  const perRule = new Map<string, number>();
  /** Per rule over the cap: how many findings were left out, and the first of them (where the note goes). */
  const leftOut = new Map<string, { count: number; first: Pending }>();
  // The severity of each finding is decided by src/engine/severity.ts (findingSeverity).
  const push = (p: Pending, base: Severity = defaultSeverity(p.ruleId)): void => {
    const level = levelOf(p.ruleId);
    if (level === 'off') return;
    const count = (perRule.get(p.ruleId) ?? 0) + 1;
    perRule.set(p.ruleId, count);
    if (cap > 0 && count > cap && p.ruleId !== 'internal-error') {
      const out = leftOut.get(p.ruleId);
      if (out) {
        out.count++;
        return;
      }
      leftOut.set(p.ruleId, { count: 1, first: p });
    }
    // Every finding is one line of text, whatever the document holds (rules quote names from it).
    p.message = oneLine(p.message);
    if (p.hint !== undefined) p.hint = oneLine(p.hint);
    if (p.related) for (const r of p.related) r.message = oneLine(r.message);
    if (p.offset?.related) for (const r of p.offset.related) r.message = oneLine(r.message);
    p.severity = findingSeverity(level, p.severity, base);
    // The first finding over the cap is kept in leftOut, to become the note that counts them.
    if (leftOut.get(p.ruleId)?.first !== p) pending.push(p);
  };
  for (const issue of source.issues) push(fromSyntax(issue));

  const kind: DocumentKind = source.kind;
  if (!source.fatal) {
    if (source.documents.length === 0) {
      if (options.explicit && !source.quiet) {
        push({
          ruleId: 'document-kind',
          severity: 'error',
          messageId: 'unknown',
          message: `not a recognised document: expected an ECS task definition, describe-task-definition output, a container-definitions array, a Dockerrun.aws.json, a CloudFormation template or Terraform`,
          hint: 'lint only task definitions and Dockerrun files, or exclude this file with "ignore" in the config',
          path: [],
          target: 'key',
        });
      }
    } else {
      const placeholdersPossible = mayHavePlaceholders(source.text);
      const [only] = source.documents;
      const deferred =
        only && source.documents.length === 1 && source.kind === only.kind
          ? options.onDocument?.(only.kind, only.value) === 'defer'
          : false;
      for (const doc of deferred ? [] : source.documents) {
        // A template's service is paired inside the template; a file that is one document, by the run.
        const inner = doc.pairing;
        const elsewhere =
          inner && 'external' in inner && inner.external ? options.resolvePair?.(inner.external) : undefined;
        const withPair: LintTextOptions =
          inner === undefined
            ? options
            : {
                ...options,
                pairing:
                  'document' in inner
                    ? { pair: sameFilePair(options.file, source, inner.document, inner.name) }
                    : elsewhere
                      ? { pair: elsewhere }
                      : { unpaired: inner.unpaired, ...(inner.hint === undefined ? {} : { hint: inner.hint }) },
              };
        lintDocument(doc, withPair, push, levelOf, placeholdersPossible);
      }
      // A template or a Terraform file goes to AWS one way whatever the config says of raw files: its format
      // is its target (docs/targets.md).
      pending = groupMechanical(
        pending,
        source.documents.find((d) => d.deployPath)?.deployPath ?? settings.target ?? DEFAULT_TARGET,
        (p) => source.locator.locate(p.path, p.target).offset,
      );
    }
  }

  for (const [ruleId, { count, first }] of leftOut) {
    const note: Pending = {
      ...first,
      messageId: 'too-many',
      message: `${count} more ${count === 1 ? 'finding' : 'findings'} of this rule in this file ${count === 1 ? 'is' : 'are'} not listed (at most ${cap} per rule and file)`,
      hint: 'fix the findings listed first, or raise --max-findings-per-rule',
    };
    delete note.data;
    delete note.related;
    if (note.offset) note.offset = { offset: note.offset.offset, length: note.offset.length };
    pending.push({ ...note, ruleId });
  }

  // The syntax tree and line table are made here, only for a file with findings.
  const diagnostics = pending.length === 0 ? [] : finish(pending, source, kind);
  // Reporters print source lines of findings: secret values on those lines are masked (columns unchanged).
  const result: LintResult = {
    file: options.file,
    kind,
    diagnostics,
    source:
      options.keepSource === false
        ? ''
        : diagnostics.length === 0
          ? source.text
          : source.strict
            ? redactStrictSecrets(source.text)
            : redactSecrets(source.text),
  };
  // Masking keeps every line break where it was: the lines the findings were placed with are the source's.
  if (diagnostics.length > 0 && result.source !== '') rememberSourceLines(result, source.lines.over(result.source));
  return result;
}

function fromSyntax(issue: SyntaxIssue): Pending {
  const p: Pending = {
    ruleId: issue.ruleId ?? 'json-syntax',
    severity: 'error',
    messageId: issue.messageId,
    message: issue.message,
    path: [],
    target: 'value',
    offset: { offset: issue.offset, length: issue.length },
  };
  if (issue.hint !== undefined) p.hint = issue.hint;
  if (issue.related && p.offset) p.offset.related = issue.related;
  return p;
}

function lintDocument(
  doc: LocatedDocument,
  options: LintTextOptions,
  push: (p: Pending, base?: Severity) => void,
  levelOf: (id: string) => RuleLevel,
  placeholdersPossible = true,
): void {
  const { kind, value } = doc;
  const label = doc.label === undefined ? '' : `${doc.label}: `;
  const unknown = doc.isUnknown;
  /**
   * Findings on values that are not known (an intrinsic, a Terraform expression) or hold a template
   * placeholder are dropped: those values are not checked. `path` is in the document.
   */
  const skipped = (path: JsonPath): boolean => unknown?.(path) === true || atPlaceholder(value, path);
  const placed = (p: Pending, path: JsonPath): Pending => {
    p.path = doc.toSource(path);
    if (label !== '') p.message = label + p.message;
    return p;
  };

  for (const { fix, suggestions, ...problem } of doc.problems ?? []) {
    const p: Pending = { ...problem, severity: problem.severity ?? 'error' };
    if (problem.data) p.data = problem.data;
    // Already in the file's paths and names.
    if (doc.fixPath !== undefined) {
      if (fix) p.fix = fix;
      if (suggestions?.length) p.suggestions = suggestions;
    }
    push(p);
  }

  const views = viewsOf(kind, value);
  // A launch document's task definition reference is the deploy tool's to fill in (`<TASK_DEFINITION>`):
  // pairing resolves it, so it is no reason for a note.
  const references = new Set(
    LAUNCH_KINDS.includes(kind) ? views.map((v) => toPointer(v.toSource(['taskDefinition']))) : [],
  );
  let placeholders = (placeholdersPossible ? findPlaceholders(value) : []).filter(
    (hit) => !references.has(toPointer(hit.path)),
  );
  if (unknown) placeholders = placeholders.filter((hit) => !unknown(hit.path));
  const first = placeholders[0];
  if (first) {
    const more = placeholders.length > 1 ? ` and ${placeholders.length - 1} more` : '';
    push(
      placed(
        {
          ruleId: 'template-placeholder',
          severity: 'note',
          messageId: 'placeholder',
          message: `template placeholder ${JSON.stringify(first.match)}${more}: values with placeholders are not checked`,
          hint: 'lint the rendered file to check those values too',
          path: [],
          target: 'value',
        },
        first.path,
      ),
    );
  }

  // Describe output is a kind ecslint reads as a record of what is registered; only a file said to go to
  // the AWS CLI (an explicit `aws-cli` target) is told that the CLI will not take the wrapper.
  if (kind === 'describe-output' && options.settings.target === 'aws-cli' && !doc.sourceName && isObject(value)) {
    push(describeWrapper(value));
  }

  if (levelOf('schema') !== 'off' && isSchemaTarget(kind)) {
    // Deploy tools such as amazon-ecs-deploy-task-definition drop nulls and output-only members first.
    const schemaOptions = (options.settings.rules.get('schema')?.options ?? {}) as SchemaOptions;
    for (const issue of validateSchema(kind, value)) {
      if (issue.messageId === 'null' && schemaOptions.allowNull) continue;
      if (issue.messageId === 'outputOnly' && schemaOptions.allowOutputOnly) continue;
      if (skipped(issue.path) || doc.skipSchema?.(issue)) continue;
      const p: Pending = {
        ruleId: 'schema',
        severity: 'error',
        messageId: issue.messageId,
        message: doc.sourceName ? inSourceNames(issue, doc.sourceName) : issue.message,
        path: [],
        target: issue.target,
        data: issue.data,
      };
      if (issue.hint !== undefined)
        p.hint = doc.sourceName ? inSourceNames(issue, doc.sourceName, issue.hint) : issue.hint;
      withFixes(p, issue, doc, (path) => path);
      if (issue.messageId === 'null' && issue.path.length > 0) p.group = 'null';
      else if (issue.messageId === 'outputOnly') p.group = 'output-only';
      push(placed(p, issue.path));
    }
    // What amazon-ecs-deploy-task-definition registers is what its bundled SDK knows (src/engine/deploy-action.ts).
    if (kind === 'task-definition' && !doc.sourceName && options.settings.target === 'deploy-action') {
      for (const path of membersNewerThanDeployAction(value)) {
        if (skipped(path)) continue;
        push(placed(newerThanDeployAction(value, path), path));
      }
    }
  }

  if (LAUNCH_KINDS.includes(kind) && options.pairing && 'unpaired' in options.pairing) {
    const hint =
      options.pairing.hint ??
      'lint the task definition in the same run (ecslint deploy/), or pair the files with "pairs" in the config';
    const note: Pending = {
      ruleId: 'task-definition-pairing',
      severity: 'note',
      messageId: 'unpaired',
      message: options.pairing.unpaired,
      hint,
      path: [],
      target: 'value',
    };
    push(placed(note, views[0]?.toSource(['taskDefinition']) ?? []));
  }
  const pair = options.pairing && 'pair' in options.pairing ? options.pairing.pair : undefined;
  for (const view of views) runRules(view, doc, pair, options, push, skipped, placed);
}

/** The rules that run on a kind of document under some settings, with their options: the same for every file of a config. */
const ACTIVE = new WeakMap<
  readonly AnyRule[],
  WeakMap<ReadonlyMap<string, RuleSetting>, Map<DocumentKind, { rule: AnyRule; options: unknown }[]>>
>();
function activeRules(
  rules: readonly AnyRule[],
  settings: ReadonlyMap<string, RuleSetting>,
  kind: DocumentKind,
): readonly { rule: AnyRule; options: unknown }[] {
  let bySettings = ACTIVE.get(rules);
  if (bySettings === undefined) {
    bySettings = new WeakMap();
    ACTIVE.set(rules, bySettings);
  }
  let byKind = bySettings.get(settings);
  if (byKind === undefined) {
    byKind = new Map();
    bySettings.set(settings, byKind);
  }
  let active = byKind.get(kind);
  if (active === undefined) {
    active = [];
    for (const rule of rules) {
      const { meta } = rule;
      if (levelIn(settings, meta.id) === 'off' || !(meta.appliesTo ?? TASK_KINDS).includes(kind)) continue;
      active.push({ rule, options: settings.get(meta.id)?.options });
    }
    byKind.set(kind, active);
  }
  return active;
}

function runRules(
  view: DocumentView,
  doc: LocatedDocument,
  pair: PairedDocument | undefined,
  options: LintTextOptions,
  push: (p: Pending, base?: Severity) => void,
  skipped: (path: JsonPath) => boolean,
  placed: (p: Pending, path: JsonPath) => Pending,
): void {
  const [first] = options.rules;
  if (first === undefined) return;
  const { kind, value } = doc;
  const paired = pair && LAUNCH_KINDS.includes(kind) ? pairedView(pair) : undefined;
  const reference = paired ? toPointer(view.toSource(['taskDefinition'])) : undefined;
  const taskDefinition =
    pair && paired
      ? {
          file: pair.file,
          kind: pair.kind,
          task: paired.task as TaskView,
          ...(pair.name === undefined ? {} : { name: pair.name }),
        }
      : undefined;
  // One context for the view, handed to each rule in turn with that rule's options (rules are synchronous:
  // none can report after the next one starts). A context per rule and file was a tenth of the engine's time.
  let meta: AnyRule['meta'] = first.meta;
  const ctx: { -readonly [K in keyof RuleContext<string, unknown>]: RuleContext<string, unknown>[K] } = {
    options: undefined,
    file: options.file,
    kind,
    document: value,
    ...(taskDefinition ? { taskDefinition } : {}),
    report(r: Report) {
      const at = view.toSource(r.path);
      // A finding on the task definition reference of a paired document stands: the reference is an
      // intrinsic or expression (`!Ref TaskDef`) because it names the task definition it was paired with.
      if (skipped(at) && !(pair && reference !== undefined && toPointer(at) === reference)) return;
      const template = meta.messages[r.messageId];
      const p: Pending = {
        ruleId: meta.id,
        severity: r.severity ?? meta.severity,
        messageId: r.messageId,
        message: template === undefined ? r.messageId : interpolate(template, r.data),
        path: [],
        target: r.target ?? 'value',
      };
      if (r.data) p.data = r.data;
      if (r.hint !== undefined) p.hint = r.hint;
      withFixes(p, r, doc, view.toSource);
      if (r.group !== undefined) p.group = r.group;
      if (meta.id.includes('/')) p.docs = ruleDocsUrl(meta);
      if (r.related) {
        p.related = r.related.map((rel) => {
          const target = rel.target ?? 'value';
          if (rel.in === 'task-definition' && pair && paired) {
            const path = paired.toSource(rel.path);
            if (pair.inFile) return { path: pair.inFile(path), message: rel.message, target };
            return { path, message: rel.message, target, file: pair.file, range: pair.range(path, target) };
          }
          return { path: doc.toSource(view.toSource(rel.path)), message: rel.message, target };
        });
      }
      push(placed(p, at), meta.severity);
    },
  };
  const active = activeRules(options.rules, options.settings.rules, kind);
  for (let k = 0; k < active.length; k++) {
    const { rule, options: ruleOptions } = active[k] as { rule: AnyRule; options: unknown };
    meta = rule.meta;
    ctx.options = ruleOptions;
    try {
      const returned: unknown = rule.check(view.task as TaskView, ctx);
      if (isThenable(returned)) {
        // Rules are synchronous: what an async check reports later would be lost, and its rejection
        // would reach Node's handler as a stack trace. Swallow it, and say so as a crash.
        returned.then(undefined, () => {});
        throw new Error('check() returned a promise; rules must be synchronous');
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      push(
        placed(
          {
            ruleId: 'internal-error',
            severity: 'error',
            messageId: 'crash',
            message: `rule "${meta.id}" crashed on ${KIND_NAMES[kind]}: ${reason.split('\n')[0]}`,
            hint: 'report this at https://github.com/ecslint/ecslint/issues with the file; other rules still ran',
            path: [],
            target: 'key',
          },
          [],
        ),
      );
    }
  }
}

/**
 * Describe output is what AWS answers, not what it takes: RegisterTaskDefinition wants the task definition
 * inside "taskDefinition" (and neither the AWS CLI nor amazon-ecs-deploy-task-definition unwraps it). Unwrapping
 * is the fix when the wrapper holds nothing else; with tags or more beside it, a person decides.
 */
/** A member the deploy Action's SDK leaves out of the request: a warning of the schema rule. */
function newerThanDeployAction(value: unknown, path: JsonPath): Pending {
  const container = (value as { containerDefinitions?: { name?: unknown }[] }).containerDefinitions?.[path[1] as number]
    ?.name;
  const where =
    path[0] === 'containerDefinitions' && typeof container === 'string'
      ? `container ${JSON.stringify(container)}: `
      : '';
  const member = String(path.at(-1));
  return {
    ruleId: 'schema',
    severity: 'warning',
    messageId: 'newerThanDeployAction',
    message: `${where}${JSON.stringify(member)} is newer than the AWS SDK in amazon-ecs-deploy-task-definition ${DEPLOY_ACTION_RELEASE} (${DEPLOY_ACTION_SDK}), which drops it from the RegisterTaskDefinition request without a word`,
    hint: `pin aws-actions/amazon-ecs-deploy-task-definition@v2.6.2 (it sends every member) until a release bundles a newer SDK, or register with the AWS CLI; see docs/targets.md`,
    path: [],
    target: 'key',
    data: { member },
  };
}

function describeWrapper(value: Record<string, unknown>): Pending {
  const unwrap: FixProposal = {
    message: 'replace the document by its "taskDefinition"',
    edits: [{ op: 'unwrap', path: ['taskDefinition'] }],
  };
  const alone = Object.keys(value).every((k) => k === 'taskDefinition');
  return {
    ruleId: 'document-kind',
    severity: 'note',
    messageId: 'describeOutput',
    message:
      'describe-task-definition output: register-task-definition takes what is inside "taskDefinition", not the wrapper',
    hint: 'unwrap it to register this file (--fix, then remove its output-only members); keep it as is if it only records what is registered',
    path: ['taskDefinition'],
    target: 'key',
    ...(alone ? { fix: unwrap } : { suggestions: [unwrap] }),
  };
}

/**
 * The fix and suggestions of a finding, in the file's paths. A proposal that cannot be written in the file
 * (an edit inside a value the input mapped, or a format without a JSON writer) is dropped.
 */
function withFixes(
  p: Pending,
  from: { fix?: FixProposal; suggestions?: readonly FixProposal[] },
  doc: LocatedDocument,
  toDocument: (path: JsonPath) => JsonPath,
): void {
  const fixPath = doc.fixPath;
  if (fixPath === undefined || (!from.fix && !from.suggestions?.length)) return;
  // A document in the API's own names (raw JSON) takes every edit as it is; a mapped one (a template) only
  // edits whose names can be translated.
  const mapped = doc.sourceName;
  const inFile = (proposal: FixProposal): FixProposal | undefined => {
    const edits: FixProposal['edits'][number][] = [];
    for (const e of proposal.edits) {
      const at = toDocument(e.path);
      const path = fixPath(at);
      if (path === undefined) return undefined;
      if (mapped === undefined) edits.push({ ...e, path });
      else if (e.op === 'rename') {
        const to = mapped([...at.slice(0, -1), e.to]);
        if (to === undefined) return undefined;
        edits.push({ ...e, path, to });
      } else if (e.op === 'remove' || (e.op === 'set' && (typeof e.value !== 'object' || e.value === null))) {
        edits.push({ ...e, path });
      } else {
        // An object or array value would be written in the API's names, not the file's; no unwrapping.
        return undefined;
      }
    }
    return { message: oneLine(proposal.message), edits };
  };
  const fix = from.fix && inFile(from.fix);
  if (fix) p.fix = fix;
  const suggestions = (from.suggestions ?? []).map(inFile).filter((s): s is FixProposal => s !== undefined);
  if (suggestions.length > 0) p.suggestions = suggestions;
}

const SCHEMA_TARGETS = new Set<DocumentKind>(RECOGNISED_KINDS);
const isSchemaTarget = (kind: DocumentKind): kind is SchemaTarget => SCHEMA_TARGETS.has(kind);

/**
 * A schema message in the file's own property names (`"ContainerPort"` in a CloudFormation template): the
 * property the issue is about and a did-you-mean suggestion, each renamed once where the message quotes it.
 */
function inSourceNames(
  issue: { path: JsonPath; messageId: string; message: string; data: Readonly<Record<string, unknown>> },
  sourceName: (path: JsonPath) => string | undefined,
  text = issue.message,
): string {
  const renames: [string, string | undefined][] = [];
  const last = issue.path[issue.path.length - 1];
  if (typeof last === 'string') renames.push([last, sourceName(issue.path)]);
  const property = issue.data.property;
  if (typeof property === 'string' && property !== last) {
    renames.push([property, sourceName([...issue.path, property])]);
  }
  const suggestion = issue.data.suggestion;
  if (typeof suggestion === 'string') {
    const parent = issue.messageId === 'unknownProperty' ? issue.path : issue.path.slice(0, -1);
    renames.push([suggestion, sourceName([...parent, suggestion])]);
  }
  let out = text;
  for (const [from, to] of renames) {
    if (to === undefined || to === from) continue;
    out = out.replace(JSON.stringify(from), JSON.stringify(to));
  }
  return out;
}

const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  (typeof v === 'object' || typeof v === 'function') &&
  v !== null &&
  typeof (v as { then?: unknown }).then === 'function';

interface SchemaOptions {
  allowNull?: boolean;
  allowOutputOnly?: boolean;
}

interface PlaceholderHit {
  path: JsonPath;
  match: string;
}

/**
 * False when no string of the document can hold a placeholder: the text has none of the characters that
 * start one (`$`, `{{`, `<`, `%`, `#{`) and no `\u` escape that could spell one.
 */
function mayHavePlaceholders(text: string): boolean {
  return (
    text.includes('$') ||
    text.includes('{{') ||
    text.includes('<') ||
    text.includes('%') ||
    text.includes('#{') ||
    text.includes('\\u')
  );
}

function findPlaceholders(value: unknown): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (typeof v === 'string') {
      // Only the placeholder itself is shown: the rest of the value may be a secret.
      const match = findPlaceholder(v);
      if (match !== undefined)
        hits.push({ path: [...path], match: match.length > 40 ? `${match.slice(0, 39)}…` : match });
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], [...path, i]);
    } else if (isObject(v)) {
      for (const [k, item] of Object.entries(v)) if (!SHELL_KEYS.has(k)) walk(item, [...path, k]);
    }
  };
  walk(value, []);
  return hits;
}

function finish(
  pending: Pending[],
  parsed: { text: string; lines: LineTable; locator: Locator; fatal: boolean },
  kind: DocumentKind,
): Diagnostic[] {
  const { lines, locator } = parsed;
  let writer: FixWriter | undefined;
  const fixOf = (proposal: FixProposal): Fix | undefined => {
    writer ??= new FixWriter(parsed.text);
    return toFix(writer, lines, proposal);
  };
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const p of pending) {
    let offset = p.offset?.offset ?? 0;
    let length = p.offset?.length ?? 0;
    if (!p.offset && !parsed.fatal) ({ offset, length } = locator.locate(p.path, p.target));
    const pointer = toPointer(p.path);
    const d = {
      ruleId: p.ruleId,
      severity: p.severity,
      message: p.message,
      pointer,
      range: lines.range(offset, length),
      docsUrl: p.docs ?? docsUrl(p.ruleId),
    } as Diagnostic;
    lazyFingerprint(d, p, pointer, kind);
    if (p.hint !== undefined) d.hint = p.hint;
    const related: RelatedLocation[] = [];
    for (const r of p.offset?.related ?? []) {
      related.push({ message: r.message, pointer: '', range: lines.range(r.offset, r.length) });
    }
    for (const r of p.related ?? []) {
      if (r.file !== undefined && r.range !== undefined) {
        related.push({ message: r.message, file: r.file, pointer: toPointer(r.path), range: r.range });
        continue;
      }
      if (parsed.fatal) continue;
      const loc = locator.locate(r.path, r.target);
      related.push({ message: r.message, pointer: toPointer(r.path), range: lines.range(loc.offset, loc.length) });
    }
    if (related.length > 0) d.related = related;
    if (!parsed.fatal) {
      const fix = p.fix && fixOf(p.fix);
      if (fix) d.fix = fix;
      const suggestions = p.suggestions?.map(fixOf).filter((f): f is Fix => f !== undefined) ?? [];
      if (suggestions.length > 0) d.suggestions = suggestions;
    }
    const key = `${d.ruleId}\0${d.message}\0${offset}:${length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort(compareDiagnostics);
}

/** Whether the value at a path is a string with a template placeholder (duplicate keys: the last one). */
function atPlaceholder(document: unknown, path: JsonPath): boolean {
  let v = document;
  for (const seg of path) {
    if (Array.isArray(v)) v = typeof seg === 'number' ? v[seg] : undefined;
    else if (isObject(v) && Object.hasOwn(v, seg)) v = v[String(seg)];
    else return false;
  }
  return typeof v === 'string' && hasPlaceholder(v);
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/**
 * `fingerprint` as an own, enumerable property that is hashed when first read: stylish and compact output
 * print none, and hashing every finding took a twentieth of a large run. Reading, spreading, JSON and
 * structured cloning see a plain string; assigning one replaces it.
 */
function lazyFingerprint(d: Diagnostic, p: Pending, pointer: string, kind: DocumentKind): void {
  let hashed: string | undefined;
  const settle = (value: string): string => {
    hashed = value;
    try {
      Object.defineProperty(d, 'fingerprint', { value, writable: true, enumerable: true, configurable: true });
    } catch {
      // Frozen or sealed by the caller: the accessor stays, and answers from `hashed`.
    }
    return value;
  };
  Object.defineProperty(d, 'fingerprint', {
    get: () => hashed ?? settle(fingerprint(p, pointer, kind)),
    set: settle,
    enumerable: true,
    configurable: true,
  });
}

/** Stable when lines move: what was found and where in the JSON, never line numbers or the file name. */
function fingerprint(p: Pending, pointer: string, kind: DocumentKind): string {
  // A grouped finding is the class in the file, however many members it has and wherever the first is.
  const data =
    p.data && p.groupKey === undefined
      ? JSON.stringify(Object.entries(p.data).sort(([a], [b]) => (a < b ? -1 : 1)))
      : '';
  // Syntax findings have no JSON path; their own text is what identifies them.
  const where = p.groupKey ?? (p.offset ? p.message : pointer);
  return sha256Hex(`${p.ruleId}\0${kind}\0${where}\0${p.messageId}\0${data}`).slice(0, 16);
}
