import {
  buildCalendar,
  type Calendar,
  findConflicts,
  monthGrid,
  monthGridMarkdown,
  monthGridText,
  toICS,
} from '@mirps/calendar';
import { calendarDaySchema, MirpsError, textIn } from '@mirps/core';
import { UsageError } from '../cli-error.js';
import {
  DATA_OPTIONS,
  json,
  loadContext,
  loadPlan,
  type MirpsDefaults,
  OUTPUT_OPTIONS,
  parseCommand,
  refuseExtraArguments,
} from '../context.js';
import { fromFile } from '../issues.js';
import { jsonInput } from '../read-json.js';
import type { CommandIo } from '../terminal.js';
import { writeAtomically } from '../write-output.js';

/** The iCalendar text; a stamp that is neither an instant nor a day (taken as midnight UTC) is a bad option value. */
function icsText(calendar: Calendar, stamp: string, name: string, io: CommandIo): string {
  const instant = calendarDaySchema.safeParse(stamp).success ? `${stamp}T00:00:00Z` : stamp;
  try {
    return toICS(calendar, { stamp: instant, name, language: io.language });
  } catch (error) {
    if (error instanceof MirpsError && error.issues.every((issue) => issue.code === 'calendar.invalid-stamp'))
      throw new UsageError(io.messages.stamp(stamp), 'calendar');
    throw error;
  }
}

export function calendarCommand(args: readonly string[], io: CommandIo, defaults: MirpsDefaults): number {
  const { messages, language } = io;
  const { values, positionals } = parseCommand(messages, 'calendar', args, {
    ...DATA_OPTIONS,
    ...OUTPUT_OPTIONS,
    year: { type: 'string' },
    ics: { type: 'string' },
    grid: { type: 'boolean' },
    markdown: { type: 'boolean' },
    stamp: { type: 'string' },
  });
  if (values.help) {
    io.stdout(messages.calendarHelp);
    return 0;
  }
  refuseExtraArguments(messages, 'calendar', positionals);
  if (values.year !== undefined && !/^\d{4}$/.test(values.year))
    throw new UsageError(messages.year(values.year), 'calendar');
  const icsToStdout = values.ics === '-';
  if (icsToStdout && (values.json || values.grid))
    throw new UsageError(messages.icsToStdout(values.json ? 'json' : 'grid'), 'calendar');
  const input = jsonInput(io, 'calendar', values['max-input-size']);
  const context = loadContext(input, values, language);
  const plan = loadPlan(input, values.plan, context, defaults, language);
  const year = values.year === undefined ? plan.year : Number(values.year);
  const calendar = fromFile(values.plan ?? messages.planLabel, () =>
    buildCalendar(plan, { from: `${year}-01-01`, to: `${year}-12-31`, ...context, language }),
  );
  if (values.ics !== undefined) {
    const ics = fromFile(values.plan ?? messages.planLabel, () =>
      icsText(calendar, values.stamp ?? `${year}-01-01T00:00:00Z`, `${textIn(plan.title, language)} (${year})`, io),
    );
    if (icsToStdout) {
      io.data(ics);
      return 0;
    }
    writeAtomically(io.cwd, values.ics, ics, { force: values.force, language });
    if (!values.json) io.stderr(messages.wrote(values.ics));
  }
  if (values.json) {
    // The calendar as before: its context (the whole reference data and ledger) and the language of its views are not part of the output.
    const { context: _context, language: _language, ...printed } = calendar;
    io.data(json(printed));
    return 0;
  }
  if (values.grid) {
    const grid = monthGrid(calendar, year, { language });
    io.stdout(values.markdown ? monthGridMarkdown(grid) : monthGridText(grid));
    return 0;
  }
  if (values.ics !== undefined) return 0;
  const conflicts = findConflicts(calendar);
  const lines = [
    messages.occurrences(calendar.occurrences.length, year),
    ...calendar.occurrences.map(
      (o) => `  ${o.start === o.end ? o.start : messages.dateRange(o.start, o.end)}  ${textIn(o.title, language)}`,
    ),
    ...(calendar.monthEntries.length > 0
      ? [messages.monthOrYearOnly, ...calendar.monthEntries.map((o) => `  ${o.start}  ${textIn(o.title, language)}`)]
      : []),
    messages.unscheduled(calendar.unscheduled.length),
    ...calendar.unscheduled.map((u) => `  ${textIn(u.title, language)}`),
    conflicts.length === 0
      ? messages.noConflicts
      : `${messages.conflicts}\n${conflicts.map((c) => `  ${c.message}`).join('\n')}`,
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
