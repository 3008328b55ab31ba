import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NationalActionPlan, NationalPlanProgress, PlanProgress, RegionalSupport } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
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

/** One of the illustrative national-level examples in `examples/national/`, read anew. */
const nationalExample = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../../../examples/national/${file}`, import.meta.url), 'utf8')) as T;

/** The illustrative inputs of an annual report: Costa Rica's example plan and progress, the example support, and the 2023 plan with its example progress. */
export const annualExample = (): {
  national: Array<{ plan: NationalActionPlan; progress: NationalPlanProgress }>;
  regional: { plan: typeof actionPlan2023; progress: PlanProgress };
  support: RegionalSupport;
} => ({
  national: [
    {
      plan: nationalExample<NationalActionPlan>('national-plan.example.json'),
      progress: nationalExample<NationalPlanProgress>('national-progress.example.json'),
    },
  ],
  regional: { plan: actionPlan2023, progress: exampleProgress() },
  support: nationalExample<RegionalSupport>('regional-support.example.json'),
});
