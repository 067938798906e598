import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../testing/fixtures.js';
import { tempDir } from '../../testing/temp.js';

interface Built {
  name: string;
  bytes: number;
  gzip: number;
}

describe('the playground build', () => {
  // The build is esbuild for the browser: a Node built-in imported anywhere below the page fails it.
  it('bundles the engine, rules, schema validators and reporters for the browser, with no Node built-in', async () => {
    const script = pathToFileURL(join(ROOT, 'scripts/build-playground.mjs')).href;
    const { buildPlayground } = (await import(script)) as {
      buildPlayground: (o: { outdir: string }) => Promise<Built[]>;
    };
    const outdir = tempDir('ecslint-playground-');
    const files = await buildPlayground({ outdir });
    expect(files.map((f) => f.name)).toEqual(['index.html', 'playground.css', 'playground.js']);
    const html = readFileSync(join(outdir, 'index.html'), 'utf8');
    // A classic script and relative URLs: the page works opened as a file, with no server and no network.
    expect(html).toContain('<script src="playground.js"></script>');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/[^"]*\.(js|css)"/);
    const js = readFileSync(join(outdir, 'playground.js'), 'utf8');
    // (Booleans: a failure must not print the whole bundle.)
    expect(/\brequire\(["']node:/.test(js)).toBe(false);
    // The rules are in it: a rule's message template.
    expect(js.includes('"hostPort" {{host}} must equal "containerPort" {{port}}')).toBe(true);
    expect(existsSync(join(outdir, 'playground.css'))).toBe(true);
  });
});
