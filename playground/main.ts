/**
 * The playground page: CodeMirror with the document, the findings inline and in a list, the config panel,
 * shareable links and report export. ecslint itself is src/frontends/playground (bundled with this file by
 * scripts/build-playground.mjs): this file is the user interface only.
 */
import { json as jsonLanguage } from '@codemirror/lang-json';
import { yaml as yamlLanguage } from '@codemirror/lang-yaml';
import { type Diagnostic as EditorDiagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorSelection, type Text } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { decodeFragment, encodeFragment, type Shared } from '../src/frontends/playground/fragment.js';
import {
  applyFix,
  exampleConfig,
  fixAll,
  KIND_NAMES,
  lintInBrowser,
  type PlaygroundRun,
  report,
  VERSION,
} from '../src/frontends/playground/index.js';
import type { Diagnostic, Fix, Range } from '../src/types.js';

/** The example documents, from examples/ (scripts/build-playground.mjs puts them in). */
declare const ECSLINT_EXAMPLES: Record<string, { file: string; text: string }>;
/** Each rule's example: the invalid fixture its README names (`#example=<rule-id>`, its "Try it" link). */
declare const ECSLINT_RULE_EXAMPLES: Record<string, { fixture: string; text: string; options?: unknown }>;

const DEFAULT_FILE = 'task-definition.json';
const DEFAULT_CONFIG = '{\n  "preset": "recommended",\n  "rules": {}\n}\n';
const LINT_DELAY_MS = 150;

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
};

const findingsList = $<HTMLOListElement>('findings');
const statusLine = $<HTMLSpanElement>('status');
const configArea = $<HTMLTextAreaElement>('config');
const configPanel = $<HTMLDetailsElement>('config-panel');
const configError = $<HTMLParagraphElement>('config-error');
const kindSelect = $<HTMLSelectElement>('kind');
const exampleSelect = $<HTMLSelectElement>('example');
const fixAllButton = $<HTMLButtonElement>('fix-all');
const fatal = $<HTMLDivElement>('fatal');

/** A problem the user should see above everything else (a broken link, a crash of the page). */
function showProblem(text: string): void {
  fatal.hidden = false;
  fatal.textContent = text;
}
/** Something went wrong in the page itself: say so on the page rather than leave it blank. */
function showFatal(message: string): void {
  showProblem(
    `The playground hit an error: ${message}. Please report it at https://github.com/ecslint/ecslint/issues with the link of this page.`,
  );
}
window.addEventListener('error', (event) => showFatal(String(event.message)));
window.addEventListener('unhandledrejection', (event) => showFatal(String(event.reason)));

$('version').textContent = `v${VERSION}`;

let file = DEFAULT_FILE;
let current: PlaygroundRun | undefined;
/** The document `current` was linted from: fixes apply only to that text. */
let lintedDoc: Text | undefined;
/** Said in the status line after a fix, until the next edit. */
let fixNote = '';
let timer: ReturnType<typeof setTimeout> | undefined;
/** How many lints have run; the browser tests wait on it (data-lints on <body>). */
let lints = 0;

/** Highlighting by the file name's extension: YAML for templates, JSON for the rest. */
const language = new Compartment();
const languageFor = (name: string) => (/\.ya?ml$/i.test(name) ? yamlLanguage() : jsonLanguage());

const view = new EditorView({
  parent: $('editor'),
  extensions: [
    basicSetup,
    language.of(jsonLanguage()),
    lintGutter(),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': 'Document to lint' }),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      if (!update.transactions.some((t) => t.isUserEvent('input.fix'))) fixNote = '';
      schedule();
    }),
  ],
});

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(lintNow, LINT_DELAY_MS);
}

/** A 1-based line and UTF-16 column as an offset into the editor's text (clamped to the text). */
function offsetOf(doc: Text, position: Range['start']): number {
  if (position.line > doc.lines) return doc.length;
  const line = doc.line(Math.max(1, position.line));
  return Math.min(line.from + position.column - 1, line.to);
}

function lintNow(): void {
  clearTimeout(timer);
  const text = view.state.doc.toString();
  const started = performance.now();
  try {
    current = lintInBrowser(text, configArea.value, file);
  } catch (error) {
    // The engine turns every document into findings; reaching here is a bug in ecslint, not in the input.
    showFatal(error instanceof Error ? error.message : String(error));
    return;
  }
  const ms = performance.now() - started;
  lintedDoc = view.state.doc;
  lints++;
  document.body.dataset.lints = String(lints);
  document.body.dataset.lastLintMs = ms.toFixed(2);
  render(current, ms);
  updateFragment();
}

function render(run: PlaygroundRun, ms: number): void {
  const { result } = run;
  const doc = view.state.doc;
  const marks: EditorDiagnostic[] = result.diagnostics.map((d) => {
    const from = offsetOf(doc, d.range.start);
    const to = Math.max(from, offsetOf(doc, d.range.end));
    return {
      from,
      to,
      severity: d.severity === 'note' ? 'info' : d.severity,
      source: d.ruleId,
      message: d.hint === undefined ? d.message : `${d.message}\nHint: ${d.hint}`,
      ...(d.fix ? { actions: [{ name: 'Fix', apply: () => fixWith(d.fix as Fix) }] } : {}),
    };
  });
  view.dispatch(setDiagnostics(view.state, marks));

  configError.hidden = run.configError === undefined;
  configError.textContent = run.configError === undefined ? '' : `${run.configError} (the default settings are used)`;
  if (run.configError !== undefined) configPanel.open = true;

  const counts = { error: 0, warning: 0, note: 0 };
  for (const d of result.diagnostics) counts[d.severity]++;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.note, 'note')].filter(
    (p) => !p.startsWith('0 '),
  );
  const suppressed = result.suppressed?.length ?? 0;
  if (suppressed > 0) parts.push(`${suppressed} suppressed`);
  statusLine.textContent = `${parts.length === 0 ? 'no findings' : parts.join(', ')} · ${KIND_NAMES[result.kind]} · ${ms.toFixed(1)} ms${fixNote}`;

  findingsList.replaceChildren(...result.diagnostics.map((d) => findingItem(d)));
  if (result.diagnostics.length === 0) {
    const li = document.createElement('li');
    li.className = 'finding clean';
    li.textContent =
      result.kind === 'unknown'
        ? 'Nothing to lint yet: paste a task definition or pick an example.'
        : `ecslint finds nothing wrong with this ${KIND_NAMES[result.kind]}.`;
    findingsList.append(li);
  }
  const fixable = result.diagnostics.filter((d) => d.fix).length;
  fixAllButton.disabled = fixable === 0;
  fixAllButton.textContent = fixable === 0 ? 'Fix all' : `Fix all (${fixable})`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function findingItem(d: Diagnostic): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `finding ${d.severity}`;
  li.dataset.rule = d.ruleId;
  li.dataset.line = String(d.range.start.line);

  const head = document.createElement('div');
  head.className = 'head';
  const severity = document.createElement('span');
  severity.className = 'severity';
  severity.textContent = d.severity;
  const where = document.createElement('button');
  where.type = 'button';
  where.className = 'where';
  where.textContent = `${d.range.start.line}:${d.range.start.column}`;
  where.title = 'Show in the document';
  where.addEventListener('click', () => reveal(d.range));
  const rule = document.createElement('a');
  rule.className = 'rule';
  rule.href = d.docsUrl;
  rule.target = '_blank';
  rule.rel = 'noopener';
  rule.textContent = d.ruleId;
  rule.title = `Why ${d.ruleId} matters and how to fix it`;
  head.append(severity, where, rule);
  if (d.fix) head.append(fixButton(`Fix: ${d.fix.message}`, d.fix, 'fix'));

  const message = document.createElement('p');
  message.className = 'message';
  message.textContent = d.message;
  li.append(head, message);
  if (d.hint !== undefined) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.textContent = d.hint;
    li.append(hint);
  }
  if (d.suggestions?.length) {
    const offers = document.createElement('div');
    offers.className = 'suggestions';
    offers.append('Suggestions: ', ...d.suggestions.map((f) => fixButton(f.message, f, 'suggestion')));
    li.append(offers);
  }
  return li;
}

function fixButton(label: string, fix: Fix, kind: 'fix' | 'suggestion'): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = kind;
  button.textContent = label;
  button.title = kind === 'fix' ? `Fix: ${fix.message}` : `Apply: ${fix.message}`;
  button.addEventListener('click', () => fixWith(fix));
  return button;
}

/** Replace the document with `text`, changing only the part that differs (the view keeps its place). */
function replaceDocument(text: string, userEvent: string): void {
  const old = view.state.doc.toString();
  let start = 0;
  while (start < old.length && start < text.length && old[start] === text[start]) start++;
  let end = 0;
  while (
    end < old.length - start &&
    end < text.length - start &&
    old[old.length - 1 - end] === text[text.length - 1 - end]
  )
    end++;
  view.dispatch({
    changes: { from: start, to: old.length - end, insert: text.slice(start, text.length - end) },
    userEvent,
  });
}

/** Apply a fix or a suggestion to the text it was made for, then lint again at once. */
function fixWith(fix: Fix): void {
  // Typed since the last lint: the fix's positions are stale. Lint now; the list offers fresh fixes.
  if (view.state.doc !== lintedDoc) {
    lintNow();
    return;
  }
  replaceDocument(applyFix(view.state.doc.toString(), fix), 'input.fix');
  fixNote = ` · applied: ${fix.message}`;
  lintNow();
}

fixAllButton.addEventListener('click', async () => {
  const before = view.state.doc;
  const fixed = await fixAll(before.toString(), configArea.value, file);
  // Typed while it ran (it runs at once, but a promise lets the page breathe): keep what was typed.
  if (view.state.doc !== before) return;
  if (fixed.applied.length === 0) return;
  replaceDocument(fixed.text, 'input.fix');
  fixNote = ` · fixed ${plural(fixed.applied.length, 'finding')}`;
  lintNow();
});

function reveal(range: Range): void {
  const doc = view.state.doc;
  const from = offsetOf(doc, range.start);
  const to = Math.max(from, offsetOf(doc, range.end));
  view.dispatch({ selection: EditorSelection.single(from, to), scrollIntoView: true });
  view.focus();
}

// ---- The document, the config and the link ----

function setDocument(text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

function shared(): Shared {
  return { code: view.state.doc.toString(), config: configArea.value, file };
}

function updateFragment(): void {
  const fragment = encodeFragment(shared(), { config: DEFAULT_CONFIG, file: DEFAULT_FILE });
  history.replaceState(null, '', `#${fragment}`);
}

/** Show a document with its config and file name, and lint it. */
function setFile(name: string): void {
  file = name;
  view.dispatch({ effects: language.reconfigure(languageFor(name)) });
}

function load(text: string, config: string, name: string): void {
  configArea.value = config;
  setFile(name);
  if (![...kindSelect.options].some((o) => o.value === file)) kindSelect.add(new Option(file, file));
  kindSelect.value = file;
  setDocument(text);
  lintNow();
}

/** A rule's example: its fixture, with the rule on (and the fixture's options) in the config. */
function loadRuleExample(id: string): boolean {
  const example = ECSLINT_RULE_EXAMPLES[id];
  if (!example) return false;
  const name = /dockerrun/i.test(example.fixture) ? 'Dockerrun.aws.json' : DEFAULT_FILE;
  load(example.text, exampleConfig(id, example.options), name);
  return true;
}

function restore(): void {
  const state = decodeFragment(location.hash);
  fatal.hidden = true;
  if (state.problem !== undefined) showProblem(`This link could not be read: ${state.problem}.`);
  if (state.example !== undefined && state.code === undefined) {
    if (loadRuleExample(state.example)) return;
    showProblem(
      `This link names the example of "${state.example}", which this version of the playground does not have.`,
    );
  }
  const fallback = ECSLINT_EXAMPLES['fargate-web.json']?.text ?? '';
  load(state.code ?? fallback, state.config ?? DEFAULT_CONFIG, state.file ?? DEFAULT_FILE);
}

const documents = document.createElement('optgroup');
documents.label = 'Documents';
for (const name of Object.keys(ECSLINT_EXAMPLES)) documents.append(new Option(name, `document:${name}`));
const rules = document.createElement('optgroup');
rules.label = 'Rule examples';
for (const id of Object.keys(ECSLINT_RULE_EXAMPLES)) rules.append(new Option(id, `rule:${id}`));
exampleSelect.append(documents, rules);
exampleSelect.addEventListener('change', () => {
  const [kind, name = ''] = exampleSelect.value.split(/:(.*)/);
  const example = kind === 'document' ? ECSLINT_EXAMPLES[name] : undefined;
  if (example) load(example.text, configArea.value, example.file);
  else if (kind === 'rule') loadRuleExample(name);
});
kindSelect.addEventListener('change', () => {
  setFile(kindSelect.value);
  lintNow();
});
configArea.addEventListener('input', schedule);
window.addEventListener('hashchange', restore);

$('share').addEventListener('click', async () => {
  updateFragment();
  const button = $<HTMLButtonElement>('share');
  try {
    await navigator.clipboard.writeText(location.href);
    button.textContent = 'Link copied';
  } catch {
    // No clipboard (a file: page, or permission refused): the address bar holds the link.
    button.textContent = 'Link is in the address bar';
  }
  setTimeout(() => {
    button.textContent = 'Copy link';
  }, 2000);
});

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
$('export-json').addEventListener('click', () => {
  if (current) download('ecslint.json', report('json', current), 'application/json');
});
$('export-sarif').addEventListener('click', () => {
  if (current) download('ecslint.sarif', report('sarif', current), 'application/sarif+json');
});

restore();
