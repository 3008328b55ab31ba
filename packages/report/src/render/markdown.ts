import { escapeMarkdown } from '@mirps/core';
import { chartTable } from '../charts/chart-table.js';
import type { Block, Inline, ReportDocument, Section, TableBlock } from '../document/report-document.js';
import { safeHref } from './escape.js';

function inline(parts: readonly Inline[], lineStart: boolean): string {
  return parts
    .map((part, index) => {
      const text = escapeMarkdown(part.text, lineStart && index === 0 && part.kind === 'text');
      // Delimiters must touch the text: white space at the edges goes outside them.
      const wrap = (marker: string): string => {
        const [, before = '', inner = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
        return inner === '' ? text : `${before}${marker}${inner}${marker}${after}`;
      };
      if (part.kind === 'strong') return wrap('**');
      if (part.kind === 'emphasis') return wrap('*');
      if (part.kind === 'link') {
        const href = safeHref(part.href);
        return href === undefined ? text : `[${escapeMarkdown(part.text)}](<${href.replace(/[<>]/g, encodeURIComponent)}>)`;
      }
      return text;
    })
    .join('');
}

function table(block: TableBlock): string {
  const align = (a: 'left' | 'right' | 'center' | undefined): string => (a === 'right' ? '---:' : a === 'center' ? ':---:' : '---');
  const row = (cells: readonly string[]): string => `| ${cells.map((cell) => escapeMarkdown(cell)).join(' | ')} |`;
  return [`*${escapeMarkdown(block.caption)}*`, '', row(block.columns.map((c) => c.header)), `| ${block.columns.map((c) => align(c.align)).join(' | ')} |`, ...block.rows.map(row)].join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return inline(b.content, true);
    case 'note':
      return `> ${inline(b.content, true)}`;
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item, true)}`).join('\n');
    case 'table':
      return table(b);
    case 'figure':
      // Markdown has no charts: the figure becomes its text alternative and its data as a table.
      return [`**Figure: ${escapeMarkdown(b.caption)}**`, '', escapeMarkdown(b.alt), '', table(chartTable(b.chart, b.caption))].join('\n');
  }
}

function section(s: Section, level: number): string {
  const parts = [`${'#'.repeat(Math.min(level, 6))} ${escapeMarkdown(s.title)}`, ...s.blocks.map(block), ...s.sections.map((child) => section(child, level + 1))];
  return parts.join('\n\n');
}

/**
 * Writes a report as CommonMark with GFM tables. Text from the data is
 * escaped, so Markdown syntax, HTML and table pipes in it show literally;
 * figures become their text alternative and their data as a table.
 *
 * @param doc - A report from an assembler.
 * @example
 * ```ts
 * import { assembleActionPlanReport, renderMarkdown } from '@mirps/report';
 * import { actionPlan2023 } from '@mirps/core/data';
 * renderMarkdown(assembleActionPlanReport(actionPlan2023)).startsWith('# Regional Action Plan 2023'); // true
 * ```
 */
export function renderMarkdown(doc: ReportDocument): string {
  const head = [`# ${escapeMarkdown(doc.title)}`, ...(doc.subtitle === undefined ? [] : [`*${escapeMarkdown(doc.subtitle)}*`])];
  return `${[...head, ...doc.sections.map((s) => section(s, 2))].join('\n\n')}\n`;
}
