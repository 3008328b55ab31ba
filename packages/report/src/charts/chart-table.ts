import type { Language } from '@mirps/core';
import { dayText, numberText } from '../_lib/number-text.js';
import type { Chart, RotationCircleChart, TableBlock } from '../document/report-document.js';
import { type Messages, messages } from '../i18n/messages.js';

/** Where a member of the rotation circle stands in this cycle, with the term it held the presidency in. */
function standing(member: RotationCircleChart['members'][number], chart: RotationCircleChart, m: Messages): string {
  const term = member.heldIn ? ` (${member.heldIn})` : '';
  if (member.id === chart.next) return m.nextHolder;
  if (member.id === chart.outgoing) return `${m.outgoingHolder}${term}`;
  return member.held ? `${m.heldIt}${term}` : m.notYet;
}

/** A chart's data as a table, in the report's language: the text alternative every format can show. */
export function chartTable(chart: Chart, caption: string, language: Language): TableBlock {
  const m = messages(language);
  const num = (value: number): string => numberText(value, language);
  const day = (value: string): string => dayText(value, language);
  switch (chart.kind) {
    case 'bar-chart':
      return {
        kind: 'table',
        caption: m.dataOf(caption),
        columns: [
          { header: m.item },
          { header: m.valueIn(chart.unit), align: 'right' },
          ...(chart.bars.some((b) => b.target !== undefined)
            ? [{ header: m.targetIn(chart.unit), align: 'right' as const }]
            : []),
        ],
        rows: chart.bars.map((bar) => [
          bar.label,
          num(bar.value),
          ...(chart.bars.some((b) => b.target !== undefined) ? [bar.target === undefined ? '' : num(bar.target)] : []),
        ]),
      };
    case 'timeline':
      return {
        kind: 'table',
        caption: m.dataOf(caption),
        columns: [{ header: m.activity }, { header: m.days }],
        rows: chart.rows.map((row) => [
          row.label,
          row.spans.map(([from, to]) => (from === to ? day(from) : m.dayRange(day(from), day(to)))).join(', '),
        ]),
      };
    case 'rotation-circle':
      return {
        kind: 'table',
        caption: m.dataOf(caption),
        columns: [{ header: m.order, align: 'right' }, { header: m.member }, { header: m.inThisCycle }],
        rows: chart.members.map((member, i) => [num(i + 1), member.label, standing(member, chart, m)]),
      };
  }
}
