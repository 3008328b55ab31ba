import { deepFreeze } from '../_lib/deep-freeze.js';
import { ownValue } from '../_lib/own-value.js';
import { catalogueFragments } from './catalogue-fragments.js';
import type { Language } from './language.js';

// The messages the schemas set themselves (a pattern's advice, a list's least length) take precedence over zod's
// locale, so each needs a Spanish twin of its own. The English text is the message itself, and the key of its twin.

/** The Spanish twin of every message a schema sets itself, by the English message. */
export const SPANISH_SCHEMA_MESSAGES: Readonly<Record<string, string>> = deepFreeze({
  'A BCP 47 locale such as "es", "en-GB" or "es-u-co-trad": a language, then optionally a script, a region, one variant and a Unicode extension':
    'Una configuración regional BCP 47 como "es", "en-GB" o "es-u-co-trad": un idioma y, opcionalmente, una escritura, una región, una variante y una extensión Unicode',
  'A country is its ISO 3166-1 alpha-2 code in capitals (e.g. "CH")':
    'Un país se indica con su código ISO 3166-1 alfa-2 en mayúsculas (p. ej., "CH")',
  'A currency is named by its ISO 4217 code in capitals (e.g. "EUR")':
    'Una moneda se indica con su código ISO 4217 en mayúsculas (p. ej., "EUR")',
  'A language tag such as "en" or "es"': 'Una etiqueta de idioma como "en" o "es"',
  'A member has at least one membership interval': 'Cada miembro tiene al menos un período de membresía',
  'A member id is letters, digits, ".", "_" or "-" (e.g. "PA")':
    'El identificador de un miembro consta de letras, dígitos, ".", "_" o "-" (p. ej., "PA")',
  'A member state has at least one membership period': 'Cada Estado miembro tiene al menos un período de membresía',
  'A member state is named by its ISO 3166-1 alpha-2 code in capitals (e.g. "PA")':
    'Un Estado miembro se indica con su código ISO 3166-1 alfa-2 en mayúsculas (p. ej., "PA")',
  'A plan has at least one objective': 'Un plan tiene al menos un objetivo',
  'A plan has at least one priority': 'Un plan tiene al menos una prioridad',
  'A result is numbered "P.N.R", e.g. "1.1.2"': 'Un resultado se numera "P.N.R", p. ej., "1.1.2"',
  'A rotation needs at least one member': 'Una rotación necesita al menos un miembro',
  'A term label is the four-digit year the term is named after':
    'La etiqueta de un mandato es el año, de cuatro cifras, que le da nombre',
  'An IANA time zone such as "America/Panama" or "UTC"': 'Una zona horaria IANA como "America/Panama" o "UTC"',
  'An ISO 3166-1 alpha-3 code is three capital letters': 'Un código ISO 3166-1 alfa-3 consta de tres letras mayúsculas',
  'An action is numbered "P.N.A", e.g. "1.2.3"': 'Una acción se numera "P.N.A", p. ej., "1.2.3"',
  'An address starts with http:// or https:// and has no spaces':
    'Una dirección empieza por http:// o https:// y no contiene espacios',
  'An id is lower-case words and digits joined by "-" or "." (e.g. "objective-1.1")':
    'Un identificador consta de palabras en minúsculas y dígitos unidos por "-" o "." (p. ej., "objective-1.1")',
  'An objective is numbered "P.N", e.g. "1.2"': 'Un objetivo se numera "P.N", p. ej., "1.2"',
  'Give at least one date': 'Indique al menos una fecha',
  'Must not be empty or only white space, and break lines with \\n only':
    'No puede estar vacío ni contener solo espacios en blanco, y los saltos de línea se escriben solo con \\n',
  'Must not be empty or only white space, and stay on one line':
    'No puede estar vacío ni contener solo espacios en blanco, y ocupa una sola línea',
  'The ledger needs at least one recorded term to rotate from':
    'El registro necesita al menos un mandato registrado a partir del cual rotar',
  'Write a calendar date as YYYY, YYYY-MM or YYYY-MM-DD (a real month and day)':
    'Escriba una fecha como AAAA, AAAA-MM o AAAA-MM-DD (con un mes y un día que existan)',
  'Write a calendar day as YYYY-MM-DD (a real month and day)':
    'Escriba un día como AAAA-MM-DD (con un mes y un día que existan)',
  'Write a time as HH:MM, 00:00 to 23:59': 'Escriba una hora como HH:MM, de 00:00 a 23:59',
  'Write an RFC 5545 RRULE such as "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH;COUNT=4"':
    'Escriba una RRULE de RFC 5545 como "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH;COUNT=4"',
  'Give the text in English (en), Spanish (es) or both': 'Dé el texto en inglés (en), en español (es) o en ambos',
});

/** A message a schema sets itself, in a language: its Spanish twin, or the message as it is in English or when it has none. */
export function schemaMessageIn(message: string, language: Language): string {
  return (language === 'es' ? ownValue(SPANISH_SCHEMA_MESSAGES, message) : undefined) ?? message;
}

/** The static fragments of the English messages (at least six characters, not the same in Spanish), for tests. */
export function englishSchemaFragments(): string[] {
  return catalogueFragments(Object.keys(SPANISH_SCHEMA_MESSAGES), Object.values(SPANISH_SCHEMA_MESSAGES));
}
