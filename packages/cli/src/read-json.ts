import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, UsageError } from './cli-error.js';
import { failure, specialFileKind } from './file-kind.js';
import type { Messages } from './i18n/messages.js';
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

/** Waits a moment without the event loop: standard input may be a pipe in non-blocking mode. */
const pause = (): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);

/** The bytes of an open file, refused as soon as they pass the limit. */
function readLimited(fd: number, file: string, maxBytes: number, messages: Messages): Buffer {
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
      throw new InputError(messages.cannotRead(file, failure(error)));
    }
    if (count === 0) return Buffer.concat(chunks, total);
    chunks.push(Buffer.from(scratch.subarray(0, count)));
    total += count;
    if (total > maxBytes) throw tooLarge(file, maxBytes, messages);
  }
}

const tooLarge = (file: string, maxBytes: number, messages: Messages): InputError =>
  new InputError(
    maxBytes >= MAX_INPUT_BYTES_CEILING
      ? messages.tooLargeForCeiling(file, formatByteSize(maxBytes))
      : messages.tooLarge(
          file,
          formatByteSize(maxBytes),
          formatByteSize(MAX_INPUT_BYTES_CEILING),
          formatByteSize(Math.min(maxBytes * 2, MAX_INPUT_BYTES_CEILING)),
        ),
  );

/** A regular file's bytes: its kind checked before it is opened (a FIFO would block) and again once open. */
function readRegularFile(path: string, file: string, maxBytes: number, io: CommandIo): Buffer {
  const { messages } = io;
  let before: Stats;
  try {
    before = statSync(path);
  } catch (error) {
    throw new InputError(messages.cannotRead(file, failure(error)));
  }
  const kind = specialFileKind(before, io.language);
  if (kind !== undefined) throw new InputError(messages.notReadable(file, kind));
  if (before.size > maxBytes) throw tooLarge(file, maxBytes, messages);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw new InputError(messages.cannotRead(file, failure(error)));
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== before.ino || opened.dev !== before.dev)
      throw new InputError(messages.changedWhileOpened(file));
    return readLimited(fd, file, maxBytes, messages);
  } finally {
    closeSync(fd);
  }
}

/** Text from UTF-8 bytes, a byte order mark left out; other encodings are refused. */
function decode(bytes: Buffer, file: string, messages: Messages): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new InputError(messages.utf16(file));
  try {
    // The decoder leaves out a UTF-8 byte order mark.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(messages.notUtf8(file));
  }
}

/** Parses JSON text, or names the line and column where it breaks. */
function parse(text: string, file: string, io: CommandIo): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const found = findJsonSyntaxError(text, io.language);
    throw new InputError(
      io.messages.notJson(
        file,
        found === undefined ? (error as Error).message : io.messages.jsonAt(found.line, found.column, found.problem),
      ),
    );
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
    throw new UsageError(
      io.messages.maxInputSize(formatByteSize(MAX_INPUT_BYTES_CEILING), String(maxInputSize)),
      command,
    );
  }
  let stdinRead = false;
  return {
    read(file) {
      if (file === '') throw new UsageError(io.messages.emptyFileName, command);
      let bytes: Buffer;
      if (file === '-') {
        if (stdinRead) throw new UsageError(io.messages.stdinOnce, command);
        stdinRead = true;
        bytes = readLimited(io.stdin, file, maxBytes, io.messages);
      } else bytes = readRegularFile(resolve(io.cwd, file), file, maxBytes, io);
      return parse(decode(bytes, file, io.messages), file, io);
    },
  };
}
