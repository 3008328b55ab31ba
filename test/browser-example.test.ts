import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { chromium } from 'playwright-core';
import { build, createLogger, type Logger } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_LAUNCH, PREREQUISITES, runsWith } from './prerequisites.js';

const root = resolve(import.meta.dirname, '..');
const example = join(root, 'examples/browser');
const dist = join(example, 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
let server: Server | undefined;
afterAll(() => {
  server?.close();
  rmSync(dist, { recursive: true, force: true });
});

/** Serves the built page on the loopback address only. */
async function serve(): Promise<string> {
  server = createServer((request, response) => {
    const path = normalize(join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
}

/** A Vite logger that prints nothing and keeps every warning and error, as plain text. */
function recordingLogger(): { logger: Logger; complaints: string[] } {
  const complaints: string[] = [];
  const keep = (message: string): void => {
    complaints.push(stripVTControlCharacters(message));
  };
  return { logger: { ...createLogger('silent'), warn: keep, warnOnce: keep, error: keep }, complaints };
}

describe('examples/browser', () => {
  const { logger, complaints } = recordingLogger();
  beforeAll(async () => {
    const configFile = join(example, 'vite.config.mjs');
    await build({ root: example, configFile, logLevel: 'silent', customLogger: logger });
  });

  it('bundles with Vite without a warning', () => {
    expect(complaints).toEqual([]);
  });

  // Skipped only on a developer machine without Debian's chromium, as the run says; CI installs it.
  const withChromium = it.skipIf(!runsWith(PREREQUISITES.chromium));
  withChromium('shows the next presidency, its explanation, the calendar and the report in Chromium', async () => {
    const url = await serve();
    const browser = await chromium.launch(CHROMIUM_LAUNCH);
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.textContent('#next-holder')).toBe('2027: Guatemala (GT)');
      expect(await page.locator('#next-why li').allTextContents()).toContain(
        'Guatemala is next in the circle and has not held it in cycle 2.',
      );
      expect(await page.locator('#calendar tbody tr').count()).toBe(16);
      expect(await page.locator('#calendar tbody tr').first().locator('td').allTextContents()).toEqual([
        'Virtual Plenary Meetings',
        '24',
        '',
        '',
        '20',
        '',
        '',
        '20',
        '',
        '',
        '19',
        '',
        '',
      ]);
      const report = page.frameLocator('#report');
      expect(await report.locator('h1').textContent()).toBe(
        'Regional Action Plan 2023 MIRPS Pro-Tempore Presidency, Republic of Panama',
      );
      expect(errors).toEqual([]);
      expect(requests.every((request) => request.startsWith(url) || request.startsWith('about:'))).toBe(true);
      mkdirSync(join(root, '.vitest-artifacts'), { recursive: true });
      await page.screenshot({ path: join(root, '.vitest-artifacts/example-browser.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
