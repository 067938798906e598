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
export const DEPLOY_TARGETS: readonly DeployTarget[] = ['aws-cli', 'deploy-action', 'cloudformation', 'terraform'];
export const DEFAULT_TARGET: DeployTarget = 'aws-cli';
export const isDeployTarget = (value: unknown): value is DeployTarget =>
  (DEPLOY_TARGETS as readonly unknown[]).includes(value);

/**
 * Classes of mechanical findings. `null` and `output-only` come from the schema; a rule marks its findings of
 * a class with `Report.group` (`empty`: an empty value the API rejects, such as `"tags": []`;
 * `placeholder-account`: an account ID left as a placeholder).
 */
export type MechanicalClass = 'null' | 'output-only' | 'empty' | 'placeholder-account';
export const MECHANICAL_CLASSES: readonly MechanicalClass[] = ['null', 'output-only', 'empty', 'placeholder-account'];

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
  related?: { path: JsonPath; message: string; target: 'key' | 'value' | 'property' }[];
  fix?: FixProposal;
  suggestions?: readonly FixProposal[];
  group?: MechanicalClass;
  /** Set on a grouped finding: what its fingerprint is made of instead of its path (stable as members come and go). */
  groupKey?: string;
}

/** The classes each target strips before registering: one note instead of errors. */
const STRIPPED: Record<DeployTarget, readonly MechanicalClass[]> = {
  'aws-cli': [],
  'deploy-action': ['null', 'empty', 'output-only'],
  cloudformation: [],
  terraform: ['null'],
};

const DEPLOY_ACTION_HINT =
  'deployed with amazon-ecs-deploy-task-definition, which strips them? set "target": "deploy-action"';

const WORDS: Record<MechanicalClass, { some: string; why: string; what: (n: number) => string; hint?: string }> = {
  null: {
    some: 'null',
    what: (n) => (n === 1 ? 'member is null' : 'members are null'),
    why: 'the AWS CLI rejects null',
    hint: `remove them (--fix); ${DEPLOY_ACTION_HINT}`,
  },
  'output-only': {
    some: 'describe output',
    what: (n) => `${n === 1 ? 'member is' : 'members are'} output of describe-task-definition`,
    why: 'RegisterTaskDefinition rejects them',
    hint: `remove them (--fix); ${DEPLOY_ACTION_HINT}`,
  },
  empty: {
    some: 'empty',
    what: (n) => (n === 1 ? 'value is empty' : 'values are empty'),
    why: 'RegisterTaskDefinition rejects empty values',
  },
  'placeholder-account': {
    some: 'placeholder account',
    what: (n) => `${n === 1 ? 'value holds' : 'values hold'} a placeholder account ID`,
    why: 'AWS needs the real 12-digit account ID',
  },
};

/**
 * CloudFormation refuses a template with a null anywhere: "Template validation error: [/Resources/…] 'null'
 * values are not allowed in templates" (quoted in aws-cloudformation/cfn-lint issue #38).
 */
const CLOUDFORMATION_NULL = {
  ...WORDS.null,
  why: `CloudFormation rejects the template ("'null' values are not allowed in templates")`,
  hint: 'remove them (--fix where the template is JSON)',
};

const TARGET_NAMES: Record<DeployTarget, string> = {
  'aws-cli': 'the AWS CLI',
  'deploy-action': 'amazon-ecs-deploy-task-definition',
  cloudformation: 'CloudFormation',
  terraform: 'the Terraform AWS provider',
};

const MAX_NAMES = 5;

/** The name a member is shown by: its key, or `item 2 of "links"`. */
function nameOf(path: JsonPath): string {
  const last = path.at(-1);
  if (typeof last === 'number') {
    const parent = path.at(-2);
    return `item ${last + 1} of ${JSON.stringify(typeof parent === 'string' ? parent : '')}`;
  }
  return JSON.stringify(String(last ?? ''));
}

function names(members: readonly Groupable[]): string {
  const unique = [...new Set(members.map((m) => nameOf(m.path)))];
  const shown = unique.slice(0, MAX_NAMES).join(', ');
  return unique.length > MAX_NAMES ? `${shown}, …` : shown;
}

/** One fix for every member that has one: all their edits together (none when a member has no fix). */
function joinFixes(members: readonly Groupable[], message: string): FixProposal | undefined {
  if (members.some((m) => !m.fix)) return undefined;
  return { message, edits: members.flatMap((m) => m.fix?.edits ?? []) };
}

/**
 * The findings of one file with each mechanical class grouped (two or more of a rule's findings of a class
 * become one) and, under a target that strips some classes, those folded into one note.
 */
export function groupMechanical<P extends Groupable>(
  pending: readonly P[],
  target: DeployTarget,
  /** Where a finding is in the file (members are listed in file order). */
  offsetOf: (p: Groupable) => number,
): P[] {
  if (!pending.some((p) => p.group !== undefined)) return [...pending];
  const offsets = new Map<Groupable, number>();
  const inFileOrder = (list: P[]): P[] => {
    for (const p of list) if (!offsets.has(p)) offsets.set(p, offsetOf(p));
    return list.sort((a, b) => (offsets.get(a) ?? 0) - (offsets.get(b) ?? 0));
  };
  const stripped = STRIPPED[target];
  const out: P[] = [];
  const byKey = new Map<string, P[]>();
  const strippedMembers: P[] = [];
  for (const p of pending) {
    if (p.group === undefined) out.push(p);
    else if (stripped.includes(p.group)) strippedMembers.push(p);
    else {
      const key = `${p.ruleId}\0${p.group}`;
      const list = byKey.get(key);
      if (list) list.push(p);
      else byKey.set(key, [p]);
    }
  }
  for (const list of byKey.values()) {
    const members = inFileOrder(list);
    const first = members[0] as P;
    if (members.length === 1) {
      out.push(first);
      continue;
    }
    const cls = first.group as MechanicalClass;
    // A template's nulls never reach the AWS CLI: CloudFormation refuses the template first.
    const words = target === 'cloudformation' && cls === 'null' ? CLOUDFORMATION_NULL : WORDS[cls];
    const fix = joinFixes(members, `remove the ${members.length} members`);
    const grouped: P = {
      ...first,
      messageId: `group-${cls}`,
      message: `${members.length} ${words.what(members.length)}: ${names(members)} — ${words.why}${fix ? '; --fix removes them' : ''}`,
      data: { count: members.length },
      related: members.map((m) => ({ path: m.path, message: m.message, target: m.target })),
      groupKey: `group:${cls}`,
    };
    delete grouped.suggestions;
    delete grouped.fix;
    if (fix) grouped.fix = fix;
    const hint = fix ? (words.hint ?? first.hint) : first.hint;
    if (hint === undefined) delete grouped.hint;
    else grouped.hint = hint;
    out.push(grouped);
  }
  if (strippedMembers.length > 0) {
    inFileOrder(strippedMembers);
    const first = strippedMembers[0] as P;
    const kinds = [...new Set(strippedMembers.map((m) => WORDS[m.group as MechanicalClass].some))].join(', ');
    const n = strippedMembers.length;
    const fix = joinFixes(strippedMembers, `remove the ${n} members`);
    const note: P = {
      ...first,
      ruleId: 'schema',
      severity: 'note',
      messageId: 'stripped',
      message: `${n} ${n === 1 ? 'member' : 'members'} (${kinds}) that ${TARGET_NAMES[target]} removes before registering: ${names(strippedMembers)}`,
      hint:
        target === 'deploy-action'
          ? 'harmless on this deploy path; remove them (--fix) to register the file with the AWS CLI too'
          : 'harmless on this deploy path; --fix removes them',
      data: { count: n },
      related: strippedMembers.map((m) => ({ path: m.path, message: m.message, target: m.target })),
      groupKey: `stripped:${target}`,
    };
    delete note.suggestions;
    delete note.fix;
    if (fix) note.fix = fix;
    out.push(note);
  }
  return out;
}
