import { chartTable } from '../charts/chart-table.js';
import type { RenderOptions } from '../document/report-limits.js';
import type { Block, Inline, ReportDocument, Section, TableBlock } from '../document/report-document.js';
import { escapeMarkdownText, safeHref, trimLineStart } from './escape.js';
import { renderChecked } from './render-checked.js';

/**
 * Text between two delimiters (`**`, `*`) that touch it: white space at its edges goes outside them,
 * and text of white space only gets none. The delimiter opens the line when the text starts one, so
 * only the white space before it is dropped there.
 */
function delimited(text: string, marker: string, lineStart: boolean): string {
  const escaped = escapeMarkdownText(text);
  const [, before = '', inner = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(lineStart ? trimLineStart(escaped) : escaped) ?? [];
  return inner === '' ? `${before}${after}` : `${before}${marker}${inner}${marker}${after}`;
}

/** Running text that starts a line: nothing written before the first visible character may open a block. */
function inline(parts: readonly Inline[]): string {
  let line = '';
  for (const part of parts) {
    const lineStart = line.trim() === '';
    if (part.kind === 'link') {
      const href = safeHref(part.href);
      line += href === undefined ? escapeMarkdownText(part.text, lineStart) : `[${escapeMarkdownText(part.text)}](<${href}>)`;
      continue;
    }
    line += part.kind === 'strong' ? delimited(part.text, '**', lineStart) : part.kind === 'emphasis' ? delimited(part.text, '*', lineStart) : escapeMarkdownText(part.text, lineStart);
  }
  return line;
}

function table(block: TableBlock): string {
  const align = (a: 'left' | 'right' | 'center' | undefined): string => (a === 'right' ? '---:' : a === 'center' ? ':---:' : '---');
  const row = (cells: readonly string[]): string => `| ${cells.map((cell) => escapeMarkdownText(cell)).join(' | ')} |`;
  return [delimited(block.caption, '*', true), '', row(block.columns.map((c) => c.header)), `| ${block.columns.map((c) => align(c.align)).join(' | ')} |`, ...block.rows.map(row)].join('\n');
}

function block(b: Block): string {
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
      return [delimited(`Figure: ${b.caption}`, '**', true), '', escapeMarkdownText(b.alt, true), '', table(chartTable(b.chart, b.caption))].join('\n');
  }
}

function section(s: Section, level: number): string {
  const parts = [`${'#'.repeat(Math.min(level, 6))} ${escapeMarkdownText(s.title)}`, ...s.blocks.map(block), ...s.sections.map((child) => section(child, level + 1))];
  return parts.join('\n\n');
}

function markdown(doc: ReportDocument): string {
  const head = [`# ${escapeMarkdownText(doc.title)}`, ...(doc.subtitle === undefined ? [] : [delimited(doc.subtitle, '*', true)])];
  return `${[...head, ...doc.sections.map((s) => section(s, 2))].join('\n\n')}\n`;
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
