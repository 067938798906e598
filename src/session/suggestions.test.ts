import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp.js';
import { runSession } from './run.js';
import { lineSuggestions } from './suggestions.js';

describe('lineSuggestions', () => {
  it("gives each fixable finding of a file its lines, from the file's text; none once the file is gone", async () => {
    const dir = tempDir('ecslint-suggestions-');
    const file = join(dir, 'task-definition.json');
    writeFileSync(file, readFileSync('fixtures/schema/invalid/typos-and-types.json'));
    const [result] = (await runSession({ paths: ['task-definition.json'] }, { cwd: dir, config: false })).results;
    if (!result) throw new Error('no result');
    const suggested = lineSuggestions(result, file);
    const fixable = result.diagnostics.filter((d) => d.fix);
    expect(fixable).toHaveLength(8);
    expect([...suggested.keys()]).toEqual(fixable);
    expect(suggested.get(fixable[0] as (typeof fixable)[0])?.lines).toEqual([
      '  "requiresCompatibilities": ["FARGATE"],',
    ]);
    expect(lineSuggestions(result, join(dir, 'gone.json')).size).toBe(0);
  });
});
