import { actionPlan2023 } from '@mirps/core/data';
import { loadCommandFor } from './command-loader.js';
import { CLI_EXIT_CODES } from './exit-codes.js';
import { processIo } from './process-io.js';
import { runCliWith } from './run-cli.js';

// A reader that stops early (mirps report plan | head) closes the pipe: end quietly, without a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) =>
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? CLI_EXIT_CODES.ok) : CLI_EXIT_CODES.internal),
  );
}
// An entry point, like runCli: the embedded MIRPS data is the default here. It loads only the command it runs, so a
// command starts without the packages it does not use.
const args = process.argv.slice(2);
process.exitCode = runCliWith({ plan: actionPlan2023 }, await loadCommandFor(args), args, processIo());
