import { textIn, type LocalizedText } from '@mirps/core';
import type { Block, Inline, Section } from './report-document.js';

// Small builders the assemblers share; not part of the public API.

export const text = (value: string): Inline => ({ kind: 'text', text: value });
export const strong = (value: string): Inline => ({ kind: 'strong', text: value });
export const paragraph = (...content: Array<Inline | string>): Block => ({ kind: 'paragraph', content: content.map((part) => (typeof part === 'string' ? text(part) : part)) });
export const list = (items: ReadonlyArray<string | readonly Inline[]>, ordered = false): Block => ({
  kind: 'list',
  ordered,
  items: items.map((item) => (typeof item === 'string' ? [text(item)] : item)),
});
export const note = (...content: Array<Inline | string>): Block => ({ kind: 'note', content: content.map((part) => (typeof part === 'string' ? text(part) : part)) });
export const section = (id: string, title: string, blocks: readonly Block[], sections: readonly Section[] = []): Section => ({ id, title, blocks, sections });

/** Text in the report's language, falling back to the other. */
export const localized = (value: LocalizedText | undefined, language: 'en' | 'es' = 'en'): string => textIn(value, language) ?? '';
