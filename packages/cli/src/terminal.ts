import type { Language } from '@mirps/core';
import type { CliIo } from './context.js';
import { type Messages, messagesIn } from './i18n/messages.js';

/**
 * Characters a terminal may act on instead of printing: the C0 controls but
 * TAB and LF (ESC starts a sequence that moves the cursor or changes colours;
 * CR returns to the start of the line, BS steps back), DEL, and the C1
 * controls (U+009B is a CSI on some terminals).
 */
const CONTROLS_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** The same for data (a report, JSON, iCalendar), which keeps its line ends: CR too is left as it is. */
const CONTROLS_IN_DATA = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

const escaped = (character: string): string => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text shown as `\u001b` where it holds a control character, so that what it quotes cannot drive the terminal. */
export const escapeControls = (text: string): string => text.replace(CONTROLS_IN_TEXT, escaped);

/**
 * Where a command writes, by what it writes: `stdout` and `stderr` take
 * human-readable text and always show control characters escaped (`\u001b`);
 * `data` takes what a program or a file reads (JSON, a report, iCalendar) and
 * passes it as it is, except to a terminal, where its control characters
 * (line ends aside) are shown escaped too. Human-readable text is written in
 * `language`, from `messages`.
 */
export interface CommandIo {
  /** The language of the run (`--lang`): of the command line's own texts, and of what the libraries write. */
  readonly language: Language;
  /** The command line's texts in that language. */
  readonly messages: Messages;
  /** The folder relative file names are read from and written to. */
  readonly cwd: string;
  /** The file descriptor `-` is read from: standard input. */
  readonly stdin: number;
  /** Human-readable results on standard output. */
  readonly stdout: (text: string) => void;
  /** Messages about the run on standard error. */
  readonly stderr: (text: string) => void;
  /** Data on standard output. */
  readonly data: (text: string) => void;
}

/** The command's view of the caller's io: every write goes through the escaping its kind of output needs. */
export function commandIo(io: CliIo, language: Language = 'en'): CommandIo {
  return {
    language,
    messages: messagesIn(language),
    cwd: io.cwd,
    stdin: io.stdin ?? 0,
    stdout: (text) => io.stdout(escapeControls(text)),
    stderr: (text) => io.stderr(escapeControls(text)),
    data: io.isTTY === true ? (text) => io.stdout(text.replace(CONTROLS_IN_DATA, escaped)) : (text) => io.stdout(text),
  };
}
