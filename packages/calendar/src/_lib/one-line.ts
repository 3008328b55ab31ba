// Control characters and line breaks, which text on one line (a name, a label, an option) must not hold: C0 and C1
// controls, DEL, and the Unicode line and paragraph separators.
const BREAKS_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** True for a non-blank string on one line, without control characters. */
export const isOneLine = (text: unknown): text is string =>
  typeof text === 'string' && text.trim() !== '' && !BREAKS_LINE.test(text);
