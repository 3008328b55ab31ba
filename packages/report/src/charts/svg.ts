import { daysBetween } from '@mirps/calendar';
import type { BarChart, Chart, RotationCircleChart, TimelineChart } from '../document/report-document.js';
import { escapeHtml } from '../render/escape.js';

// Inline SVG for the HTML report: fixed sizes, numbers rounded to two decimals, so output is byte-identical.
const n = (value: number): string => String(Math.round(value * 100) / 100);
// Long labels are shortened in the picture; the full text is in the figure's text alternative.
const short = (label: string): string => (label.length > 38 ? `${label.slice(0, 37).trimEnd()}…` : label);
const WIDTH = 720;

function frame(id: string, height: number, title: string, description: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${n(height)}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>${body}</svg>`
  );
}

function barChart(chart: BarChart): { height: number; body: string } {
  const label = 250;
  const plot = WIDTH - label - 80;
  const row = 28;
  const max = chart.max > 0 ? chart.max : 1;
  const body = chart.bars
    .map((bar, i) => {
      const y = 10 + i * row;
      const width = (Math.min(bar.value, max) / max) * plot;
      const target = bar.target === undefined ? '' : `<line x1="${n(label + (Math.min(bar.target, max) / max) * plot)}" x2="${n(label + (Math.min(bar.target, max) / max) * plot)}" y1="${n(y - 2)}" y2="${n(y + 20)}" class="target"/>`;
      return (
        `<text x="${label - 8}" y="${n(y + 14)}" text-anchor="end" class="label">${escapeHtml(short(bar.label))}</text>` +
        `<rect x="${label}" y="${n(y)}" width="${n(width)}" height="18" class="bar"/>${target}` +
        `<text x="${n(label + width + 6)}" y="${n(y + 14)}" class="value">${escapeHtml(`${bar.value % 1 === 0 ? bar.value : bar.value.toFixed(1)} ${chart.unit}`)}</text>`
      );
    })
    .join('');
  return { height: 20 + chart.bars.length * row, body };
}

const yearDay = (year: number, monthDay: string): string => `${String(year).padStart(4, '0')}-${monthDay}`;
const dayOfYear = (day: string, year: number): number => daysBetween(yearDay(year, '01-01'), day);

function timeline(chart: TimelineChart): { height: number; body: string } {
  const label = 250;
  const plot = WIDTH - label - 10;
  const days = daysBetween(yearDay(chart.year, '01-01'), yearDay(chart.year + 1, '01-01'));
  const row = 22;
  const months = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D']
    .map((m, i) => {
      const x = label + (dayOfYear(yearDay(chart.year, `${String(i + 1).padStart(2, '0')}-01`), chart.year) / days) * plot;
      return `<line x1="${n(x)}" x2="${n(x)}" y1="16" y2="${n(20 + chart.rows.length * row)}" class="grid"/><text x="${n(x + 3)}" y="12" class="month">${m}</text>`;
    })
    .join('');
  const rows = chart.rows
    .map((r, i) => {
      const y = 22 + i * row;
      const marks = r.spans
        .map(([from, to]) => {
          const x = label + (Math.max(0, dayOfYear(from, chart.year)) / days) * plot;
          const end = label + (Math.min(days, dayOfYear(to, chart.year) + 1) / days) * plot;
          return `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(3, end - x))}" height="14" class="mark"/>`;
        })
        .join('');
      return `<text x="${label - 8}" y="${n(y + 11)}" text-anchor="end" class="label">${escapeHtml(short(r.label))}</text>${marks}`;
    })
    .join('');
  return { height: 30 + chart.rows.length * row, body: months + rows };
}

function rotationCircle(chart: RotationCircleChart): { height: number; body: string } {
  const cx = WIDTH / 2;
  const cy = 190;
  const radius = 140;
  const count = chart.members.length;
  const dots = chart.members
    .map((member, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
      const x = cx + radius * Math.cos(angle);
      const y = cy + radius * Math.sin(angle);
      const role = member.id === chart.next ? 'next' : member.id === chart.outgoing ? 'outgoing' : member.held ? 'held' : 'waiting';
      // Labels sit outside the ring, anchored away from it so they never cross a dot.
      const lx = cx + (radius + 26) * Math.cos(angle);
      const ly = cy + (radius + 26) * Math.sin(angle);
      const anchor = Math.abs(lx - cx) < 12 ? 'middle' : lx > cx ? 'start' : 'end';
      return (
        `<circle cx="${n(x)}" cy="${n(y)}" r="16" class="member ${role}"/>` +
        `<text x="${n(x)}" y="${n(y + 4)}" text-anchor="middle" class="order">${i + 1}</text>` +
        `<text x="${n(lx)}" y="${n(ly + 4)}" text-anchor="${anchor}" class="label">${escapeHtml(member.label)}</text>`
      );
    })
    .join('');
  const legend =
    '<g class="legend"><circle cx="20" cy="370" r="7" class="member next"/><text x="32" y="374">next holder</text>' +
    '<circle cx="140" cy="370" r="7" class="member outgoing"/><text x="152" y="374">outgoing holder</text>' +
    `<circle cx="290" cy="370" r="7" class="member held"/><text x="302" y="374">held it${chart.cycle === null ? '' : ` in cycle ${chart.cycle}`}</text>` +
    '<circle cx="440" cy="370" r="7" class="member waiting"/><text x="452" y="374">not yet</text></g>';
  return { height: 390, body: `<circle cx="${n(cx)}" cy="${n(cy)}" r="${radius}" class="ring"/>${dots}${legend}` };
}

/** A chart as an inline, accessible SVG element with its title and description. */
export function chartSvg(chart: Chart, id: string, title: string, description: string): string {
  const { height, body } = chart.kind === 'bar-chart' ? barChart(chart) : chart.kind === 'timeline' ? timeline(chart) : rotationCircle(chart);
  return frame(id, height, title, description, body);
}
