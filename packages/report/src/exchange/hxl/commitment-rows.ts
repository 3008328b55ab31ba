import type { Language } from '@mirps/core';
import { focusAreaNames } from '../../_lib/focus-area-names.js';
import { latestRecords } from '../../_lib/latest-records.js';
import { localized } from '../../document/blocks.js';
import type { HXLMessages } from './hxl-messages.js';
import { countryCells, type HXLRow, type NationalEntry } from './national-entry.js';

/** A day after every record: without `asOf`, each commitment's latest record counts. */
const LAST_DAY = '9999-12-31';

/**
 * The commitments table: one row per commitment of each plan, in order, with its status on `asOf` — the latest
 * record on or before it. A commitment with no record by then has its status cells empty: nothing was reported,
 * which the export does not turn into "not started".
 */
export function* commitmentRows(
  entries: readonly NationalEntry[],
  m: HXLMessages,
  language: Language,
  asOf: string | undefined,
): Generator<HXLRow> {
  for (const entry of entries) {
    const { plan } = entry;
    const country = countryCells(entry, language);
    const areas = focusAreaNames(plan.focusAreas, language);
    const latest = latestRecords(entry.progress.records, (record) => record.commitment, asOf ?? LAST_DAY);
    for (const commitment of plan.commitments) {
      const record = latest.get(commitment.id);
      const period = commitment.period ?? plan.period;
      yield {
        ...country,
        plan: plan.id,
        commitment: commitment.id,
        commitmentText: localized(commitment.text, language),
        focusAreaCode: commitment.focusArea,
        focusArea: areas.get(commitment.focusArea),
        responsibleInstitutions: commitment.responsibleInstitutions.join('; '),
        start: period.start,
        end: period.end,
        statusCode: record?.status,
        status: record === undefined ? undefined : m[`status_${record.status}`],
        statusDate: record?.date,
      };
    }
  }
}
