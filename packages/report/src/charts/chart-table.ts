import { numberText } from '../_lib/number-text.js';
import type { Chart, TableBlock } from '../document/report-document.js';

/** A chart's data as a table: the text alternative every format can show. */
export function chartTable(chart: Chart, caption: string): TableBlock {
  switch (chart.kind) {
    case 'bar-chart':
      return {
        kind: 'table',
        caption: `Data of: ${caption}`,
        columns: [{ header: 'Item' }, { header: `Value (${chart.unit})`, align: 'right' }, ...(chart.bars.some((b) => b.target !== undefined) ? [{ header: `Target (${chart.unit})`, align: 'right' as const }] : [])],
        rows: chart.bars.map((bar) => [bar.label, numberText(bar.value), ...(chart.bars.some((b) => b.target !== undefined) ? [bar.target === undefined ? '' : numberText(bar.target)] : [])]),
      };
    case 'timeline':
      return {
        kind: 'table',
        caption: `Data of: ${caption}`,
        columns: [{ header: 'Activity' }, { header: 'Days' }],
        rows: chart.rows.map((row) => [row.label, row.spans.map(([from, to]) => (from === to ? from : `${from} to ${to}`)).join(', ')]),
      };
    case 'rotation-circle':
      return {
        kind: 'table',
        caption: `Data of: ${caption}`,
        columns: [{ header: 'Order', align: 'right' }, { header: 'Member' }, { header: 'In this cycle' }],
        rows: chart.members.map((member, i) => [
          String(i + 1),
          member.label,
          member.id === chart.next ? 'next holder' : member.id === chart.outgoing ? `outgoing holder${member.heldIn ? ` (${member.heldIn})` : ''}` : member.held ? `held it${member.heldIn ? ` (${member.heldIn})` : ''}` : 'not yet',
        ]),
      };
  }
}
