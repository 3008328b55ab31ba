import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, lstatSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './cli-error.js';
import { failure, specialFileKind } from './file-kind.js';

/** How {@link writeAtomically} may treat a file already there. */
export interface WriteOptions {
  /** Replace an existing regular file (`--force`); nothing else is ever replaced. */
  readonly force?: boolean | undefined;
}

/** What is at a path, not following a symbolic link; undefined when nothing is. */
function existing(path: string, file: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`${file}: cannot write the file (${failure(error)})`);
  }
}

/** Refuses to replace what is at a path unless it is a regular file and `--force` was given. */
function refuseToReplace(stats: Stats, file: string, force: boolean): void {
  if (stats.isSymbolicLink()) throw new InputError(`${file}: is a symbolic link; mirps does not replace links, even with --force: name the file it points to, or remove the link`);
  const kind = specialFileKind(stats);
  if (kind !== undefined) throw new InputError(`${file}: is ${kind}, not a file; mirps writes only regular files (- writes to standard output)`);
  if (!force) throw new InputError(`${file}: the file exists; give --force to replace it`);
}

/**
 * Writes a file whole or not at all: to a temporary name beside it, then put in
 * place, so a failure never leaves a half-written file behind. A new file is
 * linked in place, which fails if anything appeared there meanwhile; an existing
 * regular file is replaced only with `force` (keeping its permissions); a
 * symbolic link, a folder, a FIFO, a device or a socket never is.
 */
export function writeAtomically(cwd: string, file: string, content: string, options: WriteOptions = {}): void {
  const path = resolve(cwd, file);
  const before = existing(path, file);
  if (before !== undefined) refuseToReplace(before, file, options.force === true);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    // wx: a new file of its own, never one put there under this name, nor a link's target.
    writeFileSync(temporary, content, { flag: 'wx' });
    if (before !== undefined) {
      chmodSync(temporary, before.mode & 0o777);
      renameSync(temporary, path);
    } else place(temporary, path, file, options.force === true);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: cannot write the file (${failure(error)})`);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Puts a new file in place without replacing what may have appeared there since it was checked. */
function place(temporary: string, path: string, file: string, force: boolean): void {
  try {
    linkSync(temporary, path);
  } catch {
    // Something appeared there since the check (EEXIST), or the file system has no hard links: check again, then rename.
    const now = existing(path, file);
    if (now !== undefined) refuseToReplace(now, file, force);
    renameSync(temporary, path);
  }
}
