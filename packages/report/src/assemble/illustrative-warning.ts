import { isIllustrative, type Language } from '@mirps/core';
import { note, strong } from '../document/blocks.js';
import type { Block } from '../document/report-document.js';
import { messages } from '../i18n/messages.js';

/**
 * The warning a report carries first when any of its data says of itself that
 * it is invented for illustration (a source marked `illustrative: true`), in
 * the report's language; nothing otherwise.
 */
export function illustrativePreface(language: Language, ...data: readonly unknown[]): { preface?: readonly Block[] } {
  if (!data.some((document) => isIllustrative(document))) return {};
  const m = messages(language);
  return { preface: [note(strong(m.illustrativeLabel), m.illustrativeText)] };
}
