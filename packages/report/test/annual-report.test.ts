import type { CommitmentRecord } from '@mirps/core';
import {
  assembleAnnualReport,
  type ReportDocument,
  renderHTML,
  renderJSON,
  renderMarkdown,
  type Section,
} from '@mirps/report';
import { describe, expect, it } from 'vitest';
import { annualExample, expectGolden, parseMarkdown } from './helpers.js';

/** Every section of a document, depth first. */
const sectionsOf = (doc: ReportDocument): Section[] => {
  const all: Section[] = [];
  const walk = (sections: readonly Section[]) => {
    for (const s of sections) {
      all.push(s);
      walk(s.sections);
    }
  };
  walk(doc.sections);
  return all;
};
const sectionOf = (doc: ReportDocument, id: string): Section => {
  const found = sectionsOf(doc).find((s) => s.id === id);
  if (found === undefined) throw new Error(`no section ${id}`);
  return found;
};
const tables = (s: Section) => s.blocks.filter((b) => b.kind === 'table');

/** Each commitment's status on a day, worked out apart from the report: the records sorted, the last on or before the day. */
function statusesOn(records: readonly CommitmentRecord[], day: string): Map<string, string> {
  const sorted = [...records]
    .filter((r) => r.date <= day)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return new Map(sorted.map((r) => [r.commitment, r.status]));
}

const STATUSES = ['not-started', 'in-progress', 'completed', 'blocked', 'dropped'] as const;

describe('the MIRPS Annual Report', () => {
  const input = annualExample();
  const en = assembleAnnualReport(input, { year: 2025 });
  const es = assembleAnnualReport(input, { year: 2025, language: 'es' });

  it('counts each state’s commitments by status on the report’s day', () => {
    for (const [day, options] of [
      ['2025-12-31', { year: 2025 }],
      ['2024-12-31', { year: 2024 }],
      ['2025-06-30', { year: 2025, asOf: '2025-06-30' }],
    ] as const) {
      const doc = assembleAnnualReport({ national: input.national }, options);
      const expected = statusesOn(input.national[0]!.progress.records, day);
      const counts = STATUSES.map((s) => String([...expected.values()].filter((v) => v === s).length));
      const noRecord = String(input.national[0]!.plan.commitments.length - expected.size);
      const summary = tables(sectionOf(doc, 'summary'))[0]!;
      expect(summary.rows[0], day).toEqual(['Costa Rica', ...counts, noRecord, '12']);
      // The chapter's own table ends with the same tally over all its focus areas.
      const chapter = tables(sectionOf(doc, 'national-cr'))[0]!;
      expect(chapter.rows.at(-1)).toEqual(['All focus areas', ...counts, noRecord, '12']);
    }
  });

  it('groups the commitments by focus area, the standard ones first, then those the plan declares', () => {
    const chapter = tables(sectionOf(en, 'national-cr'))[0]!;
    const areas = chapter.rows.map((row) => row[0]);
    expect(areas).toEqual([
      'Protection',
      'Jobs and Livelihoods',
      'Social Protection',
      'Education',
      'Health',
      'Documentation',
      'All focus areas',
    ]);
    const totals = chapter.rows.slice(0, -1).map((row) => Number(row.at(-1)));
    expect(totals.reduce((a, b) => a + b, 0)).toBe(12);
    const figure = sectionOf(en, 'national-cr').blocks.find((b) => b.kind === 'figure');
    expect(figure?.kind === 'figure' && figure.chart.kind === 'bar-chart' && figure.chart.bars.length).toBe(6);
  });

  it('lists every commitment with its latest status and the reason a status went back', () => {
    const table = tables(sectionOf(en, 'national-cr-commitments'))[0]!;
    expect(table.rows.map((row) => row[0])).toEqual(input.national[0]!.plan.commitments.map((c) => c.id));
    const back = input.national[0]!.progress.records.find((r) => r.reason !== undefined)!;
    expect(back.date, 'the example has a status that went back in 2026, with its reason').toMatch(/^2026-/);
    const row = (doc: ReportDocument) =>
      tables(sectionOf(doc, 'national-cr-commitments'))[0]!.rows.find((r) => r[0] === back.commitment)!;
    expect(JSON.stringify(row(assembleAnnualReport(input, { year: 2026 })))).toContain(back.reason!.en!);
    expect(JSON.stringify(row(en))).not.toContain(back.reason!.en!);
  });

  it('gives the review of its year, and says when there is none', () => {
    const review = input.national[0]!.progress.reviews.find((r) => r.year === 2025)!;
    const markdown = renderMarkdown(en);
    for (const text of [...review.achievements, ...review.challenges, ...review.priorities])
      expect(markdown).toContain(text.en);
    const later = renderMarkdown(assembleAnnualReport({ national: input.national }, { year: 2026 }));
    expect(later).toContain('The progress gives no review of 2026.');
    expect(later).not.toContain(review.achievements[0]!.en);
  });

  it('reads the regional plan on the last day a report may, when the report’s day is later', () => {
    const markdown = renderMarkdown(en);
    expect(markdown).toContain('## The regional level: progress of the Regional Action Plan');
    expect(markdown).toMatch(/as reported by 2024-12-\d\d\./);
    const inTerm = renderMarkdown(assembleAnnualReport({ national: [], regional: input.regional }, { year: 2023 }));
    expect(inTerm).toContain('as reported by 2023-12-31.');
  });

  it('shows the support of other countries: pledges, contributions and the Fund, with names from the reference data', () => {
    const pledges = tables(sectionOf(en, 'support-pledges'))[0]!;
    expect(pledges.rows).toHaveLength(input.support.pledges.length);
    const contributions = tables(sectionOf(en, 'support-contributions'))[0]!;
    expect(contributions.rows.map((row) => row[0])).toContain('Canada');
    expect(contributions.rows.some((row) => row.at(-1) === '250000 EUR')).toBe(true);
    const markdown = renderMarkdown(en);
    expect(markdown).toContain('Total of the Fund: 300000 EUR.');
    expect(renderMarkdown(es)).toContain('Total del Fondo: 300000 EUR.');
  });

  it('warns first that the data is illustrative, and not when it is not', () => {
    expect(renderMarkdown(en)).toMatch(/^# MIRPS Annual Report 2025\n\n\*[^\n]+\*\n\n> \*\*Illustrative data:\*\* /);
    expect(renderMarkdown(es)).toContain('> **Datos ilustrativos:** ');
    const sources = [{ document: 'A national plan of record', url: 'https://example.org/plan' }];
    const real = input.national.map(({ plan, progress }) => ({
      plan: { ...plan, sources },
      progress: { ...progress, sources },
    }));
    expect(renderMarkdown(assembleAnnualReport({ national: real }, { year: 2025 }))).not.toContain(
      'Illustrative data:',
    );
  });

  it('writes Markdown, HTML and JSON, the same bytes each time, in English and Spanish', () => {
    const { headings } = parseMarkdown(renderMarkdown(es));
    expect(headings).toContain('Capítulos nacionales');
    expect(headings).toContain('El apoyo de otros países');
    expect(renderHTML(es)).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(renderJSON(assembleAnnualReport(annualExample(), { year: 2025 }))).toBe(renderJSON(en));
    expectGolden('annual-2025.md', renderMarkdown(en));
    expectGolden('annual-2025.html', renderHTML(en));
  });
});

describe('what the annual report refuses', () => {
  const input = annualExample();
  const refusal = (code: string, path: ReadonlyArray<string | number>) =>
    expect.objectContaining({ issues: expect.arrayContaining([expect.objectContaining({ code, path })]) });

  it('puts a document’s issues under its place in the input', () => {
    const [first] = input.national;
    const broken = { ...first!.plan, commitments: [{ ...first!.plan.commitments[0]!, focusArea: 'housing' }] };
    expect(() => assembleAnnualReport({ national: [{ ...first!, plan: broken }] }, { year: 2025 })).toThrowError(
      expect.objectContaining({
        name: 'MirpsValidationError',
        issues: [expect.objectContaining({ path: ['national', 0, 'plan', 'commitments', 0, 'focusArea'] })],
      }),
    );
    const record = { ...first!.progress.records[0]!, commitment: 'no-such-commitment' };
    const progress = { ...first!.progress, records: [record] };
    expect(() => assembleAnnualReport({ national: [{ ...first!, progress }] }, { year: 2025 })).toThrowError(
      expect.objectContaining({
        issues: expect.arrayContaining([
          expect.objectContaining({ path: ['national', 0, 'progress', 'records', 0, 'commitment'] }),
        ]),
      }),
    );
    const pledge = { ...input.support.pledges[0]!, commitments: ['no-such-commitment'] };
    const support = { ...input.support, pledges: [pledge] };
    expect(() => assembleAnnualReport({ national: input.national, support }, { year: 2025 })).toThrowError(
      expect.objectContaining({
        issues: expect.arrayContaining([
          expect.objectContaining({ path: ['support', 'pledges', 0, 'commitments', 0] }),
        ]),
      }),
    );
  });

  it('refuses two plans of one state, a year or day that is not one, and input that is not an object', () => {
    const twice = { national: [input.national[0]!, input.national[0]!] };
    expect(() => assembleAnnualReport(twice, { year: 2025 })).toThrowError(
      refusal('report.invalid-option', ['national', 1, 'plan', 'memberState']),
    );
    for (const year of [undefined, 2025.5, '2025', 1999])
      expect(() => assembleAnnualReport(input, { year } as never)).toThrowError(
        refusal('report.invalid-option', ['year']),
      );
    for (const asOf of ['2024-12-31', '2025-02-30', 20250101])
      expect(() => assembleAnnualReport(input, { year: 2025, asOf } as never)).toThrowError(
        refusal('report.invalid-option', ['asOf']),
      );
    expect(() => assembleAnnualReport(null as never, { year: 2025 })).toThrowError(
      refusal('report.invalid-option', []),
    );
    expect(() => assembleAnnualReport({ national: {} } as never, { year: 2025 })).toThrowError(
      refusal('report.invalid-option', ['national']),
    );
  });

  it('refuses a day before the regional plan’s term', () => {
    expect(() => assembleAnnualReport({ national: [], regional: input.regional }, { year: 2017 })).toThrowError(
      refusal('report.as-of-outside-term', ['asOf']),
    );
  });
});
