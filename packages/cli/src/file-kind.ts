import type { Stats } from 'node:fs';

/**
 * What a path holds, for a message that refuses it: "a folder", "a FIFO (named
 * pipe)", "a character device"…; `undefined` for a regular file, the only kind
 * the command line reads by name or writes.
 */
export function specialFileKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The code of a failed file system call (`ENOENT`, `EACCES`…), or its message. */
export const failure = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;
