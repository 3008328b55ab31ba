import {
  type CalendarActivity,
  describeValue,
  escapeMarkdown,
  type Language,
  type LocalizedText,
  MirpsCalendarError,
  textIn,
} from '@mirps/core';
import { guardCall, readOptions } from './_lib/arguments.js';
import { earlierDay, lastDayOfMonth, laterDay } from './_lib/days.js';
import type { Calendar, CalendarOccurrence } from './calendar-types.js';
import { type Messages, messagesIn } from './i18n/messages.js';
import { monthAbbreviations } from './month-names.js';
import { readCalendarIn } from './read-calendar.js';
import { gridLanguage, readGrid } from './read-grid.js';

/**
 * One month of one row: the spans of days the activity takes (`[first, last]`
 * day numbers), and whether it is marked for the month as a whole (known only
 * to the month).
 *
 * @example
 * ```ts
 * import type { MonthCell } from '@mirps/calendar';
 * const april: MonthCell = { days: [[26, 28]], wholeMonth: false };
 * ```
 */
export interface MonthCell {
  readonly days: ReadonlyArray<readonly [number, number]>;
  readonly wholeMonth: boolean;
}

/**
 * One activity in the grid: its twelve months, and a note where the sources
 * give no month.
 *
 * @example
 * ```ts
 * import { monthGrid, buildCalendar } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const row = monthGrid(buildCalendar(actionPlan2023), 2023).rows[0];
 * row?.months[0]; // { days: [[24, 24]], wholeMonth: false }
 * ```
 */
export interface MonthGridRow {
  readonly activityId: string;
  readonly title: LocalizedText;
  readonly category: CalendarActivity['category'];
  readonly months: readonly MonthCell[];
  /** "not scheduled in the source", or "in YYYY (month not given)", in the grid's language ("no programada en la fuente", "en YYYY (mes no indicado)"). */
  readonly note?: string;
}

/**
 * The plan's activity-by-month table for a year, as data, with the language
 * its notes are in and its headers are written in. Render it with
 * {@link monthGridText} or {@link monthGridMarkdown}.
 *
 * @example
 * ```ts
 * import type { MonthGrid } from '@mirps/calendar';
 * const grid: MonthGrid = { year: 2023, rows: [], language: 'es' };
 * ```
 */
export interface MonthGrid {
  readonly year: number;
  readonly rows: readonly MonthGridRow[];
  /** The language of its notes and headers; `'en'` when absent (a grid made by hand). {@link monthGrid} always sets it. */
  readonly language?: Language;
}

/**
 * Options of {@link monthGrid}.
 *
 * @example
 * ```ts
 * import type { MonthGridOptions } from '@mirps/calendar';
 * const options: MonthGridOptions = { language: 'es' };
 * ```
 */
export interface MonthGridOptions {
  /** The language of the notes and, later, of the headers: `'en'` or `'es'`; the calendar's own (`language` of `buildCalendar`, English by default) when left out. */
  readonly language?: Language;
}

/**
 * The activity-by-month table of a calendar for one year, in the plan's order:
 * the days of each occurrence in its month, a mark for entries known only to
 * the month, and a note for activities the sources do not schedule. The
 * calendar's window must cover the whole year. The grid carries its language
 * (`language`, else the calendar's), which its notes are in and the writers
 * use for its headers; titles are shown in it where the data has them, and
 * as the data gives them otherwise.
 *
 * @param calendar - A calendar from {@link buildCalendar}.
 * @param year - The year of the table.
 * @param options - `language`: `'en'` or `'es'`; see {@link MonthGridOptions}.
 * @throws `MirpsCalendarError` for anything but a calendar from {@link buildCalendar} (`calendar.invalid-calendar`), a year that is not one or an invalid option (`calendar.invalid-option`), or a year the calendar's window does not cover (`calendar.year-outside-window`).
 * @example
 * ```ts
 * import { buildCalendar, monthGrid, monthGridMarkdown } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * console.log(monthGridMarkdown(monthGrid(buildCalendar(actionPlan2023), 2023)));
 * monthGrid(buildCalendar(actionPlan2023), 2023, { language: 'es' }).rows[2]?.note; // 'no programada en la fuente'
 * ```
 */
export function monthGrid(calendar: Calendar, year: number, options?: MonthGridOptions): MonthGrid {
  return guardCall('monthGrid', 'calendar.invalid-option', () =>
    gridOf(calendar, year, readOptions<MonthGridOptions>(options)?.language),
  );
}

/** Entries grouped by their activity, each group in the calendar's order. */
function byActivity(entries: readonly CalendarOccurrence[]): Map<string, CalendarOccurrence[]> {
  const groups = new Map<string, CalendarOccurrence[]>();
  for (const entry of entries) {
    const group = groups.get(entry.activityId);
    if (group === undefined) groups.set(entry.activityId, [entry]);
    else group.push(entry);
  }
  return groups;
}

function gridOf(calendar: Calendar, year: number, wanted: unknown): MonthGrid {
  const { calendar: checked, language } = readCalendarIn(calendar, wanted);
  const say = messagesIn(language);
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999) {
    throw new MirpsCalendarError([
      { code: 'calendar.invalid-option', path: ['year'], message: say.invalidYear(describeValue(year, language)) },
    ]);
  }
  const first = `${String(year).padStart(4, '0')}-01-01`;
  const last = `${String(year).padStart(4, '0')}-12-31`;
  if (checked.window.from > first || checked.window.to < last) {
    throw new MirpsCalendarError([
      {
        code: 'calendar.year-outside-window',
        path: ['year'],
        message: say.yearOutsideWindow(checked.window.from, checked.window.to, year),
      },
    ]);
  }
  const occurrences = byActivity(checked.occurrences);
  const monthEntries = byActivity(checked.monthEntries);
  const bounds = Array.from({ length: 12 }, (_, i) => {
    const month = `${first.slice(0, 5)}${String(i + 1).padStart(2, '0')}`;
    return { month, start: `${month}-01`, end: lastDayOfMonth(month) };
  });
  const rows = checked.activities.map((activity): MonthGridRow => {
    const dated = occurrences.get(activity.id) ?? [];
    const undated = monthEntries.get(activity.id) ?? [];
    // An entry dated by month marks each month it covers as a whole; one dated by year only gets a note.
    const months = bounds.map(({ month, start, end }) => ({
      days: daySpans(dated, start, end),
      wholeMonth: undated.some(
        (entry) => entry.precision !== 'year' && entry.start.slice(0, 7) <= month && month <= entry.end.slice(0, 7),
      ),
    }));
    let note: string | undefined;
    for (const entry of undated) if (entry.precision === 'year') note = say.monthNotGiven(entry.start);
    if (activity.schedule.kind === 'unscheduled') note = say.notScheduled;
    return {
      activityId: activity.id,
      title: activity.title,
      category: activity.category,
      months,
      ...(note === undefined ? {} : { note }),
    };
  });
  return { year, rows, language };
}

/**
 * The spans of days that dated entries take in one month (`start` to `end`), as
 * `[first, last]` day numbers: a span that crosses months gives the month its
 * part of it, and the same span given twice is one.
 */
function daySpans(
  entries: readonly CalendarOccurrence[],
  start: string,
  end: string,
): Array<readonly [number, number]> {
  const days: Array<readonly [number, number]> = [];
  for (const entry of entries) {
    const from = laterDay(entry.start, start);
    const to = earlierDay(entry.end, end);
    if (from > to) continue;
    const span = [Number(from.slice(8, 10)), Number(to.slice(8, 10))] as const;
    // Occurrences come sorted, so a repeat follows its first.
    if (days.at(-1)?.[0] !== span[0] || days.at(-1)?.[1] !== span[1]) days.push(span);
  }
  return days;
}

const SECTION_TITLES: Record<CalendarActivity['category'], keyof Messages> = {
  'technical-meeting': 'sectionTechnicalMeetings',
  'high-level-event': 'sectionHighLevelEvents',
  'other-activity': 'sectionOtherActivities',
};

const cellText = (cell: MonthCell): string =>
  [
    ...cell.days.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)),
    ...(cell.wholeMonth ? ['•'] : []),
  ].join(', ');
const titleText = (title: LocalizedText, language: Language): string => textIn(title, language) ?? '';

/** Rows grouped under their category, in the order categories first appear. */
function sections(grid: MonthGrid, language: Language): Array<[string, MonthGridRow[]]> {
  const groups = new Map<string, MonthGridRow[]>();
  for (const row of grid.rows) {
    const key = messagesIn(language)[SECTION_TITLES[row.category]] as string;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return [...groups];
}

/**
 * The month grid as plain text, in fixed-width columns: a section per category,
 * day numbers under their month, `•` for a month known without its day.
 * Titles longer than 200 characters are cut, with `…`. Headers, month names
 * and section titles are in the grid's language (`language`, English when
 * absent): `Actividades 2023`, `ene`, `Reuniones técnicas`.
 *
 * @param grid - A grid from {@link monthGrid} (or one made in its shape, text on one line).
 * @throws `MirpsCalendarError` for anything but a grid (`calendar.invalid-grid`).
 * @example
 * ```ts
 * import { buildCalendar, monthGrid, monthGridText } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * console.log(monthGridText(monthGrid(buildCalendar(actionPlan2023), 2023)));
 * ```
 */
export function monthGridText(grid: MonthGrid): string {
  return guardCall('monthGridText', 'calendar.invalid-grid', (heard) => {
    const language = gridLanguage(grid);
    heard(language);
    return writeText(readGrid(grid, language));
  });
}

// Every row is padded to the widest title: a title longer than this is cut (with "…"), so that one long title cannot make every row long.
const LABEL_WIDTH = 200;
const label = (title: LocalizedText, language: Language): string => {
  const text = titleText(title, language);
  return text.length > LABEL_WIDTH ? `${text.slice(0, LABEL_WIDTH - 1)}…` : text;
};

function writeText(grid: MonthGrid): string {
  const language = grid.language ?? 'en';
  // Widths by a loop, not Math.max(...rows): a spread of many rows would overflow the stack.
  const width = grid.rows.reduce((widest, row) => Math.max(widest, label(row.title, language).length + 2), 8);
  const cellWidth = grid.rows.reduce(
    (widest, row) => row.months.reduce((w, cell) => Math.max(w, cellText(cell).length), widest),
    5,
  );
  const line = (label: string, cells: readonly string[], note = ''): string =>
    `${label.padEnd(width)} ${cells.map((cell) => cell.padEnd(cellWidth)).join(' ')}${note === '' ? '' : ` ${note}`}`.trimEnd();
  const out = [line(messagesIn(language).gridHeading(grid.year), monthAbbreviations(language))];
  for (const [title, rows] of sections(grid, language)) {
    out.push(title);
    for (const row of rows)
      out.push(
        line(
          `  ${label(row.title, language)}`,
          row.months.map(cellText),
          row.note === undefined ? '' : `(${row.note})`,
        ),
      );
  }
  return `${out.join('\n')}\n`;
}

/**
 * The month grid as a CommonMark/GFM table: an `Activities` column, one per
 * month and a `Note` column; a bold row per category. Text from the data is
 * escaped, so a title cannot break the table. Headers, month names and
 * section titles are in the grid's language (English when absent).
 *
 * @param grid - A grid from {@link monthGrid} (or one made in its shape, text on one line).
 * @throws `MirpsCalendarError` for anything but a grid (`calendar.invalid-grid`).
 * @example
 * ```ts
 * import { buildCalendar, monthGrid, monthGridMarkdown } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * monthGridMarkdown(monthGrid(buildCalendar(actionPlan2023), 2023)).split('\n')[0];
 * // '| Activities 2023 | Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec | Note |'
 * ```
 */
export function monthGridMarkdown(grid: MonthGrid): string {
  return guardCall('monthGridMarkdown', 'calendar.invalid-grid', (heard) => {
    const language = gridLanguage(grid);
    heard(language);
    return writeMarkdown(readGrid(grid, language));
  });
}

function writeMarkdown(grid: MonthGrid): string {
  const language = grid.language ?? 'en';
  const say = messagesIn(language);
  const months = monthAbbreviations(language);
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const out = [
    row([say.gridHeading(grid.year), ...months, say.gridNote]),
    row(['---', ...months.map(() => ':---:'), '---']),
  ];
  for (const [title, rows] of sections(grid, language)) {
    out.push(row([`**${escapeMarkdown(title)}**`, ...months.map(() => ''), '']));
    for (const r of rows)
      out.push(
        row([
          escapeMarkdown(titleText(r.title, language)),
          ...r.months.map(cellText),
          r.note === undefined ? '' : escapeMarkdown(r.note),
        ]),
      );
  }
  return `${out.join('\n')}\n`;
}
