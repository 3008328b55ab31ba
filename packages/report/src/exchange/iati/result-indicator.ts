import { datePrecision, type Indicator, type Language, type LocalizedText, yearOf } from '@mirps/core';
import { INDICATOR_MEASURE, RESULT_TYPE_OTHER } from './iati-codes.js';
import { indicatorPeriods } from './indicator-periods.js';
import { writeTextElement } from './narratives.js';
import type { XmlWriter } from './xml-writer.js';

/** An indicator of a commitment or of an expected result: what the two share. */
export type ResultIndicator = Omit<Indicator, 'result'>;

/** A unit's IATI measure: percentages are 2 (Percentage); counts, days, ratios and amounts are 1 (Unit). */
const measureOf = (unit: Indicator['unit']): string =>
  unit === 'percent' ? INDICATOR_MEASURE.percentage : INDICATOR_MEASURE.unit;

/** A value as IATI writes it: a plain decimal number. */
const valueText = (value: number): string => String(value);

/** A measured value: the total without dimensions, then one element per category of each breakdown. */
function writeValue(
  xml: XmlWriter,
  name: 'actual' | 'target',
  value: { readonly value: number; readonly disaggregations?: Indicator['actuals'][number]['disaggregations'] },
  note: LocalizedText | undefined,
  language: Language,
): void {
  if (note === undefined) xml.leaf(name, [['value', valueText(value.value)]]);
  else writeTextElement(xml.open(name, [['value', valueText(value.value)]]), 'comment', note, language).close();
  for (const breakdown of value.disaggregations ?? []) {
    for (const category of breakdown.values) {
      xml
        .open(name, [['value', valueText(category.value)]])
        .leaf('dimension', [
          ['name', breakdown.dimension],
          ['value', category.category],
        ])
        .close();
    }
  }
}

/** One indicator: title, baseline (its year, and its day where the date is known to the day), and its periods. */
function writeIndicator(xml: XmlWriter, indicator: ResultIndicator, activityStart: string, language: Language): void {
  xml.open('indicator', [
    ['measure', measureOf(indicator.unit)],
    ['ascending', indicator.direction === 'decrease' ? '0' : '1'],
  ]);
  writeTextElement(xml, 'title', indicator.title, language);
  const { baseline } = indicator;
  if (baseline !== undefined) {
    xml.leaf('baseline', [
      ['year', String(yearOf(baseline.date))],
      ['iso-date', datePrecision(baseline.date) === 'day' ? baseline.date : undefined],
      ['value', valueText(baseline.value)],
    ]);
  }
  for (const period of indicatorPeriods(indicator, activityStart)) {
    xml
      .open('period')
      .leaf('period-start', [['iso-date', period.start]])
      .leaf('period-end', [['iso-date', period.end]]);
    if (period.target !== undefined) writeValue(xml, 'target', period.target, undefined, language);
    if (period.actual !== undefined) writeValue(xml, 'actual', period.actual, period.actual.note, language);
    xml.close();
  }
  xml.close();
}

/**
 * A `result` of the activity: a commitment or an expected result, worded as the plan words it, with
 * its indicators. Its type is 9 (Other): the plans do not classify results as outputs or outcomes.
 */
export function writeResult(
  xml: XmlWriter,
  title: LocalizedText,
  indicators: readonly ResultIndicator[],
  activityStart: string,
  language: Language,
): void {
  xml.open('result', [['type', RESULT_TYPE_OTHER]]);
  writeTextElement(xml, 'title', title, language);
  for (const indicator of indicators) writeIndicator(xml, indicator, activityStart, language);
  xml.close();
}
