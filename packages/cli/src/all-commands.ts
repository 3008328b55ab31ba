import type { CommandName } from './command-loader.js';
import { calendarCommand } from './commands/calendar.js';
import { exportCommand } from './commands/export.js';
import { presidencyCommand } from './commands/presidency.js';
import { reportCommand } from './commands/report.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import type { Command, CommandTable } from './context.js';

/** Every command, loaded up front: `runCli` returns its exit code at once, so it cannot wait for a command to load. */
export const ALL_COMMANDS: CommandTable = new Map(
  Object.entries({
    presidency: presidencyCommand,
    validate: validateCommand,
    schema: schemaCommand,
    calendar: calendarCommand,
    report: reportCommand,
    export: exportCommand,
  } satisfies Record<CommandName, Command>),
);
