// Escaping for each output format, in one place: text from data never becomes markup.

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An address safe to link to: http(s) or mailto, no spaces or control characters; anything else is not a link. */
export function safeHref(href: string): string | undefined {
  return /^(?:https?:\/\/[^\s"'<>\\]+|mailto:[^\s"'<>\\]+)$/i.test(href) ? href : undefined;
}
