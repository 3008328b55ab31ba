// Loaded with `node --import`: appends to the file named by MIRPS_PACKAGES_LOG the @mirps package of every
// import the program resolves, one line each, so that a test can see which packages a command loaded.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

// The hooks below run on the loader's own thread, where this module is loaded again: register them once.
if (isMainThread) register(import.meta.url);

export async function resolve(specifier, context, nextResolve) {
  const name = /^@mirps\/[^/]+/.exec(specifier)?.[0];
  if (name !== undefined) appendFileSync(process.env.MIRPS_PACKAGES_LOG, `${name}\n`);
  return nextResolve(specifier, context);
}
