// Text written into an iCalendar file. ical-generator escapes TEXT values (backslash, semicolon, comma, and CR/LF as
// "\n") but writes every other character as it is; these helpers make sure no control character reaches the file.

// Line breaks of every kind, which become one "\n" (written escaped, so a text never starts a line of its own).
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// Control characters other than line breaks and TAB: C0, DEL and C1. They are dropped.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/**
 * Text from the data, made safe for a TEXT value: every line break (CR LF, CR,
 * LF, NEL, U+2028, U+2029) becomes `\n`, which ical-generator writes escaped;
 * a TAB becomes a space; other control characters (C0, DEL, C1) are dropped.
 */
export const icsText = (text: string): string =>
  text.replace(LINE_BREAKS, '\n').replace(/\t/g, ' ').replace(CONTROLS, '');

/**
 * A TEXT value that ical-generator writes without escaping it (the PRODID and
 * the calendar's name), escaped as RFC 5545 requires. The caller has refused
 * control characters already.
 */
export const escapeIcsText = (text: string): string => text.replace(/[\\;,]/g, (match) => `\\${match}`);

// Text that takes one octet per character.
const ASCII = /^[\u0000-\u007f]*$/;

/** How many octets a text takes in UTF-8 (a lone surrogate as the three of U+FFFD, as it is written). */
export function utf8Length(text: string): number {
  if (ASCII.test(text)) return text.length;
  let octets = 0;
  for (const char of text) octets += charLength(char);
  return octets;
}

/** How many octets one character, as a string's iterator gives it, takes in UTF-8. */
function charLength(char: string): number {
  if (char.length === 2) return 4; // a surrogate pair: a code point past U+FFFF
  const unit = char.charCodeAt(0);
  if (unit < 0x80) return 1;
  return unit < 0x800 ? 2 : 3;
}
