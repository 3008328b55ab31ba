import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_LAUNCH, PREREQUISITES, runsWith, XMLLINT } from './prerequisites.js';

// The national level as users get it: the BUILT packages, imported by plain `node` as ESM and required as CommonJS,
// on the illustrative national example — validated, refused when broken, reported, exported to IATI and HXL.
const root = resolve(import.meta.dirname, '..');
const { NODE_OPTIONS: _ignored, ...env } = process.env;
const folder = mkdtempSync(join(tmpdir(), 'mirps-national-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const xsd = join(root, 'packages/report/test/fixtures/iati-2.03/iati-activities-schema.xsd');

/** Runs `script` with plain node from the repository's root, the packages loaded as `load` says, and returns what it printed as JSON. */
function inNode(load: 'esm' | 'cjs', script: string): Record<string, unknown> {
  const prelude =
    load === 'esm'
      ? `const core = await import('@mirps/core'); const data = await import('@mirps/core/data'); const report = await import('@mirps/report');`
      : `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const core = require('@mirps/core'); const data = require('@mirps/core/data'); const report = require('@mirps/report');`;
  const code = `${prelude}
    const { readFileSync } = await import('node:fs');
    const read = (file) => JSON.parse(readFileSync('examples/national/' + file, 'utf8'));
    const plan = read('national-plan.example.json');
    const progress = read('national-progress.example.json');
    const support = read('regional-support.example.json');
    // The support names actions of the 2023 plan: the regional chapter is that plan, with no progress recorded.
    const regional = { plan: data.actionPlan2023, progress: { plan: data.actionPlan2023.id, records: [], indicators: [] } };
    const refusal = (act) => { try { act(); return null; } catch (error) { return { name: error.name, codes: error.issues.map((i) => i.code), paths: error.issues.map((i) => i.path.join('.')) }; } };
    ${script}`;
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '--eval', code], { cwd: root, env, encoding: 'utf8' }),
  );
}

describe.each(['esm', 'cjs'] as const)('the national level from the built packages (%s)', (load) => {
  it('validates the illustrative plan, its progress and support, and refuses broken and hostile versions with coded issues', () => {
    const seen = inNode(
      load,
      `
      const checked = core.parseNationalActionPlan(plan);
      const checkedProgress = core.parseNationalPlanProgress(progress, checked);
      core.parseRegionalSupport(support, { nationalPlans: [checked], regionalPlan: regional.plan });
      const regressed = { ...progress, records: progress.records.map((r) => ({ ...r, reason: undefined })) };
      console.log(JSON.stringify({
        commitments: checked.commitments.length,
        records: checkedProgress.records.length,
        illustrative: core.isIllustrative(checked),
        unknownState: refusal(() => core.parseNationalActionPlan({ ...plan, memberState: 'XX' })),
        unknownArea: refusal(() => core.parseNationalActionPlan({ ...plan, commitments: [{ ...plan.commitments[0], focusArea: 'housing' }] })),
        outsidePeriod: refusal(() => core.parseNationalPlanProgress({ ...progress, records: [{ ...progress.records[0], date: '2031-01-01' }] }, checked)),
        regressed: refusal(() => core.parseNationalPlanProgress(regressed, checked)),
        hostile: refusal(() => core.parseNationalActionPlan({ ...plan, commitments: [{ ...plan.commitments[0], id: '<script>alert(1)</script>' }] })),
        fundTotal: refusal(() => core.parseRegionalSupport({ ...support, fund: { ...support.fund, total: { amount: 1, currency: 'EUR' } } }, { nationalPlans: [checked], regionalPlan: regional.plan })),
      }));
    `,
    );
    expect(seen).toMatchObject({ commitments: 12, records: 28, illustrative: true });
    expect(seen.unknownState).toMatchObject({ name: 'MirpsValidationError', paths: ['memberState'] });
    expect(seen.unknownArea).toMatchObject({ codes: ['ref.unknown-focus-area'], paths: ['commitments.0.focusArea'] });
    expect(seen.outsidePeriod).toMatchObject({ codes: expect.arrayContaining(['dates.outside-plan-period']) });
    expect(seen.regressed).toMatchObject({ codes: expect.arrayContaining(['progress.status-regressed']) });
    expect(seen.hostile).toMatchObject({ name: 'MirpsValidationError', paths: ['commitments.0.id'] });
    expect(seen.fundTotal).toMatchObject({ codes: expect.arrayContaining(['fund.total-mismatch']) });
  });

  it('renders the annual report in both languages, saying the data is illustrative, with no console errors in Chromium', async () => {
    const seen = inNode(
      load,
      `
      const input = { national: [{ plan, progress }], regional, support };
      const doc = (language) => report.assembleAnnualReport(input, { year: 2025, language });
      console.log(JSON.stringify(Object.fromEntries(['en', 'es'].flatMap((language) => [[language, report.renderMarkdown(doc(language))], [language + '.html', report.renderHTML(doc(language))]]))));
    `,
    ) as Record<'en' | 'es' | 'en.html' | 'es.html', string>;
    expect(seen.en).toMatch(/^# MIRPS Annual Report 2025\n/);
    expect(seen.en).toContain('> **Illustrative data:** ');
    expect(seen.es).toMatch(/^# Informe Anual del MIRPS 2025\n/);
    expect(seen.es).toContain('> **Datos ilustrativos:** ');
    if (!runsWith(PREREQUISITES.chromium)) return;
    const browser = await chromium.launch(CHROMIUM_LAUNCH);
    try {
      for (const language of ['en', 'es'] as const) {
        const file = join(folder, `annual-${load}-${language}.html`);
        writeFileSync(file, seen[`${language}.html`]);
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        expect(errors).toEqual([]);
        expect(await page.getAttribute('html', 'lang')).toBe(language);
        expect(await page.locator('svg').count()).toBeGreaterThan(2);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });

  it('exports IATI activity XML valid against the official IATI 2.03 schema', () => {
    const { xml } = inNode(
      load,
      `
      const reportingOrg = { ref: 'XX-EXAMPLE', type: '10', name: { en: 'Example publisher (not a real organisation)' } };
      console.log(JSON.stringify({ xml: report.exportIATI({ national: [{ plan, progress, reportingOrg }] }) }));
    `,
    ) as { xml: string };
    expect(xml).toContain('<!-- Illustrative data: ');
    if (!runsWith(PREREQUISITES.xmllint)) return;
    const file = join(folder, `activities-${load}.xml`);
    writeFileSync(file, xml);
    const run = spawnSync(XMLLINT, ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
    expect(run.stderr).toContain('validates');
    expect(run.status).toBe(0);
  });

  it('exports HXL CSV that reads back to the same numbers', () => {
    const { csv } = inNode(
      load,
      `console.log(JSON.stringify({ csv: report.exportHXL({ national: [{ plan, progress }] }, { table: 'indicators' }) }));`,
    ) as {
      csv: string;
    };
    const rows: string[][] = parse(csv, { relax_column_count: true });
    const tags = rows.findIndex((row) => row[0]?.startsWith('#'));
    const column = (tag: string) => rows[tags]!.indexOf(tag);
    const data = rows.slice(tags + 1);
    const progress = JSON.parse(readFileSync(join(root, 'examples/national/national-progress.example.json'), 'utf8'));
    const expected = progress.indicators.flatMap(
      (i: {
        id: string;
        actuals: Array<{
          value: number;
          disaggregations?: Array<{ dimension: string; values: Array<{ category: string; value: number }> }>;
        }>;
      }) =>
        i.actuals.map((a) => {
          const sex = a.disaggregations?.find((d) => d.dimension === 'sex')?.values ?? [];
          const of = (category: string) => sex.find((v) => v.category === category)?.value;
          return [i.id, a.value, of('female'), of('male')];
        }),
    );
    const read = (cell: string | undefined) => (cell === undefined || cell === '' ? undefined : Number(cell));
    const got = data
      .filter((row) => row[column('#indicator +num')] !== '')
      .map((row) => [
        row[column('#indicator +code')],
        read(row[column('#indicator +num')]),
        read(row[column('#indicator +num +f')]),
        read(row[column('#indicator +num +m')]),
      ]);
    expect(got).toEqual(expected);
  });
});
