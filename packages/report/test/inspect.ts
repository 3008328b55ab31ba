import type { Chart, ReportDocument, Section } from '@mirps/report';
import MarkdownIt from 'markdown-it';
import { NOT_TEXT } from './hostile.js';

// Independent checks of what the renderers write, for the hostile and adversarial tests: each returns the
// problems it finds (none for a good report), so a failing case says what is wrong.

/** The elements and attributes the HTML renderer writes; anything else came from data. */
const ELEMENTS = new Set(
  'html head meta title style body main h1 h2 h3 h4 h5 h6 p section aside ul ol li table caption thead tbody tr th td figure figcaption svg desc text tspan rect line circle g a strong em'.split(
    ' ',
  ),
);
const VOID = new Set(['meta']);
const ATTRIBUTES = new Set(
  'lang charset name content http-equiv id aria-labelledby class scope href rel xmlns viewBox width height role x y x1 x2 y1 y2 cx cy r text-anchor'.split(
    ' ',
  ),
);
const NUMERIC = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r']);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'=<>/]+(?:="[^"<>]*")?)*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([^\s"'=<>/]+)(?:="([^"<>]*)")?/g;

/** Problems of an HTML page: markup that is not the renderer's, script, event handlers, script URLs, broken numbers, unbalanced tags, dangling ids, raw characters that are not text. */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  if (!html.startsWith('<!doctype html>\n')) problems.push('no doctype first');
  if (/<script/i.test(html)) problems.push('a <script');
  if (/javascript:/i.test(html.replace(/>[^<]*</g, '><'))) problems.push('javascript: inside a tag');
  if (NOT_TEXT.test(html))
    problems.push(`a raw character that is not text: U+${html.match(NOT_TEXT)![0].charCodeAt(0).toString(16)}`);
  const stack: string[] = [];
  const ids = new Map<string, number>();
  const labelledBy: string[] = [];
  const rest = html
    .slice('<!doctype html>'.length)
    .replace(TAG, (_, close: string, name: string, attributes: string, selfClosing: string) => {
      if (!ELEMENTS.has(name)) problems.push(`element <${name}>`);
      for (const [, attribute = '', value = ''] of attributes.matchAll(ATTRIBUTE)) {
        if (!ATTRIBUTES.has(attribute)) problems.push(`attribute ${attribute} on <${name}>`);
        if (/^on/i.test(attribute)) problems.push(`event handler ${attribute}`);
        if (attribute === 'href' && !/^(?:https?:\/\/|mailto:)/i.test(value)) problems.push(`href ${value}`);
        if (NUMERIC.has(attribute) && !/^-?\d+(?:\.\d+)?$/.test(value)) problems.push(`${attribute}="${value}"`);
        if ((attribute === 'width' || attribute === 'height') && value !== '100%' && !/^\d+(?:\.\d+)?$/.test(value))
          problems.push(`${attribute}="${value}"`);
        if (attribute === 'viewBox' && !/^0 0 \d+(?:\.\d+)? \d+(?:\.\d+)?$/.test(value))
          problems.push(`viewBox="${value}"`);
        if (attribute === 'id') ids.set(value, (ids.get(value) ?? 0) + 1);
        if (attribute === 'aria-labelledby') labelledBy.push(...value.split(' '));
      }
      if (close) {
        if (stack.pop() !== name) problems.push(`</${name}> closes nothing open`);
      } else if (!selfClosing && !VOID.has(name)) {
        stack.push(name);
      }
      return '';
    });
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' ')}`);
  if (/[<>]/.test(rest))
    problems.push(
      `a raw < or > outside a tag: ${rest.slice(Math.max(0, rest.search(/[<>]/) - 30), rest.search(/[<>]/) + 30)}`,
    );
  for (const [id, count] of ids)
    if (count > 1 || /\s/.test(id) || id === '') problems.push(`id "${id}" used ${count} times`);
  for (const id of labelledBy) if (!ids.has(id)) problems.push(`aria-labelledby names a missing id "${id}"`);
  return problems;
}

/** The columns and rows of the data table that stands for a chart in Markdown. */
function chartTableShape(chart: Chart): { columns: number; rows: number } {
  switch (chart.kind) {
    case 'bar-chart':
      return { columns: chart.bars.some((b) => b.target !== undefined) ? 3 : 2, rows: chart.bars.length };
    case 'timeline':
      return { columns: 2, rows: chart.rows.length };
    case 'rotation-circle':
      return { columns: 3, rows: chart.members.length };
  }
}

/** What a document's Markdown must hold: a heading for its title and each section, and its tables (figures' data tables included) with their columns and rows, in order. */
export function markdownShape(doc: ReportDocument): {
  headings: number;
  tables: Array<{ columns: number; rows: number }>;
} {
  let headings = 1;
  const tables: Array<{ columns: number; rows: number }> = [];
  const visit = (section: Section): void => {
    headings++;
    for (const block of section.blocks) {
      if (block.kind === 'table') tables.push({ columns: block.columns.length, rows: block.rows.length });
      if (block.kind === 'figure') {
        tables.push(chartTableShape(block.chart));
      }
    }
    section.sections.forEach(visit);
  };
  doc.sections.forEach(visit);
  return { headings, tables };
}

// html: true, so that HTML in the output would show up as html_block and html_inline tokens.
const parser = new MarkdownIt({ html: true, linkify: false });

/** Problems of a document's Markdown, read by markdown-it: HTML, links other than http(s) and mailto, code, headings or tables other than the document's. */
export function markdownProblems(markdown: string, doc: ReportDocument): string[] {
  const problems: string[] = [];
  if (NOT_TEXT.test(markdown)) problems.push('a raw character that is not text');
  const tokens = parser.parse(markdown, {});
  const all = tokens.flatMap((token) => [token, ...(token.children ?? [])]);
  for (const token of all) {
    if (token.type === 'html_block' || token.type === 'html_inline')
      problems.push(`${token.type}: ${token.content.slice(0, 60)}`);
    if (
      token.type === 'code_block' ||
      token.type === 'fence' ||
      token.type === 'code_inline' ||
      token.type === 'hr' ||
      token.type === 'image'
    )
      problems.push(`${token.type}: ${token.content.slice(0, 60)}`);
    if (token.type === 'link_open' && !/^(?:https?:\/\/|mailto:)/i.test(String(token.attrGet('href') ?? '')))
      problems.push(`link to ${String(token.attrGet('href'))}`);
  }
  const expected = markdownShape(doc);
  const headings = tokens.filter((token) => token.type === 'heading_open').length;
  if (headings !== expected.headings) problems.push(`${headings} headings; the document has ${expected.headings}`);
  const tables: Array<{ columns: number; rows: number; ragged: boolean }> = [];
  let table: { columns: number; rows: number; ragged: boolean } | undefined;
  let cells = 0;
  for (const token of tokens) {
    if (token.type === 'table_open') table = { columns: -1, rows: -1, ragged: false };
    if (token.type === 'tr_open') cells = 0;
    if (token.type === 'th_open' || token.type === 'td_open') cells++;
    if (token.type === 'tr_close' && table) {
      if (table.columns === -1) table.columns = cells;
      else if (cells !== table.columns) table.ragged = true;
      table.rows++;
    }
    if (token.type === 'table_close' && table) tables.push(table);
  }
  const found = JSON.stringify(
    tables.map(({ columns, rows, ragged }) => ({ columns, rows, ...(ragged ? { ragged } : {}) })),
  );
  if (found !== JSON.stringify(expected.tables))
    problems.push(`tables ${found}; the document has ${JSON.stringify(expected.tables)}`);
  return problems;
}
