import type { Language } from '@mirps/core';

// Numbers and days as a report writes them for people, in its language: the one formatter module
// the assemblers, the tables and the charts all use. Machine formats (ISO days in JSON data) never come here.

// Each formatter is made on its first use and kept: making one loads the language's data from ICU, which takes
// milliseconds that importing the package should not cost (and an English report never formats a date).

/** A value made by `make` on the first call, the same value on every later call. */
function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const NUMBER_FORMATS = {
  en: { whole: onFirstUse(() => new Intl.NumberFormat('en', { useGrouping: false, maximumFractionDigits: 0 })), decimal: onFirstUse(() => new Intl.NumberFormat('en', { useGrouping: false, minimumFractionDigits: 1, maximumFractionDigits: 1 })) },
  es: { whole: onFirstUse(() => new Intl.NumberFormat('es', { useGrouping: false, maximumFractionDigits: 0 })), decimal: onFirstUse(() => new Intl.NumberFormat('es', { useGrouping: false, minimumFractionDigits: 1, maximumFractionDigits: 1 })) },
} as const;
const DATE_FORMATS = {
  en: onFirstUse(() => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })),
  es: onFirstUse(() => new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' })),
} as const;

/**
 * A number as a report writes it: a whole number as it is, any other to one
 * decimal (`37.5` in English, `37,5` in Spanish), without grouping. A number
 * that is not finite never reaches a report (documents are checked first);
 * should one, it is written as `n/a`, never as `NaN` or `Infinity`.
 */
export const numberText = (value: number, language: Language = 'en'): string =>
  !Number.isFinite(value) ? 'n/a' : Number.isInteger(value) ? NUMBER_FORMATS[language].whole().format(value) : NUMBER_FORMATS[language].decimal().format(value);

/**
 * A day (`YYYY-MM-DD`) for people: in Spanish written out with `Intl` on the
 * day's UTC midnight ("31 de diciembre de 2023"); in English as it is, the
 * form English reports have always used. Text that is not a day is returned as it is.
 */
export function dayText(day: string, language: Language): string {
  if (language === 'en' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : DATE_FORMATS[language]().format(date);
}
