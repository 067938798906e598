/**
 * Malformed and hostile documents: whatever the bytes, lint answers with diagnostics whose ranges are inside
 * the file, never a throw, a hang or a crashed rule.
 */
import { type Node, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/types.js';
import { checkResult, lintAll, lintAllBytes, REAL_TEXT, renderAll } from './helpers.js';

const enc = new TextEncoder();
const ids = (r: LintResult): string[] => r.diagnostics.map((d) => d.ruleId);
const syntax = (r: LintResult): string[] =>
  r.diagnostics.filter((d) => d.ruleId === 'json-syntax').map((d) => d.message);

/** A snapshot of what the built-in prototypes hold, to prove nothing was added or changed. */
function prototypes(): string {
  const names = (o: object): string[] => Object.getOwnPropertyNames(o).sort();
  return JSON.stringify([names(Object.prototype), names(Array.prototype), names(Function.prototype)]);
}

describe('truncated, binary and mis-encoded files', () => {
  it('a real task definition truncated at every byte gives a syntax error, never a throw', () => {
    const bytes = enc.encode(REAL_TEXT);
    expect(bytes.length).toBeGreaterThan(8000);
    for (let i = 0; i < bytes.length; i++) {
      const result = lintAllBytes(bytes.subarray(0, i));
      checkResult(result);
      // Only the empty file and the whole one are not syntax errors... and a cut after the last "}".
      const whole = new TextDecoder().decode(bytes.subarray(0, i)).trimEnd() === REAL_TEXT.trimEnd();
      if (!whole) expect(ids(result), `cut at ${i}`).toContain('json-syntax');
    }
  });

  it('binary data is reported as binary, not parsed', async () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    const result = lintAllBytes(bytes);
    checkResult(result);
    expect(result.kind).toBe('unknown');
    expect(syntax(result)[0]).toMatch(/^binary file \(NUL byte at byte \d+\), not JSON$/);
    await renderAll([result]);
  });

  it('NUL bytes anywhere make the file binary', () => {
    for (const text of ['\0{}', '{"family": "a\0b"}', `${REAL_TEXT}\0`, '\0']) {
      const result = lintAllBytes(enc.encode(text));
      checkResult(result);
      expect(syntax(result)[0]).toMatch(/^binary file/);
    }
  });

  it('a NUL character in decoded text (a string, not bytes) is a control character in a string', () => {
    const result = lintAll('{"family": "a\u0000b", "containerDefinitions": []}');
    checkResult(result);
    expect(syntax(result).join()).toMatch(/control character/);
  });

  it('invalid UTF-8 is reported at its position and the rest is still linted', async () => {
    const at = REAL_TEXT.indexOf('"family"') + 2;
    const bytes = new Uint8Array([
      ...enc.encode(REAL_TEXT.slice(0, at)),
      0xff,
      0xc3,
      ...enc.encode(REAL_TEXT.slice(at)),
    ]);
    const result = lintAllBytes(bytes);
    checkResult(result);
    const bad = result.diagnostics.find((d) => d.message.startsWith('invalid UTF-8'));
    expect(bad?.range.start).toEqual(
      (() => {
        const before = REAL_TEXT.slice(0, at).split('\n');
        return { line: before.length, column: (before.at(-1) as string).length + 1 };
      })(),
    );
    await renderAll([result]);
  });

  it('UTF-16 with and without a byte-order mark is reported and still linted', async () => {
    const le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'));
    const be = (s: string): Uint8Array => {
      const b = Buffer.from(s, 'utf16le');
      b.swap16();
      return new Uint8Array(b);
    };
    const cases: [string, Uint8Array][] = [
      ['UTF-16LE', le(`\ufeff${REAL_TEXT}`)],
      ['UTF-16BE', be(`\ufeff${REAL_TEXT}`)],
      ['UTF-16LE', le(REAL_TEXT)],
      ['UTF-16BE', be(REAL_TEXT)],
    ];
    const plain = lintAll(REAL_TEXT);
    for (const [name, bytes] of cases) {
      const result = lintAllBytes(bytes);
      checkResult(result);
      expect(syntax(result)).toEqual([`file is ${name} encoded; the AWS CLI reads UTF-8`]);
      expect(result.kind).toBe('task-definition');
      // The same findings at the same places as the UTF-8 file.
      const rest = result.diagnostics.filter((d) => d.ruleId !== 'json-syntax');
      expect(rest.map((d) => [d.ruleId, d.range])).toEqual(plain.diagnostics.map((d) => [d.ruleId, d.range]));
      await renderAll([result]);
    }
  });

  it('lone surrogates in strings (escaped and raw) flow through every reporter as valid output', async () => {
    const doc = (s: string): string =>
      `{"family": "${s}", "containerDefinitions": [{"name": "${s}", "image": "${s}:latest", "memory": 128, "essential": true, "environment": [{"name": "${s}", "value": "${s}"}]}]}`;
    for (const s of ['\\ud800', '\\udfff', '\\udc00\\ud800', '\ud800', '\udfff', 'a\udc00b']) {
      const result = lintAll(doc(s));
      checkResult(result);
      expect(result.kind).toBe('task-definition');
      const outputs = await renderAll([result]);
      expect(outputs.size).toBeGreaterThan(0);
    }
  });
});

describe('documents of absurd size and shape', () => {
  it('100,000 levels of nesting are a json-syntax error, not a stack overflow', async () => {
    const n = 100_000;
    for (const text of [
      `${'['.repeat(n)}${']'.repeat(n)}`,
      `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`,
      '['.repeat(n),
      `{"containerDefinitions": ${'[{"x":'.repeat(n)}`,
      `${'{"a":['.repeat(n / 2)}${']}'.repeat(n / 2)}`,
    ]) {
      const result = lintAll(text);
      checkResult(result);
      expect(syntax(result)).toEqual(['nesting is deeper than 1000 levels']);
      await renderAll([result]);
    }
  });

  it('a 10 MB string value is linted, and no message carries it whole', async () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const doc = JSON.parse(REAL_TEXT);
    doc.family = big;
    doc.containerDefinitions[0].image = big;
    doc.containerDefinitions[0].environment = [{ name: big, value: big }];
    const result = lintAll(JSON.stringify(doc, null, 2));
    checkResult(result);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) expect(d.message.length, d.ruleId).toBeLessThan(2000);
  }, 120_000);

  it('100,000 containers are linted in bounded time', () => {
    const containerDefinitions = Array.from({ length: 100_000 }, (_, i) => ({
      name: `c${i}`,
      image: 'public.ecr.aws/nginx/nginx:1.27',
      memory: 128,
      essential: i === 0,
    }));
    const result = lintAll(JSON.stringify({ family: 'many', containerDefinitions }, null, 1));
    checkResult(result);
    expect(ids(result)).toContain('valid-container-count');
  }, 120_000);

  it('every field set to every wrong JSON type (and null) crashes no rule', () => {
    const base = JSON.parse(REAL_TEXT);
    const wrong: unknown[] = [null, 0, -1, 1.5, 1e308, true, false, '', 'x', [], {}, [null], { a: null }, [[]], '-1'];
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]): void => {
      if (p.length > 0) paths.push(p);
      if (Array.isArray(v)) {
        for (const [i, x] of v.entries()) walk(x, [...p, i]);
      } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
    };
    walk(base, []);
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) {
      for (const value of wrong) {
        const copy = structuredClone(base);
        let parent = copy;
        for (const seg of path.slice(0, -1)) parent = parent[seg];
        parent[path.at(-1) as string] = value;
        const result = lintAll(JSON.stringify(copy, null, 2));
        try {
          checkResult(result);
        } catch (error) {
          throw new Error(`${path.join('.')} = ${JSON.stringify(value)}: ${(error as Error).message}`);
        }
      }
    }
  }, 120_000);

  it('null everywhere: every leaf, every container, every array item', () => {
    const base = JSON.parse(REAL_TEXT);
    const nullLeaves = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(nullLeaves)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nullLeaves(x)]))
          : null;
    const nullChildren = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(() => null)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.keys(v).map((k) => [k, null]))
          : null;
    for (const doc of [nullLeaves(base), nullChildren(base), { ...base, containerDefinitions: [null, null] }, null]) {
      checkResult(lintAll(JSON.stringify(doc)));
    }
  });
});

describe('keys that name prototypes', () => {
  it('__proto__, constructor and prototype keys at every level pollute nothing and crash no rule', async () => {
    const before = prototypes();
    const hostile = `{"polluted": 1, "toString": "x", "valueOf": 2, "hasOwnProperty": null}`;
    const keys = `"__proto__": ${hostile}, "constructor": {"prototype": ${hostile}}, "prototype": ${hostile}`;
    const text = `{
  ${keys},
  "family": "api",
  "containerDefinitions": [{
    ${keys},
    "name": "web", "image": "nginx:1.27", "memory": 128, "essential": true,
    "environment": [{"name": "__proto__", "value": "x", ${keys}}],
    "secrets": [{"name": "constructor", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/x"}],
    "logConfiguration": {"logDriver": "awslogs", "options": {${keys}}},
    "dockerLabels": {"__proto__": "1", "constructor": "2", "prototype": "3"},
    "portMappings": [{"containerPort": 80, ${keys}}],
    "dependsOn": [{"containerName": "__proto__", "condition": "START"}],
    "linuxParameters": {"capabilities": {"add": ["__proto__"], ${keys}}}
  }],
  "volumes": [{"name": "__proto__", ${keys}}],
  "tags": [{"key": "__proto__", "value": "constructor"}]
}`;
    const result = lintAll(text);
    checkResult(result);
    expect(result.kind).toBe('task-definition');
    // The keys are read as the document's own data: unknown properties for the schema.
    expect(result.diagnostics.some((d) => d.ruleId === 'schema' && d.pointer === '/__proto__')).toBe(true);
    await renderAll([result]);
    // Describe output, Dockerrun and a bare array carry the same keys.
    for (const doc of [`{"taskDefinition": ${text}}`, `[{${keys}, "name": "a", "image": "b"}]`]) {
      checkResult(lintAll(doc));
    }
    checkResult(lintAll(`{"AWSEBDockerrunVersion": 2, ${keys}, "containerDefinitions": []}`, 'Dockerrun.aws.json'));
    expect(prototypes()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString.call([])).toBe('[object Array]');
  });
});

describe('duplicate keys and line endings', () => {
  it('a duplicate of the first key of every object is reported at the duplicate, with the first as related', () => {
    const root = parseTree(REAL_TEXT) as Node;
    const objects: Node[] = [];
    const walk = (n: Node): void => {
      if (n.type === 'object' && n.children?.length) objects.push(n);
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    expect(objects.length).toBeGreaterThan(10);
    for (const obj of objects) {
      const first = obj.children?.[0] as Node;
      const prop = REAL_TEXT.slice(first.offset, first.offset + first.length);
      // Insert a copy of the first property just after it: the copy is the duplicate.
      const at = first.offset + first.length;
      const text = `${REAL_TEXT.slice(0, at)}, ${prop}${REAL_TEXT.slice(at)}`;
      const result = lintAll(text);
      checkResult(result);
      const dup = result.diagnostics.find((d) => d.message.startsWith('duplicate key'));
      expect(dup, prop).toBeDefined();
      const lines = text.slice(0, at + 2).split('\n');
      expect(dup?.range.start).toEqual({ line: lines.length, column: (lines.at(-1) as string).length + 1 });
      expect(dup?.related?.[0]?.message).toBe('first defined here');
    }
  });

  it('CRLF, CR and mixed line endings give the same findings at the same line and column as LF', () => {
    // A document with findings of many rules, and one with a syntax error.
    const syntaxError = REAL_TEXT.replace('"memory"', '"memory" "x",');
    for (const lf of [REAL_TEXT, syntaxError, REAL_TEXT.replace('"family"', '"family": 1, "family"')]) {
      const expected = lintAll(lf).diagnostics.map((d) => [d.ruleId, d.message, d.range, d.related]);
      expect(expected.length).toBeGreaterThan(0);
      let n = 0;
      const endings = ['\r\n', '\r', '\n'];
      for (const text of [
        lf.replaceAll('\n', '\r\n'),
        lf.replaceAll('\n', '\r'),
        lf.replace(/\n/g, () => endings[n++ % 3] as string),
      ]) {
        const result = lintAll(text);
        checkResult(result);
        expect(result.diagnostics.map((d) => [d.ruleId, d.message, d.range, d.related])).toEqual(expected);
      }
    }
  });
});
