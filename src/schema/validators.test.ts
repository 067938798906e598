import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { CONFIG_SCHEMA } from '../config/config.js';
import { PSEUDO_RULES } from '../engine/pseudo-rules.js';

const ROOT = path.join(import.meta.dirname, '../..');
const json = (rel: string): unknown => JSON.parse(readFileSync(path.join(ROOT, rel), 'utf8'));

describe('generated validators', () => {
  it('are what scripts/generate-validators.mjs produces from the current schemas', async () => {
    const script = pathToFileURL(path.join(ROOT, 'scripts/generate-validators.mjs')).href;
    const generator: {
      buildFiles(inputs: Record<string, unknown>): Record<string, string>;
      LAUNCH_SCHEMA_FILES: string[];
    } = await import(script);
    const files = generator.buildFiles({
      ecsSchema: json('src/schema/ecs.schema.json'),
      dockerrunV1Schema: json('src/schema/dockerrun-v1.schema.json'),
      dockerrunV3Schema: json('src/schema/dockerrun-v3.schema.json'),
      launchSchemas: generator.LAUNCH_SCHEMA_FILES.map((f) => json(`src/schema/${f}`)),
      configSchema: CONFIG_SCHEMA,
      metas: [...PSEUDO_RULES, ...builtinRules.map((r) => r.meta)],
    });
    expect(Object.keys(files).sort()).toEqual([
      'src/config/validators.generated.ts',
      'src/schema/validators.generated.ts',
    ]);
    for (const [rel, text] of Object.entries(files)) {
      // A mismatch means a schema changed without regenerating: run `npm run generate:validators`.
      expect(readFileSync(path.join(ROOT, rel), 'utf8'), rel).toBe(text);
    }
  });
});
