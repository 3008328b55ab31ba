import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, lstatSync, renameSync, rmSync, type Stats, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Language } from '@mirps/core';
import { InputError } from './cli-error.js';
import { failure, specialFileKind } from './file-kind.js';
import { messagesIn } from './i18n/messages.js';
import type { CommandIo } from './terminal.js';

/** How {@link writeAtomically} may treat a file already there. */
export interface WriteOptions {
  /** Replace an existing regular file (`--force`); nothing else is ever replaced. */
  readonly force?: boolean | undefined;
  /** The language of the messages that refuse to write (English by default). */
  readonly language?: Language | undefined;
}

/** What is at a path, not following a symbolic link; undefined when nothing is. */
function existing(path: string, file: string, language: Language): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(messagesIn(language).cannotWrite(file, failure(error)));
  }
}

/** Refuses to replace what is at a path unless it is a regular file and `--force` was given. */
function refuseToReplace(stats: Stats, file: string, force: boolean, language: Language): void {
  const messages = messagesIn(language);
  if (stats.isSymbolicLink()) throw new InputError(messages.isLink(file));
  const kind = specialFileKind(stats, language);
  if (kind !== undefined) throw new InputError(messages.notWritable(file, kind));
  if (!force) throw new InputError(messages.exists(file));
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
  const language = options.language ?? 'en';
  const before = existing(path, file, language);
  if (before !== undefined) refuseToReplace(before, file, options.force === true, language);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    // wx: a new file of its own, never one put there under this name, nor a link's target.
    writeFileSync(temporary, content, { flag: 'wx' });
    if (before !== undefined) {
      chmodSync(temporary, before.mode & 0o777);
      renameSync(temporary, path);
    } else place(temporary, path, file, options.force === true, language);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(messagesIn(language).cannotWrite(file, failure(error)));
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Puts a new file in place without replacing what may have appeared there since it was checked. */
function place(temporary: string, path: string, file: string, force: boolean, language: Language): void {
  try {
    linkSync(temporary, path);
  } catch {
    // Something appeared there since the check (EEXIST), or the file system has no hard links: check again, then rename.
    const now = existing(path, file, language);
    if (now !== undefined) refuseToReplace(now, file, force, language);
    renameSync(temporary, path);
  }
}

/** Writes a command's result: to standard output without `-o` (or with `-o -`), else to the file, whole or not at all. */
export function writeResult(io: CommandIo, values: { output?: string; force?: boolean }, text: string): void {
  if (values.output === undefined || values.output === '-') io.data(text);
  else {
    writeAtomically(io.cwd, values.output, text, { force: values.force, language: io.language });
    io.stderr(io.messages.wrote(values.output));
  }
}
