import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanProgress } from '@mirps/core';
import MarkdownIt from 'markdown-it';
import { expect } from 'vitest';

export const exampleProgress = (): PlanProgress =>
  JSON.parse(
    readFileSync(new URL('../../../examples/progress/progress-2023.example.json', import.meta.url), 'utf8'),
  ) as PlanProgress;

/** Compares with a golden file; `UPDATE_GOLDEN=1` rewrites it. */
export function expectGolden(name: string, text: string): void {
  const file = join(import.meta.dirname, '__golden__', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
  expect(text, `${name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(file, 'utf8'));
}

const markdown = new MarkdownIt({ html: false });

/** Markdown parsed by an independent CommonMark parser: its headings, its text, its tables' column counts. */
export function parseMarkdown(text: string): { headings: string[]; text: string; tables: number[][]; html: string } {
  const tokens = markdown.parse(text, {});
  const headings: string[] = [];
  const tables: number[][] = [];
  let cells = 0;
  let rows: number[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') headings.push(tokens[i + 1]!.content.replace(/\\(.)/g, '$1'));
    if (token.type === 'table_open') rows = [];
    if (token.type === 'tr_open') cells = 0;
    if (token.type === 'th_open' || token.type === 'td_open') cells++;
    if (token.type === 'tr_close') rows.push(cells);
    if (token.type === 'table_close') tables.push(rows);
  });
  const html = markdown.renderer.render(tokens, markdown.options, {});
  const plain = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  return { headings, text: plain, tables, html };
}
