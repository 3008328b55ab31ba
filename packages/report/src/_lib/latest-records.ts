/** What {@link latestRecords} needs of a record: its id, its day and what it is about. */
interface DatedRecord {
  readonly id: string;
  readonly date: string;
}

/**
 * The latest record on or before `asOf` of each subject (an action, a
 * commitment), keyed by `subjectOf`: the records are read once, each kept only
 * while it is its subject's latest. Of two records of one day, the one with the
 * greater id is the latest, so the answer never depends on the records' order.
 */
export function latestRecords<R extends DatedRecord>(
  records: readonly R[],
  subjectOf: (record: R) => string,
  asOf: string,
): Map<string, R> {
  const latestOf = new Map<string, R>();
  for (const record of records) {
    if (record.date > asOf) continue;
    const subject = subjectOf(record);
    const latest = latestOf.get(subject);
    if (latest === undefined || record.date > latest.date || (record.date === latest.date && record.id > latest.id))
      latestOf.set(subject, record);
  }
  return latestOf;
}
