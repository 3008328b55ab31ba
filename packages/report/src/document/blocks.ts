import { isLanguage, type Language, type LocalizedText, textIn } from '@mirps/core';
import type { Block, Inline, RichText, Section } from './report-document.js';

// Small builders the assemblers share; not part of the public API.

export const text = (value: string): Inline => ({ kind: 'text', text: value });
export const strong = (value: string): Inline => ({ kind: 'strong', text: value });
export const paragraph = (...content: Array<Inline | string>): Block => ({
  kind: 'paragraph',
  content: content.map((part) => (typeof part === 'string' ? text(part) : part)),
});
export const list = (items: ReadonlyArray<RichText>, ordered = false): Block => ({
  kind: 'list',
  ordered,
  items: items.map((item) => (typeof item === 'string' ? [text(item)] : item)),
});
export const note = (...content: Array<Inline | string>): Block => ({
  kind: 'note',
  content: content.map((part) => (typeof part === 'string' ? text(part) : part)),
});
export const section = (
  id: string,
  title: RichText,
  blocks: readonly Block[],
  sections: readonly Section[] = [],
): Section => ({ id, title, blocks, sections });

/** Text in the report's language, falling back to the other, as plain text (for names and labels that are data keys, not text for people). */
export const localized = (value: LocalizedText | undefined, language: Language = 'en'): string =>
  textIn(value, language) ?? '';

/**
 * Text from the data in the report's language, falling back to the other — as
 * an inline part marked with the language it is in when that is not the
 * report's (the plan's English text in a Spanish report), so every renderer
 * can say so. Never translated.
 */
export function localizedRun(
  value: LocalizedText | undefined,
  language: Language,
  kind: 'text' | 'strong' = 'text',
): Inline {
  const chosen = textIn(value, language) ?? '';
  const other: Language = language === 'en' ? 'es' : 'en';
  const own = value?.[language];
  const marked = (own === undefined || own === null) && chosen !== '' && isLanguage(other) && value?.[other] === chosen;
  return marked ? { kind, text: chosen, lang: other } : { kind, text: chosen };
}

/**
 * Running text from parts: plain when no part is marked and all are plain
 * text (as every English report is), so a document only holds parts where
 * they say something.
 */
export function rich(...parts: Array<Inline | string>): RichText {
  const runs = parts.map((part) => (typeof part === 'string' ? text(part) : part));
  return runs.every((part) => part.kind === 'text' && part.lang === undefined)
    ? runs.map((part) => part.text).join('')
    : runs;
}
