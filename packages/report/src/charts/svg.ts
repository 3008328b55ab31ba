import { daysBetween } from '@mirps/calendar';
import type { Language } from '@mirps/core';
import { numberText } from '../_lib/number-text.js';
import type { BarChart, Chart, RotationCircleChart, TimelineChart } from '../document/report-document.js';
import { messages } from '../i18n/messages.js';
import { escapeHtml } from '../render/escape.js';

// Inline SVG for the HTML report: fixed sizes, numbers rounded to two decimals, so output is byte-identical.
// Every text goes through escapeHtml; every number through `n`, which never writes NaN or Infinity.
const n = (value: number): string => {
  const rounded = Math.round(value * 100) / 100;
  return Number.isFinite(rounded) ? String(rounded) : '0';
};
const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));
// Long labels are shortened in the picture (never inside a surrogate pair); the full text is in the figure's text alternative.
const short = (label: string): string => {
  if (label.length <= 38) return label;
  const characters = Array.from(label.slice(0, 78)); // 78 code units hold at least 39 code points
  return characters.length <= 38 ? label : `${characters.slice(0, 37).join('').trimEnd()}…`;
};
const WIDTH = 720;

/** The ids an SVG's title and description carry, unique in the page, for its `aria-labelledby`. */
export interface ChartIds {
  readonly title: string;
  readonly description: string;
}

function frame(ids: ChartIds, height: number, title: string, description: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${n(height)}" width="100%" role="img" aria-labelledby="${escapeHtml(ids.title)} ${escapeHtml(ids.description)}">` +
    `<title id="${escapeHtml(ids.title)}">${escapeHtml(title)}</title><desc id="${escapeHtml(ids.description)}">${escapeHtml(description)}</desc>${body}</svg>`
  );
}

function barChart(chart: BarChart, language: Language): { height: number; body: string } {
  const label = 250;
  const plot = WIDTH - label - 80;
  const row = 28;
  const max = chart.max > 0 ? chart.max : 1;
  const body = chart.bars
    .map((bar, i) => {
      const y = 10 + i * row;
      const width = (clamp(bar.value, 0, max) / max) * plot;
      const target = bar.target === undefined ? '' : `<line x1="${n(label + (clamp(bar.target, 0, max) / max) * plot)}" x2="${n(label + (clamp(bar.target, 0, max) / max) * plot)}" y1="${n(y - 2)}" y2="${n(y + 20)}" class="target"/>`;
      return (
        `<text x="${label - 8}" y="${n(y + 14)}" text-anchor="end" class="label">${escapeHtml(short(bar.label))}</text>` +
        `<rect x="${label}" y="${n(y)}" width="${n(width)}" height="18" class="bar"/>${target}` +
        `<text x="${n(label + width + 6)}" y="${n(y + 14)}" class="value">${escapeHtml(`${numberText(bar.value, language)} ${chart.unit}`)}</text>`
      );
    })
    .join('');
  return { height: 20 + chart.bars.length * row, body };
}

const yearDay = (year: number, monthDay: string): string => `${String(year).padStart(4, '0')}-${monthDay}`;
const dayOfYear = (day: string, year: number): number => daysBetween(yearDay(year, '01-01'), day);
const daysInYear = (year: number): number => (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 366 : 365);

function timeline(chart: TimelineChart, language: Language): { height: number; body: string } {
  const label = 250;
  const plot = WIDTH - label - 10;
  const days = daysInYear(chart.year);
  const [first, last] = [yearDay(chart.year, '01-01'), yearDay(chart.year, '12-31')];
  const row = 22;
  const months = messages(language).monthInitials.split(' ')
    .map((m, i) => {
      const x = label + (dayOfYear(yearDay(chart.year, `${String(i + 1).padStart(2, '0')}-01`), chart.year) / days) * plot;
      return `<line x1="${n(x)}" x2="${n(x)}" y1="16" y2="${n(20 + chart.rows.length * row)}" class="grid"/><text x="${n(x + 3)}" y="12" class="month">${m}</text>`;
    })
    .join('');
  const rows = chart.rows
    .map((r, i) => {
      const y = 22 + i * row;
      const marks = r.spans
        // Only the part of a span within the chart's year is drawn.
        .filter(([from, to]) => to >= first && from <= last)
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

function rotationCircle(chart: RotationCircleChart, language: Language): { height: number; body: string } {
  const m = messages(language);
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
    `<g class="legend"><circle cx="20" cy="370" r="7" class="member next"/><text x="32" y="374">${escapeHtml(m.nextHolder)}</text>` +
    `<circle cx="140" cy="370" r="7" class="member outgoing"/><text x="152" y="374">${escapeHtml(m.outgoingHolder)}</text>` +
    `<circle cx="290" cy="370" r="7" class="member held"/><text x="302" y="374">${escapeHtml(chart.cycle === null ? m.heldIt : m.heldItInCycle(numberText(chart.cycle, language)))}</text>` +
    `<circle cx="440" cy="370" r="7" class="member waiting"/><text x="452" y="374">${escapeHtml(m.notYet)}</text></g>`;
  return { height: 390, body: `<circle cx="${n(cx)}" cy="${n(cy)}" r="${radius}" class="ring"/>${dots}${legend}` };
}

/** A chart (from a checked document) as an inline, accessible SVG element with its title and description, its own words in the report's language. */
export function chartSvg(chart: Chart, ids: ChartIds, title: string, description: string, language: Language): string {
  const { height, body } = chart.kind === 'bar-chart' ? barChart(chart, language) : chart.kind === 'timeline' ? timeline(chart, language) : rotationCircle(chart, language);
  return frame(ids, height, title, description, body);
}
