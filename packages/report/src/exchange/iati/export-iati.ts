import {
  type ActionPlan,
  type ActionPlanContext,
  describeValue,
  isIllustrative,
  type Language,
  type MirpsContext,
  type NationalActionPlan,
  type NationalPlanProgress,
  type PlanProgress,
  parseContext,
} from '@mirps/core';
import { readNationalDocuments, readRegionalDocuments } from '../../assemble/national-documents.js';
import { readFields, refusal } from '../../assemble/report-options.js';
import { messages } from '../../i18n/messages.js';
import { IATI_VERSION } from './iati-codes.js';
import { type IATIOrganisation, readIATIOrganisation } from './iati-organisation.js';
import { illustrativeWarning } from './illustrative-description.js';
import { type NationalActivityInput, writeNationalActivity } from './national-activity.js';
import { type RegionalActivityInput, writeRegionalActivity } from './regional-activity.js';
import { XmlWriter } from './xml-writer.js';

/**
 * What {@link exportIATI} writes: national action plans with their progress,
 * and a Regional Action Plan with its progress, each with the organisation that
 * reports it. At least one plan is given.
 *
 * @example
 * ```ts
 * import type { IATIExportInput } from '@mirps/report';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const input: IATIExportInput = {
 *   regional: {
 *     plan: actionPlan2023,
 *     progress: { plan: 'regional-action-plan-2023', records: [], indicators: [] },
 *     reportingOrg: { ref: 'XX-EXAMPLE-1', type: '10', name: { en: 'Example ministry' } },
 *   },
 * };
 * ```
 */
export interface IATIExportInput {
  /** National action plans, each an activity. */
  readonly national?: ReadonlyArray<{
    readonly plan: NationalActionPlan;
    readonly progress: NationalPlanProgress;
    readonly reportingOrg: IATIOrganisation;
  }>;
  /** The Regional Action Plan, an activity. */
  readonly regional?: {
    readonly plan: ActionPlan;
    readonly progress: PlanProgress;
    readonly reportingOrg: IATIOrganisation;
  };
}

/**
 * Options of {@link exportIATI}: the default language of the activities, the
 * time the file is said to be generated, and the reference data and ledger (the
 * embedded MIRPS data by default).
 *
 * @example
 * ```ts
 * import type { IATIExportOptions } from '@mirps/report';
 * const options: IATIExportOptions = { language: 'es', generatedDatetime: '2026-01-15T12:00:00Z' };
 * ```
 */
export interface IATIExportOptions extends ActionPlanContext {
  /** The activities' default `xml:lang`: `'en'` (the default) or `'es'`. Narratives are written in every language the data has. */
  readonly language?: Language;
  /** `iati-activities/@generated-datetime`, an `xsd:dateTime` with its offset, e.g. `2026-01-15T12:00:00Z`; not written where absent (the export reads no clock). */
  readonly generatedDatetime?: string;
}

const DATE_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:0\d|1[0-3]):[0-5]\d|[+-]14:00)$/;

/** The `generatedDatetime` option: a real `xsd:dateTime` with its offset, or nothing. */
export function readGeneratedDatetime(value: unknown, language: Language): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) {
    const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
    const check = new Date(0);
    check.setUTCFullYear(year, month - 1, day);
    if (check.getUTCDate() === day) return value;
  }
  throw refusal(['generatedDatetime'], messages(language).invalidGeneratedDatetime(describeValue(value, language)));
}

/** The input's plans, each checked with core's parsers against the context (issues under their place in the input), and its organisations. */
function readInput(
  input: unknown,
  context: MirpsContext,
  language: Language,
): { national: NationalActivityInput[]; regional?: RegionalActivityInput } {
  const m = messages(language);
  const read = readFields(input, ['national', 'regional'], { path: [], shape: '{ national, regional }' }, language);
  const national =
    read.national === undefined
      ? []
      : readNationalDocuments(read.national, context, language, ['reportingOrg']).map(
          ({ plan, progress, fields }, i) => ({
            plan,
            progress,
            reportingOrg: readIATIOrganisation(fields.reportingOrg, ['national', i, 'reportingOrg'], language),
          }),
        );
  let regional: RegionalActivityInput | undefined;
  if (read.regional !== undefined) {
    const { plan, progress, fields } = readRegionalDocuments(read.regional, context, language, ['reportingOrg']);
    regional = {
      plan,
      progress,
      reportingOrg: readIATIOrganisation(fields.reportingOrg, ['regional', 'reportingOrg'], language),
    };
  }
  if (national.length === 0 && regional === undefined) throw refusal([], m.nothingToExport);
  const identifiers = new Set<string>();
  for (const [index, { plan, reportingOrg }] of [...national, ...(regional ? [regional] : [])].entries()) {
    const identifier = `${reportingOrg.ref}-${plan.id}`;
    if (identifiers.has(identifier)) {
      const path = index < national.length ? ['national', index] : ['regional'];
      throw refusal(path, m.sameIATIIdentifier(JSON.stringify(identifier)));
    }
    identifiers.add(identifier);
  }
  return regional === undefined ? { national } : { national, regional };
}

/** The IATI export, read against a complete context; see the entry point in `index.ts`. */
export function exportIATI(
  input: IATIExportInput,
  options: IATIExportOptions & MirpsContext & { readonly language: Language },
): string {
  const { language } = options;
  const generatedDatetime = readGeneratedDatetime(options.generatedDatetime, language);
  const context: MirpsContext = parseContext(options);
  const { national, regional } = readInput(input, context, language);
  const xml = new XmlWriter().raw('<?xml version="1.0" encoding="UTF-8"?>');
  const illustrativeOf = (activity: { plan: unknown; progress: unknown }): boolean =>
    isIllustrative(activity.plan) || isIllustrative(activity.progress);
  const anyIllustrative = national.some(illustrativeOf) || (regional !== undefined && illustrativeOf(regional));
  if (anyIllustrative) {
    xml.comment(illustrativeWarning(messages('en')));
    xml.comment(illustrativeWarning(messages('es')));
  }
  xml.open('iati-activities', [
    ['version', IATI_VERSION],
    ['generated-datetime', generatedDatetime],
  ]);
  for (const activity of national) writeNationalActivity(xml, activity, illustrativeOf(activity), context, language);
  if (regional !== undefined) writeRegionalActivity(xml, regional, illustrativeOf(regional), context, language);
  return xml.close().toString();
}
