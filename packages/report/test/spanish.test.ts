import { describe, expect, it } from 'vitest';
import { actionPlan2023 } from '@mirps/core/data';
import { assembleActionPlanReport, assemblePresidencyMemoir, assembleProgressReport, parseReportDocument, renderHTML, renderJSON, renderMarkdown, type ReportDocument } from '@mirps/report';
import { englishFragments } from '../src/i18n/messages.js';
import { exampleProgress, expectGolden, parseMarkdown } from './helpers.js';

const reports: Record<string, ReportDocument> = {
  'action-plan-2023': assembleActionPlanReport(actionPlan2023, { language: 'es' }),
  'progress-2023': assembleProgressReport(actionPlan2023, exampleProgress(), { asOf: '2023-12-31', language: 'es' }),
  'memoir-2023': assemblePresidencyMemoir(actionPlan2023, exampleProgress(), { language: 'es' }),
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
  return text.replace(/<[^>]*>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
};
/** Whether a text holds a fragment as words of its own, not as the start of a Spanish word ("Calendar" in "Calendario"). */
const holds = (text: string, fragment: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);

describe.each(Object.entries(reports))('the Spanish %s report', (name, doc) => {
  const markdown = renderMarkdown(doc);
  const html = renderHTML(doc);

  it('is a Spanish page that names the member states in Spanish', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(doc.language).toBe('es');
    // The plan's holder everywhere; earlier holders in the plan's achievements; the whole circle in the memoir.
    const named = name === 'memoir-2023' ? ['Panamá', 'Belice', 'México'] : name === 'action-plan-2023' ? ['Panamá', 'México', 'Honduras'] : ['Panamá'];
    for (const state of named) {
      expect(markdown, state).toContain(state);
      expect(html, state).toContain(state);
    }
    for (const english of ['Panama', 'Belize', 'Mexico']) expect(withoutEnglish(html), english).not.toMatch(new RegExp(`\\b${english}\\b`));
  });

  it('writes none of the SDK\'s English texts outside the plan\'s own text marked as English', () => {
    const fragments = englishFragments();
    expect(fragments.length).toBeGreaterThan(100);
    const page = withoutEnglish(html);
    const found = fragments.filter((fragment) => holds(page, fragment));
    expect(found).toEqual([]);
  });

  it('says once, at the top of the Markdown, that the plan\'s texts stay in English', () => {
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
  it('warns first, in the report\'s language, when the data is illustrative', () => {
    expect(renderMarkdown(reports['progress-2023']!)).toMatch(/^# [^\n]+\n\n\*[^\n]+\*\n\n> \*\*Datos ilustrativos:\*\* /);
    expect(renderMarkdown(assembleProgressReport(actionPlan2023, exampleProgress(), { asOf: '2023-12-31' }))).toContain('> **Illustrative data:** ');
    expect(renderMarkdown(reports['action-plan-2023']!)).not.toContain('Datos ilustrativos');
  });

  it('refuses a language it does not write, never defaulting', () => {
    for (const call of [
      () => assembleActionPlanReport(actionPlan2023, { language: 'fr' as never }),
      () => assembleProgressReport(actionPlan2023, exampleProgress(), { asOf: '2023-12-31', language: 'ES' as never }),
      () => assemblePresidencyMemoir(actionPlan2023, exampleProgress(), { language: null as never }),
    ]) {
      expect(call).toThrowError(expect.objectContaining({ name: 'MirpsReportError', issues: [expect.objectContaining({ code: 'report.invalid-option', path: ['language'] })] }));
    }
  });

  it('writes Spanish dates and numbers with Intl', () => {
    const markdown = renderMarkdown(reports['progress-2023']!);
    expect(markdown).toContain('Al 31 de diciembre de 2023, están completadas **13 de 26**');
    expect(markdown).toContain('41,2\u00a0%');
  });

  it('keeps the language marks of data text through the document check, and refuses one it does not know', () => {
    const doc = { title: [{ kind: 'text', text: 'Plan', lang: 'en' }], language: 'es', sections: [] };
    expect(renderHTML(doc as never)).toContain('<h1><span lang="en">Plan</span></h1>');
    expect(renderMarkdown(doc as never)).toContain('Algunos textos aparecen en inglés');
    expect(() => parseReportDocument({ ...doc, title: [{ kind: 'text', text: 'Plan', lang: 'fr' }] })).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ code: 'report.invalid-document', path: ['title', 0, 'lang'] })] }));
  });
});
