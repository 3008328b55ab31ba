import { MirpsError } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import {
  assembleActionPlanReport,
  assembleAnnualReport,
  assemblePresidencyMemoir,
  assembleProgressReport,
  type Block,
  exportHXL,
  exportIATI,
  parseReportDocument,
  type ReportDocument,
  renderHTML,
  renderJSON,
  renderMarkdown,
} from '@mirps/report';
import { describe, expect, it } from 'vitest';
import { englishFragments } from '../src/i18n/messages.js';
import { annualExample, exampleProgress, expectGolden, parseMarkdown } from './helpers.js';

const reports: Record<string, ReportDocument> = {
  'action-plan-2023': assembleActionPlanReport(actionPlan2023, { language: 'es' }),
  'progress-2023': assembleProgressReport(actionPlan2023, exampleProgress(), { asOf: '2023-12-31', language: 'es' }),
  'memoir-2023': assemblePresidencyMemoir(actionPlan2023, exampleProgress(), { language: 'es' }),
  'annual-2025': assembleAnnualReport(annualExample(), { year: 2025, language: 'es' }),
};

/**
 * The text of an HTML page without the elements marked as English (the language of the plan's source
 * text), nor its `<title>` (the document's title, shown marked in the `<h1>`), nor any markup.
 */
const withoutEnglish = (html: string): string => {
  let previous = '';
  let text = html.replace(/<title>[^<]*<\/title>/, '');
  while (text !== previous) {
    previous = text;
    text = text.replace(/<(\w+)[^>]*\slang="en"[^>]*>[^<]*<\/\1>/g, ' ');
  }
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
};
/** Whether a text holds a fragment as words of its own, not as the start of a Spanish word ("Calendar" in "Calendario"). */
const holds = (text: string, fragment: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);

// The plan's holder everywhere; earlier holders in the plan's achievements; the whole circle in the memoir.
const NAMED_STATES: Readonly<Record<string, readonly string[]>> = {
  'memoir-2023': ['Panamá', 'Belice', 'México'],
  'action-plan-2023': ['Panamá', 'México', 'Honduras'],
  'annual-2025': ['Costa Rica', 'Canadá', 'Suiza'],
};

const DATA_NAMES: Readonly<Record<string, readonly string[]>> = {
  'annual-2025': annualExample().national.flatMap(({ plan }) => [
    ...plan.technicalTeam.institutions,
    ...plan.commitments.flatMap((c) => c.responsibleInstitutions),
  ]),
};

describe.each(Object.entries(reports))('the Spanish %s report', (name, doc) => {
  const markdown = renderMarkdown(doc);
  const html = renderHTML(doc);

  it('is a Spanish page that names the member states in Spanish', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(doc.language).toBe('es');
    for (const state of NAMED_STATES[name] ?? ['Panamá']) {
      expect(markdown, state).toContain(state);
      expect(html, state).toContain(state);
    }
    for (const english of ['Panama', 'Belize', 'Mexico'])
      expect(withoutEnglish(html), english).not.toMatch(new RegExp(`\\b${english}\\b`));
  });

  it("writes none of the SDK's English texts outside the plan's own text marked as English", () => {
    const fragments = englishFragments();
    expect(fragments.length).toBeGreaterThan(100);
    // Names of institutions are data in no stated language (the example's are English): not the SDK's text.
    const page = (DATA_NAMES[name] ?? []).reduce((text, data) => text.split(data).join(' '), withoutEnglish(html));
    const found = fragments.filter((fragment) => holds(page, fragment));
    expect(found).toEqual([]);
  });

  it("says once, at the top of the Markdown, that the plan's texts stay in English", () => {
    const note = 'Algunos textos aparecen en inglés, el idioma de su fuente, sin traducir.';
    expect(markdown.split(note)).toHaveLength(2);
    expect(markdown.indexOf(note)).toBeLessThan(markdown.indexOf('\n## '));
    expect(html).toContain('lang="en"');
    expect(JSON.parse(renderJSON(doc))).toEqual(JSON.parse(JSON.stringify(parseReportDocument(doc))));
  });

  it('has Spanish headings and matches its golden files', () => {
    const { headings } = parseMarkdown(markdown);
    expect(headings.some((h) => /^(Antecedentes|Resumen|Logros)$/.test(h))).toBe(true);
    expectGolden(`${name}.es.md`, markdown);
    expectGolden(`${name}.es.html`, html);
    expectGolden(`${name}.es.json`, renderJSON(doc));
  });
});

describe('languages and illustrative data', () => {
  it("warns first, in the report's language, when the data is illustrative", () => {
    expect(renderMarkdown(reports['progress-2023']!)).toMatch(
      /^# [^\n]+\n\n\*[^\n]+\*\n\n> \*\*Datos ilustrativos:\*\* /,
    );
    expect(renderMarkdown(assembleProgressReport(actionPlan2023, exampleProgress(), { asOf: '2023-12-31' }))).toContain(
      '> **Illustrative data:** ',
    );
    expect(renderMarkdown(reports['action-plan-2023']!)).not.toContain('Datos ilustrativos');
  });

  it('refuses a language it does not write, never defaulting', () => {
    for (const call of [
      () => assembleActionPlanReport(actionPlan2023, { language: 'fr' as never }),
      () => assembleProgressReport(actionPlan2023, exampleProgress(), { asOf: '2023-12-31', language: 'ES' as never }),
      () => assemblePresidencyMemoir(actionPlan2023, exampleProgress(), { language: null as never }),
    ]) {
      expect(call).toThrowError(
        expect.objectContaining({
          name: 'MirpsReportError',
          issues: [expect.objectContaining({ code: 'report.invalid-option', path: ['language'] })],
        }),
      );
    }
  });

  it('writes Spanish dates and numbers with Intl', () => {
    const markdown = renderMarkdown(reports['progress-2023']!);
    expect(markdown).toContain('Al 31 de diciembre de 2023, están completadas **13 de 26**');
    expect(markdown).toContain('41,2\u00a0%');
  });

  it("writes a percentage as Intl does in the report's language, the same in tables, sentences and charts", () => {
    const progress = exampleProgress();
    for (const language of ['en', 'es'] as const) {
      const percent = new Intl.NumberFormat(language, { style: 'unit', unit: 'percent', maximumFractionDigits: 1 });
      const html = renderHTML(assembleProgressReport(actionPlan2023, progress, { asOf: '2023-12-31', language }));
      // Objective 1.2: 3 of 8 actions completed; the indicators' chart: 80 % of the way to the last target.
      for (const value of [37.5, 80]) {
        const written = percent.format(value);
        expect(written, language).toBe(language === 'en' ? `${value}%` : `${String(value).replace('.', ',')}\u00a0%`);
        expect(html, `${language}: ${written} in the chart`).toContain(`class="value">${written}</text>`);
      }
      expect(html, `${language}: in the completion table`).toContain(`<td class="right">${percent.format(37.5)}</td>`);
      expect(html, `${language}: in the sentence`).toContain(`(${percent.format(50)})`);
      // No percentage written another way: English has no space before %, Spanish a no-break space.
      const body = html.slice(html.indexOf('<body>')).replaceAll('width="100%"', '');
      expect(body).not.toMatch(language === 'en' ? /\d[ \u00a0]%/ : /\d(?:%| %)/);
    }
  });

  it('says, in an English report, which texts keep Spanish, wherever they are marked (a table cell too)', () => {
    const plans: Block = {
      kind: 'table',
      caption: 'Plans',
      columns: [{ header: 'Plan' }],
      rows: [[[{ kind: 'text', text: 'Plan de Acción Regional', lang: 'es' }]]],
    };
    const doc: ReportDocument = {
      title: 'Plans',
      language: 'en',
      sections: [{ id: 'plans', title: 'Plans', blocks: [plans], sections: [] }],
    };
    expect(renderMarkdown(doc)).toContain(
      '\n\n> Some texts appear in Spanish, the language of their source, untranslated.\n',
    );
  });

  it('keeps the language marks of data text through the document check, and refuses one it does not know', () => {
    const doc = { title: [{ kind: 'text', text: 'Plan', lang: 'en' }], language: 'es', sections: [] };
    expect(renderHTML(doc as never)).toContain('<h1><span lang="en">Plan</span></h1>');
    expect(renderMarkdown(doc as never)).toContain('Algunos textos aparecen en inglés');
    expect(() => parseReportDocument({ ...doc, title: [{ kind: 'text', text: 'Plan', lang: 'fr' }] })).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'report.invalid-document', path: ['title', 0, 'lang'] })],
      }),
    );
  });
});

describe('refusals in the language asked for', () => {
  const annual = annualExample();
  const [first] = annual.national;
  const nationalOnly = { national: annual.national };
  const org = { ref: 'XX-EXAMPLE-1', type: '10', name: { en: 'Example ministry' } };
  const iatiEntry = (reportingOrg: unknown) => ({ national: [{ ...first!, reportingOrg }] }) as never;
  const throwingTable = (language: 'en' | 'es') => ({
    language,
    get table(): never {
      throw new Error('no table');
    },
  });
  // Each call, given the language: a refusal of input or options the caller can act on.
  const calls: Record<string, (language: 'en' | 'es') => unknown> = {
    'input not an object': (language) => assembleAnnualReport(null as never, { year: 2025, language }),
    'national not a list': (language) => assembleAnnualReport({ national: {} } as never, { year: 2025, language }),
    'entry not an object': (language) => exportHXL({ national: ['x'] } as never, { language }),
    'year not a year': (language) => assembleAnnualReport(nationalOnly, { year: 1999, language }),
    'day outside the year': (language) =>
      assembleAnnualReport(nationalOnly, { year: 2025, asOf: '2024-12-31', language }),
    'two plans of a state': (language) =>
      assembleAnnualReport({ national: [first!, first!] }, { year: 2025, language }),
    'day not a day': (language) =>
      assembleProgressReport(actionPlan2023, exampleProgress(), { asOf: '31/12/2023', language }),
    'day outside the term': (language) =>
      assembleProgressReport(actionPlan2023, exampleProgress(), { asOf: '2020-01-01', language }),
    'unknown option': (language) => exportHXL(nationalOnly, { language, tabel: 'indicators' } as never),
    'unknown table': (language) => exportHXL(nationalOnly, { language, table: 'activities' as never }),
    'option that throws': (language) => exportHXL(nationalOnly, throwingTable(language) as never),
    'organisation identifier': (language) => exportIATI(iatiEntry({ ...org, ref: 'no hyphen' }), { language }),
    'organisation type': (language) => exportIATI(iatiEntry({ ...org, type: '999' }), { language }),
    'organisation name': (language) => exportIATI(iatiEntry({ ...org, name: {} }), { language }),
    'generated date and time': (language) => exportIATI(iatiEntry(org), { language, generatedDatetime: '2026-01-15' }),
    'nothing to export': (language) => exportIATI({}, { language }),
    'one identifier twice': (language) =>
      exportIATI(
        {
          national: [
            { ...first!, reportingOrg: org },
            { ...first!, reportingOrg: org },
          ],
        },
        { language },
      ),
    'incoming not a presidency': (language) =>
      assemblePresidencyMemoir(actionPlan2023, exampleProgress(), { incoming: { label: 2024 } as never, language }),
    'a document of the wrong shape': (language) =>
      parseReportDocument({ title: 5, language, sections: [{ id: 's', title: 'S', blocks: 'none', sections: [] }] }),
    'a table row without its cells': (language) =>
      parseReportDocument({
        title: 'T',
        language,
        sections: [
          {
            id: 's',
            title: 'S',
            blocks: [{ kind: 'table', caption: 'C', columns: [{ header: 'A' }, { header: 'B' }], rows: [['a']] }],
            sections: [],
          },
        ],
      }),
    'a document beyond its limits': (language) =>
      renderHTML({ title: 'T', language, sections: [] } as ReportDocument, { maxNodes: 1 }),
    'an invalid plan': (language) => assembleActionPlanReport({ ...actionPlan2023, year: 'x' as never }, { language }),
    'an invalid progress': (language) =>
      assembleProgressReport(
        actionPlan2023,
        { ...exampleProgress(), indicators: 'none' as never },
        {
          asOf: '2023-12-31',
          language,
        },
      ),
    'an invalid progress in a memoir': (language) =>
      assemblePresidencyMemoir(actionPlan2023, { ...exampleProgress(), records: 'none' as never }, { language }),
    'an invalid national plan': (language) =>
      assembleAnnualReport(
        { national: [{ ...first!, plan: { ...first!.plan, memberState: 'AR' as never } }] },
        { year: 2025, language },
      ),
  };
  const refusalOf = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(MirpsError);
      return error as MirpsError;
    }
    throw new Error('expected a refusal');
  };

  it.each(Object.keys(calls))('%s: the same issue in Spanish, with none of the English texts', (name) => {
    const english = refusalOf(() => calls[name]!('en'));
    const spanish = refusalOf(() => calls[name]!('es'));
    const where = (error: MirpsError) => error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
    expect(where(spanish)).toEqual(where(english));
    const fragments = englishFragments();
    for (const [i, issue] of spanish.issues.entries()) {
      expect(issue.message, `${issue.code}: translated`).not.toBe(english.issues[i]!.message);
      expect(fragments.filter((fragment) => holds(issue.message, fragment))).toEqual([]);
    }
  });
});
