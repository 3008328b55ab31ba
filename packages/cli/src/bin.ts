import { CLI_EXIT_CODES, runCli } from './index.js';

// A reader that stops early (mirps report plan | head) closes the pipe: end quietly, without a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? (process.exitCode ?? CLI_EXIT_CODES.ok) : CLI_EXIT_CODES.internal));
}
process.exitCode = runCli(process.argv.slice(2));
