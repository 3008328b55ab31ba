import { argumentError } from '../errors/mirps-error.js';
import { describeValue } from './describe-value.js';

/** A line break or a character that escaping changes: most text has none, and is kept as it is without the replacements. */
const NEEDS_ESCAPING = /[\r\n\\`*_[\]<>|~&#]/;

/**
 * Escapes text for CommonMark (and GFM tables): every character that could
 * start inline markup, an HTML tag or a table cell border is backslash-escaped,
 * and line breaks become spaces, so text from data shows literally. Where the
 * text starts a line (`lineStart`), anything that would open a block there (a
 * list marker, a quote, a heading, a thematic break) is escaped too. The
 * Markdown writers of `@mirps/calendar` and `@mirps/report` both use it.
 *
 * @param text - Any text.
 * @param lineStart - True when the text begins a line of the Markdown output.
 * @throws {@link MirpsValidationError} (`arguments of escapeMarkdown`) when `text` is not a string or `lineStart` not a boolean.
 * @example
 * ```ts
 * import { escapeMarkdown } from '@mirps/core';
 * escapeMarkdown('a | b *c*'); // 'a \\| b \\*c\\*'
 * escapeMarkdown('1. not a list', true); // '1\\. not a list'
 * ```
 */
export function escapeMarkdown(text: string, lineStart = false): string {
  if (typeof text !== 'string')
    throw argumentError('escapeMarkdown', [
      { code: 'shape.invalid-type', path: ['text'], message: `Expected a string, got ${describeValue(text)}` },
    ]);
  if (typeof lineStart !== 'boolean')
    throw argumentError('escapeMarkdown', [
      {
        code: 'shape.invalid-type',
        path: ['lineStart'],
        message: `Expected true or false, got ${describeValue(lineStart)}`,
      },
    ]);
  const inline = NEEDS_ESCAPING.test(text)
    ? text.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>|~&#]/g, (c) => `\\${c}`)
    : text;
  if (!lineStart) return inline;
  return inline.replace(/^(\s*)([-+=>]|\d+(?=[.)]))/, (_, space: string, marker: string) =>
    /\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}
