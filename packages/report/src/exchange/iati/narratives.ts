import type { Language, LocalizedText } from '@mirps/core';
import { messages } from '../../i18n/messages.js';
import type { XmlWriter } from './xml-writer.js';

/** Both languages the SDK writes in, the activity's default first. */
const languagesFrom = (language: Language): readonly Language[] => (language === 'en' ? ['en', 'es'] : ['es', 'en']);

/**
 * `narrative` elements for a text of the data: one for each language it is given in, the default
 * language's first and without `xml:lang` (the activity declares it), the other with it. Source text
 * is never translated: a text given in one language has one narrative.
 */
export function writeNarratives(xml: XmlWriter, text: LocalizedText, language: Language): XmlWriter {
  for (const lang of languagesFrom(language)) {
    const value = text[lang];
    if (value !== undefined) xml.leaf('narrative', [['xml:lang', lang === language ? undefined : lang]], value);
  }
  return xml;
}

/** `narrative` elements for a text of the package's own, in both languages. */
export function writeGenerated(
  xml: XmlWriter,
  text: (m: ReturnType<typeof messages>, lang: Language) => string,
  language: Language,
): XmlWriter {
  for (const lang of languagesFrom(language)) {
    xml.leaf('narrative', [['xml:lang', lang === language ? undefined : lang]], text(messages(lang), lang));
  }
  return xml;
}

/** A text of the data in an element of its own (a title, a comment) holding its narratives. */
export function writeTextElement(xml: XmlWriter, name: string, text: LocalizedText, language: Language): XmlWriter {
  return writeNarratives(xml.open(name), text, language).close();
}
