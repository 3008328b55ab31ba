import type { Language } from '@mirps/core';
import { DESCRIPTION_TYPE } from './iati-codes.js';
import { writeGenerated } from './narratives.js';
import type { XmlWriter } from './xml-writer.js';

/** The package's warning that the data is invented for illustration, in both languages. */
export const illustrativeWarning = (m: { illustrativeLabel: string; illustrativeFileText: string }): string =>
  `${m.illustrativeLabel}${m.illustrativeFileText}`;

/** A `description` (type 4, Other) of an activity built from illustrative data, saying so in both languages. */
export function writeIllustrativeDescription(xml: XmlWriter, language: Language): void {
  writeGenerated(xml.open('description', [['type', DESCRIPTION_TYPE.other]]), illustrativeWarning, language).close();
}
