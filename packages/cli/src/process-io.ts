import type { CliIo } from './context.js';

/** The process's own io: its working folder, standard output and error, and standard input; `isTTY` as `stdout` says. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: process.stdout.isTTY === true,
    stdin: 0,
  };
}
