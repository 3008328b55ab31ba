import { deepFreeze } from '../_lib/deep-freeze.js';
import { catalogueFragments } from './catalogue-fragments.js';
import type { Language } from './language.js';

// The texts of validation issues that the SDK writes itself (zod's own messages come from zod's locales), in English
// and Spanish; and the Spanish twin of every message the schemas set themselves, which takes precedence over zod's
// locale and so needs a translation of its own. The Spanish half has exactly the English half's keys.

const article = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/** The grammatical gender of what a "known: …" list lists: Spanish agrees with it (conocidos, conocidas). */
export type Gender = 'm' | 'f';

/** The English message of a repeated value, first used elsewhere. */
const duplicate =
  (what: string) =>
  (key: string, at: string): string =>
    `Duplicate ${what} ${key}: already used at ${at}`;

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
  invalidDiscriminator: (field: string, allowed: string, got: string) => `Expected ${field} to be one of ${allowed}; got ${got}`,
  noForm: 'Matches none of the allowed forms',
  controlCharacter: (character: string, position: string) => `the control character ${character} at position ${position}`,
  namedControlCharacter: (character: string, name: string, position: string) => `the control character ${character} (${name}) at position ${position}`,
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
  invalidDocument: (document: string, count: string) => `Invalid ${document}: ${count} issue${count === '1' ? '' : 's'}`,
  /** The same, for the arguments of a function (`document` is `arguments of <fn>`). */
  invalidArguments: (fn: string, count: string) => `Invalid arguments of ${fn}: ${count} issue${count === '1' ? '' : 's'}`,
  /** A context that is not an object. */
  contextNotObject: (got: string) => `Give the context as an object with "reference" (reference data) and "ledger" (a presidency ledger), or leave it out; got ${got}`,
  /** A ledger's context that is not an object. */
  referenceContextNotObject: (got: string) => `Give the context as an object with "reference" (reference data), or leave it out; got ${got}`,
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
  /** The messages of the rules a document follows beyond its shape (`src/rules`). */
  rules: {
    /** A list of the known values; `gender` is the grammatical gender of what is listed, for the Spanish. */
    known: (shown: string, _gender: Gender) => `known: ${shown}`,
    knownMore: (shown: string, count: string, _gender: Gender) => `known: ${shown}, … (${count} in all)`,
    noneKnown: (_gender: Gender) => 'there are none',
    duplicate: {
      id: duplicate('id'),
      priorityNumber: duplicate('priority number'),
      objectiveNumber: duplicate('Objective number'),
      actionNumber: duplicate('Action number'),
      resultNumber: duplicate('Expected result number'),
      memberState: duplicate('member state'),
      iso3: duplicate('ISO 3166-1 alpha-3 code'),
      annualMeetingNumber: duplicate('Annual Meeting number'),
      status: duplicate('status for'),
    },
    /** The key of a status record for the duplicate check: an action on a day. */
    statusKey: (action: string, date: string) => `${action} on ${date}`,
    objectiveUnderPriority: (number: string, parent: string, id: string) => `Objective ${number} sits under priority ${parent} (priority ${id}); number it ${parent}.N`,
    actionUnderObjective: (number: string, parent: string, id: string) => `Action ${number} sits under objective ${parent} (objective ${id}); number it ${parent}.N`,
    resultUnderObjective: (number: string, parent: string, id: string) => `Expected result ${number} sits under objective ${parent} (objective ${id}); number it ${parent}.N`,
    unknownPriority: (id: string, known: string) => `Unknown priority ${id}; ${known}`,
    unknownObjective: (id: string, known: string) => `Unknown objective ${id}; ${known}`,
    unknownWorkingGroup: (id: string, known: string) => `Unknown working group ${id}; ${known}`,
    unknownInstrument: (id: string, known: string) => `Unknown instrument ${id}; ${known}`,
    unknownMemberState: (id: string, known: string) => `Unknown member state ${id}; ${known}`,
    unknownLead: (id: string, known: string) => `Unknown member state ${id} as lead; ${known}`,
    unknownHost: (id: string, known: string) => `Unknown member state ${id} as host; ${known}`,
    unknownSubmittingState: (id: string, known: string) => `Unknown member state ${id} as submitter; ${known}`,
    unknownSubmittingBody: (id: string, known: string) => `Unknown working group or partner ${id} as submitter; ${known}`,
    unknownBody: (id: string, known: string) => `Unknown working group or partner ${id}; ${known}`,
    unknownAnnualMeeting: (id: string, known: string) => `Unknown Annual Meeting ${id}; ${known}`,
    unknownAction: (id: string, plan: string, known: string) => `Unknown action ${id} of plan ${plan}; ${known}`,
    unknownResult: (id: string, plan: string, known: string) => `Unknown expected result ${id} of plan ${plan}; ${known}`,
    holderMismatch: (recorded: string, term: string, holder: string) => `The presidency ledger records ${recorded} as holder of the ${term} term, not ${holder}`,
    holderNotMember: (name: string, start: string, joined: string) => `${name} was not a member of MIRPS when the term began (${start}); it joined ${joined}`,
    termsSameLabel: (label: string) => `Two terms are labelled ${label}; a term is held by one member`,
    termsOutOfOrder: (label: string, previous: string) => `Term ${label} follows term ${previous}; list terms oldest first`,
    termBeginsEarly: (label: string, date: string, previous: string, previousDate: string) => `Term ${label} begins (${date}) before term ${previous} has begun (${previousDate})`,
    rangeReversed: (end: string, start: string) => `Ends (${end}) before it starts (${start})`,
    outsidePlanYear: (date: string, year: string) => `${date} is outside the plan's year ${year}; set "outsidePlanYear": true on the activity if that is intended`,
    unknownTimeZone: (zone: string) => `Unknown time zone ${zone}: use an IANA name such as "America/Panama"`,
    periodsOverlap: (previousEnd: string) => `This membership period must begin after the previous one ended (${previousEnd}); list periods oldest first`,
    stillOpen: 'still open',
    suspensionOutside: (joined: string, left: string) => `A suspension must fall within its membership period (${joined} to ${left})`,
    now: 'now',
    planMismatch: (plan: string, checked: string) => `This progress is about plan ${plan}, but was checked against ${checked}`,
    outsideTerm: (day: string, from: string, to: string) => `${day} is outside the plan's term (${from} to ${to})`,
    breakdownMismatch: (dimension: string, sum: string, total: string) => `The ${dimension} breakdown adds up to ${sum}, not the total ${total}`,
    rulesFailed: (document: string) => `Checking the rules of this ${document} failed unexpectedly; please report it as a bug of @mirps/core, with the document`,
  },
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
  /** The messages the schemas set themselves; the English text is the key. */
  schemaMessages: {
    'A BCP 47 locale such as "es", "en-GB" or "es-u-co-trad": a language, then optionally a script, a region, one variant and a Unicode extension':
      'A BCP 47 locale such as "es", "en-GB" or "es-u-co-trad": a language, then optionally a script, a region, one variant and a Unicode extension',
    'A country is its ISO 3166-1 alpha-2 code in capitals (e.g. "CH")': 'A country is its ISO 3166-1 alpha-2 code in capitals (e.g. "CH")',
    'A language tag such as "en" or "es"': 'A language tag such as "en" or "es"',
    'A member has at least one membership interval': 'A member has at least one membership interval',
    'A member id is letters, digits, ".", "_" or "-" (e.g. "PA")': 'A member id is letters, digits, ".", "_" or "-" (e.g. "PA")',
    'A member state has at least one membership period': 'A member state has at least one membership period',
    'A member state is named by its ISO 3166-1 alpha-2 code in capitals (e.g. "PA")': 'A member state is named by its ISO 3166-1 alpha-2 code in capitals (e.g. "PA")',
    'A plan has at least one objective': 'A plan has at least one objective',
    'A plan has at least one priority': 'A plan has at least one priority',
    'A result is numbered "P.N.R", e.g. "1.1.2"': 'A result is numbered "P.N.R", e.g. "1.1.2"',
    'A rotation needs at least one member': 'A rotation needs at least one member',
    'A term label is the four-digit year the term is named after': 'A term label is the four-digit year the term is named after',
    'An IANA time zone such as "America/Panama" or "UTC"': 'An IANA time zone such as "America/Panama" or "UTC"',
    'An ISO 3166-1 alpha-3 code is three capital letters': 'An ISO 3166-1 alpha-3 code is three capital letters',
    'An action is numbered "P.N.A", e.g. "1.2.3"': 'An action is numbered "P.N.A", e.g. "1.2.3"',
    'An address starts with http:// or https:// and has no spaces': 'An address starts with http:// or https:// and has no spaces',
    'An id is lower-case words and digits joined by "-" or "." (e.g. "objective-1.1")': 'An id is lower-case words and digits joined by "-" or "." (e.g. "objective-1.1")',
    'An objective is numbered "P.N", e.g. "1.2"': 'An objective is numbered "P.N", e.g. "1.2"',
    'Give at least one date': 'Give at least one date',
    'Must not be empty or only white space, and break lines with \\n only': 'Must not be empty or only white space, and break lines with \\n only',
    'Must not be empty or only white space, and stay on one line': 'Must not be empty or only white space, and stay on one line',
    'The ledger needs at least one recorded term to rotate from': 'The ledger needs at least one recorded term to rotate from',
    'Write a calendar date as YYYY, YYYY-MM or YYYY-MM-DD (a real month and day)': 'Write a calendar date as YYYY, YYYY-MM or YYYY-MM-DD (a real month and day)',
    'Write a calendar day as YYYY-MM-DD (a real month and day)': 'Write a calendar day as YYYY-MM-DD (a real month and day)',
    'Write a time as HH:MM, 00:00 to 23:59': 'Write a time as HH:MM, 00:00 to 23:59',
    'Write an RFC 5545 RRULE such as "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH;COUNT=4"': 'Write an RFC 5545 RRULE such as "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH;COUNT=4"',
    'Give the text in English (en), Spanish (es) or both': 'Give the text in English (en), Spanish (es) or both',
  } as Readonly<Record<string, string>>,
};

type Catalogue = typeof en;

const es: Catalogue = {
  missing: (expected) => `Falta un campo obligatorio: se esperaba ${SPANISH_TYPES[expected] ?? expected}`,
  invalidType: (expected, got) => `Se esperaba ${SPANISH_TYPES[expected] ?? expected}; se recibió ${got}`,
  unknownKey: (key) => `Campo desconocido ${key}: revise cómo está escrito (los campos desconocidos se rechazan, no se ignoran)`,
  invalidValue: (allowed, got) => `Se esperaba uno de estos valores: ${allowed}; se recibió ${got}`,
  invalidDiscriminator: (field, allowed, got) => `Se esperaba que ${field} fuera uno de estos valores: ${allowed}; se recibió ${got}`,
  noForm: 'No corresponde a ninguna de las formas admitidas',
  controlCharacter: (character, position) => `el carácter de control ${character} en la posición ${position}`,
  namedControlCharacter: (character, name, position) => `el carácter de control ${character} (${name}) en la posición ${position}`,
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
  referenceContextNotObject: (got) => `Indique el contexto como un objeto con "reference" (los datos de referencia), u omítalo; se recibió ${got}`,
  unreadable: (reading) =>
    `${reading} se produjo un error (un getter o un Proxy que lanza una excepción, o un Proxy revocado): proporcione datos simples, como el resultado de JSON.parse o de structuredClone`,
  reading: {
    input: 'Al leer la entrada',
    context: 'Al leer el contexto',
    arguments: 'Al leer los argumentos',
    issues: 'Al leer los problemas',
    value: 'Al leer este valor',
  },
  rules: {
    known: (shown, gender) => `${gender === 'f' ? 'conocidas' : 'conocidos'}: ${shown}`,
    knownMore: (shown, count, gender) => `${gender === 'f' ? 'conocidas' : 'conocidos'}: ${shown}, … (${count} en total)`,
    noneKnown: (gender) => (gender === 'f' ? 'no hay ninguna' : 'no hay ninguno'),
    duplicate: {
      id: (key, at) => `Identificador duplicado ${key}: ya se usa en ${at}`,
      priorityNumber: (key, at) => `Número de prioridad duplicado ${key}: ya se usa en ${at}`,
      objectiveNumber: (key, at) => `Número de objetivo duplicado ${key}: ya se usa en ${at}`,
      actionNumber: (key, at) => `Número de acción duplicado ${key}: ya se usa en ${at}`,
      resultNumber: (key, at) => `Número de resultado esperado duplicado ${key}: ya se usa en ${at}`,
      memberState: (key, at) => `Estado miembro duplicado ${key}: ya figura en ${at}`,
      iso3: (key, at) => `Código ISO 3166-1 alfa-3 duplicado ${key}: ya se usa en ${at}`,
      annualMeetingNumber: (key, at) => `Número de Reunión Anual duplicado ${key}: ya se usa en ${at}`,
      status: (key, at) => `Situación registrada dos veces para ${key}: ya figura en ${at}`,
    },
    statusKey: (action, date) => `${action} el ${date}`,
    objectiveUnderPriority: (number, parent, id) => `El objetivo ${number} está bajo la prioridad ${parent} (prioridad ${id}); numérelo ${parent}.N`,
    actionUnderObjective: (number, parent, id) => `La acción ${number} está bajo el objetivo ${parent} (objetivo ${id}); numérela ${parent}.N`,
    resultUnderObjective: (number, parent, id) => `El resultado esperado ${number} está bajo el objetivo ${parent} (objetivo ${id}); numérelo ${parent}.N`,
    unknownPriority: (id, known) => `Prioridad desconocida ${id}; ${known}`,
    unknownObjective: (id, known) => `Objetivo desconocido ${id}; ${known}`,
    unknownWorkingGroup: (id, known) => `Grupo de Trabajo desconocido ${id}; ${known}`,
    unknownInstrument: (id, known) => `Instrumento desconocido ${id}; ${known}`,
    unknownMemberState: (id, known) => `Estado miembro desconocido ${id}; ${known}`,
    unknownLead: (id, known) => `Estado miembro desconocido ${id} al frente del Grupo de Trabajo; ${known}`,
    unknownHost: (id, known) => `Estado miembro desconocido ${id} como sede; ${known}`,
    unknownSubmittingState: (id, known) => `Estado miembro desconocido ${id} como autor del compromiso; ${known}`,
    unknownSubmittingBody: (id, known) => `Grupo de Trabajo o socio desconocido ${id} como autor del compromiso; ${known}`,
    unknownBody: (id, known) => `Grupo de Trabajo o socio desconocido ${id}; ${known}`,
    unknownAnnualMeeting: (id, known) => `Reunión Anual desconocida ${id}; ${known}`,
    unknownAction: (id, plan, known) => `Acción desconocida ${id} en el plan ${plan}; ${known}`,
    unknownResult: (id, plan, known) => `Resultado esperado desconocido ${id} en el plan ${plan}; ${known}`,
    holderMismatch: (recorded, term, holder) => `El registro de la Presidencia Pro Tempore indica que ${recorded} ejerce el mandato ${term}, no ${holder}`,
    holderNotMember: (name, start, joined) => `${name} no era Estado miembro del MIRPS cuando comenzó el mandato (${start}); se incorporó en ${joined}`,
    termsSameLabel: (label) => `Dos mandatos llevan la etiqueta ${label}; cada mandato lo ejerce un solo miembro`,
    termsOutOfOrder: (label, previous) => `El mandato ${label} figura después del mandato ${previous}; ordene los mandatos del más antiguo al más reciente`,
    termBeginsEarly: (label, date, previous, previousDate) => `El mandato ${label} comienza (${date}) antes de que haya comenzado el mandato ${previous} (${previousDate})`,
    rangeReversed: (end, start) => `Termina (${end}) antes de empezar (${start})`,
    outsidePlanYear: (date, year) => `${date} está fuera del año del plan, ${year}; si es intencionado, indique "outsidePlanYear": true en la actividad`,
    unknownTimeZone: (zone) => `Zona horaria desconocida ${zone}: use un nombre IANA como "America/Panama"`,
    periodsOverlap: (previousEnd) => `Este período de membresía debe comenzar después de que termine el anterior (${previousEnd}); ordene los períodos del más antiguo al más reciente`,
    stillOpen: 'aún abierto',
    suspensionOutside: (joined, left) => `Una suspensión debe quedar dentro de su período de membresía (de ${joined} a ${left})`,
    now: 'la actualidad',
    planMismatch: (plan, checked) => `Este avance se refiere al plan ${plan}, pero se comprobó con el plan ${checked}`,
    outsideTerm: (day, from, to) => `${day} está fuera del mandato del plan (del ${from} al ${to})`,
    breakdownMismatch: (dimension, sum, total) => `El desglose "${dimension}" suma ${sum}, no el total ${total}`,
    rulesFailed: (document) => `La comprobación de las reglas de este documento ${document} falló de forma inesperada; notifíquelo como un error de @mirps/core, junto con el documento`,
  },
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
  schemaMessages: {
    'A BCP 47 locale such as "es", "en-GB" or "es-u-co-trad": a language, then optionally a script, a region, one variant and a Unicode extension':
      'Una configuración regional BCP 47 como "es", "en-GB" o "es-u-co-trad": un idioma y, opcionalmente, una escritura, una región, una variante y una extensión Unicode',
    'A country is its ISO 3166-1 alpha-2 code in capitals (e.g. "CH")': 'Un país se indica con su código ISO 3166-1 alfa-2 en mayúsculas (p. ej., "CH")',
    'A language tag such as "en" or "es"': 'Una etiqueta de idioma como "en" o "es"',
    'A member has at least one membership interval': 'Cada miembro tiene al menos un período de membresía',
    'A member id is letters, digits, ".", "_" or "-" (e.g. "PA")': 'El identificador de un miembro consta de letras, dígitos, ".", "_" o "-" (p. ej., "PA")',
    'A member state has at least one membership period': 'Cada Estado miembro tiene al menos un período de membresía',
    'A member state is named by its ISO 3166-1 alpha-2 code in capitals (e.g. "PA")': 'Un Estado miembro se indica con su código ISO 3166-1 alfa-2 en mayúsculas (p. ej., "PA")',
    'A plan has at least one objective': 'Un plan tiene al menos un objetivo',
    'A plan has at least one priority': 'Un plan tiene al menos una prioridad',
    'A result is numbered "P.N.R", e.g. "1.1.2"': 'Un resultado se numera "P.N.R", p. ej., "1.1.2"',
    'A rotation needs at least one member': 'Una rotación necesita al menos un miembro',
    'A term label is the four-digit year the term is named after': 'La etiqueta de un mandato es el año, de cuatro cifras, que le da nombre',
    'An IANA time zone such as "America/Panama" or "UTC"': 'Una zona horaria IANA como "America/Panama" o "UTC"',
    'An ISO 3166-1 alpha-3 code is three capital letters': 'Un código ISO 3166-1 alfa-3 consta de tres letras mayúsculas',
    'An action is numbered "P.N.A", e.g. "1.2.3"': 'Una acción se numera "P.N.A", p. ej., "1.2.3"',
    'An address starts with http:// or https:// and has no spaces': 'Una dirección empieza por http:// o https:// y no contiene espacios',
    'An id is lower-case words and digits joined by "-" or "." (e.g. "objective-1.1")':
      'Un identificador consta de palabras en minúsculas y dígitos unidos por "-" o "." (p. ej., "objective-1.1")',
    'An objective is numbered "P.N", e.g. "1.2"': 'Un objetivo se numera "P.N", p. ej., "1.2"',
    'Give at least one date': 'Indique al menos una fecha',
    'Must not be empty or only white space, and break lines with \\n only': 'No puede estar vacío ni contener solo espacios en blanco, y los saltos de línea se escriben solo con \\n',
    'Must not be empty or only white space, and stay on one line': 'No puede estar vacío ni contener solo espacios en blanco, y ocupa una sola línea',
    'The ledger needs at least one recorded term to rotate from': 'El registro necesita al menos un mandato registrado a partir del cual rotar',
    'Write a calendar date as YYYY, YYYY-MM or YYYY-MM-DD (a real month and day)': 'Escriba una fecha como AAAA, AAAA-MM o AAAA-MM-DD (con un mes y un día que existan)',
    'Write a calendar day as YYYY-MM-DD (a real month and day)': 'Escriba un día como AAAA-MM-DD (con un mes y un día que existan)',
    'Write a time as HH:MM, 00:00 to 23:59': 'Escriba una hora como HH:MM, de 00:00 a 23:59',
    'Write an RFC 5545 RRULE such as "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH;COUNT=4"': 'Escriba una RRULE de RFC 5545 como "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH;COUNT=4"',
    'Give the text in English (en), Spanish (es) or both': 'Dé el texto en inglés (en), en español (es) o en ambos',
  },
};

/** The texts of validation issues, by language. */
export const VALIDATION_MESSAGES: Readonly<Record<Language, Catalogue>> = deepFreeze({ en, es });

/** A message a schema sets itself, in a language: its twin from the catalogue, or the message as it is when it has none. */
export function schemaMessageIn(message: string, language: Language): string {
  return Object.hasOwn(VALIDATION_MESSAGES[language].schemaMessages, message) ? VALIDATION_MESSAGES[language].schemaMessages[message]! : message;
}

/** The English catalogue's static fragments (at least six characters, not the same in Spanish), for tests. */
export function englishValidationFragments(): string[] {
  return catalogueFragments(en, es);
}
