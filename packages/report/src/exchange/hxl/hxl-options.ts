import { type ActionPlanContext, calendarDaySchema, describeValue, type Language } from '@mirps/core';
import { invalidDay, readLanguage, readOptions, refusal } from '../../assemble/report-options.js';
import { messages } from '../../i18n/messages.js';

/**
 * The two tables of the HXL export: `'commitments'` (one row per commitment, with its status) and
 * `'indicators'` (one row per indicator and measured period, with its breakdowns).
 *
 * @example
 * ```ts
 * import type { HXLTable } from '@mirps/report';
 * const table: HXLTable = 'indicators';
 * ```
 */
export type HXLTable = 'commitments' | 'indicators';

/**
 * Options of `exportHXL`: which table, the day of the statuses, the language of the headers, and the reference
 * data and ledger the documents are checked against (the embedded MIRPS data by default).
 *
 * @example
 * ```ts
 * import type { HXLExportOptions } from '@mirps/report';
 * const options: HXLExportOptions = { table: 'commitments', asOf: '2025-12-31', language: 'es' };
 * ```
 */
export interface HXLExportOptions extends ActionPlanContext {
  /** The table: `'commitments'` (the default) or `'indicators'`. */
  readonly table?: HXLTable;
  /** The day of the commitments' statuses, `YYYY-MM-DD`: each one's latest record on or before it. By default each one's latest record. The indicators table lists every measured value whatever the day. */
  readonly asOf?: string;
  /** The language of the headers, of the names of focus areas and statuses, and of the issues' messages: `'en'` (the default) or `'es'`. Text from the data falls back to the other language, untranslated. */
  readonly language?: Language;
}

/** The options read and checked: what the export works with. */
export interface ReadHXLOptions {
  readonly context: ActionPlanContext;
  readonly table: HXLTable;
  readonly asOf: string | undefined;
  readonly language: Language;
}

const KEYS = ['reference', 'ledger', 'language', 'table', 'asOf'] as const;
const TABLES: readonly unknown[] = ['commitments', 'indicators'] satisfies readonly HXLTable[];
const EXAMPLE = "{ table: 'indicators', asOf: '2025-12-31', language: 'es' }";

/** An option the export does not know, such as a misspelt `table`: refused, never silently ignored. */
function refuseUnknownKeys(options: object, language: Language): void {
  let keys: string[];
  try {
    keys = Object.keys(options);
  } catch {
    throw refusal([], messages(language).unreadableKeys('options'));
  }
  const known: readonly string[] = KEYS;
  const unknown = keys.find((key) => !known.includes(key));
  if (unknown !== undefined)
    throw refusal([unknown], messages(language).unknownOption(JSON.stringify(unknown), KEYS.join(', ')));
}

/** The options of `exportHXL`, read once and checked: an object of known keys, a known table, a day. */
export function readHXLOptions(options: unknown): ReadHXLOptions {
  const read = readOptions(options, KEYS, 'options', EXAMPLE);
  const language = readLanguage(read?.language);
  if (read !== undefined) refuseUnknownKeys(options as object, language);
  const table = read?.table ?? 'commitments';
  if (!TABLES.includes(table))
    throw refusal(['table'], messages(language).invalidHXLTable(describeValue(table, language)));
  const asOf = read?.asOf;
  if (asOf !== undefined && !calendarDaySchema.safeParse(asOf).success)
    throw invalidDay('asOf', '2025-12-31', asOf, language);
  const context: ActionPlanContext = {
    ...(read?.reference === undefined ? {} : { reference: read.reference as ActionPlanContext['reference'] }),
    ...(read?.ledger === undefined ? {} : { ledger: read.ledger as ActionPlanContext['ledger'] }),
    language,
  };
  return { context, table: table as HXLTable, asOf: asOf as string | undefined, language };
}
