import { describe, expect, it } from 'vitest';
import { LineTable } from '../json/lines.js';
import { isSafeCorrection } from '../schema/validate.js';
import { applyFixes, applyOffsetEdits } from './apply.js';
import { type Edit, FixWriter } from './edits.js';
import { toFix } from './index.js';

/** The text after one fix made of `edits`, or undefined when the writer offers none. */
function fixed(text: string, edits: Edit[]): string | undefined {
  const out = new FixWriter(text).edits(edits);
  return out === undefined ? undefined : applyOffsetEdits(text, out);
}

describe('FixWriter: remove', () => {
  const doc = ['{', '  "family": "web",', '  "links": null,', '  "cpu": "256"', '}', ''].join('\n');

  it('removes a member with its line, keeping the others byte for byte', () => {
    expect(fixed(doc, [{ op: 'remove', path: ['links'] }])).toBe(
      ['{', '  "family": "web",', '  "cpu": "256"', '}', ''].join('\n'),
    );
  });

  it('removes the last member and the comma before it', () => {
    expect(fixed(doc, [{ op: 'remove', path: ['cpu'] }])).toBe(
      ['{', '  "family": "web",', '  "links": null', '}', ''].join('\n'),
    );
  });

  it('removes the first member', () => {
    expect(fixed(doc, [{ op: 'remove', path: ['family'] }])).toBe(
      ['{', '  "links": null,', '  "cpu": "256"', '}', ''].join('\n'),
    );
  });

  it('removes neighbours together, the last ones with the comma before them', () => {
    expect(
      fixed(doc, [
        { op: 'remove', path: ['links'] },
        { op: 'remove', path: ['cpu'] },
      ]),
    ).toBe(['{', '  "family": "web"', '}', ''].join('\n'));
  });

  it('closes an object whose members all go', () => {
    expect(
      fixed('{ "a": { "x": null, "y": null }, "b": 1 }', [
        { op: 'remove', path: ['a', 'x'] },
        { op: 'remove', path: ['a', 'y'] },
      ]),
    ).toBe('{ "a": {}, "b": 1 }');
  });

  it('removes inline members and array items without reflowing the rest', () => {
    const text = '{"a": [1, null, 3], "b": null, "c": 2}';
    expect(fixed(text, [{ op: 'remove', path: ['a', 1] }])).toBe('{"a": [1, 3], "b": null, "c": 2}');
    expect(fixed(text, [{ op: 'remove', path: ['b'] }])).toBe('{"a": [1, null, 3], "c": 2}');
    expect(fixed(text, [{ op: 'remove', path: ['a'] }])).toBe('{"b": null, "c": 2}');
    expect(
      fixed(text, [
        { op: 'remove', path: ['a'] },
        { op: 'remove', path: ['b'] },
      ]),
    ).toBe('{"c": 2}');
  });

  it('keeps comments of other members, CRLF line ends and a JSONC trailing comma', () => {
    const text = ['{', '  "a": 1, // about a', '  // about b', '  "b": null, // gone with b', '}', ''].join('\r\n');
    expect(fixed(text, [{ op: 'remove', path: ['b'] }])).toBe(
      ['{', '  "a": 1, // about a', '  // about b', '}', ''].join('\r\n'),
    );
    const last = ['{', '  "a": 1, // about a', '  "b": null', '}'].join('\r\n');
    expect(fixed(last, [{ op: 'remove', path: ['b'] }])).toBe(['{', '  "a": 1 // about a', '}'].join('\r\n'));
  });

  it('offers no fix for a path that is not there', () => {
    expect(fixed(doc, [{ op: 'remove', path: ['memory'] }])).toBeUndefined();
    expect(fixed(doc, [{ op: 'remove', path: [] }])).toBeUndefined();
  });

  it('takes the last of duplicate keys, as JSON.parse does', () => {
    expect(fixed('{"a": 1, "a": null}', [{ op: 'remove', path: ['a'] }])).toBe('{"a": 1}');
  });
});

describe('FixWriter: set, rename, unwrap', () => {
  it('replaces a value in place', () => {
    expect(fixed('{\n  "cpu": 256, // small\n}', [{ op: 'set', path: ['cpu'], value: '256' }])).toBe(
      '{\n  "cpu": "256", // small\n}',
    );
  });

  it('adds a missing member after the last one, indented as its neighbours', () => {
    expect(fixed('{\r\n    "a": 1\r\n}\r\n', [{ op: 'set', path: ['b'], value: 'x' }])).toBe(
      '{\r\n    "a": 1,\r\n    "b": "x"\r\n}\r\n',
    );
    expect(fixed('{"a": 1,}', [{ op: 'set', path: ['b'], value: 2 }])).toBe('{"a": 1, "b": 2,}');
    expect(fixed('{"a": {}}', [{ op: 'set', path: ['a', 'b'], value: true }])).toBe('{"a": { "b": true }}');
  });

  it('renames a key and keeps its value', () => {
    expect(fixed('{ "Essential": true }', [{ op: 'rename', path: ['Essential'], to: 'essential' }])).toBe(
      '{ "essential": true }',
    );
  });

  it('unwraps describe output one level shallower', () => {
    const text = ['{', '  "taskDefinition": {', '    "family": "web",', '    "cpu": "256"', '  }', '}', ''].join('\n');
    expect(fixed(text, [{ op: 'unwrap', path: ['taskDefinition'] }])).toBe(
      ['{', '  "family": "web",', '  "cpu": "256"', '}', ''].join('\n'),
    );
  });

  it('refuses a fix whose edits collide', () => {
    expect(
      fixed('{"a": 1}', [
        { op: 'set', path: ['a'], value: 2 },
        { op: 'remove', path: ['a'] },
      ]),
    ).toBeUndefined();
  });
});

describe('applyFixes', () => {
  const text = '\uFEFF{"a": null, "b": 1, "c": "2"}';
  const body = text.slice(1);
  const fixOf = (edits: Edit[]) => {
    const f = toFix(new FixWriter(body), new LineTable(body), { message: 'm', edits });
    if (!f) throw new Error('no fix');
    return f;
  };

  it('applies fixes that do not collide, keeping a byte-order mark', () => {
    const out = applyFixes(text, [
      fixOf([{ op: 'remove', path: ['a'] }]),
      fixOf([{ op: 'set', path: ['c'], value: 2 }]),
    ]);
    expect(out.text).toBe('\uFEFF{"b": 1, "c": 2}');
    expect(out.applied).toHaveLength(2);
    expect(out.deferred).toBe(0);
  });

  it('leaves a colliding fix for the next pass', () => {
    const out = applyFixes(text, [
      fixOf([{ op: 'set', path: ['b'], value: 2 }]),
      fixOf([{ op: 'remove', path: ['b'] }]),
    ]);
    expect(out.applied).toHaveLength(1);
    expect(out.deferred).toBe(1);
    // The removal starts first (at the comma before "b"): it is taken, the other waits.
    expect(out.text).toBe('\uFEFF{"a": null, "c": "2"}');
  });
});

describe('isSafeCorrection', () => {
  const keys = ['essential', 'entryPoint', 'environment', 'containerPort', 'hostPort', 'image', 'links'];
  it('accepts a change of case or one slip of a key when nothing else is as near', () => {
    expect(isSafeCorrection('Essential', 'essential', keys)).toBe(true);
    expect(isSafeCorrection('containerport', 'containerPort', keys)).toBe(true);
    expect(isSafeCorrection('enviroment', 'environment', keys)).toBe(true);
    expect(isSafeCorrection('imgae', 'image', keys)).toBe(true);
  });
  it('refuses a guess with a rival or more than one slip', () => {
    expect(isSafeCorrection('link', 'links', [...keys, 'line'])).toBe(false);
    expect(isSafeCorrection('entrypont', 'entryPoint', keys)).toBe(true);
    expect(isSafeCorrection('entrpnt', 'entryPoint', keys)).toBe(false);
  });
});
