import { InputError, UsageError } from './cli-error.js';
import { calendarCommand, CALENDAR_HELP } from './commands/calendar.js';
import { presidencyCommand, PRESIDENCY_HELP } from './commands/presidency.js';
import { reportCommand, REPORT_HELP } from './commands/report.js';
import { schemaCommand, SCHEMA_HELP } from './commands/schema.js';
import { validateCommand, VALIDATE_HELP } from './commands/validate.js';
import type { CliIo, Command, MirpsDefaults } from './context.js';

const HELP = `Usage: mirps <command> [options]

The MIRPS SDK on the command line. Every command works on the embedded MIRPS
data by default, and on a team's own JSON files when given: --reference
(reference data), --ledger (a presidency ledger) and, where a plan is read,
--plan, taken by validate, calendar, report and presidency.

Commands:
  presidency   the next Pro-Tempore Presidency and why, the schedule, the holder on a day, a ledger check
  validate     check a MIRPS JSON file and list every issue with its path
  schema       print a JSON Schema
  calendar     the plan's calendar, its month grid, an iCalendar file
  report       the plan, progress and memoir reports in Markdown, HTML or JSON

Run mirps <command> --help for a command's options. Every command takes --json.
Exit codes: 0 ok, 1 invalid input (the file and the path are named), 2 usage error.
`;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  presidency: { run: presidencyCommand, help: PRESIDENCY_HELP },
  validate: { run: validateCommand, help: VALIDATE_HELP },
  schema: { run: schemaCommand, help: SCHEMA_HELP },
  calendar: { run: calendarCommand, help: CALENDAR_HELP },
  report: { run: reportCommand, help: REPORT_HELP },
};

/**
 * Runs the `mirps` command line with the given defaults (what the commands
 * work on when no file is given) and returns its exit code. The package's entry
 * point, `runCli` in `index.ts`, passes the embedded MIRPS data; nothing below
 * it reads the embedded data.
 */
export function runCliWith(defaults: MirpsDefaults, args: readonly string[], io: CliIo): number {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`mirps: unknown command ${JSON.stringify(name)}\n\n${HELP}`);
    return 2;
  }
  try {
    return command.run(rest, io, defaults);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mirps ${error.command}: ${error.message}\nRun mirps ${error.command} --help for the options.\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

