import type { Stats } from 'node:fs';
import type { Language } from '@mirps/core';
import { messagesIn } from './i18n/messages.js';

/**
 * What a path holds, for a message that refuses it: "a folder", "a FIFO (named
 * pipe)", "a character device"… in the language given; `undefined` for a regular file, the only kind
 * the command line reads by name or writes.
 */
export function specialFileKind(stats: Stats, language: Language): string | undefined {
  if (stats.isFile()) return undefined;
  const messages = messagesIn(language);
  if (stats.isDirectory()) return messages.kindFolder;
  if (stats.isSymbolicLink()) return messages.kindSymbolicLink;
  if (stats.isFIFO()) return messages.kindFifo;
  if (stats.isCharacterDevice()) return messages.kindCharacterDevice;
  if (stats.isBlockDevice()) return messages.kindBlockDevice;
  if (stats.isSocket()) return messages.kindSocket;
  return messages.kindOther;
}

/** The code of a failed file system call (`ENOENT`, `EACCES`…), or its message. */
export const failure = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;
