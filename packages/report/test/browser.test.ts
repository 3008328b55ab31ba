import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nextPresidency } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { assembleActionPlanReport, assembleAnnualReport, assemblePresidencyMemoir, renderHTML } from '@mirps/report';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_LAUNCH, PREREQUISITES, runsWith } from '../../../test/prerequisites.js';
import { annualExample, exampleProgress } from './helpers.js';
import { HOSTILE, HOSTILE_CHARACTERS, hostileDocument, hostileLinks, hostilePlan, LONG } from './hostile.js';

const artifacts = resolve(import.meta.dirname, '../../../.vitest-artifacts');
const folder = mkdtempSync(join(tmpdir(), 'mirps-report-'));
let browser: Browser;

/** Opens an HTML report in headless Chromium and reports what happened: requests, console errors, script effects. */
async function open(
  name: string,
  html: string,
): Promise<{
  requests: string[];
  errors: string[];
  pwned: unknown;
  text: string;
  headings: number;
  lang: string | null;
  english: number;
}> {
  const file = join(folder, `${name}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `report-${name}.png`), fullPage: false });
  const result = {
    requests,
    errors,
    pwned: await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned),
    text: (await page.textContent('body')) ?? '',
    headings: await page.locator('h1, h2, h3, h4').count(),
    lang: await page.getAttribute('html', 'lang'),
    english: await page.locator('[lang="en"]').count(),
  };
  await page.close();
  return result;
}

// Skipped only on a developer machine without Debian's chromium, as the run says; CI installs it.
describe.skipIf(!runsWith(PREREQUISITES.chromium))('the HTML reports in headless Chromium', () => {
  beforeAll(async () => {
    browser = await chromium.launch(CHROMIUM_LAUNCH);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('renders the 2023 plan with no console errors and no network requests', async () => {
    const page = await open('action-plan-2023', renderHTML(assembleActionPlanReport(actionPlan2023)));
    expect(page.errors).toEqual([]);
    expect(page.requests).toEqual([]);
    expect(page.headings).toBeGreaterThan(15);
    expect(page.text).toContain('Promote the creation of the MIRPS Charter.');
  });

  it('renders the memoir, charts included, with no console errors and no network requests', async () => {
    const page = await open('memoir-2023', renderHTML(assemblePresidencyMemoir(actionPlan2023, exampleProgress())));
    expect(page.errors).toEqual([]);
    expect(page.requests).toEqual([]);
    expect(page.text).toContain('The incoming Pro-Tempore Presidency: Belize');
  });

  it('renders the Spanish memoir, its English source text marked, with no console errors and no network requests', async () => {
    const page = await open(
      'memoir-2023-es',
      renderHTML(assemblePresidencyMemoir(actionPlan2023, exampleProgress(), { language: 'es' })),
    );
    expect(page.errors).toEqual([]);
    expect(page.requests).toEqual([]);
    expect(page.text).toContain('La Presidencia Pro Tempore entrante: Belice');
    expect(page.text).toContain('Datos ilustrativos:');
    expect(page.lang).toBe('es');
    expect(page.english).toBeGreaterThan(0);
  });

  it('renders the annual report in English and Spanish, charts included, with no console errors and no network requests', async () => {
    for (const language of ['en', 'es'] as const) {
      const html = renderHTML(assembleAnnualReport(annualExample(), { year: 2025, language }));
      const page = await open(`annual-2025-${language}`, html);
      expect(page.errors).toEqual([]);
      expect(page.requests).toEqual([]);
      expect(page.lang).toBe(language);
      expect(page.text).toContain(language === 'en' ? 'Illustrative data:' : 'Datos ilustrativos:');
      expect(page.text).toContain(language === 'en' ? 'The support of other countries' : 'El apoyo de otros países');
      expect(page.headings).toBeGreaterThan(15);
    }
  });

  it('runs no script from hostile text and shows it literally', async () => {
    const page = await open('hostile', renderHTML(assembleActionPlanReport(hostilePlan())));
    expect(page.pwned).toBeUndefined();
    expect(page.errors).toEqual([]);
    expect(page.requests).toEqual([]);
    for (const text of HOSTILE) expect(page.text).toContain(text);
    const links = await open('hostile-links', renderHTML(hostileLinks));
    expect(links.pwned).toBeUndefined();
    expect(links.text).toContain('javascript link');
  });

  it("runs no script from hostile text or characters in any field of a document built by hand, or in a memoir's incoming presidency", async () => {
    const texts = [...HOSTILE, ...HOSTILE_CHARACTERS, LONG];
    const page = await open('hostile-document', renderHTML(hostileDocument((i) => texts[i % texts.length]!)));
    expect(page.pwned).toBeUndefined();
    expect(page.errors).toEqual([]);
    expect(page.requests).toEqual([]);
    for (const text of HOSTILE) expect(page.text).toContain(text);
    expect(page.text).toContain('NUL\uFFFDNUL');
    expect(page.headings, 'the title and three sections').toBe(4);
    const real = nextPresidency();
    const incoming = { ...real, label: HOSTILE[6]!, explanation: { ...real.explanation, text: texts } };
    const memoir = await open(
      'hostile-memoir',
      renderHTML(assemblePresidencyMemoir(actionPlan2023, exampleProgress(), { incoming })),
    );
    expect(memoir.pwned).toBeUndefined();
    expect(memoir.errors).toEqual([]);
    expect(memoir.requests).toEqual([]);
    expect(memoir.text).toContain(HOSTILE[7]!);
  });
});
