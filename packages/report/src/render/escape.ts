import { escapeMarkdown } from '@mirps/core';

// Escaping for each output format, in one place: text from data never becomes markup.

/**
 * Characters that are not text: C0 controls but tab, line feed and carriage return; DEL and the C1
 * controls; noncharacters (U+FDD0–U+FDEF and the last two code points of every plane); and surrogates
 * that are not part of a pair. A pair is matched whole, so only the plane-ending noncharacters among
 * pairs are replaced.
 */
const NOT_TEXT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]?|[\uDC00-\uDFFF]/g;

/** A character that can start a match of {@link NOT_TEXT} (a surrogate, even in a pair): most text has none, and is returned as it is. */
const MAY_BE_NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/**
 * Text with every character that is not text replaced by U+FFFD (the
 * replacement character), so control characters such as NUL or ESC, broken
 * surrogates and noncharacters are never written raw into a report. Tab, line
 * feed and carriage return stay.
 */
export function replaceNonText(text: string): string {
  if (!MAY_BE_NOT_TEXT.test(text)) return text;
  return text.replace(NOT_TEXT, (match) => {
    if (match.length === 1) return '\uFFFD';
    // A pair: the low 16 bits of its code point are the high surrogate's last 6 bits and the low surrogate's 10.
    const low16 = ((match.charCodeAt(0) & 0x3f) << 10) | (match.charCodeAt(1) - 0xdc00);
    return (low16 & 0xfffe) === 0xfffe ? '\uFFFD' : match;
  });
}

/** The character references of the characters that are markup in HTML. */
const HTML_REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and attribute values (characters that are not text become U+FFFD). */
export function escapeHtml(text: string): string {
  return replaceNonText(text).replace(/[&<>"']/g, (c) => HTML_REFERENCES[c] ?? c);
}

/** The character references of the characters that are markup in XML, and of those an XML parser would normalise away. */
const XML_REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/**
 * Escapes text for XML element content (or, with `attribute`, an attribute value): markup characters
 * become references, characters that are not text become U+FFFD, and a carriage return (and, in an
 * attribute, a line feed or tab) is written as a reference so that a parser reads back the same text.
 */
export function escapeXml(text: string, attribute = false): string {
  return replaceNonText(text).replace(attribute ? /[&<>"'\r\n\t]/g : /[&<>"'\r]/g, (c) => XML_REFERENCES[c] ?? c);
}

/** Text without the white space at its start: at the start of a Markdown line, four spaces or a tab would open a code block. */
export const trimLineStart = (text: string): string => text.replace(/^[ \t\r\n]+/, '');

/**
 * Escapes text for Markdown (see `escapeMarkdown` of `@mirps/core`), after
 * replacing characters that are not text with U+FFFD. Where the text starts a
 * line (`lineStart`), white space at its start is dropped too, and whatever
 * would open a block there is escaped.
 */
export function escapeMarkdownText(text: string, lineStart = false): string {
  const clean = replaceNonText(text);
  return lineStart ? escapeMarkdown(trimLineStart(clean), true) : escapeMarkdown(clean);
}

/** An address safe to link to: http(s) or mailto, no spaces, quotes, angle brackets, backslashes or control characters; anything else is not a link. */
export function safeHref(href: string): string | undefined {
  return /^(?:https?:\/\/|mailto:)[^\s"'<>\\\u0000-\u001F\u007F-\u009F]+$/i.test(href) && replaceNonText(href) === href
    ? href
    : undefined;
}
