/**
 * The exit codes of the `mirps` command line, as `runCli` returns them:
 * `ok` (0); `invalid` (1), invalid input — a file that cannot be read, is too
 * large, is not JSON or not valid, an output file that may not be replaced —
 * or a departure from the rotation found by `presidency check`; `usage` (2),
 * an unknown command or option, or a bad option value; `internal` (70), an
 * unexpected failure, reported in one line (please report it as a bug).
 *
 * @example
 * ```ts
 * import { CLI_EXIT_CODES, runCli } from '@mirps/cli';
 * const code = runCli(['validate', 'plan.json']);
 * if (code === CLI_EXIT_CODES.invalid) console.error('fix the file');
 * ```
 */
export const CLI_EXIT_CODES = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;
