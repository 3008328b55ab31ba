import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, UsageError } from './cli-error.js';
import { failure, specialFileKind } from './file-kind.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { DEFAULT_MAX_INPUT_BYTES, formatByteSize, MAX_INPUT_BYTES_CEILING, parseByteSize } from './limits.js';
import type { CommandIo } from './terminal.js';

/** The JSON files of one run: each read by name, or `-` for standard input (once). */
export interface JsonInput {
  /** Reads a file (or `-`, standard input) and parses it, or says which file and what is wrong with it. */
  readonly read: (file: string) => unknown;
}

const CHUNK_BYTES = 1024 * 1024;
// Opening never waits for a writer (a FIFO put in place after the check) nor takes a terminal; flags a platform lacks are left out.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const NOT_READABLE = 'give a regular file, or - to read standard input';

/** Waits a moment without the event loop: standard input may be a pipe in non-blocking mode. */
const pause = (): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);

/** The bytes of an open file, refused as soon as they pass the limit. */
function readLimited(fd: number, file: string, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  // One buffer to read into, and a copy of what each read gave: a pipe gives 64K a time, and a 1M buffer kept for each would cost 16 times the input.
  const scratch = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1));
  let total = 0;
  for (;;) {
    let count: number;
    try {
      count = readSync(fd, scratch, 0, Math.min(scratch.length, maxBytes + 1 - total), null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        pause();
        continue;
      }
      throw new InputError(`${file}: cannot read the file (${failure(error)})`);
    }
    if (count === 0) return Buffer.concat(chunks, total);
    chunks.push(Buffer.from(scratch.subarray(0, count)));
    total += count;
    if (total > maxBytes) throw tooLarge(file, maxBytes);
  }
}

const tooLarge = (file: string, maxBytes: number): InputError =>
  new InputError(
    maxBytes >= MAX_INPUT_BYTES_CEILING
      ? `${file}: larger than ${formatByteSize(maxBytes)}, the most --max-input-size allows; split the document`
      : `${file}: larger than the input limit of ${formatByteSize(maxBytes)}; give --max-input-size with a larger size (up to ${formatByteSize(MAX_INPUT_BYTES_CEILING)}), e.g. --max-input-size ${formatByteSize(Math.min(maxBytes * 2, MAX_INPUT_BYTES_CEILING))}`,
  );

/** A regular file's bytes: its kind checked before it is opened (a FIFO would block) and again once open. */
function readRegularFile(path: string, file: string, maxBytes: number): Buffer {
  let before: Stats;
  try {
    before = statSync(path);
  } catch (error) {
    throw new InputError(`${file}: cannot read the file (${failure(error)})`);
  }
  const kind = specialFileKind(before);
  if (kind !== undefined) throw new InputError(`${file}: is ${kind}, not a file; ${NOT_READABLE}`);
  if (before.size > maxBytes) throw tooLarge(file, maxBytes);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw new InputError(`${file}: cannot read the file (${failure(error)})`);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== before.ino || opened.dev !== before.dev) throw new InputError(`${file}: changed while it was opened; ${NOT_READABLE}`);
    return readLimited(fd, file, maxBytes);
  } finally {
    closeSync(fd);
  }
}

/** Text from UTF-8 bytes, a byte order mark left out; other encodings are refused. */
function decode(bytes: Buffer, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new InputError(`${file}: UTF-16 text; save it as UTF-8`);
  try {
    // The decoder leaves out a UTF-8 byte order mark.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: not UTF-8 text; save it as UTF-8`);
  }
}

/** Parses JSON text, or names the line and column where it breaks. */
function parse(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const found = findJsonSyntaxError(text);
    throw new InputError(`${file}: not valid JSON: ${found === undefined ? (error as Error).message : `line ${found.line}, column ${found.column}: ${found.problem}`}`);
  }
}

/**
 * The JSON input of a command: files read by name only when they are regular
 * files, standard input for `-` (read once), each no larger than the limit
 * (`--max-input-size`, {@link DEFAULT_MAX_INPUT_BYTES} by default).
 */
export function jsonInput(io: CommandIo, command: string, maxInputSize: string | undefined): JsonInput {
  const maxBytes = maxInputSize === undefined ? DEFAULT_MAX_INPUT_BYTES : parseByteSize(maxInputSize);
  if (maxBytes === undefined || maxBytes < 1 || maxBytes > MAX_INPUT_BYTES_CEILING) {
    throw new UsageError(`--max-input-size takes a size from 1 to ${formatByteSize(MAX_INPUT_BYTES_CEILING)}, such as 100M, 512K or 2048 (bytes); got ${maxInputSize}`, command);
  }
  let stdinRead = false;
  return {
    read(file) {
      if (file === '') throw new UsageError('A file name is empty', command);
      let bytes: Buffer;
      if (file === '-') {
        if (stdinRead) throw new UsageError('Standard input (-) can be read for one file only', command);
        stdinRead = true;
        bytes = readLimited(io.stdin, file, maxBytes);
      } else bytes = readRegularFile(resolve(io.cwd, file), file, maxBytes);
      return parse(decode(bytes, file), file);
    },
  };
}
