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

/** The formats of one language: numbers and percentages, whole or to one decimal, without grouping. */
function numberFormatsOf(language: Language) {
  const format = (options: Intl.NumberFormatOptions) =>
    onFirstUse(() => new Intl.NumberFormat(language, { useGrouping: false, ...options }));
  const whole = { maximumFractionDigits: 0 };
  const decimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  const percent = { style: 'unit', unit: 'percent' } as const;
  return {
    whole: format(whole),
    decimal: format(decimal),
    percentWhole: format({ ...percent, ...whole }),
    percentDecimal: format({ ...percent, ...decimal }),
  };
}
const NUMBER_FORMATS = { en: numberFormatsOf('en'), es: numberFormatsOf('es') } as const;
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
export function numberText(value: number, language: Language = 'en'): string {
  if (!Number.isFinite(value)) return 'n/a';
  const formats = NUMBER_FORMATS[language];
  return (Number.isInteger(value) ? formats.whole() : formats.decimal()).format(value);
}

/**
 * A percentage (`41.2` for 41.2 %) as a report writes it, in tables, sentences and charts alike: as `Intl`
 * writes a percentage in the report's language (`41.2%` in English, `41,2 %` with a no-break space in
 * Spanish), whole or to one decimal as {@link numberText} writes the number.
 */
export function percentText(value: number, language: Language = 'en'): string {
  if (!Number.isFinite(value)) return 'n/a';
  const formats = NUMBER_FORMATS[language];
  return (Number.isInteger(value) ? formats.percentWhole() : formats.percentDecimal()).format(value);
}

/**
 * A value with a chart's unit: a percentage when the unit is `%` (see {@link percentText}), otherwise the
 * number and the unit after a space.
 */
export function quantityText(value: number, unit: string, language: Language): string {
  if (unit === '%') return percentText(value, language);
  return unit === '' ? numberText(value, language) : `${numberText(value, language)} ${unit}`;
}

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
