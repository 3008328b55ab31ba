import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { describeValue } from '../format/describe-value.js';
import type { Language } from '../i18n/language.js';
import { ROTATION_MESSAGES } from '../i18n/rotation-messages.js';

// The locale an alphabetical order collates in. Its form is checked by a pattern that JSON Schema validators read as
// zod does, and that admits only tags `Intl.Collator` accepts (a language, then optionally a script, a region, one
// variant and a Unicode extension such as `-u-co-trad`); whether this JavaScript runtime can collate in it is a rule
// (`rotation.invalid-locale`), since `Intl.Collator` quietly falls back to the machine's own locale for one it lacks.

const LOCALE_TAG =
  /^[a-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-(?:[A-Za-z0-9]{5,8}|\d[A-Za-z0-9]{3}))?(?:-u(?:-[A-Za-z0-9][A-Za-z](?:-[A-Za-z0-9]{3,8})*)+)?$/;

/** The schema of a collation locale's form. */
export const collationLocaleSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .string()
    .regex(
      LOCALE_TAG,
      'A BCP 47 locale such as "es", "en-GB" or "es-u-co-trad": a language, then optionally a script, a region, one variant and a Unicode extension',
    ),
);

/** Why the runtime cannot collate in a well-formed locale (in `language`), or undefined when it can. */
export function collationLocaleProblem(locale: string, language: Language): string | undefined {
  const says = ROTATION_MESSAGES[language].setup;
  try {
    if (Intl.Collator.supportedLocalesOf([locale]).length > 0) return undefined;
    return says.noCollation(describeValue(locale, language));
  } catch {
    return says.localeRefused(describeValue(locale, language));
  }
}

/** The collator of an alphabetical order; the locale has passed {@link collationLocaleProblem}. */
export function collatorFor(locale: string): Intl.Collator {
  return new Intl.Collator(locale, { sensitivity: 'base' });
}
