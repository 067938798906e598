import { describe, expect, it } from 'vitest';
import { decode } from './decode.js';
import { lintBytes } from './lint.js';

const TASK =
  '{\n  "family": "api",\n  "containerDefinitions": [{ "name": "api", "image": "nginx:1.27", "memory": 64 }]\n}\n';
const settings = { rules: new Map() };

describe('decode', () => {
  it('passes UTF-8 through untouched', () => {
    expect(decode(Buffer.from(TASK))).toEqual({ text: TASK });
  });

  it.each([
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TASK, 'utf16le')])],
    ['utf-16le without BOM', Buffer.from(TASK, 'utf16le')],
    [
      'utf-16be with BOM',
      Buffer.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TASK, 'utf16le')])).swap16(),
    ],
  ])('decodes %s and says so', (_name, bytes) => {
    const { text, problem } = decode(bytes);
    expect(text).toBe(TASK);
    expect(problem).toMatchObject({ messageId: 'utf16', fatal: false });
  });

  it('reports binary data as fatal', () => {
    expect(decode(Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x00, 0x00]))).toMatchObject({
      problem: { messageId: 'binary', fatal: true },
    });
  });

  it('keeps a UTF-8 byte-order mark for the parser to report', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(decode(Buffer.concat([bom, Buffer.from(TASK)]))).toEqual({ text: `\uFEFF${TASK}` });
    const broken = decode(Buffer.concat([bom, Buffer.from('{"a": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]));
    expect(broken.text.charCodeAt(0)).toBe(0xfeff);
    // Offsets are in the text the parser lints, which has the mark removed.
    expect(broken.problem).toMatchObject({ messageId: 'invalid-utf8', offset: 10 });
  });

  it('points at the first invalid UTF-8 byte', () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "family": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const { problem, text } = decode(bytes);
    expect(problem).toMatchObject({ messageId: 'invalid-utf8', message: 'invalid UTF-8 byte 0xe9', offset: 18 });
    expect(text.charAt(18)).toBe('\uFFFD');
  });
});

describe('lintBytes', () => {
  it('reports a UTF-8 byte-order mark at 1:1 and lints the rest with unshifted columns', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TASK)]);
    const result = lintBytes(bytes, { file: 't.json', rules: [], settings, explicit: true });
    expect(result.kind).toBe('task-definition');
    expect(result.diagnostics.map((d) => [d.ruleId, d.range.start, d.message])).toEqual([
      ['json-syntax', { line: 1, column: 1 }, 'file starts with a byte-order mark, which the AWS CLI rejects'],
    ]);
  });

  it('reports invalid UTF-8 at its line and column and still lints the rest', () => {
    const bytes = Buffer.concat([
      Buffer.from('{\n  "family": "caf'),
      Buffer.from([0xe9]),
      Buffer.from('",\n  "containerDefinitions": []\n}'),
    ]);
    const result = lintBytes(bytes, { file: 't.json', rules: [], settings, explicit: true });
    expect(result.kind).toBe('task-definition');
    expect(result.diagnostics[0]).toMatchObject({
      ruleId: 'json-syntax',
      message: 'invalid UTF-8 byte 0xe9',
      range: { start: { line: 2, column: 17 } },
    });
  });

  it('reports a binary file once, not as empty or as a syntax error', () => {
    const result = lintBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]), {
      file: 'x.json',
      rules: [],
      settings,
      explicit: true,
    });
    expect(result.diagnostics.map((d) => d.message)).toEqual(['binary file (NUL byte at byte 4), not JSON']);
  });
});
