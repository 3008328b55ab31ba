import { MirpsReportError, MirpsValidationError } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { assemblePresidencyMemoir, assembleProgressReport, renderHTML, renderMarkdown } from '@mirps/report';
import { describe, expect, it } from 'vitest';
import { exampleProgress, expectGolden, parseMarkdown } from './helpers.js';

const tableAfter = (markdown: string, caption: string): string[] => {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`*${caption}*`);
  expect(start, caption).toBeGreaterThanOrEqual(0);
  const rows: string[] = [];
  for (let i = start + 4; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!);
  return rows;
};

describe('assembleProgressReport', () => {
  const report = assembleProgressReport(actionPlan2023, exampleProgress(), { asOf: '2023-12-31' });
  const markdown = renderMarkdown(report);

  it('computes completion by objective and priority from the example progress', () => {
    expect(markdown).toContain('On 2023-12-31, **13 of 26** actions that still count are completed (50%).');
    expect(tableAfter(markdown, 'Completion by objective')).toEqual([
      '| Objective 1.1 | 3 | 5 | 60% |',
      '| Objective 1.2 | 3 | 8 | 37.5% |',
      '| Objective 1.3 | 1 | 4 | 25% |',
      '| Objective 2.1 | 6 | 9 | 66.7% |',
    ]);
    expect(tableAfter(markdown, 'Completion by priority')).toEqual([
      '| Priority 1 | 7 | 17 | 41.2% |',
      '| Priority 2 | 6 | 9 | 66.7% |',
    ]);
  });

  it('lists blocked items first, with their notes', () => {
    const rows = tableAfter(markdown, 'Actions that need attention');
    expect(rows.map((row) => row.split(' | ')[0])).toEqual(['| 1.1.4', '| 1.3.3']);
    expect(rows[0]).toContain("Waiting for the Asylum Capacity Support Group's comments on the draft protocol.");
  });

  it('shows every indicator with baseline, target, actuals and the latest disaggregation', () => {
    expect(
      tableAfter(markdown, 'Median processing time of asylum applications: baseline, target and actual values'),
    ).toEqual([
      '| Baseline | 2022 | 210 days |',
      '| Target | 2023-12-31 | 150 days |',
      '| Actual | 2023-01-01 to 2023-06-30 | 190 days |',
      '| Actual | 2023-07-01 to 2023-12-31 | 172 days |',
    ]);
    expect(
      tableAfter(
        markdown,
        'Displaced people who received health or mental health care, 2023-07-01 to 2023-12-31, by sex',
      ),
    ).toEqual(['| female | 3100 |', '| male | 2150 |', '| other | 50 |']);
  });

  it('reads status as of the day asked: nothing completed by mid-year', () => {
    const midYear = renderMarkdown(assembleProgressReport(actionPlan2023, exampleProgress(), { asOf: '2023-06-30' }));
    expect(midYear).toContain('On 2023-06-30, **0 of 27** actions that still count are completed (0%).');
  });

  it("takes each action's latest record on or before the day, whatever order the records come in", () => {
    const reversed = exampleProgress();
    reversed.records.reverse();
    expect(renderMarkdown(assembleProgressReport(actionPlan2023, reversed, { asOf: '2023-12-31' }))).toBe(markdown);
    const midYear = exampleProgress();
    expect(renderMarkdown(assembleProgressReport(actionPlan2023, reversed, { asOf: '2023-06-30' }))).toBe(
      renderMarkdown(assembleProgressReport(actionPlan2023, midYear, { asOf: '2023-06-30' })),
    );
  });

  it('marks what is not done after the term as overdue', () => {
    const late = renderMarkdown(assembleProgressReport(actionPlan2023, exampleProgress(), { asOf: '2024-03-01' }));
    expect(tableAfter(late, 'Actions that need attention').length).toBe(13);
    expect(late).toContain('In progress (overdue)');
  });

  it("refuses an asOf outside the plan's term, progress for unknown actions, and breakdowns that do not add up", () => {
    expect(() => assembleProgressReport(actionPlan2023, exampleProgress(), { asOf: '2022-01-01' })).toThrow(
      MirpsReportError,
    );
    expect(() => assembleProgressReport(actionPlan2023, exampleProgress(), { asOf: 'soon' })).toThrow(MirpsReportError);
    const unknown = exampleProgress();
    unknown.records[0]!.action = 'action-7.7.7';
    expect(() => assembleProgressReport(actionPlan2023, unknown, { asOf: '2023-12-31' })).toThrow(MirpsValidationError);
    const mismatch = exampleProgress();
    mismatch.indicators[1]!.actuals[0]!.value = 1;
    try {
      assembleProgressReport(actionPlan2023, mismatch, { asOf: '2023-12-31' });
      expect.unreachable();
    } catch (error) {
      expect((error as MirpsValidationError).issues.map((i) => i.code)).toEqual([
        'progress.disaggregation-mismatch',
        'progress.disaggregation-mismatch',
      ]);
    }
  });

  it('links evidence, and only to web addresses', () => {
    const progress = exampleProgress();
    progress.records[1]!.evidence = [{ title: { en: 'Minutes' }, url: 'https://example.org/minutes.pdf' }];
    const html = renderHTML(assembleProgressReport(actionPlan2023, progress, { asOf: '2023-12-31' }));
    expect(html).toContain('<a href="https://example.org/minutes.pdf" rel="noopener noreferrer">Minutes</a>');
  });

  it('has tables that keep their columns under an independent parser, and golden files', () => {
    for (const rows of parseMarkdown(markdown).tables) expect(new Set(rows).size).toBe(1);
    expectGolden('progress-2023.md', markdown);
    expectGolden('progress-2023.html', renderHTML(report));
  });
});

describe('assemblePresidencyMemoir', () => {
  const memoir = assemblePresidencyMemoir(actionPlan2023, exampleProgress());
  const markdown = renderMarkdown(memoir);

  it('has the achievements, progress, calendar, handover checklist and the incoming presidency', () => {
    expect(parseMarkdown(markdown).headings.filter((h) => !h.includes(':') || h.startsWith('The incoming'))).toEqual(
      expect.arrayContaining([
        'Achievements',
        'Progress of the Regional Action Plan',
        'Indicators',
        'The calendar of 2023',
        'Handover',
        'The incoming Pro-Tempore Presidency: Belize',
      ]),
    );
    expect(markdown).toContain('- **2.1.2** Promote the organization of meetings of the National Coordination Groups');
    expect(tableAfter(markdown, 'Handover checklist')).toHaveLength(4);
    // The ledger records the 2024 term: Belize, from the VI Annual Meeting on 24 January 2024.
    expect(markdown).toContain('The term 2024 passes to **Belize**, at the MIRPS Annual Meeting on 2024-01-24.');
    expect(markdown).toContain('| formally deliver the Memoir of the outgoing Pro-tempore Presidency | 2024-01-24 |');
    expect(markdown).toContain(
      'Held so far in cycle 1: México (2019), El Salvador (2020), Guatemala (2021), Honduras (2022), Panamá (2023).',
    );
    expect(markdown).toContain('2024: Belice holds it, as the rule says.');
  });

  it('pictures the rotation circle with a text alternative', () => {
    expect(markdown).toContain(
      'The rotation circle in order: 1. Belice (next holder), 2. Costa Rica, 3. El Salvador (held it in 2020)',
    );
    const html = renderHTML(memoir);
    expect(html).toMatch(/<circle [^>]*class="member next"\/>/);
    expectGolden('memoir-2023.md', markdown);
    expectGolden('memoir-2023.html', html);
  });
});
