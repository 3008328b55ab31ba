import type { CommitmentRecord, Language } from '@mirps/core';
import { localized } from '../../document/blocks.js';
import type { HXLMessages } from './hxl-messages.js';
import { countryCells, focusAreaNames, type HXLRow, type NationalEntry } from './national-entry.js';

/**
 * Each commitment's latest record on or before `asOf` (every record when `asOf` is absent): the records are read
 * once, each kept only while it is its commitment's latest. A commitment has one status a day at most (the progress is validated).
 */
function latestRecords(records: readonly CommitmentRecord[], asOf: string | undefined): Map<string, CommitmentRecord> {
  const latestOf = new Map<string, CommitmentRecord>();
  for (const record of records) {
    if (asOf !== undefined && record.date > asOf) continue;
    const latest = latestOf.get(record.commitment);
    if (latest === undefined || record.date > latest.date) latestOf.set(record.commitment, record);
  }
  return latestOf;
}

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
    const areas = focusAreaNames(plan, m, language);
    const latest = latestRecords(entry.progress.records, asOf);
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
