import { deepFreeze } from '../_lib/deep-freeze.js';
import { catalogueFragments } from './catalogue-fragments.js';
import type { Language } from './language.js';

// The texts of validation issues that the SDK writes itself (zod's own messages come from zod's locales), in English
// and Spanish: those of a document's shape, and the few that the rules of documents and of rotation setups share. The
// rules of each kind of document have their own catalogue (`rule-messages.ts`), and so do the messages the schemas
// set themselves (`schema-messages.ts`), so that a bundle keeps only the texts it can write. The Spanish half has
// exactly the English half's keys.

const article = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/** The grammatical gender of what a "known: …" list lists: Spanish agrees with it (conocidos, conocidas). */
export type Gender = 'm' | 'f';

/** zod's type names in Spanish, with their article. */
const SPANISH_TYPES: Readonly<Record<string, string>> = {
  string: 'un texto',
  number: 'un número',
  'whole number': 'un número entero',
  boolean: 'un valor booleano',
  object: 'un objeto',
  array: 'una lista',
  null: 'null',
  undefined: 'ningún valor',
  bigint: 'un número entero grande',
  date: 'una fecha',
};

const en = {
  missing: (expected: string) => `Required field is missing: expected ${article(expected)}`,
  invalidType: (expected: string, got: string) => `Expected ${article(expected)}, got ${got}`,
  unknownKey: (key: string) => `Unknown field ${key}: check its spelling (unknown fields are rejected, not ignored)`,
  invalidValue: (allowed: string, got: string) => `Expected one of ${allowed}; got ${got}`,
  invalidDiscriminator: (field: string, allowed: string, got: string) =>
    `Expected ${field} to be one of ${allowed}; got ${got}`,
  noForm: 'Matches none of the allowed forms',
  controlCharacter: (character: string, position: string) =>
    `the control character ${character} at position ${position}`,
  namedControlCharacter: (character: string, name: string, position: string) =>
    `the control character ${character} (${name}) at position ${position}`,
  contains: (what: string, advice: string) => `Contains ${what}: ${advice}`,
  adviceParagraphs: 'text breaks lines with \\n (U+000A) only; remove the others',
  adviceLine: 'a title, a name or a label is one line of text without control characters; remove it',
  blank: 'Must not be empty or only white space',
  notCalendarDate: 'Not a calendar date: check the month and the day',
  countWithUntil: 'An RRULE may have COUNT or UNTIL, not both (RFC 5545)',
  tooManyIssuesOne: (length: string) =>
    `This list has ${length} entries and more issues than can be gathered at once: only its first 1 entry was checked. Fix them and validate again, or validate the list in parts`,
  tooManyIssues: (length: string, keep: string) =>
    `This list has ${length} entries and more issues than can be gathered at once: only its first ${keep} entries were checked. Fix them and validate again, or validate the list in parts`,
  invalidLanguage: (got: string) => `Expected one of "en", "es"; got ${got}`,
  /** The root of a document, where a path is empty (written by `formatIssues`). */
  root: '(root)',
  /** The first line of a `MirpsValidationError`'s message: the document and how many issues it has. */
  invalidDocument: (document: string, count: string) =>
    `Invalid ${document}: ${count} issue${count === '1' ? '' : 's'}`,
  /** The same, for the arguments of a function (`document` is `arguments of <fn>`). */
  invalidArguments: (fn: string, count: string) =>
    `Invalid arguments of ${fn}: ${count} issue${count === '1' ? '' : 's'}`,
  /** A context that is not an object. */
  contextNotObject: (got: string) =>
    `Give the context as an object with "reference" (reference data) and "ledger" (a presidency ledger), or leave it out; got ${got}`,
  /** A ledger's context that is not an object. */
  referenceContextNotObject: (got: string) =>
    `Give the context as an object with "reference" (reference data), or leave it out; got ${got}`,
  /** A value whose reading threw (`shape.unreadable`): `reading` says what was read. */
  unreadable: (reading: string) =>
    `${reading} threw an error (a getter or a Proxy that throws, or a revoked Proxy): give plain data, such as the result of JSON.parse or structuredClone`,
  reading: {
    input: 'Reading the input',
    context: 'Reading the context',
    arguments: 'Reading the arguments',
    issues: 'Reading the issues',
    value: 'Reading this value',
  },
  /** What the rules of documents and of rotation setups share. A list of the known values; `gender` is the grammatical gender of what is listed, for the Spanish. */
  known: (shown: string, _gender: Gender) => `known: ${shown}`,
  knownMore: (shown: string, count: string, _gender: Gender) => `known: ${shown}, … (${count} in all)`,
  noneKnown: (_gender: Gender) => 'there are none',
  rangeReversed: (end: string, start: string) => `Ends (${end}) before it starts (${start})`,
  /** The rules of a document failed with an unexpected exception. */
  rulesFailed: (document: string) =>
    `Checking the rules of this ${document} failed unexpectedly; please report it as a bug of @mirps/core, with the document`,
  values: {
    string: (quoted: string) => `the string ${quoted}`,
    number: (number: string) => `the number ${number}`,
    array: 'an array',
    object: 'an object',
    function: 'a function',
  },
  characterNames: {
    '\u0000': 'NUL',
    '\t': 'tab',
    '\n': 'line feed',
    '\u000b': 'vertical tab',
    '\f': 'form feed',
    '\r': 'carriage return',
    '\u001b': 'escape',
    '\u007f': 'delete',
    '\u0085': 'next line',
    '\u2028': 'line separator',
    '\u2029': 'paragraph separator',
  } as Readonly<Record<string, string>>,
};

type Catalogue = typeof en;

const es: Catalogue = {
  missing: (expected) => `Falta un campo obligatorio: se esperaba ${SPANISH_TYPES[expected] ?? expected}`,
  invalidType: (expected, got) => `Se esperaba ${SPANISH_TYPES[expected] ?? expected}; se recibió ${got}`,
  unknownKey: (key) =>
    `Campo desconocido ${key}: revise cómo está escrito (los campos desconocidos se rechazan, no se ignoran)`,
  invalidValue: (allowed, got) => `Se esperaba uno de estos valores: ${allowed}; se recibió ${got}`,
  invalidDiscriminator: (field, allowed, got) =>
    `Se esperaba que ${field} fuera uno de estos valores: ${allowed}; se recibió ${got}`,
  noForm: 'No corresponde a ninguna de las formas admitidas',
  controlCharacter: (character, position) => `el carácter de control ${character} en la posición ${position}`,
  namedControlCharacter: (character, name, position) =>
    `el carácter de control ${character} (${name}) en la posición ${position}`,
  contains: (what, advice) => `Contiene ${what}: ${advice}`,
  adviceParagraphs: 'en un texto, los saltos de línea se escriben solo con \\n (U+000A); elimine los demás',
  adviceLine: 'un título, un nombre o una etiqueta ocupa una sola línea, sin caracteres de control; elimínelo',
  blank: 'No puede estar vacío ni contener solo espacios en blanco',
  notCalendarDate: 'No es una fecha del calendario: revise el mes y el día',
  countWithUntil: 'Una RRULE puede tener COUNT o UNTIL, pero no ambos (RFC 5545)',
  tooManyIssuesOne: (length) =>
    `Esta lista tiene ${length} elementos y más problemas de los que se pueden reunir de una vez: solo se revisó su primer elemento. Corríjalos y vuelva a validar, o valide la lista por partes`,
  tooManyIssues: (length, keep) =>
    `Esta lista tiene ${length} elementos y más problemas de los que se pueden reunir de una vez: solo se revisaron sus primeros ${keep} elementos. Corríjalos y vuelva a validar, o valide la lista por partes`,
  invalidLanguage: (got) => `Se esperaba "en" o "es"; se recibió ${got}`,
  root: '(raíz)',
  invalidDocument: (document, count) => `${document} no válido: ${count} problema${count === '1' ? '' : 's'}`,
  invalidArguments: (fn, count) => `Argumentos no válidos de ${fn}: ${count} problema${count === '1' ? '' : 's'}`,
  contextNotObject: (got) =>
    `Indique el contexto como un objeto con "reference" (los datos de referencia) y "ledger" (un registro de presidencias), u omítalo; se recibió ${got}`,
  referenceContextNotObject: (got) =>
    `Indique el contexto como un objeto con "reference" (los datos de referencia), u omítalo; se recibió ${got}`,
  unreadable: (reading) =>
    `${reading} se produjo un error (un getter o un Proxy que lanza una excepción, o un Proxy revocado): proporcione datos simples, como el resultado de JSON.parse o de structuredClone`,
  reading: {
    input: 'Al leer la entrada',
    context: 'Al leer el contexto',
    arguments: 'Al leer los argumentos',
    issues: 'Al leer los problemas',
    value: 'Al leer este valor',
  },
  known: (shown, gender) => `${gender === 'f' ? 'conocidas' : 'conocidos'}: ${shown}`,
  knownMore: (shown, count, gender) => `${gender === 'f' ? 'conocidas' : 'conocidos'}: ${shown}, … (${count} en total)`,
  noneKnown: (gender) => (gender === 'f' ? 'no hay ninguna' : 'no hay ninguno'),
  rangeReversed: (end, start) => `Termina (${end}) antes de empezar (${start})`,
  rulesFailed: (document) =>
    `La comprobación de las reglas de este documento ${document} falló de forma inesperada; notifíquelo como un error de @mirps/core, junto con el documento`,
  values: {
    string: (quoted) => `el texto ${quoted}`,
    number: (number) => `el número ${number}`,
    array: 'una lista',
    object: 'un objeto',
    function: 'una función',
  },
  characterNames: {
    '\u0000': 'NUL',
    '\t': 'tabulación',
    '\n': 'salto de línea',
    '\u000b': 'tabulación vertical',
    '\f': 'salto de página',
    '\r': 'retorno de carro',
    '\u001b': 'escape',
    '\u007f': 'suprimir',
    '\u0085': 'línea siguiente',
    '\u2028': 'separador de línea',
    '\u2029': 'separador de párrafo',
  },
};

/** The texts of validation issues, by language. */
export const VALIDATION_MESSAGES: Readonly<Record<Language, Catalogue>> = deepFreeze({ en, es });

/** The English catalogue's static fragments (at least six characters, not the same in Spanish), for tests. */
export function englishValidationFragments(): string[] {
  return catalogueFragments(en, es);
}
