import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatExpected } from './expected.js';
import { fixtureCases, lintFixture, lintFixtureDir, UPDATE } from './fixtures.js';

const cases = fixtureCases();

describe('rule fixtures', () => {
  it('exist', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases.filter((x) => x.dir)) {
    it(`${c.name} ${c.valid ? 'has no findings' : 'reports what expected.txt says'}`, async () => {
      const actual = await lintFixtureDir(c);
      if (c.valid) {
        expect(actual).toBe('');
        expect(existsSync(c.expectedPath), 'a valid case has no expected.txt').toBe(false);
        return;
      }
      expect(actual, 'an invalid case must report something').not.toBe('');
      if (UPDATE) writeFileSync(c.expectedPath, actual);
      expect(existsSync(c.expectedPath), `missing ${c.expectedPath}; run UPDATE_FIXTURES=1 npm test`).toBe(true);
      expect(actual).toBe(readFileSync(c.expectedPath, 'utf8'));
    });
  }

  for (const c of cases.filter((x) => x.valid && !x.dir)) {
    it(`${c.name} has no findings`, () => {
      const result = lintFixture(c);
      expect(formatExpected(result.diagnostics)).toBe('');
      expect(existsSync(c.expectedPath), 'a valid case has no .expected.txt').toBe(false);
    });
  }

  for (const c of cases.filter((x) => !x.valid && !x.dir)) {
    it(`${c.name} reports what ${c.expectedPath.split('/').pop()} says`, () => {
      const actual = formatExpected(lintFixture(c).diagnostics);
      expect(actual, 'an invalid case must report something').not.toBe('');
      if (UPDATE) writeFileSync(c.expectedPath, actual);
      expect(existsSync(c.expectedPath), `missing ${c.expectedPath}; run UPDATE_FIXTURES=1 npm test`).toBe(true);
      expect(actual).toBe(readFileSync(c.expectedPath, 'utf8'));
    });
  }
});
