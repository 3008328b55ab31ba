import type { Language } from '@mirps/core';
import { chartTable } from '../charts/chart-table.js';
import type { Block, Inline, ReportDocument, RichText, Section, TableBlock } from '../document/report-document.js';
import type { RenderOptions } from '../document/report-limits.js';
import { markedLanguages, runsOf } from '../document/rich-text.js';
import { languageOfTag, messages } from '../i18n/messages.js';
import { escapeMarkdownText, safeHref, trimLineStart } from './escape.js';
import { renderChecked } from './render-checked.js';

/**
 * Text between two delimiters (`**`, `*`) that touch it: white space at its edges goes outside them,
 * and text of white space only gets none. The delimiter opens the line when the text starts one, so
 * only the white space before it is dropped there.
 */
function delimited(text: string, marker: string, lineStart: boolean): string {
  return wrap(escapeMarkdownText(text), marker, lineStart);
}

/** Markdown already escaped, between two delimiters as {@link delimited} puts them. */
function wrap(escaped: string, marker: string, lineStart: boolean): string {
  const [, before = '', inner = '', after = ''] =
    /^(\s*)([\s\S]*?)(\s*)$/.exec(lineStart ? trimLineStart(escaped) : escaped) ?? [];
  return inner === '' ? `${before}${after}` : `${before}${marker}${inner}${marker}${after}`;
}

/** A text of the document: plain text escaped (`lineStart`: where it starts a line), running text as its parts. Markdown has no language marks; see the note at the top. */
const rich = (text: RichText, lineStart = false): string =>
  typeof text === 'string' ? escapeMarkdownText(text, lineStart) : inline(text);

/** Running text that starts a line: nothing written before the first visible character may open a block. */
function inline(parts: readonly Inline[]): string {
  let line = '';
  for (const part of parts) {
    const lineStart = line.trim() === '';
    if (part.kind === 'link') {
      const href = safeHref(part.href);
      line +=
        href === undefined ? escapeMarkdownText(part.text, lineStart) : `[${escapeMarkdownText(part.text)}](<${href}>)`;
      continue;
    }
    if (part.kind === 'strong') line += delimited(part.text, '**', lineStart);
    else if (part.kind === 'emphasis') line += delimited(part.text, '*', lineStart);
    else line += escapeMarkdownText(part.text, lineStart);
  }
  return line;
}

/** The delimiter row's cell of a column, by its alignment. */
const DELIMITER_CELLS = { left: '---', center: ':---:', right: '---:' } as const;

function table(block: TableBlock): string {
  const row = (cells: readonly RichText[]): string => `| ${cells.map((cell) => rich(cell)).join(' | ')} |`;
  const caption =
    typeof block.caption === 'string'
      ? delimited(block.caption, '*', true)
      : wrap(inline(runsOf(block.caption)), '*', true);
  return [
    caption,
    '',
    row(block.columns.map((c) => c.header)),
    `| ${block.columns.map((c) => DELIMITER_CELLS[c.align ?? 'left']).join(' | ')} |`,
    ...block.rows.map(row),
  ].join('\n');
}

function block(b: Block, language: Language): string {
  switch (b.kind) {
    case 'paragraph':
      return inline(b.content);
    case 'note':
      return `> ${inline(b.content)}`;
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item)}`).join('\n');
    case 'table':
      return table(b);
    case 'figure':
      // Markdown has no charts: the figure becomes its text alternative and its data as a table.
      return [
        delimited(messages(language).figure(b.caption), '**', true),
        '',
        escapeMarkdownText(b.alt, true),
        '',
        table(chartTable(b.chart, b.caption, language)),
      ].join('\n');
  }
}

function section(s: Section, level: number, language: Language): string {
  const parts = [
    `${'#'.repeat(Math.min(level, 6))} ${rich(s.title)}`,
    ...s.blocks.map((b) => block(b, language)),
    ...s.sections.map((child) => section(child, level + 1, language)),
  ];
  return parts.join('\n\n');
}

function markdown(doc: ReportDocument): string {
  const language = languageOfTag(doc.language);
  const m = messages(language);
  const head = [`# ${rich(doc.title)}`, ...(doc.subtitle === undefined ? [] : [delimited(doc.subtitle, '*', true)])];
  const preface = (doc.preface ?? []).map((b) => block(b, language));
  // Markdown cannot mark a language on a text: one note says which texts keep the language of their source.
  const languageName = (lang: string): string => {
    if (lang === 'en') return m.languageName_en;
    if (lang === 'es') return m.languageName_es;
    return lang;
  };
  const others = markedLanguages(doc).map(languageName);
  const fallback = others.length === 0 ? [] : [`> ${escapeMarkdownText(m.fallbackNote(others.join(', ')), true)}`];
  return `${[...head, ...preface, ...fallback, ...doc.sections.map((s) => section(s, 2, language))].join('\n\n')}\n`;
}

/**
 * Writes a report as CommonMark with GFM tables. The document is checked
 * first (see `parseReportDocument`). Text from the data is escaped, so
 * Markdown syntax, HTML and table pipes in it show literally; line breaks in
 * it become spaces, so a table row or a heading stays one line; characters
 * that are not text (control characters such as NUL or ESC, broken
 * surrogates, noncharacters) become U+FFFD. Figures become their text
 * alternative and their data as a table.
 *
 * @param doc - A report from an assembler, or one built by hand.
 * @param options - The limits the document is checked against.
 * @throws `MirpsReportError` for a value that is not a report document (`report.invalid-document`) or one beyond the limits.
 * @example
 * ```ts
 * import { assembleActionPlanReport, renderMarkdown } from '@mirps/report';
 * import { actionPlan2023 } from '@mirps/core/data';
 * renderMarkdown(assembleActionPlanReport(actionPlan2023)).startsWith('# Regional Action Plan 2023'); // true
 * ```
 */
export function renderMarkdown(doc: ReportDocument, options?: RenderOptions): string {
  return renderChecked(doc, options, markdown);
}
