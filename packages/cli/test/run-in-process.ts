import { type CliIo, runCli } from '@mirps/cli';

/** What one run of the command line printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the command line in-process in `folder` and collects what it prints; `io` may add `stdin` and `isTTY`. */
export function runIn(
  folder: string,
  args: readonly string[],
  io: Partial<Pick<CliIo, 'stdin' | 'isTTY'>> = {},
): CliRun {
  let out = '';
  let err = '';
  const code = runCli(args, { cwd: folder, stdout: (t) => (out += t), stderr: (t) => (err += t), ...io });
  return { code, out, err };
}
