import {
  isIllustrative,
  type Language,
  type MirpsContext,
  type NationalActionPlan,
  type NationalPlanProgress,
  parseContext,
} from '@mirps/core';
import { readNationalDocuments } from '../../assemble/national-documents.js';
import { readFields } from '../../assemble/report-options.js';
import { type CsvCell, csvText } from '../csv.js';
import { commitmentRows } from './commitment-rows.js';
import { COMMITMENT_COLUMNS, type HXLColumn, INDICATOR_COLUMNS } from './hxl-columns.js';
import { hxlMessages } from './hxl-messages.js';
import type { HXLTable } from './hxl-options.js';
import { indicatorRows } from './indicator-rows.js';
import type { HXLRow, NationalEntry } from './national-entry.js';

/**
 * What `exportHXL` exports: national action plans, each with its progress.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import type { HXLExportInput } from '@mirps/report';
 * const read = (file: string) => JSON.parse(readFileSync(`examples/national/${file}`, 'utf8'));
 * const input: HXLExportInput = {
 *   national: [{ plan: read('national-plan.example.json'), progress: read('national-progress.example.json') }],
 * };
 * ```
 */
export interface HXLExportInput {
  readonly national: ReadonlyArray<{ readonly plan: NationalActionPlan; readonly progress: NationalPlanProgress }>;
}

/** The options of the export, complete: the context, the table, the day and the language. */
export interface HXLExportContext extends MirpsContext {
  readonly language: Language;
  readonly table: HXLTable;
  readonly asOf: string | undefined;
}

/** The plans and their progress, each validated against the context (issues under their place in the input), with their member state. */
function readEntries(input: unknown, context: MirpsContext, language: Language): NationalEntry[] {
  const shape = '{ national: [{ plan, progress }] }';
  const { national } = readFields(input, ['national'], { path: [], shape }, language);
  const states = new Map(context.reference.memberStates.map((state) => [state.id, state]));
  return readNationalDocuments(national, context, language).map(({ plan, progress }) => ({
    plan,
    progress,
    state: states.get(plan.memberState),
  }));
}

/** A table of rows as CSV: the warning on illustrative data when there is one, the headers, the hashtags, the rows. */
function table(
  columns: readonly HXLColumn[],
  rows: Iterable<HXLRow>,
  m: ReturnType<typeof hxlMessages>,
  illustrative: boolean,
): string {
  function* records(): Generator<readonly CsvCell[]> {
    // HXL reads the rows above the hashtag row as headers: the warning is one of them, padded to the table's width.
    if (illustrative) yield columns.map((_, i) => (i === 0 ? m.illustrativeWarning : undefined));
    yield columns.map((column) => m[column.header]);
    yield columns.map((column) => column.tag);
    for (const row of rows) yield columns.map((column) => row[column.header]);
  }
  return csvText(records());
}

/** The HXL export, read against a complete context; see the entry point in `index.ts`. */
export function exportHXL(input: HXLExportInput, options: HXLExportContext): string {
  const { language } = options;
  const context = parseContext({ reference: options.reference, ledger: options.ledger, language });
  const entries = readEntries(input, context, language);
  const m = hxlMessages(language);
  const illustrative = entries.some((entry) => isIllustrative(entry.plan) || isIllustrative(entry.progress));
  return options.table === 'indicators'
    ? table(INDICATOR_COLUMNS, indicatorRows(entries, language), m, illustrative)
    : table(COMMITMENT_COLUMNS, commitmentRows(entries, m, language, options.asOf), m, illustrative);
}
