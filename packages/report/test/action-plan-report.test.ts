import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionPlan2023 } from '@mirps/core/data';
import { assembleActionPlanReport, renderHTML, renderJSON, renderMarkdown } from '@mirps/report';
import { describe, expect, it } from 'vitest';
import { PREREQUISITES, runsWith, SHARED_SOURCES } from '../../../test/prerequisites.js';
import { expectGolden, parseMarkdown } from './helpers.js';

const sourcePath = join(SHARED_SOURCES, 'mirps-regional-action-plan-2023.txt');

const doc = assembleActionPlanReport(actionPlan2023);
const markdown = renderMarkdown(doc);
const html = renderHTML(doc);

describe('the 2023 plan as a report', () => {
  // Skipped only on a developer machine without the sources, as the run says; in CI a missing source fails each test.
  describe.skipIf(!runsWith(PREREQUISITES.sharedSources))('against the source text', () => {
    // Read by each test: a skipped suite is still collected.
    const readSource = (): string => readFileSync(sourcePath, 'utf8');
    const parsed = parseMarkdown(markdown);

    it('has every heading of the source document', () => {
      const source = readSource();
      const expected = [
        'Background',
        'Main achievements of the Pro-tempore Presidencies',
        'Pro-tempore Presidency 2019: Mexico',
        'Pro-tempore Presidency 2022: Honduras',
        'Vision and priorities of the Panama Pro-tempore Presidency 2023 Action Plan',
        'Work methodology',
        'Calendar',
      ];
      for (const heading of expected) {
        expect(source, heading).toContain(heading);
        expect(parsed.headings, heading).toContain(heading);
      }
      for (const line of source.split('\n').filter((l) => /^Objective \d\.\d - /.test(l)))
        expect(parsed.headings).toContain(line.trim());
    });

    it('has every action and expected result sentence of the source, in Markdown and in HTML', () => {
      const bullets = readSource()
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.startsWith('- '))
        .map((line) => line.slice(2).replace(/\*\*/g, ''));
      const actionsAndResults = [...actionPlan2023.actions, ...actionPlan2023.expectedResults].map(
        (item) => item.text.en!,
      );
      expect(actionsAndResults).toHaveLength(41);
      for (const sentence of actionsAndResults) {
        expect(bullets, sentence).toContain(sentence);
        expect(parsed.text, sentence).toContain(sentence);
        expect(html, sentence).toContain(
          sentence.replaceAll('&', '&amp;').replaceAll("'", '&#39;').replaceAll('"', '&quot;'),
        );
      }
    });
  });

  it("names each objective's coordinating working group and its lead, and says where the plan names none", () => {
    expect(markdown).toContain('Coordinated with the Working Group on Strengthening Asylum Systems (led by Mexico).');
    expect(markdown).toContain(
      'Coordinated with the Working Group on Internal Displacement (led by Honduras) and the Working Group on Local Governance (led by Panama).',
    );
    expect(markdown).toContain('The plan names no coordinating working group for this objective.');
  });

  it("includes the calendar's month grid as a table that keeps its columns", () => {
    const { tables } = parseMarkdown(markdown);
    const grid = tables.find((rows) => rows[0] === 14)!;
    expect(grid).toHaveLength(17);
    expect(new Set(grid)).toEqual(new Set([14]));
    expect(html).toContain('<th scope="col" class="center">Jan</th>');
  });

  it('writes a standalone, accessible page with no scripts and no external references', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="figure-1-title figure-1-desc">/);
    expect(html).toContain('@media print');
  });

  it('is byte-identical on every run, and matches its golden files', () => {
    expect(renderMarkdown(assembleActionPlanReport(structuredClone(actionPlan2023) as never))).toBe(markdown);
    expectGolden('action-plan-2023.md', markdown);
    expectGolden('action-plan-2023.html', html);
    expect(JSON.parse(renderJSON(doc))).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
