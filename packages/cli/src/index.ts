/**
 * `@mirps/cli`: the `mirps` command line, and `runCli` to run it from a program.
 *
 * @packageDocumentation
 */
import { actionPlan2023 } from '@mirps/core/data';
import { ALL_COMMANDS } from './all-commands.js';
import type { CliIo } from './context.js';
import { processIo } from './process-io.js';
import { runCliWith } from './run-cli.js';

export type { CliIo } from './context.js';
export { CLI_EXIT_CODES } from './exit-codes.js';
export { DEFAULT_MAX_INPUT_BYTES } from './limits.js';

// An entry point: the embedded MIRPS data is the default here, and passed on explicitly from here.

/**
 * Runs the `mirps` command line with the given arguments and returns its exit
 * code (see {@link CLI_EXIT_CODES}): 0 when all went well, 1 for invalid input
 * (the message names the file and the path inside it), 2 for a usage error, 70
 * for an internal error. It does not throw: every failure is an exit code and a
 * short message. Output goes to `io`, so the command line can run inside
 * another program or a test.
 *
 * @param args - The arguments after `mirps`, e.g. `['presidency', 'next']`.
 * @param io - Where to read files from (`cwd`), standard input (`stdin`) and where to write output; the process's by default.
 * @returns The exit code.
 * @example
 * ```ts
 * import { runCli } from '@mirps/cli';
 * const lines: string[] = [];
 * const code = runCli(['presidency', 'next', '--json'], { cwd: process.cwd(), stdout: (t) => lines.push(t), stderr: (t) => lines.push(t) });
 * JSON.parse(lines.join('')).holder; // 'GT'
 * ```
 */
export function runCli(args: readonly string[], io: CliIo = processIo()): number {
  return runCliWith({ plan: actionPlan2023 }, ALL_COMMANDS, args, io);
}
