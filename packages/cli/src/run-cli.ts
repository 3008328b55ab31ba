import { InputError, UsageError } from './cli-error.js';
import { type CliIo, type CommandTable, type MirpsDefaults, refuseExtraArguments } from './context.js';
import { CLI_EXIT_CODES } from './exit-codes.js';
import { takeLanguage } from './i18n/language-option.js';
import { type CommandIo, commandIo } from './terminal.js';
import { CLI_VERSION } from './version.js';

/**
 * Runs the `mirps` command line with the given defaults (what the commands
 * work on when no file is given) and commands (a name not among them is an
 * unknown command), and returns its exit code. The entry points, `runCli` in
 * `index.ts` and the executable in `bin.ts`, pass the embedded MIRPS data;
 * nothing below them reads the embedded data. Every way out is an exit code and
 * at most a short message: an exception nobody expected is reported in one
 * line, with code 70. `--lang` is read first, wherever it is, so that every
 * message is in its language.
 */
export function runCliWith(
  defaults: MirpsDefaults,
  commands: CommandTable,
  args: readonly string[],
  io: CliIo,
): number {
  let commandIO = commandIo(io, 'en');
  try {
    try {
      const { language, args: rest } = takeLanguage(args);
      commandIO = commandIo(io, language);
      return run(defaults, commands, rest, commandIO);
    } catch (error) {
      return refuse(error, commandIO);
    }
  } catch (error) {
    try {
      commandIO.stderr(
        commandIO.messages.internalError(error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
      );
    } catch {
      // Not even the message could be written: the exit code says it.
    }
    return CLI_EXIT_CODES.internal;
  }
}

function run(defaults: MirpsDefaults, commands: CommandTable, args: readonly string[], io: CommandIo): number {
  const [name, ...rest] = args;
  const { messages } = io;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(messages.help);
    return name === undefined ? CLI_EXIT_CODES.usage : CLI_EXIT_CODES.ok;
  }
  if (name === '--version' || name === '-V') {
    refuseExtraArguments(messages, '', rest);
    io.stdout(`${CLI_VERSION}\n`);
    return CLI_EXIT_CODES.ok;
  }
  const command = commands.get(name);
  if (command === undefined) {
    io.stderr(`${messages.unknownCommand(JSON.stringify(name))}${messages.help}`);
    return CLI_EXIT_CODES.usage;
  }
  return command(rest, io, defaults);
}

/** A usage or input error as its message and exit code; anything else is not expected, and thrown on. */
function refuse(error: unknown, io: CommandIo): number {
  if (error instanceof UsageError) {
    io.stderr(
      error.command === '' ? io.messages.usageOfMirps(error.message) : io.messages.usage(error.command, error.message),
    );
    return CLI_EXIT_CODES.usage;
  }
  if (error instanceof InputError) {
    io.stderr(`${error.message}\n`);
    return CLI_EXIT_CODES.invalid;
  }
  throw error;
}
