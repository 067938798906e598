import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment, fromBase64Url, toBase64Url } from './fragment.js';

const DEFAULTS = { config: '{}\n', file: 'task-definition.json' };

describe('playground links', () => {
  it('writes #code= as base64url of the UTF-8 text, as Node`s base64url encoder does', () => {
    const text = '{ "family": "wéb/+?" , "x": "😀" }\n';
    expect(encodeFragment({ code: text, ...DEFAULTS }, DEFAULTS)).toBe(
      `code=${Buffer.from(text, 'utf8').toString('base64url')}`,
    );
  });

  it('restores the document, the config and the file name', () => {
    const state = { code: '{"family":"a"}', config: '{"preset":"strict"}', file: 'Dockerrun.aws.json' };
    const fragment = encodeFragment(state, DEFAULTS);
    expect(fragment).toMatch(/^code=[\w-]+&config=[\w-]+&file=Dockerrun\.aws\.json$/);
    expect(decodeFragment(`#${fragment}`)).toEqual(state);
  });

  it('reads links made elsewhere: padded, percent-encoded or standard base64', () => {
    const text = 'a?b>c';
    const padded = Buffer.from(text).toString('base64');
    expect(padded).toMatch(/[+/=]/);
    expect(decodeFragment(`#code=${padded}`).code).toBe(text);
    expect(decodeFragment(`#code=${encodeURIComponent(padded)}`).code).toBe(text);
    expect(fromBase64Url(toBase64Url(''))).toBe('');
  });

  it('says what is wrong with a cut or corrupted link instead of loading garbage', () => {
    expect(decodeFragment('#code=not*base64')).toEqual({
      problem: `the link's "code" is not base64url of UTF-8 text: it may have been cut short when it was copied`,
    });
    // Valid base64, but the bytes are not UTF-8 (0xff 0xfe).
    expect(decodeFragment('#code=__4').problem).toContain('"code"');
    // One character too many for whole bytes.
    expect(decodeFragment('#code=abcde').problem).toContain('"code"');
  });

  it('reads a rule README`s #example= link', () => {
    expect(decodeFragment('#example=valid-port-mappings')).toEqual({ example: 'valid-port-mappings' });
    expect(decodeFragment('#example=../x')).toEqual({});
  });

  it('ignores unknown parts and file names with folders', () => {
    expect(decodeFragment('#other=1&file=..%2Fsecret.json&code=e30')).toEqual({ code: '{}' });
    expect(decodeFragment('')).toEqual({});
  });
});
