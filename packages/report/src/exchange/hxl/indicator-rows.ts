import type { CommitmentIndicator, Disaggregation, Language } from '@mirps/core';
import { focusAreaNames } from '../../_lib/focus-area-names.js';
import { localized } from '../../document/blocks.js';
import type { HXLMessages } from './hxl-messages.js';
import { countryCells, type HXLRow, type NationalEntry } from './national-entry.js';

type Dimension = Disaggregation['dimension'];
type Column = keyof HXLMessages;

/** The column of each category of each dimension: every category the model has, one column each. */
const COLUMN_OF: Readonly<Record<Dimension, Readonly<Record<string, Column>>>> = {
  sex: { female: 'female', male: 'male', other: 'otherSex' },
  'age-group': { '0-17': 'age0To17', '18-59': 'age18To59', '60+': 'age60Plus' },
  'population-group': {
    refugees: 'refugees',
    'asylum-seekers': 'asylumSeekers',
    'internally-displaced-persons': 'internallyDisplaced',
    'returnees-with-protection-needs': 'returnees',
    'stateless-persons': 'stateless',
  },
};

/** The cells of one breakdown; a category given twice in it is the sum of its parts (the breakdown adds up to the value). */
function breakdownCells(breakdown: Disaggregation, row: HXLRow): void {
  const columns = COLUMN_OF[breakdown.dimension];
  for (const { category, value } of breakdown.values) {
    const column = columns[category];
    if (column === undefined) continue;
    const before = row[column];
    row[column] = typeof before === 'number' ? before + value : value;
  }
}

/**
 * The breakdowns of one measured value, as rows: the first holds the first breakdown of each dimension; a
 * dimension broken down more than once (two breakdowns by sex, say) puts each further one on a row of its own,
 * which repeats the row's keys but not the value, baseline or target, so that no value is counted twice.
 */
function breakdownRows(disaggregations: readonly Disaggregation[] | undefined): HXLRow[] {
  const rows: HXLRow[] = [{}];
  const seen: Partial<Record<Dimension, number>> = {};
  for (const breakdown of disaggregations ?? []) {
    const index = seen[breakdown.dimension] ?? 0;
    seen[breakdown.dimension] = index + 1;
    let row = rows[index];
    if (row === undefined) {
      row = {};
      rows.push(row);
    }
    breakdownCells(breakdown, row);
  }
  return rows;
}

/** What every row of an indicator repeats, and what only its first row for a period says. */
function indicatorCells(indicator: CommitmentIndicator, language: Language): { keys: HXLRow; measures: HXLRow } {
  return {
    keys: {
      indicatorCode: indicator.id,
      indicator: localized(indicator.title, language),
      unit: indicator.unit,
    },
    measures: {
      baseline: indicator.baseline?.value,
      baselineDate: indicator.baseline?.date,
      target: indicator.target.value,
      targetDate: indicator.target.date,
    },
  };
}

/**
 * The indicators table: one row per indicator and measured period (with its breakdowns by sex, age group and
 * population group in columns of their own, empty where not given), in the order of the progress; an indicator
 * with no value measured yet has one row, with its baseline and target and the period and value empty.
 */
export function* indicatorRows(entries: readonly NationalEntry[], language: Language): Generator<HXLRow> {
  for (const entry of entries) {
    const country = countryCells(entry, language);
    const areas = focusAreaNames(entry.plan.focusAreas, language);
    const focusAreaOf = new Map(entry.plan.commitments.map((c) => [c.id, c.focusArea]));
    for (const indicator of entry.progress.indicators) {
      const area = focusAreaOf.get(indicator.commitment);
      const { keys, measures } = indicatorCells(indicator, language);
      const common: HXLRow = {
        ...country,
        commitment: indicator.commitment,
        focusAreaCode: area,
        focusArea: area === undefined ? undefined : areas.get(area),
        ...keys,
      };
      if (indicator.actuals.length === 0) yield { ...common, ...measures };
      for (const actual of indicator.actuals) {
        const period: HXLRow = { periodStart: actual.period.start, periodEnd: actual.period.end };
        const [first, ...further] = breakdownRows(actual.disaggregations);
        yield { ...common, ...period, actual: actual.value, ...first, ...measures };
        for (const row of further) yield { ...common, ...period, ...row };
      }
    }
  }
}
