import { InputError, UsageError } from './cli-error.js';
import { calendarCommand, CALENDAR_HELP } from './commands/calendar.js';
import { presidencyCommand, PRESIDENCY_HELP } from './commands/presidency.js';
import { reportCommand, REPORT_HELP } from './commands/report.js';
import { schemaCommand, SCHEMA_HELP } from './commands/schema.js';
import { validateCommand, VALIDATE_HELP } from './commands/validate.js';
import type { CliIo } from './context.js';

const HELP = `Usage: mirps <command> [options]

The MIRPS SDK on the command line. Every command works on the embedded MIRPS
data by default, and on your JSON files when given.

Commands:
  presidency   the next Pro-Tempore Presidency and why, the schedule, the holder on a day, a ledger check
  validate     check a MIRPS JSON file and list every issue with its path
  schema       print a JSON Schema
  calendar     the plan's calendar, its month grid, an iCalendar file
  report       the plan, progress and memoir reports in Markdown, HTML or JSON

Run mirps <command> --help for a command's options. Every command takes --json.
Exit codes: 0 ok, 1 invalid input (the file and the path are named), 2 usage error.
`;

const COMMANDS: Record<string, { run: (args: readonly string[], io: CliIo) => number; help: string }> = {
  presidency: { run: presidencyCommand, help: PRESIDENCY_HELP },
  validate: { run: validateCommand, help: VALIDATE_HELP },
  schema: { run: schemaCommand, help: SCHEMA_HELP },
  calendar: { run: calendarCommand, help: CALENDAR_HELP },
  report: { run: reportCommand, help: REPORT_HELP },
};

/**
 * Runs the `mirps` command line with the given arguments and returns its exit
 * code: 0 when all went well, 1 for invalid input (the message names the file
 * and the path inside it), 2 for a usage error. Output goes to `io`, so the
 * command line can run inside another program or a test.
 *
 * @param args - The arguments after `mirps`, e.g. `['presidency', 'next']`.
 * @param io - Where to read files from (`cwd`) and write output; the process's by default.
 * @returns The exit code.
 * @example
 * ```ts
 * import { runCli } from '@mirps/cli';
 * const lines: string[] = [];
 * const code = runCli(['presidency', 'next', '--json'], { cwd: process.cwd(), stdout: (t) => lines.push(t), stderr: (t) => lines.push(t) });
 * JSON.parse(lines.join('')).holder; // 'BZ'
 * ```
 */
export function runCli(args: readonly string[], io: CliIo = { cwd: process.cwd(), stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }): number {
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
    return command.run(rest, io);
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

