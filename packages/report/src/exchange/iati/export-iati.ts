import {
  type ActionPlan,
  type ActionPlanContext,
  describeValue,
  isIllustrative,
  type Language,
  type MirpsContext,
  type MirpsPath,
  MirpsReportError,
  type NationalActionPlan,
  type NationalPlanProgress,
  type PlanProgress,
  parseActionPlan,
  parseContext,
  parseNationalActionPlan,
  parseNationalPlanProgress,
  parsePlanProgress,
} from '@mirps/core';
import { isArray } from '../../_lib/is-array.js';
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

const refused = (path: MirpsPath, message: string): MirpsReportError =>
  new MirpsReportError([{ code: 'report.invalid-option', path, message }]);

/** The fields `keys` of an object given at `path`, each read once; anything but an object is refused. */
function readFields<K extends string>(
  value: unknown,
  keys: readonly K[],
  path: MirpsPath,
  shape: string,
): Record<K, unknown> {
  if (typeof value !== 'object' || value === null || isArray(value)) {
    throw refused(
      path,
      `${path.length === 0 ? 'input' : path.join('.')} is an object ${shape}; got ${describeValue(value)}`,
    );
  }
  const read = {} as Record<K, unknown>;
  for (const key of keys) {
    try {
      read[key] = (value as Record<string, unknown>)[key];
    } catch {
      throw refused([...path, key], `${key} could not be read: its getter threw`);
    }
  }
  return read;
}

/** The `generatedDatetime` option: a real `xsd:dateTime` with its offset, or nothing. */
export function readGeneratedDatetime(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) {
    const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
    const check = new Date(0);
    check.setUTCFullYear(year, month - 1, day);
    if (check.getUTCDate() === day) return value;
  }
  throw refused(
    ['generatedDatetime'],
    `generatedDatetime is a date and time with its offset, such as "2026-01-15T12:00:00Z"; got ${describeValue(value)}`,
  );
}

/** The input's plans, each checked with core's parsers against the context, and its organisations. */
function readInput(
  input: unknown,
  context: ActionPlanContext,
): { national: NationalActivityInput[]; regional?: RegionalActivityInput } {
  const { national, regional } = readFields(input, ['national', 'regional'], [], '{ national, regional }');
  const activities: NationalActivityInput[] = [];
  if (national !== undefined) {
    if (!isArray(national)) {
      throw refused(
        ['national'],
        `national is a list of { plan, progress, reportingOrg }; got ${describeValue(national)}`,
      );
    }
    (national as readonly unknown[]).forEach((entry, index) => {
      const path = ['national', index];
      const fields = readFields(entry, ['plan', 'progress', 'reportingOrg'], path, '{ plan, progress, reportingOrg }');
      const reportingOrg = readIATIOrganisation(fields.reportingOrg, [...path, 'reportingOrg']);
      const plan = parseNationalActionPlan(fields.plan, context);
      activities.push({ plan, progress: parseNationalPlanProgress(fields.progress, plan, context), reportingOrg });
    });
  }
  let regionalActivity: RegionalActivityInput | undefined;
  if (regional !== undefined) {
    const fields = readFields(
      regional,
      ['plan', 'progress', 'reportingOrg'],
      ['regional'],
      '{ plan, progress, reportingOrg }',
    );
    const reportingOrg = readIATIOrganisation(fields.reportingOrg, ['regional', 'reportingOrg']);
    const plan = parseActionPlan(fields.plan, context);
    regionalActivity = { plan, progress: parsePlanProgress(fields.progress, plan, context), reportingOrg };
  }
  if (activities.length === 0 && regionalActivity === undefined) {
    throw refused(
      [],
      'Give at least one plan to export: { national: [{ plan, progress, reportingOrg }] } or { regional }',
    );
  }
  const identifiers = new Set<string>();
  for (const [index, { plan, reportingOrg }] of [
    ...activities,
    ...(regionalActivity ? [regionalActivity] : []),
  ].entries()) {
    const identifier = `${reportingOrg.ref}-${plan.id}`;
    if (identifiers.has(identifier)) {
      const path = index < activities.length ? ['national', index] : ['regional'];
      throw refused(path, `Two activities would have the IATI identifier "${identifier}": give each plan once`);
    }
    identifiers.add(identifier);
  }
  return regionalActivity === undefined
    ? { national: activities }
    : { national: activities, regional: regionalActivity };
}

/** The IATI export, read against a complete context; see the entry point in `index.ts`. */
export function exportIATI(
  input: IATIExportInput,
  options: IATIExportOptions & MirpsContext & { readonly language: Language },
): string {
  const { language } = options;
  const generatedDatetime = readGeneratedDatetime(options.generatedDatetime);
  const context: MirpsContext = parseContext(options);
  const { national, regional } = readInput(input, { ...context, language });
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
