import { MirpsError, textIn } from '@mirps/core';
import { buildCalendar, findConflicts, monthGrid, monthGridMarkdown, monthGridText, toICS, type Calendar } from '@mirps/calendar';
import { UsageError } from '../cli-error.js';
import { DATA_OPTIONS, json, loadContext, loadPlan, OUTPUT_OPTIONS, parseCommand, type MirpsDefaults } from '../context.js';
import { fromFile } from '../issues.js';
import { jsonInput } from '../read-json.js';
import type { CommandIo } from '../terminal.js';
import { writeAtomically } from '../write-output.js';

export const CALENDAR_HELP = `Usage: mirps calendar [--year YEAR] [--ics FILE [--force]] [--grid] [options]

The plan's calendar: the dated occurrences of the year, the activities not
scheduled in the source, and conflicts; the month grid; an iCalendar file.

Options:
  --year YEAR        the year (the plan's year by default)
  --grid             print the month grid (--markdown for a Markdown table)
  --markdown         with --grid, a Markdown table
  --ics FILE         write the calendar as iCalendar to FILE (whole or not at
                     all; - for standard output)
  --force            replace FILE if it exists (only a regular file: never a
                     symbolic link, a folder or a special file)
  --stamp INSTANT    the DTSTAMP of the .ics (default: the first day of the year, 00:00 UTC)
  --plan FILE        a plan instead of the embedded 2023 plan
  --reference FILE   reference data instead of the embedded one (working groups, members)
  --ledger FILE      a presidency ledger instead of the embedded one
  --max-input-size SIZE  the largest file read, e.g. 100M (50M by default)
  --json             output the calendar as JSON
  -h, --help         this help
`;

/** The iCalendar text; a stamp that is not an instant is a bad option value. */
function icsText(calendar: Calendar, stamp: string, name: string): string {
  try {
    return toICS(calendar, { stamp, name });
  } catch (error) {
    if (error instanceof MirpsError && error.issues.every((issue) => issue.code === 'calendar.invalid-stamp')) throw new UsageError(`--stamp takes an instant with its offset, such as 2023-01-01T00:00:00Z; got ${stamp}`, 'calendar');
    throw error;
  }
}

export function calendarCommand(args: readonly string[], io: CommandIo, defaults: MirpsDefaults): number {
  const { values, positionals } = parseCommand('calendar', args, { ...DATA_OPTIONS, ...OUTPUT_OPTIONS, year: { type: 'string' }, ics: { type: 'string' }, grid: { type: 'boolean' }, markdown: { type: 'boolean' }, stamp: { type: 'string' } });
  if (values.help) {
    io.stdout(CALENDAR_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected arguments: ${positionals.join(' ')}`, 'calendar');
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new UsageError(`--year takes a year such as 2023; got ${values.year}`, 'calendar');
  const icsToStdout = values.ics === '-';
  if (icsToStdout && (values.json || values.grid)) throw new UsageError(`--ics - writes the iCalendar text to standard output; it cannot go with --${values.json ? 'json' : 'grid'}`, 'calendar');
  const input = jsonInput(io, 'calendar', values['max-input-size']);
  const context = loadContext(input, values);
  const plan = loadPlan(input, values.plan, context, defaults);
  const year = values.year === undefined ? plan.year : Number(values.year);
  const calendar = fromFile(values.plan ?? 'plan', () => buildCalendar(plan, { from: `${year}-01-01`, to: `${year}-12-31`, ...context }));
  if (values.ics !== undefined) {
    const ics = fromFile(values.plan ?? 'plan', () => icsText(calendar, values.stamp ?? `${year}-01-01T00:00:00Z`, `${textIn(plan.title)} (${year})`));
    if (icsToStdout) {
      io.data(ics);
      return 0;
    }
    writeAtomically(io.cwd, values.ics, ics, { force: values.force });
    if (!values.json) io.stderr(`Wrote ${values.ics}\n`);
  }
  if (values.json) {
    // The calendar as before: its context (the whole reference data and ledger) is not part of the output.
    const { context: _context, ...printed } = calendar;
    io.data(json(printed));
    return 0;
  }
  if (values.grid) {
    const grid = monthGrid(calendar, year);
    io.stdout(values.markdown ? monthGridMarkdown(grid) : monthGridText(grid));
    return 0;
  }
  if (values.ics !== undefined) return 0;
  const conflicts = findConflicts(calendar);
  const lines = [
    `${calendar.occurrences.length} dated occurrences in ${year}:`,
    ...calendar.occurrences.map((o) => `  ${o.start === o.end ? o.start : `${o.start} to ${o.end}`}  ${textIn(o.title)}`),
    ...(calendar.monthEntries.length > 0 ? [`Known only to the month or year:`, ...calendar.monthEntries.map((o) => `  ${o.start}  ${textIn(o.title)}`)] : []),
    `${calendar.unscheduled.length} activities not scheduled in the source:`,
    ...calendar.unscheduled.map((u) => `  ${textIn(u.title)}`),
    conflicts.length === 0 ? 'No conflicts.' : `Conflicts:\n${conflicts.map((c) => `  ${c.message}`).join('\n')}`,
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
