import {
  describeValue,
  isIllustrative,
  type Language,
  type MirpsContext,
  MirpsReportError,
  type NationalActionPlan,
  type NationalPlanProgress,
  parseContext,
  parseNationalActionPlan,
  parseNationalPlanProgress,
} from '@mirps/core';
import { isArray } from '../../_lib/is-array.js';
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

const refuseInput = (path: (string | number)[], message: string): MirpsReportError =>
  new MirpsReportError([{ code: 'report.invalid-option', path, message }]);

/** A property of a value that may be hostile, read once; a getter that throws is a typed error. */
function field(value: object, key: string, path: (string | number)[]): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    throw refuseInput(path, `${path.join('.')} could not be read: its getter threw`);
  }
}

/** The plans and their progress, each validated against the context (a document returned by the parsers is accepted as it is). */
function readEntries(input: unknown, context: MirpsContext & { readonly language: Language }): NationalEntry[] {
  const example = '{ national: [{ plan, progress }] }';
  if (typeof input !== 'object' || input === null || isArray(input))
    throw refuseInput([], `The input is an object such as ${example}; got ${describeValue(input)}`);
  const national = field(input, 'national', ['national']);
  if (!isArray(national))
    throw refuseInput(
      ['national'],
      `national is an array such as [{ plan, progress }]; got ${describeValue(national)}`,
    );
  const states = new Map(context.reference.memberStates.map((state) => [state.id, state]));
  return Array.from(national, (item, i) => {
    if (typeof item !== 'object' || item === null || isArray(item))
      throw refuseInput(['national', i], `Each entry is an object { plan, progress }; got ${describeValue(item)}`);
    const plan = parseNationalActionPlan(field(item, 'plan', ['national', i, 'plan']), context);
    const progress = parseNationalPlanProgress(field(item, 'progress', ['national', i, 'progress']), plan, context);
    return { plan, progress, state: states.get(plan.memberState) };
  });
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
  const context = { ...parseContext({ reference: options.reference, ledger: options.ledger, language }), language };
  const entries = readEntries(input, context);
  const m = hxlMessages(language);
  const illustrative = entries.some((entry) => isIllustrative(entry.plan) || isIllustrative(entry.progress));
  return options.table === 'indicators'
    ? table(INDICATOR_COLUMNS, indicatorRows(entries, language), m, illustrative)
    : table(COMMITMENT_COLUMNS, commitmentRows(entries, m, language, options.asOf), m, illustrative);
}
