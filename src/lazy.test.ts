import { describe, expect, it } from 'vitest';
import * as browser from './lazy.browser.js';
import * as node from './lazy.js';

describe('the browser build of src/lazy.ts', () => {
  it('exports what the Node module exports, so the playground bundle links the same imports', () => {
    expect(Object.keys(browser).sort()).toEqual(Object.keys(node).sort());
  });

  it('hashes as Node does: fingerprints in the playground equal the CLI`s', () => {
    const texts = [
      '',
      'valid-port-mappings\0task-definition\0/containerDefinitions/0/portMappings/0/hostPort\0mismatch\0[]',
      'container "wéb" — 名前 😀',
      // A lone surrogate: both encode it as U+FFFD.
      'broken \ud800 pair',
      'x'.repeat(1000),
    ];
    for (const text of texts) expect(browser.sha256Hex(text)).toBe(node.sha256Hex(text));
    expect(node.sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives the same yaml, ajv and picomatch as the Node loaders', () => {
    expect(browser.loadYaml().parse('a: [1, 2]')).toEqual(node.loadYaml().parse('a: [1, 2]'));
    expect(browser.loadAjv().Ajv).toBe(node.loadAjv().Ajv);
    expect(browser.loadPicomatch()('*.json')('task.json')).toBe(true);
  });

  it('refuses the Node-only loaders by name', () => {
    expect(() => browser.loadPath()).toThrow('node:path is not available in the browser');
    expect(() => browser.loadChildProcess()).toThrow('node:child_process is not available in the browser');
  });
});
