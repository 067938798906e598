import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, UPDATE } from '../../testing/fixtures.js';
import { exampleConfig, lintInBrowser } from './index.js';

interface Example {
  fixture: string;
  text: string;
  options?: unknown;
}
const script = (await import(pathToFileURL(join(ROOT, 'scripts/build-playground.mjs')).href)) as {
  ruleExamples: () => Record<string, Example>;
  PLAYGROUND_URL: string;
};
const examples = script.ruleExamples();
/**
 * The rules a single document can show: a cross-check rule (a service beside its task definition) has only
 * folder fixtures, several files that one editor page does not hold.
 */
const ids = readdirSync(join(ROOT, 'rules'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name)
  .filter((id) => {
    const invalid = join(ROOT, 'fixtures', id, 'invalid');
    return !existsSync(invalid) || readdirSync(invalid).some((f) => f.endsWith('.json'));
  });

/** The "Try it" section a rule README ends with, when the playground has the rule's example. */
const tryIt = (id: string, example: Example): string =>
  `## Try it\n\n[Open \`${example.fixture}\` in the playground](${script.PLAYGROUND_URL}#example=${id}): the findings and\nthe fixes ecslint offers, in your browser (nothing is uploaded).\n`;
const SECTION = /\n## Try it\n[\s\S]*$/;

describe('rule examples in the playground', () => {
  it('cover the rules whose README names an invalid fixture of a size a page can carry', () => {
    expect(Object.keys(examples)).toContain('valid-port-mappings');
    expect(Object.keys(examples).length).toBeGreaterThanOrEqual(ids.length - 5);
    expect(examples['max-task-definition-size']).toBeUndefined();
  });

  it.each(Object.keys(examples))('%s: the example shows the rule`s finding in the playground', (id) => {
    const example = examples[id] as Example;
    const name = /dockerrun/i.test(example.fixture) ? 'Dockerrun.aws.json' : 'task-definition.json';
    const run = lintInBrowser(example.text, exampleConfig(id, example.options), name);
    expect(run.configError).toBeUndefined();
    expect(run.result.diagnostics.map((d) => d.ruleId)).toContain(id);
  });

  it.each(ids)('%s: the README ends with a "Try it" link when the playground has its example', (id) => {
    const path = join(ROOT, 'rules', id, 'README.md');
    const text = readFileSync(path, 'utf8');
    const example = examples[id];
    const body = text.replace(SECTION, '\n').replace(/\n+$/, '\n');
    const expected = example ? `${body}\n${tryIt(id, example)}` : body;
    if (UPDATE && expected !== text) writeFileSync(path, expected);
    // The link names the first invalid fixture the README shows: a README edit can change it.
    expect(UPDATE ? expected : text, 'rewrite it: UPDATE_FIXTURES=1 npx vitest run src/frontends/playground').toBe(
      expected,
    );
  });
});
