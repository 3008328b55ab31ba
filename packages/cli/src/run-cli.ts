import { InputError, UsageError } from './cli-error.js';
import { calendarCommand, CALENDAR_HELP } from './commands/calendar.js';
import { presidencyCommand, PRESIDENCY_HELP } from './commands/presidency.js';
import { reportCommand, REPORT_HELP } from './commands/report.js';
import { schemaCommand, SCHEMA_HELP } from './commands/schema.js';
import { validateCommand, VALIDATE_HELP } from './commands/validate.js';
import type { CliIo, Command, MirpsDefaults } from './context.js';
import { CLI_EXIT_CODES } from './exit-codes.js';
import { commandIo, type CommandIo } from './terminal.js';

const HELP = `Usage: mirps <command> [options]

The MIRPS SDK on the command line. Every command works on the embedded MIRPS
data by default, and on a team's own JSON files when given: --reference
(reference data) and --ledger (a presidency ledger), taken by validate,
calendar, report and presidency; --plan, where a plan is read (validate,
calendar and report).

Commands:
  presidency   the next Pro-Tempore Presidency and why, the schedule, the holder on a day, a ledger check
  validate     check a MIRPS JSON file and list every issue with its path
  schema       print a JSON Schema
  calendar     the plan's calendar, its month grid, an iCalendar file
  report       the plan, progress and memoir reports in Markdown, HTML or JSON

Run mirps <command> --help for a command's options. Every command takes --json.
Files are read only when regular files, or - for standard input, and up to
--max-input-size (50M by default); -o and --ics write a new file, and replace
an existing regular file only with --force (never a link or a special file).

Exit codes: 0 ok; 1 invalid input (the file and the path are named), or a
departure found by presidency check; 2 usage error; 70 an internal error.
`;

// A Map, so that a command name such as constructor or __proto__ finds nothing.
const COMMANDS: ReadonlyMap<string, { run: Command; help: string }> = new Map([
  ['presidency', { run: presidencyCommand, help: PRESIDENCY_HELP }],
  ['validate', { run: validateCommand, help: VALIDATE_HELP }],
  ['schema', { run: schemaCommand, help: SCHEMA_HELP }],
  ['calendar', { run: calendarCommand, help: CALENDAR_HELP }],
  ['report', { run: reportCommand, help: REPORT_HELP }],
]);

/**
 * Runs the `mirps` command line with the given defaults (what the commands
 * work on when no file is given) and returns its exit code. The package's entry
 * point, `runCli` in `index.ts`, passes the embedded MIRPS data; nothing below
 * it reads the embedded data. Every way out is an exit code and at most a short
 * message: an exception nobody expected is reported in one line, with code 70.
 */
export function runCliWith(defaults: MirpsDefaults, args: readonly string[], io: CliIo): number {
  const commandIO = commandIo(io);
  try {
    return run(defaults, args, commandIO);
  } catch (error) {
    try {
      commandIO.stderr(`mirps: internal error (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}); please report it with the command that caused it\n`);
    } catch {
      // Not even the message could be written: the exit code says it.
    }
    return CLI_EXIT_CODES.internal;
  }
}

function run(defaults: MirpsDefaults, args: readonly string[], io: CommandIo): number {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return name === undefined ? CLI_EXIT_CODES.usage : CLI_EXIT_CODES.ok;
  }
  const command = COMMANDS.get(name);
  if (command === undefined) {
    io.stderr(`mirps: unknown command ${JSON.stringify(name)}\n\n${HELP}`);
    return CLI_EXIT_CODES.usage;
  }
  try {
    return command.run(rest, io, defaults);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mirps ${error.command}: ${error.message}\nRun mirps ${error.command} --help for the options.\n`);
      return CLI_EXIT_CODES.usage;
    }
    if (error instanceof InputError) {
      io.stderr(`${error.message}\n`);
      return CLI_EXIT_CODES.invalid;
    }
    throw error;
  }
}
