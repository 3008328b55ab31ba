/**
 * `@mirps/report`: the documents MIRPS produces, assembled from data — the
 * plan itself, the progress report, the outgoing presidency's memoir and the
 * MIRPS Annual Report — as a small document model that renderers write as
 * Markdown, a standalone HTML page with SVG charts, or JSON; and the exports of
 * national plans and their results as IATI activity XML and HXL-tagged CSV.
 *
 * @packageDocumentation
 */
import type { ActionPlan, PlanProgress } from '@mirps/core';
import { withEmbeddedData } from '@mirps/core/data';
import * as planReport from './assemble/action-plan-report.js';
import type { AnnualReportInput, AnnualReportOptions } from './assemble/annual-report.js';
import * as annualReport from './assemble/annual-report.js';
import * as memoir from './assemble/presidency-memoir.js';
import * as progressReport from './assemble/progress-report.js';
import { readLanguage, readOptions } from './assemble/report-options.js';
import type { ReportDocument } from './document/report-document.js';
import * as hxl from './exchange/hxl/export-hxl.js';
import { type HXLExportOptions, readHXLOptions } from './exchange/hxl/hxl-options.js';
import * as iati from './exchange/iati/export-iati.js';

export type { ActionPlanReportOptions } from './assemble/action-plan-report.js';
export type { AnnualReportInput, AnnualReportOptions, NationalReportInput } from './assemble/annual-report.js';
export type { MemoirOptions } from './assemble/presidency-memoir.js';
export type { ProgressReportOptions } from './assemble/progress-report.js';
export { parseReportDocument } from './document/parse-report-document.js';
export type {
  BarChart,
  Block,
  Chart,
  Inline,
  ReportDocument,
  RichText,
  RotationCircleChart,
  Section,
  TableBlock,
  TimelineChart,
} from './document/report-document.js';
export {
  DEFAULT_MAX_REPORT_NODES,
  DEFAULT_MAX_REPORT_TEXT_LENGTH,
  DEFAULT_MAX_SECTION_DEPTH,
  type RenderOptions,
} from './document/report-limits.js';
export type { HXLExportInput } from './exchange/hxl/export-hxl.js';
export type { HXLExportOptions, HXLTable } from './exchange/hxl/hxl-options.js';
export type { IATIExportInput, IATIExportOptions } from './exchange/iati/export-iati.js';
export type { IATIOrganisation } from './exchange/iati/iati-organisation.js';
export type { ActionProgress, Completion } from './progress/action-progress.js';
export type { CommitmentProgress } from './progress/commitment-progress.js';
export { renderHTML } from './render/html.js';
export { renderJSON } from './render/json.js';
export { renderMarkdown } from './render/markdown.js';

// Entry points: the embedded MIRPS data is the default here, and passed on explicitly from here.
// Each reads its options once, checked, before anything else (see readOptions).

/**
 * The plan itself as a report, following the structure of the source:
 * background and instruments, the achievements of earlier presidencies, vision
 * and priorities, each objective with its actions, coordinating working group
 * and expected results, the work methodology, the calendar's month grid and
 * timeline, and the duties at handover.
 *
 * @param plan - The plan (validated with `parseActionPlan`).
 * @param context - `language` (`'en'` by default, or `'es'`), reference data and ledger (the embedded MIRPS data by default).
 * @throws `MirpsValidationError` for an invalid plan, reference data or ledger; `MirpsReportError` (`report.invalid-option`) for a context that is not an object or a language other than `'en'` or `'es'`. No report is made then.
 * @example
 * ```ts
 * import { assembleActionPlanReport, renderHTML } from '@mirps/report';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const html = renderHTML(assembleActionPlanReport(actionPlan2023));
 * const informe = renderHTML(assembleActionPlanReport(actionPlan2023, { language: 'es' })); // <html lang="es">
 * ```
 */
export function assembleActionPlanReport(
  plan: ActionPlan,
  context?: planReport.ActionPlanReportOptions,
): ReportDocument {
  const read = readOptions(
    context,
    ['reference', 'ledger', 'language'],
    'context',
    "{ reference, ledger, language: 'es' }",
  );
  const language = readLanguage(read?.language);
  return planReport.assembleActionPlanReport(plan, {
    ...withEmbeddedData(read as planReport.ActionPlanReportOptions | undefined),
    language,
  });
}

/**
 * The annual progress report of a plan on a day: blocked and overdue actions
 * first, completion by priority and objective (tables and a chart), every
 * action's status, and the indicators with their baseline, target, actual
 * values and disaggregation.
 *
 * @param plan - The plan.
 * @param progress - Its progress records and indicators (validated against the plan).
 * @param options - `asOf`, and optionally `language` (`'en'` or `'es'`), reference data and ledger.
 * @throws `MirpsValidationError` for an invalid plan, progress, reference data or ledger; `MirpsReportError` for options that are not an object or an `asOf` that is not a day (`report.invalid-option`), and for an `asOf` outside the plan's term (`report.as-of-outside-term`).
 * @example
 * ```ts
 * import { assembleProgressReport, renderMarkdown } from '@mirps/report';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const progress = { plan: 'regional-action-plan-2023', records: [], indicators: [] };
 * renderMarkdown(assembleProgressReport(actionPlan2023, progress, { asOf: '2023-12-31' }));
 * ```
 */
export function assembleProgressReport(
  plan: ActionPlan,
  progress: PlanProgress,
  options: progressReport.ProgressReportOptions,
): ReportDocument {
  const read = readOptions(
    options,
    ['reference', 'ledger', 'asOf', 'language'],
    'options',
    "{ asOf: '2023-12-31' }",
  ) as progressReport.ProgressReportOptions;
  const language = readLanguage(read?.language);
  return progressReport.assembleProgressReport(plan, progress, { ...withEmbeddedData(read), language });
}

/**
 * The outgoing presidency's report (its memoir): achievements (the actions
 * completed), progress by objective and indicators, the year's calendar, the
 * handover checklist, and the incoming presidency from the rotation engine
 * with its explanation and a picture of the rotation circle.
 *
 * @param plan - The outgoing presidency's plan.
 * @param progress - Its progress (validated against the plan).
 * @param options - `asOf` (the last day of the plan's year by default), `incoming`, `language` (`'en'` or `'es'`), reference data and ledger.
 * @throws `MirpsValidationError` for an invalid plan, progress, reference data or ledger; `MirpsReportError` for options that are not an object, an `asOf` that is not a day or an `incoming` that is not a presidency (`report.invalid-option`), and for an `asOf` outside the term (`report.as-of-outside-term`).
 * @example
 * ```ts
 * import { assemblePresidencyMemoir, renderHTML } from '@mirps/report';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const progress = { plan: 'regional-action-plan-2023', records: [], indicators: [] };
 * renderHTML(assemblePresidencyMemoir(actionPlan2023, progress));
 * ```
 */
export function assemblePresidencyMemoir(
  plan: ActionPlan,
  progress: PlanProgress,
  options?: memoir.MemoirOptions,
): ReportDocument {
  const read = readOptions(
    options,
    ['reference', 'ledger', 'asOf', 'incoming', 'language'],
    'options',
    "{ asOf: '2023-12-05' }",
  ) as memoir.MemoirOptions | undefined;
  const language = readLanguage(read?.language);
  return memoir.assemblePresidencyMemoir(plan, progress, { ...withEmbeddedData(read), language });
}

/**
 * The MIRPS Annual Report of a year: a summary of every state's commitments by
 * status (a table and a chart), a chapter for each member state's national
 * action plan (its technical team, its commitments by focus area and status,
 * each commitment's latest status, its indicators, and its achievements,
 * challenges and priorities of the year), the regional chapter (the Regional
 * Action Plan's completion and indicators) and the support of other countries
 * (pledges, Support Platform contributions, the MIRPS Fund). A report built
 * from data marked illustrative says so first.
 *
 * @param input - `national` (each `{ plan, progress }`, one plan per member state), and optionally `regional` (`{ plan, progress }`) and `support` (a `RegionalSupport` document, checked against the plans given).
 * @param options - `year`, and optionally `asOf` (a day of the year; its last day by default), `language` (`'en'` or `'es'`), reference data and ledger.
 * @throws `MirpsValidationError` for an invalid document, its issues under the document's place in the input (e.g. `national[1].progress.records[0].commitment`); `MirpsReportError` (`report.invalid-option`) for input or options that are not what they should be, two plans of one member state, a year or day that is not one; `report.as-of-outside-term` when the day is before the regional plan's term. No report is made then.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { assembleAnnualReport, renderHTML } from '@mirps/report';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const read = (file: string) => JSON.parse(readFileSync(`examples/national/${file}`, 'utf8'));
 * const national = [{ plan: read('national-plan.example.json'), progress: read('national-progress.example.json') }];
 * const regional = { plan: actionPlan2023, progress: read('../progress/progress-2023.example.json') };
 * const input = { national, regional, support: read('regional-support.example.json') }; // the support names actions of the regional plan
 * const html = renderHTML(assembleAnnualReport(input, { year: 2025, language: 'es' }));
 * ```
 */
export function assembleAnnualReport(input: AnnualReportInput, options: AnnualReportOptions): ReportDocument {
  const read = readOptions(options, ['reference', 'ledger', 'year', 'asOf', 'language'], 'options', '{ year: 2025 }') as
    | (AnnualReportOptions & { year: unknown })
    | undefined;
  const language = readLanguage(read?.language);
  return annualReport.assembleAnnualReport(input, {
    ...withEmbeddedData(read),
    year: read?.year,
    asOf: read?.asOf,
    language,
  });
}

/**
 * National commitments and their progress as a CSV table tagged with HXL (the Humanitarian Exchange
 * Language, hxlstandard.org), for humanitarian data systems such as HDX: a row of headers for people in
 * the chosen language, the row of HXL hashtags, and one row per commitment (`table: 'commitments'`, with its
 * status on `asOf`) or per indicator and measured period (`table: 'indicators'`, with baseline, target, actual
 * value and its breakdowns by sex, age group and population group). When any document marks itself as
 * illustrative, a row before the headers says so (HXL reads the rows above the hashtags as headers). CSV as RFC 4180 writes it (comma, CRLF, quoted where
 * needed); text that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or CR)
 * is written after a `'`; numbers are plain (`String(n)`), never grouped; a value not given is an empty
 * cell, never 0. Deterministic: the same input gives the same bytes.
 *
 * @param input - `national`: the plans, each with its progress (each validated against the plan and the context).
 * @param options - `table` (`'commitments'` by default, or `'indicators'`), `asOf` (`YYYY-MM-DD`; each commitment's latest record by default), `language` (`'en'` by default, or `'es'`), reference data and ledger (the embedded MIRPS data by default).
 * @throws `MirpsValidationError` for an invalid plan or progress, its issues under the document's place in the input (e.g. `national[1].progress.plan`), or invalid reference data or ledger; `MirpsReportError` (`report.invalid-option`) for input that is not `{ national: [{ plan, progress }] }`, options that are not an object, an unknown option, a `table` other than the two, an `asOf` that is not a day or a language other than `'en'` or `'es'`.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { exportHXL } from '@mirps/report';
 * const read = (file: string) => JSON.parse(readFileSync(`examples/national/${file}`, 'utf8'));
 * const input = { national: [{ plan: read('national-plan.example.json'), progress: read('national-progress.example.json') }] };
 * const commitments = exportHXL(input, { asOf: '2025-12-31' });
 * const indicadores = exportHXL(input, { table: 'indicators', language: 'es' });
 * indicadores.split('\r\n')[2].startsWith('#country +code,'); // true (after the warning on illustrative data and the headers)
 * ```
 */
export function exportHXL(input: hxl.HXLExportInput, options?: HXLExportOptions): string {
  const { context, table, asOf, language } = readHXLOptions(options);
  return hxl.exportHXL(input, { ...withEmbeddedData(context), language, table, asOf });
}

/**
 * An IATI activity file (`<iati-activities version="2.03">`) of MIRPS plans and
 * their results: one activity per national action plan (its commitments with
 * indicators as results) and one for the Regional Action Plan (its expected
 * results with indicators), with baselines, targets, actual values by period
 * and their disaggregation (as `dimension`s). Narratives are written in every
 * language the data has, and the package's own texts in English and Spanish.
 * Data marked illustrative makes the file say so, in a comment at its top and
 * in a description of each illustrative activity. No clock is read: the same
 * input gives the same bytes.
 *
 * @param input - `national` plans and/or the `regional` plan, each with its progress and its `reportingOrg` (IATI identifier, OrganisationType code and name).
 * @param options - `language` (the activities' default `xml:lang`, `'en'` by default, or `'es'`), `generatedDatetime`, reference data and ledger (the embedded MIRPS data by default).
 * @returns The XML document, UTF-8 text ending with a line feed.
 * @throws `MirpsValidationError` for an invalid plan or progress, its issues under the document's place in the input (e.g. `regional.plan.expectedResults`), or invalid reference data or ledger; `MirpsReportError` (`report.invalid-option`) for input or options that are not objects, a `reportingOrg` whose `ref`, `type` or `name` is not one IATI accepts, a language other than `'en'` or `'es'`, a `generatedDatetime` that is not a date and time with its offset, no plan at all, or two activities with the same identifier.
 * @example
 * ```ts
 * import { exportIATI } from '@mirps/report';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const xml = exportIATI({
 *   regional: {
 *     plan: actionPlan2023,
 *     progress: { plan: 'regional-action-plan-2023', records: [], indicators: [] },
 *     reportingOrg: { ref: 'XX-EXAMPLE-1', type: '10', name: { en: 'Example ministry', es: 'Ministerio de ejemplo' } },
 *   },
 * });
 * xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'); // true
 * ```
 */
export function exportIATI(input: iati.IATIExportInput, options?: iati.IATIExportOptions): string {
  const read = readOptions(
    options,
    ['reference', 'ledger', 'language', 'generatedDatetime'],
    'options',
    "{ language: 'es', generatedDatetime: '2026-01-15T12:00:00Z' }",
  ) as iati.IATIExportOptions | undefined;
  const language = readLanguage(read?.language);
  return iati.exportIATI(input, { ...withEmbeddedData(read), language });
}
