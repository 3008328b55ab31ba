import { daysBetween } from '@mirps/calendar';
import type { Language } from '@mirps/core';
import { numberText, quantityText } from '../_lib/number-text.js';
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
const WIDTH = 720;

// Text is laid out without measuring it (output must not depend on the fonts of the machine that writes it):
// every character is taken as wide as CHARACTER_WIDTH, more than the average character of a 12px sans-serif
// font, so a text given room by this estimate fits it. Long labels wrap onto up to MAX_LINES lines; only a
// label longer than that is shortened, and its full text is in the figure's text alternative.
const CHARACTER_WIDTH = 7.5;
const LINE_HEIGHT = 15;
const MAX_LINES = 4;
const characters = (text: string): string[] => Array.from(text);
const estimatedWidth = (text: string): number => characters(text).length * CHARACTER_WIDTH;

/** Text cut to at most `width` (by the estimate), ending in an ellipsis when cut; never inside a surrogate pair. */
function fit(text: string, width: number): string {
  const room = Math.max(1, Math.floor(width / CHARACTER_WIDTH));
  const all = characters(text);
  if (all.length <= room) return text;
  const kept = all.slice(0, room - 1).join('');
  return `${kept.trimEnd()}…`;
}

/** A label as lines of at most `width` (by the estimate), broken at spaces; a word longer than a line is split. */
function wrap(label: string, width: number): string[] {
  const room = Math.max(1, Math.floor(width / CHARACTER_WIDTH));
  const lines: string[] = [];
  let line: string[] = [];
  for (const word of label.split(/\s+/).filter((w) => w !== '')) {
    let rest = characters(word);
    if (line.length > 0 && line.length + 1 + rest.length <= room) {
      line.push(' ', ...rest);
      continue;
    }
    if (line.length > 0) lines.push(line.join(''));
    for (; rest.length > room; rest = rest.slice(room)) lines.push(rest.slice(0, room).join(''));
    line = rest;
  }
  if (line.length > 0 || lines.length === 0) lines.push(line.join(''));
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES - 1), fit(`${lines[MAX_LINES - 1]} ${lines[MAX_LINES]}`, width)];
}

/** A text element of several lines, its lines centred on `middle` (the baseline sits 4px below a line's centre). */
function lines(texts: readonly string[], x: number, middle: number, attributes: string): string {
  const first = middle - ((texts.length - 1) * LINE_HEIGHT) / 2 + 4;
  const spans = texts
    .map((text, i) => `<tspan x="${n(x)}" y="${n(first + i * LINE_HEIGHT)}">${escapeHtml(text)}</tspan>`)
    .join('');
  return `<text ${attributes}>${spans}</text>`;
}

/** The label column of bar charts and timelines: labels end 8px before the plot, and keep 6px from the edge. */
const LABEL_COLUMN = 250;
const LABEL_ROOM = LABEL_COLUMN - 8 - 6;
const label = (texts: readonly string[], middle: number): string =>
  lines(texts, LABEL_COLUMN - 8, middle, 'text-anchor="end" class="label"');

/** The ids an SVG's title and description carry, unique in the page, for its `aria-labelledby`. */
export interface ChartIds {
  readonly title: string;
  readonly description: string;
}

function frame(ids: ChartIds, height: number, title: string, description: string, body: string): string {
  const [titleId, descriptionId] = [escapeHtml(ids.title), escapeHtml(ids.description)];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${n(height)}" width="100%" role="img" ` +
    `aria-labelledby="${titleId} ${descriptionId}"><title id="${titleId}">${escapeHtml(title)}</title>` +
    `<desc id="${descriptionId}">${escapeHtml(description)}</desc>${body}</svg>`
  );
}

function barChart(chart: BarChart, language: Language): { height: number; body: string } {
  // Values are written in a column of their own after the plot, so no value crosses a bar's end or a target mark.
  const values = chart.bars.map((bar) => fit(quantityText(bar.value, chart.unit, language), 200));
  const valueColumn = Math.max(40, ...values.map(estimatedWidth));
  const plot = WIDTH - LABEL_COLUMN - 12 - valueColumn - 6;
  const max = chart.max > 0 ? chart.max : 1;
  let top = 4;
  const body = chart.bars
    .map((bar, i) => {
      const texts = wrap(bar.label, LABEL_ROOM);
      const height = Math.max(28, texts.length * LINE_HEIGHT + 10);
      const middle = top + height / 2;
      top += height;
      const width = (clamp(bar.value, 0, max) / max) * plot;
      const targetX = bar.target === undefined ? 0 : LABEL_COLUMN + (clamp(bar.target, 0, max) / max) * plot;
      const target =
        bar.target === undefined
          ? ''
          : `<line x1="${n(targetX)}" x2="${n(targetX)}" y1="${n(middle - 11)}" y2="${n(middle + 11)}" ` +
            'class="target"/>';
      return (
        label(texts, middle) +
        `<rect x="${LABEL_COLUMN}" y="${n(middle - 9)}" width="${n(width)}" height="18" class="bar"/>${target}` +
        `<text x="${n(LABEL_COLUMN + plot + 12)}" y="${n(middle + 4)}" class="value">` +
        `${escapeHtml(values[i] ?? '')}</text>`
      );
    })
    .join('');
  return { height: top + 6, body };
}

const yearDay = (year: number, monthDay: string): string => `${String(year).padStart(4, '0')}-${monthDay}`;
const dayOfYear = (day: string, year: number): number => daysBetween(yearDay(year, '01-01'), day);
const daysInYear = (year: number): number => (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 366 : 365);

function timeline(chart: TimelineChart, language: Language): { height: number; body: string } {
  const plot = WIDTH - LABEL_COLUMN - 10;
  const days = daysInYear(chart.year);
  const [first, last] = [yearDay(chart.year, '01-01'), yearDay(chart.year, '12-31')];
  let top = 20;
  const rows = chart.rows
    .map((r) => {
      const texts = wrap(r.label, LABEL_ROOM);
      const height = Math.max(22, texts.length * LINE_HEIGHT + 7);
      const middle = top + height / 2;
      top += height;
      const marks = r.spans
        // Only the part of a span within the chart's year is drawn.
        .filter(([from, to]) => to >= first && from <= last)
        .map(([from, to]) => {
          const x = LABEL_COLUMN + (Math.max(0, dayOfYear(from, chart.year)) / days) * plot;
          const end = LABEL_COLUMN + (Math.min(days, dayOfYear(to, chart.year) + 1) / days) * plot;
          return `<rect x="${n(x)}" y="${n(middle - 7)}" width="${n(Math.max(3, end - x))}" height="14" class="mark"/>`;
        })
        .join('');
      return label(texts, middle) + marks;
    })
    .join('');
  const months = messages(language)
    .monthInitials.split(' ')
    .map((m, i) => {
      const x =
        LABEL_COLUMN +
        (dayOfYear(yearDay(chart.year, `${String(i + 1).padStart(2, '0')}-01`), chart.year) / days) * plot;
      const grid = `<line x1="${n(x)}" x2="${n(x)}" y1="16" y2="${n(top)}" class="grid"/>`;
      return `${grid}<text x="${n(x + 3)}" y="12" class="month">${m}</text>`;
    })
    .join('');
  return { height: top + 8, body: months + rows };
}

/** The rotation circle's legend: each entry a dot and its text, one after another, a new row when out of room. */
function legend(
  entries: ReadonlyArray<readonly [role: string, text: string]>,
  top: number,
): { height: number; body: string } {
  let [x, y] = [20, top + 10];
  const body = entries
    .map(([role, text]) => {
      const shown = fit(text, WIDTH - 52);
      const width = 20 + estimatedWidth(shown);
      if (x > 20 && x + width > WIDTH - 10) [x, y] = [20, y + 22];
      const entry =
        `<circle cx="${n(x)}" cy="${n(y)}" r="7" class="member ${role}"/>` +
        `<text x="${n(x + 12)}" y="${n(y + 4)}">${escapeHtml(shown)}</text>`;
      x += width + 24;
      return entry;
    })
    .join('');
  return { height: y + 14 - top, body: `<g class="legend">${body}</g>` };
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
      let role = 'waiting';
      if (member.id === chart.next) role = 'next';
      else if (member.id === chart.outgoing) role = 'outgoing';
      else if (member.held) role = 'held';
      // Labels sit outside the ring, anchored away from it so they never cross a dot, and end before the edge.
      const lx = cx + (radius + 26) * Math.cos(angle);
      const ly = cy + (radius + 26) * Math.sin(angle);
      let anchor = 'middle';
      let room = WIDTH - 12;
      if (Math.abs(lx - cx) >= 12) [anchor, room] = lx > cx ? ['start', WIDTH - lx - 6] : ['end', lx - 6];
      return (
        `<circle cx="${n(x)}" cy="${n(y)}" r="16" class="member ${role}"/>` +
        `<text x="${n(x)}" y="${n(y + 4)}" text-anchor="middle" class="order">${i + 1}</text>` +
        `<text x="${n(lx)}" y="${n(ly + 4)}" text-anchor="${anchor}" class="label">` +
        `${escapeHtml(fit(member.label, room))}</text>`
      );
    })
    .join('');
  const key = legend(
    [
      ['next', m.nextHolder],
      ['outgoing', m.outgoingHolder],
      ['held', chart.cycle === null ? m.heldIt : m.heldItInCycle(numberText(chart.cycle, language))],
      ['waiting', m.notYet],
    ],
    cy + radius + 36,
  );
  return {
    height: cy + radius + 36 + key.height,
    body: `<circle cx="${n(cx)}" cy="${n(cy)}" r="${radius}" class="ring"/>${dots}${key.body}`,
  };
}

function drawing(chart: Chart, language: Language): { height: number; body: string } {
  switch (chart.kind) {
    case 'bar-chart':
      return barChart(chart, language);
    case 'timeline':
      return timeline(chart, language);
    case 'rotation-circle':
      return rotationCircle(chart, language);
  }
}

/**
 * A chart (from a checked document) as an inline, accessible SVG element with its title and description, its own
 * words in the report's language.
 */
export function chartSvg(chart: Chart, ids: ChartIds, title: string, description: string, language: Language): string {
  const { height, body } = drawing(chart, language);
  return frame(ids, height, title, description, body);
}
