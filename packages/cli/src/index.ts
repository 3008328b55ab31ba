/**
 * `@mirps/cli`: the `mirps` command line, and `runCli` to run it from a program.
 *
 * @packageDocumentation
 */
export { runCli } from './run-cli.js';
export type { CliIo } from './context.js';
