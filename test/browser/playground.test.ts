/**
 * The playground page in headless Chromium (Debian's, driven by playwright-core: no browser is downloaded).
 * The page is built once into a temporary folder and served from 127.0.0.1, and opened as a file as well.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/testing/fixtures.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARTEFACTS = join(ROOT, 'test-artefacts');
const TASK = readFileSync(join(import.meta.dirname, 'fixtures', 'awsvpc-host-port.json'), 'utf8');

const b64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

let outdir: string;
let profile: string;
let server: Server;
let base: string;
let context: BrowserContext;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM to its path)`);
  }
  outdir = mkdtempSync(join(tmpdir(), 'ecslint-playground-dist-'));
  profile = mkdtempSync(join(tmpdir(), 'ecslint-playground-profile-'));
  const { buildPlayground } = await import(pathToFileURL(join(ROOT, 'scripts/build-playground.mjs')).href);
  await buildPlayground({ outdir });
  const { serve } = await import(pathToFileURL(join(ROOT, 'scripts/serve-playground.mjs')).href);
  server = await serve(outdir);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
});

afterAll(async () => {
  await context?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  for (const dir of [outdir, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Open the page at `url`, failing the test on any page error and on any request that leaves the machine. */
async function open(url: string): Promise<{ page: Page; errors: string[]; remote: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const remote: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(base) && !target.startsWith('file:') && !target.startsWith('blob:')) remote.push(target);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-lints]');
  return { page, errors, remote };
}

/** The findings list as `line rule-id` strings. */
const findings = (page: Page): Promise<string[]> =>
  page
    .locator('#findings li.finding:not(.clean)')
    .evaluateAll((items) => items.map((li) => `${li.getAttribute('data-line')} ${li.getAttribute('data-rule')}`));

/** Wait until the page has linted more than `after` times. */
const nextLint = (page: Page, after: number) => page.waitForFunction(`Number(document.body.dataset.lints) > ${after}`);
/** The document as the page's own link carries it (the link is rewritten after every lint). */
const linkedText = (page: Page): string =>
  Buffer.from(new URL(page.url()).hash.match(/code=([\w-]*)/)?.[1] ?? '', 'base64url').toString('utf8');
const lintCount = async (page: Page): Promise<number> => Number(await page.getAttribute('body', 'data-lints'));

describe('the playground in Chromium', () => {
  it('opens a #code= link and lists valid-port-mappings at the hostPort line, inline and in the list', async () => {
    const { page, errors, remote } = await open(`${base}#code=${b64url(TASK)}`);
    const list = await findings(page);
    expect(list).toContain(`${lineOf(TASK, '"hostPort"')} valid-port-mappings`);
    expect(list).toContain(`${lineOf(TASK, '"links": null')} schema`);
    const item = page.locator('#findings li[data-rule="valid-port-mappings"]');
    await expect(item.locator('.message').textContent()).resolves.toBe(
      'container "shop": "hostPort" 80 must equal "containerPort" 8080 when "networkMode" is "awsvpc"',
    );
    await expect(item.locator('.where').textContent()).resolves.toMatch(/^14:\d+$/);
    await expect(item.locator('a.rule').getAttribute('href')).resolves.toBe(
      'https://github.com/ecslint/ecslint/blob/main/rules/valid-port-mappings/README.md',
    );
    await expect(item.locator('.hint').textContent()).resolves.toContain('8080');
    // Inline: the editor underlines the value and marks the line in the gutter.
    expect(await page.locator('.cm-content .cm-lintRange-error').count()).toBeGreaterThan(0);
    expect(await page.locator('.cm-gutter-lint .cm-lint-marker-error').count()).toBeGreaterThan(0);
    await expect(page.locator('#privacy').textContent()).resolves.toContain('nothing you type is uploaded');
    // The editor holds the document of the link.
    await expect(page.locator('.cm-content').textContent()).resolves.toContain('"hostPort": 80');
    mkdirSync(ARTEFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTEFACTS, 'playground.png') });
    expect(errors).toEqual([]);
    expect(remote).toEqual([]);
    await page.close();
  });

  it('applies a finding`s Fix: the editor text changes and the finding disappears', async () => {
    const { page, errors } = await open(`${base}#code=${b64url(TASK)}`);
    const item = page.locator(`#findings li[data-rule="schema"][data-line="${lineOf(TASK, '"links": null')}"]`);
    await expect(item.locator('button.fix').getAttribute('title')).resolves.toBe('Fix: remove "links"');
    const n = await lintCount(page);
    await item.locator('button.fix').click();
    await nextLint(page, n);
    expect(linkedText(page)).toBe(TASK.replace('      "links": null,\n', ''));
    await expect(page.locator('.cm-content').textContent()).resolves.not.toContain('"links"');
    expect((await findings(page)).filter((f) => f.endsWith(' schema'))).toEqual([]);
    expect(await findings(page)).toContain(`${lineOf(TASK, '"hostPort"') - 1} valid-port-mappings`);
    await expect(page.locator('#status').textContent()).resolves.toContain('applied: remove "links"');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('applies every safe fix with Fix all, pass after pass, and leaves what no fix settles', async () => {
    const messy = TASK.replace('"essential": true', '"Essential": true').replace('"cpu": "512"', '"cpu": 512');
    const { page, errors } = await open(`${base}#code=${b64url(messy)}`);
    // The number as a string, the near-miss key, the null member, and the hostPort awsvpc refuses (removed).
    await expect(page.locator('#fix-all').textContent()).resolves.toBe('Fix all (4)');
    const n = await lintCount(page);
    await page.click('#fix-all');
    await nextLint(page, n);
    expect(linkedText(page)).toBe(
      TASK.replace('      "links": null,\n', '').replace(
        '"containerPort": 8080, "hostPort": 80,',
        '"containerPort": 8080,',
      ),
    );
    expect((await findings(page)).filter((f) => f.endsWith(' schema') || f.endsWith(' valid-port-mappings'))).toEqual(
      [],
    );
    await expect(page.locator('#status').textContent()).resolves.toContain('fixed 4 findings');
    expect(await page.locator('#fix-all').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a rule README`s "Try it" link with the rule on, even one the recommended preset leaves off', async () => {
    const { page, errors } = await open(`${base}#example=require-image-digest`);
    expect((await findings(page)).some((f) => f.endsWith(' require-image-digest'))).toBe(true);
    await expect(page.inputValue('#config')).resolves.toContain('"require-image-digest": "warning"');
    // The page writes its own link: the example, shareable as it is now.
    expect(new URL(page.url()).hash).toMatch(/^#code=[\w-]+&config=[\w-]+$/);
    const port = await open(`${base}#example=valid-port-mappings`);
    expect((await findings(port.page)).some((f) => f.endsWith(' valid-port-mappings'))).toBe(true);
    expect([...errors, ...port.errors]).toEqual([]);
    await page.close();
    await port.page.close();
  });

  it('lints a CloudFormation template (YAML) from the Example menu, at the template`s lines', async () => {
    const { page, errors } = await open(base);
    const n = await lintCount(page);
    await page.selectOption('#example', 'document:CloudFormation: refarch-product-service.yaml');
    await nextLint(page, n);
    await expect(page.inputValue('#kind')).resolves.toBe('template.yaml');
    await expect(page.locator('#status').textContent()).resolves.toContain('CloudFormation template');
    const template = readFileSync(join(ROOT, 'fixtures/_inputs/cloudformation/refarch-product-service.yaml'), 'utf8');
    expect(await findings(page)).toEqual([`${lineOf(template, 'Name: product-service')} require-health-check`]);
    // The link names the file, so it opens as a template again.
    expect(new URL(page.url()).hash).toContain('&file=template.yaml');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('updates the findings and the link when the config changes, and says why a bad config is not used', async () => {
    const { page, errors } = await open(`${base}#code=${b64url(TASK)}`);
    await page.click('#config-panel summary');
    let n = await lintCount(page);
    await page.fill('#config', '{ "rules": { "valid-port-mappings": "off", "schema": "warning" } }');
    await nextLint(page, n);
    expect((await findings(page)).some((f) => f.endsWith(' valid-port-mappings'))).toBe(false);
    await expect(page.locator('#findings li[data-rule="schema"] .severity').first().textContent()).resolves.toBe(
      'warning',
    );
    expect(new URL(page.url()).hash).toMatch(/&config=[\w-]+/);

    n = await lintCount(page);
    await page.fill('#config', '{ "rules": { "valid-port-mapping": "off" } }');
    await nextLint(page, n);
    await expect(page.locator('#config-error').textContent()).resolves.toContain(
      'unknown rule "valid-port-mapping"; did you mean "valid-port-mappings"?',
    );
    expect(await findings(page)).toContain(`${lineOf(TASK, '"hostPort"')} valid-port-mappings`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('restores the edited document and config from the link it writes', async () => {
    const { page } = await open(`${base}#code=${b64url(TASK)}`);
    const n = await lintCount(page);
    await page.click('#config-panel summary');
    await page.fill('#config', '{ "preset": "strict" }');
    await nextLint(page, n);
    const link = page.url();
    await page.close();
    const again = await open(link);
    await expect(again.page.inputValue('#config')).resolves.toBe('{ "preset": "strict" }');
    expect(await findings(again.page)).toContain(`${lineOf(TASK, '"hostPort"')} valid-port-mappings`);
    await again.page.close();
  });

  it('shows one clear finding for a document with a syntax error, never a blank page', async () => {
    const broken = '{\n  "family": "shop",\n  "cpu": "256"\n  "memory": "512"\n}\n';
    const { page, errors } = await open(`${base}#code=${b64url(broken)}`);
    expect(await findings(page)).toEqual(['4 json-syntax']);
    await expect(page.locator('#findings .message').textContent()).resolves.toMatch(/expected|missing/i);
    await expect(page.locator('#status').textContent()).resolves.toMatch(/^1 error · /);
    expect(await page.locator('.cm-editor').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says that a cut link is broken, and still shows the page', async () => {
    const { page } = await open(`${base}#code=e30*`);
    await expect(page.locator('#fatal').textContent()).resolves.toContain('is not base64url of UTF-8 text');
    expect(await page.locator('.cm-editor').isVisible()).toBe(true);
    await page.close();
  });

  it('exports the SARIF and JSON reports of what it shows', async () => {
    const { page } = await open(`${base}#code=${b64url(TASK)}`);
    const read = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      return { name: download.suggestedFilename(), body: JSON.parse(readFileSync(await download.path(), 'utf8')) };
    };
    const sarif = await read('#export-sarif');
    expect(sarif.name).toBe('ecslint.sarif');
    const result = sarif.body.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'valid-port-mappings');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(lineOf(TASK, '"hostPort"'));
    const json = await read('#export-json');
    expect(json.name).toBe('ecslint.json');
    expect(json.body.results[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('valid-port-mappings');
    await page.close();
  });

  it('works opened as a file, with no server and no network', async () => {
    const url = `${pathToFileURL(join(outdir, 'index.html')).href}#code=${b64url(TASK)}`;
    const { page, errors, remote } = await open(url);
    expect(await findings(page)).toContain(`${lineOf(TASK, '"hostPort"')} valid-port-mappings`);
    expect(errors).toEqual([]);
    expect(remote).toEqual([]);
    await page.close();
  });

  it('lints a 300-line task definition on first load (time printed, not asserted)', async () => {
    const containers = Array.from({ length: 12 }, (_, i) => ({
      name: `worker-${i}`,
      image: `123456789012.dkr.ecr.eu-west-1.amazonaws.com/worker:1.${i}.0`,
      essential: i === 0,
      memoryReservation: 256,
      portMappings: [{ containerPort: 8000 + i, hostPort: 9000 + i, protocol: 'tcp' }],
      environment: [{ name: 'QUEUE', value: `jobs-${i}` }],
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': '/ecs/worker', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': `w${i}` },
      },
    }));
    const big = `${JSON.stringify({ family: 'workers', networkMode: 'awsvpc', containerDefinitions: containers }, null, 2)}\n`;
    const lines = big.split('\n').length - 1;
    expect(lines).toBeGreaterThanOrEqual(300);
    const { page } = await open(`${base}#code=${b64url(big)}`);
    const ms = Number(await page.getAttribute('body', 'data-last-lint-ms'));
    console.log(`first lint of a ${lines}-line task definition in Chromium: ${ms.toFixed(1)} ms`);
    expect((await findings(page)).filter((f) => f.endsWith(' valid-port-mappings'))).toHaveLength(12);
    await page.close();
  });
});
