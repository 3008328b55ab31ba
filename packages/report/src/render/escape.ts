// Escaping for each output format, in one place: text from data never becomes markup.

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An address safe to link to: http(s) or mailto, no spaces or control characters; anything else is not a link. */
export function safeHref(href: string): string | undefined {
  return /^(?:https?:\/\/[^\s"'<>\\]+|mailto:[^\s"'<>\\]+)$/i.test(href) ? href : undefined;
}

/**
 * Escapes text for CommonMark: every character that could start inline markup
 * is backslash-escaped; line breaks become spaces. Where the text starts a line
 * (`lineStart`), anything that would open a block there (a list marker, a
 * quote, a heading, a thematic break) is escaped too.
 */
export function escapeMarkdown(text: string, lineStart = false): string {
  const inline = text.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>|~&#]/g, (c) => `\\${c}`);
  if (!lineStart) return inline;
  return inline.replace(/^(\s*)([-+=>]|\d+(?=[.)]))/, (_, space: string, marker: string) => (/\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`));
}
