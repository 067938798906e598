import { describe, expect, it } from 'vitest';
import { applyDiagnosticFixes } from '../fix/index.js';
import { defineRule } from '../rule.js';
import type { DeployTarget } from './group.js';
import { lintText } from './lint.js';

/** A console export: nulls in the container, describe-output members at the end (as the corpus has them). */
const EXPORT = `{
  "family": "api",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "nginx:1.27",
      "memory": 256,
      "links": null,
      "hostname": null,
      "entryPoint": null
    }
  ],
  "placementConstraints": [],
  "revision": 4,
  "status": "ACTIVE",
  "compatibilities": ["EC2"]
}
`;

const emptyTags = defineRule({
  meta: {
    id: 'test-empty-tags',
    category: 'correctness',
    description: 'Test rule',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: ['https://example.com'],
    messages: { empty: '"tags" is empty' },
  },
  check(task, ctx) {
    if (Array.isArray(task.tags) && task.tags.length === 0) {
      ctx.report({
        messageId: 'empty',
        path: ['tags'],
        group: 'empty',
        fix: { message: 'remove "tags"', edits: [{ op: 'remove', path: ['tags'] }] },
      });
    }
  },
});

const lint = (text: string, target?: DeployTarget) =>
  lintText(text, {
    file: 'task-definition.json',
    rules: [emptyTags],
    settings: { rules: new Map([['test-empty-tags', { level: 'error' }]]), ...(target ? { target } : {}) },
  });

describe('grouping mechanical findings', () => {
  it('reports each class once per file, at its first member, with every member related and one fix', () => {
    const { diagnostics } = lint(EXPORT);
    expect(diagnostics.map((d) => [d.severity, d.message, `${d.range.start.line}:${d.range.start.column}`])).toEqual([
      [
        'error',
        '3 members are null: "links", "hostname", "entryPoint" — the AWS CLI rejects null; --fix removes them',
        '8:16',
      ],
      [
        'error',
        '3 members are output of describe-task-definition: "revision", "status", "compatibilities" — RegisterTaskDefinition rejects them; --fix removes them',
        '14:3',
      ],
    ]);
    const nulls = diagnostics[0];
    expect(nulls?.related?.map((r) => [r.pointer, r.range.start.line])).toEqual([
      ['/containerDefinitions/0/links', 8],
      ['/containerDefinitions/0/hostname', 9],
      ['/containerDefinitions/0/entryPoint', 10],
    ]);
    expect(nulls?.related?.[0]?.message).toBe('container "api": "links" must be an array, got null');
  });

  it('keeps a grouped fingerprint when members come and go', () => {
    const fewer = EXPORT.replace('      "hostname": null,\n', '');
    const [a] = lint(EXPORT).diagnostics;
    const [b] = lint(fewer).diagnostics;
    expect(b?.message).toMatch(/^2 members are null/);
    expect(b?.fingerprint).toBe(a?.fingerprint);
  });

  it('fixes a whole class in one pass, byte for byte', () => {
    const out = applyDiagnosticFixes(EXPORT, lint(EXPORT).diagnostics);
    expect(out.text).toBe(`{
  "family": "api",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "nginx:1.27",
      "memory": 256
    }
  ],
  "placementConstraints": []
}
`);
    expect(lint(out.text).diagnostics).toEqual([]);
  });

  it('leaves a single member as its own finding', () => {
    const one = EXPORT.replace('      "hostname": null,\n      "entryPoint": null\n', '').replace(
      '"links": null,',
      '"links": null',
    );
    const messages = lint(one).diagnostics.map((d) => d.message);
    expect(messages[0]).toBe('container "api": "links" must be an array, got null');
  });

  it('under deploy-action, folds nulls, empty values and describe-output members into one note', () => {
    const withTags = EXPORT.replace('"placementConstraints": [],', '"placementConstraints": [],\n  "tags": [],');
    const { diagnostics } = lint(withTags, 'deploy-action');
    expect(diagnostics).toHaveLength(1);
    const [note] = diagnostics;
    expect(note?.severity).toBe('note');
    expect(note?.message).toBe(
      '7 members (null, empty, describe output) that amazon-ecs-deploy-task-definition removes before registering: "links", "hostname", "entryPoint", "tags", "revision", …',
    );
    expect(note?.related).toHaveLength(7);
    const fixed = applyDiagnosticFixes(withTags, diagnostics).text;
    expect(lint(fixed, 'aws-cli').diagnostics).toEqual([]);
  });

  it('under terraform, only nulls become a note', () => {
    const severities = lint(EXPORT, 'terraform').diagnostics.map((d) => [d.severity, d.message.slice(0, 20)]);
    expect(severities).toEqual([
      ['note', '3 members (null) tha'],
      ['error', '3 members are output'],
    ]);
  });
});

describe('describe output', () => {
  const DESCRIBE = `{
  "taskDefinition": {
    "family": "api",
    "containerDefinitions": [{ "name": "api", "image": "nginx:1.27", "memory": 256 }]
  }
}
`;

  it('under an explicit aws-cli target, offers to unwrap the task definition when the wrapper holds nothing else', () => {
    expect(lint(DESCRIBE).diagnostics).toEqual([]);
    const { diagnostics } = lint(DESCRIBE, 'aws-cli');
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['document-kind', 'note']]);
    const out = applyDiagnosticFixes(DESCRIBE, diagnostics);
    expect(out.text).toBe(`{
  "family": "api",
  "containerDefinitions": [{ "name": "api", "image": "nginx:1.27", "memory": 256 }]
}
`);
    expect(lint(out.text).diagnostics).toEqual([]);
  });

  it('only suggests it when tags sit beside it', () => {
    const tagged = DESCRIBE.replace('\n}\n', ',\n  "tags": [{ "key": "team", "value": "web" }]\n}\n');
    const [d] = lint(tagged, 'aws-cli').diagnostics;
    expect(d?.fix).toBeUndefined();
    expect(d?.suggestions?.[0]?.message).toBe('replace the document by its "taskDefinition"');
  });
});
