import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** What is at a path, without following a link: file, link, fifo, device, socket, folder, or none. */
export function fileKind(path: string): string {
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) return 'link';
    if (stats.isFIFO()) return 'fifo';
    if (stats.isCharacterDevice()) return 'device';
    if (stats.isSocket()) return 'socket';
    if (stats.isDirectory()) return 'folder';
    return 'file';
  } catch {
    return 'none';
  }
}

/**
 * Makes `fifo` (a FIFO nobody writes to), `socket` (a listening Unix socket),
 * `folder` and, as root, `device` (a character device like /dev/null) in a
 * folder; returns the name of a device node to write to — ours as root, else
 * /dev/null, which only root could replace — and a function that closes the socket.
 */
export async function makeSpecialFiles(folder: string): Promise<{ device: string; close: () => Promise<void> }> {
  execFileSync('mkfifo', [join(folder, 'fifo')]);
  mkdirSync(join(folder, 'folder'));
  const isRoot = process.getuid?.() === 0;
  if (isRoot) execFileSync('mknod', [join(folder, 'device'), 'c', '1', '3']);
  const server = createServer();
  await new Promise<void>((done) => server.listen(join(folder, 'socket'), done));
  return {
    device: isRoot ? 'device' : '/dev/null',
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
