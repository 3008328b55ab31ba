import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Block, Chart, ReportDocument } from '@mirps/report';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_LAUNCH, PREREQUISITES, runsWith } from '../../../test/prerequisites.js';

// The charts of the built package as a browser lays them out: every text measured, at a desktop width and a phone's.

const root = resolve(import.meta.dirname, '../../..');
const artifacts = join(root, '.vitest-artifacts');
const folder = mkdtempSync(join(tmpdir(), 'mirps-report-layout-'));
let browser: Browser;

/** A text box of a chart, in page pixels. */
interface TextBox {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Opens a page at a viewport width and measures every text of every chart: texts whose boxes overlap another
 * text or a target mark, texts that reach outside their SVG's viewport, and how far the page scrolls sideways.
 */
async function chartLayout(
  name: string,
  html: string,
  width: number,
): Promise<{ charts: number; texts: number; overlaps: string[]; outside: string[]; sideways: number }> {
  const file = join(folder, `${name}.html`);
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `report-${name}.png`), fullPage: true });
  // Runs in the page; the test's types have no DOM, so the little of it used is typed here.
  const measured = await page.evaluate(() => {
    interface Measured {
      readonly textContent: string | null;
      getBoundingClientRect(): Omit<TextBox, 'text'>;
      querySelectorAll(selector: string): Iterable<Measured>;
    }
    const box = (element: Measured): Omit<TextBox, 'text'> => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const page = (globalThis as unknown as { document: Measured }).document;
    return [...page.querySelectorAll('svg')].map((svg) => ({
      svg: box(svg),
      texts: [...svg.querySelectorAll('text')].map((text) => ({ text: text.textContent ?? '', ...box(text) })),
      marks: [...svg.querySelectorAll('.target')].map(box),
    }));
  });
  const sideways = await page.evaluate(() => {
    const { scrollWidth, clientWidth } = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement;
    return scrollWidth - clientWidth;
  });
  await page.close();
  // Half a pixel of tolerance: glyph boxes of neighbouring lines may touch.
  const slack = 0.5;
  const overlaps: string[] = [];
  const outside: string[] = [];
  const apart = (a: Omit<TextBox, 'text'>, b: Omit<TextBox, 'text'>): boolean =>
    a.right <= b.left + slack || b.right <= a.left + slack || a.bottom <= b.top + slack || b.bottom <= a.top + slack;
  for (const { svg, texts, marks } of measured) {
    texts.forEach((a, i) => {
      if (
        a.left < svg.left - slack ||
        a.right > svg.right + slack ||
        a.top < svg.top - slack ||
        a.bottom > svg.bottom + slack
      )
        outside.push(a.text);
      for (const b of texts.slice(i + 1)) if (!apart(a, b)) overlaps.push(`${a.text} × ${b.text}`);
      for (const mark of marks) if (!apart(a, mark)) overlaps.push(`${a.text} × a target mark`);
    });
  }
  return {
    charts: measured.length,
    texts: measured.reduce((sum, chart) => sum + chart.texts.length, 0),
    overlaps,
    outside,
    sideways,
  };
}

/**
 * Charts at their edges, built by hand: values at, beyond and below their range with targets at its end, a long
 * unit, labels of one long word and of many words, a circle of twelve members with long names.
 */
function chartEdges(language: 'en' | 'es'): ReportDocument {
  const words = 'Regional consultation with municipal authorities on the protection of internally displaced people';
  const word = 'Interinstitucionalidadregionalparalaproteccióndepersonasdesplazadas';
  const members = Array.from({ length: 12 }, (_, i) => ({
    id: `M${i}`,
    label: `${words.slice(0, 10 + 5 * i)} ${i}`,
    held: i % 2 === 0,
  }));
  const figure = (chart: Chart): Block => ({ kind: 'figure', caption: chart.kind, alt: chart.kind, chart });
  return {
    title: 'Chart edges',
    language,
    sections: [
      {
        id: 'charts',
        title: 'Charts',
        blocks: [
          figure({
            kind: 'bar-chart',
            unit: '%',
            max: 100,
            bars: [
              ...[100, 250, -40, 97, 0].map((value, i) => ({ label: i % 2 === 0 ? words : word, value, target: 100 })),
              { label: 'Halfway', value: 45.5, target: 50 },
            ],
          }),
          figure({
            kind: 'bar-chart',
            unit: 'person-days of regional technical assistance',
            max: 5000,
            bars: [{ label: word, value: 4999.5, target: 5000 }],
          }),
          figure({
            kind: 'timeline',
            year: 2024,
            rows: [
              { label: words, spans: [['2024-01-01', '2024-12-31']] },
              { label: word, spans: [['2023-12-30', '2024-01-02']] },
            ],
          }),
          figure({ kind: 'rotation-circle', members, outgoing: 'M0', next: 'M1', cycle: 12 }),
        ],
        sections: [],
      },
    ],
  };
}

/**
 * The HTML of the plan report, the progress report, the memoir and the charts at their edges, in both languages,
 * as the built package writes them under plain `node`.
 */
function builtPages(): Record<string, string> {
  const edges = JSON.stringify({ en: chartEdges('en'), es: chartEdges('es') });
  const code = `
    import { readFileSync } from 'node:fs';
    import { actionPlan2023 } from '@mirps/core/data';
    import * as report from '@mirps/report';
    const { assembleActionPlanReport, assembleProgressReport, assemblePresidencyMemoir, renderHTML } = report;
    const progress = JSON.parse(readFileSync('examples/progress/progress-2023.example.json', 'utf8'));
    const edges = ${edges};
    const pages = {};
    for (const language of ['en', 'es']) {
      pages['plan-' + language] = renderHTML(assembleActionPlanReport(actionPlan2023, { language }));
      const asOf = '2023-12-31';
      pages['progress-' + language] = renderHTML(assembleProgressReport(actionPlan2023, progress, { asOf, language }));
      pages['memoir-' + language] = renderHTML(assemblePresidencyMemoir(actionPlan2023, progress, { language }));
      pages['edges-' + language] = renderHTML(edges[language]);
    }
    console.log(JSON.stringify(pages));
  `;
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const options = { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 26 } as const;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '--eval', code], options));
}

// Skipped only on a developer machine without Debian's chromium, as the run says; CI installs it.
describe.skipIf(!runsWith(PREREQUISITES.chromium))('the charts in headless Chromium', () => {
  beforeAll(async () => {
    browser = await chromium.launch(CHROMIUM_LAUNCH);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('lays out every chart in both languages at 1280 and 390 px: no text overlaps or leaves its chart', async () => {
    const found: Record<string, { overlaps: string[]; outside: string[]; sideways: number }> = {};
    for (const [page, html] of Object.entries(builtPages())) {
      for (const width of [1280, 390]) {
        const name = `layout-${page}-${width}`;
        const { charts, texts, ...problems } = await chartLayout(name, html, width);
        expect(charts, name).toBeGreaterThan(0);
        expect(texts, name).toBeGreaterThan(10);
        found[name] = problems;
      }
    }
    const none = { overlaps: [], outside: [], sideways: 0 };
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((name) => [name, none])));
  });
});
