import { deepFreeze } from '../_lib/deep-freeze.js';
import type { TermLength } from '../rotation/term-label.js';
import { catalogueFragments } from './catalogue-fragments.js';
import type { Language } from './language.js';

// Every text the rotation engine writes for people, in English and in Spanish: the rule, the steps, the summaries,
// the verdicts and conclusions, and the MIRPS body and handover event. Values are strings or small functions of
// strings (names, labels, days, counts already written out). The Spanish half has exactly the English half's keys.

/** The length of a term, as an adjective ("un mandato anual"). */
const SPANISH_LENGTHS: Readonly<Record<TermLength, string>> = {
  year: 'anual',
  'half-year': 'semestral',
  month: 'mensual',
};

type Departures = Record<'election' | 'swap' | 'forfeit' | 'declined' | 'joint' | 'other', string>;

const en = {
  defaultBody: 'The presidency',
  mirpsBody: 'The MIRPS Pro-Tempore Presidency',
  mirpsHandoverEvent: 'the MIRPS Annual Meeting',
  electionReason: 'Assigned by election',
  andMore: (count: string) => `, and ${count} more`,
  alphabeticalOrder: (locale: string) =>
    `alphabetical order of the members' names (${locale}, ignoring accents and case)`,
  fixedOrder: (names: string) => `the fixed order ${names}`,
  oncePerCycleRule: (body: string, order: string) =>
    `${body} rotates in ${order}; every eligible member holds it once per cycle: the next holder is the first member after the outgoing holder that is a member, not suspended, and has not held it in the current cycle.`,
  successorRule: (body: string, order: string) =>
    `${body} rotates in ${order}: the next holder is the first member after the outgoing holder that is a member and not suspended.`,
  steps: {
    alreadyHeld: (name: string, cycle: string, term: string) =>
      `${name} is passed over: it has already held it in cycle ${cycle} (${term})`,
    lostTurn: (name: string, cycle: string, term: string) =>
      `${name} is passed over: it gave up its turn in cycle ${cycle} (${term})`,
    notAMember: (name: string, day: string) => `${name} is passed over: not a member on ${day}`,
    suspended: (name: string, day: string) => `${name} is passed over: suspended on ${day}`,
    heldPreviousTerm: (name: string) =>
      `${name} is passed over: it holds the outgoing term, and others can hold the next`,
    joinedDuringCycle: (name: string, cycle: string) =>
      `${name} is passed over: it joined during cycle ${cycle} and waits for the next cycle`,
    override: (name: string) => `${name} holds it by a recorded departure from the rule`,
    nextNotHeld: (name: string, cycle: string) => `${name} is next in the circle and has not held it in cycle ${cycle}`,
    next: (name: string) => `${name} is next in the circle`,
  },
  groups: {
    alreadyHeld: (cycle: string) => `they have already held it in cycle ${cycle}`,
    lostTurn: (cycle: string) => `they gave up their turn in cycle ${cycle}`,
    notAMember: (day: string) => `not members on ${day}`,
    suspended: (day: string) => `suspended on ${day}`,
    joinedDuringCycle: (cycle: string) => `they joined during cycle ${cycle} and wait for the next cycle`,
    passedOver: (count: string, reason: string, named: string) =>
      `${count} members are passed over: ${reason} (${named})`,
  },
  noOutgoing: 'There is no outgoing holder: the ledger begins here.',
  outgoing: (name: string, label: string) => `Outgoing holder: ${name} (${label}).`,
  newCycle: (previous: string, cycle: string) =>
    `Every eligible member has held it in cycle ${previous}; cycle ${cycle} begins, going on round the circle.`,
  heldSoFar: (cycle: string, held: string) => `Held so far in cycle ${cycle}: ${held}.`,
  summaryOne: (limit: string) =>
    `This is a summary: it names at most ${limit} member one by one; ask for explain: 'full' to list them all.`,
  summaryMany: (limit: string) =>
    `This is a summary: it names at most ${limit} members one by one; ask for explain: 'full' to list them all.`,
  holds: (name: string, label: string) => `${name} holds ${label}.`,
  holdsByPlan: (name: string, label: string, departure: string, reason: string) =>
    `${name} holds ${label} by ${departure} (${reason}).`,
  plannedDeparture: {
    election: 'a planned election',
    swap: 'a planned swap',
    forfeit: 'a planned forfeit',
    declined: 'a planned declined',
    joint: 'a planned joint',
    other: 'a planned other',
  } satisfies Departures,
  recordedDeparture: {
    election: 'a recorded election',
    swap: 'a recorded swap',
    forfeit: 'a recorded forfeit',
    declined: 'a recorded declined',
    joint: 'a recorded joint',
    other: 'a recorded other',
  } satisfies Departures,
  verdicts: {
    nobody: 'nobody (no member was eligible)',
    beforeMechanism: (label: string, name: string, from: string) =>
      `${label}: ${name} held it before the rotation mechanism (which assigns terms from ${from}); the term counts toward the first cycle.`,
    startOfLedger: (label: string, name: string) =>
      `${label}: ${name} holds the first term of the ledger; there is no earlier term for the rule to follow.`,
    followsRule: (label: string, name: string) => `${label}: ${name} holds it, as the rule says.`,
    recordedDeparture: (label: string, name: string, expected: string, departure: string, reason: string) =>
      `${label}: ${name} holds it where the rule gives ${expected}: ${departure} (${reason}).`,
    unexplainedDeparture: (label: string, name: string, expected: string) =>
      `${label}: ${name} holds it, but the rule gives ${expected} and no departure is recorded.`,
  },
  /** The refusals of the engine (`MirpsRotationError`): requests it cannot answer. */
  refusals: {
    countAndThrough: 'Give either count or through, not both',
    invalidLabel: (length: TermLength, example: string, got: string) =>
      `Expected a ${length} term label such as "${example}"; got ${got}`,
    countOutOfRange: (most: string, last: string, got: string) =>
      `A projection gives 1 to ${most} terms after the ledger's last (${last}); this asks for ${got}`,
    pastYear9999: (count: string, last: string) => `Projecting ${count} terms after ${last} goes past the year 9999`,
    noEligibleMember: (label: string, day: string) =>
      `No member can hold term ${label} (beginning ${day}): every member is suspended or not a member then`,
    dayBeforeLedger: (day: string, first: string, since: string) =>
      `${day} is before the ledger's first term (${first}, from ${since})`,
    termBeforeLedger: (label: string, first: string) => `Term ${label} is before the ledger's first term (${first})`,
    explanationTooLarge: (most: string) =>
      `The full explanations of this answer would hold more than ${most} entries (steps, holders this cycle, members named by the rule): ask for fewer terms, leave explain at 'summary', or raise maxFullExplanationEntries`,
    invalidDate: 'The Date is invalid',
    dateOutOfRange: 'The Date falls outside the years 0001–9999; give a day in them',
    notADay: (got: string) => `Expected a calendar day of the years 0001–9999 as "YYYY-MM-DD", or a Date; got ${got}`,
  },
  /** The rules of a rotation setup beyond its shape, and the options of a rotation. */
  setup: {
    duplicateMember: (key: string, at: string) => `Duplicate member ${key}: already used at ${at}`,
    duplicateInOrder: (key: string, at: string) => `Duplicate member in the order ${key}: already used at ${at}`,
    unknownMember: (id: string, known: string) => `Unknown member ${id}; ${known}`,
    invalidLabel: (label: string, length: TermLength, example: string) =>
      `${label} is not a ${length} term label (e.g. "${example}")`,
    departureNeedsMember: (kind: 'forfeit' | 'declined') =>
      `A ${kind} turn must name the member whose turn it was (inPlaceOf)`,
    orderMissing: (shown: string) => `The order must list every member; missing: ${shown}`,
    inAll: (shown: string, count: string) => `${shown}, … (${count} in all)`,
    noCollation: (locale: string) =>
      `This JavaScript runtime has no collation for ${locale} (it would sort in the machine's own locale instead); use a locale it supports, such as "en" or "es"`,
    localeRefused: (locale: string) =>
      `Intl.Collator does not accept ${locale} as a locale; use a BCP 47 locale such as "en" or "es"`,
    missingName: (id: string, language: string) =>
      `${id} has no name in "${language}" and no sortKey, so it cannot be placed in alphabetical order`,
    holderNotMember: (holder: string, label: string, start: string) =>
      `${holder} was not a member when term ${label} began (${start})`,
    termsSameLabel: (label: string) => `Two terms are labelled ${label}`,
    termAfterLater: (label: string) => `Term ${label} comes after a later term; list terms oldest first`,
    ledgerGap: (label: string) => `The ledger skips from one term to ${label}; record every term in between`,
    termBeginsEarly: (label: string) => `Term ${label} begins before the term before it`,
    twoOverrides: (label: string) => `Two overrides for term ${label}`,
    overrideInLedger: (label: string) => `Term ${label} is already in the ledger; overrides are for future terms`,
    reservedKey: (name: string) =>
      `"${name}" cannot be a key here: every JavaScript object has a property of that name; use another key`,
    wholeNumber: (what: string, least: string, got: string) =>
      `${what} is a whole number, at least ${least}; got ${got}`,
    objectOrNothing: (got: string) => `Expected an object, or nothing for the defaults; got ${got}`,
  },
};

type Catalogue = typeof en;

const es: Catalogue = {
  defaultBody: 'La presidencia',
  mirpsBody: 'La Presidencia Pro Tempore del MIRPS',
  mirpsHandoverEvent: 'la Reunión Anual del MIRPS',
  electionReason: 'Asignada por elección',
  andMore: (count) => ` y ${count} más`,
  alphabeticalOrder: (locale) =>
    `orden alfabético de los nombres de los miembros (${locale}, sin distinguir tildes ni mayúsculas)`,
  fixedOrder: (names) => `el orden fijo ${names}`,
  oncePerCycleRule: (body, order) =>
    `${body} rota en ${order}; cada miembro habilitado la ejerce una vez por ciclo: el siguiente titular es el primer miembro, después del titular saliente, que sea miembro, no esté suspendido y no la haya ejercido en el ciclo en curso.`,
  successorRule: (body, order) =>
    `${body} rota en ${order}: el siguiente titular es el primer miembro, después del titular saliente, que sea miembro y no esté suspendido.`,
  steps: {
    alreadyHeld: (name, cycle, term) => `Se omite a ${name}: ya la ejerció en el ciclo ${cycle} (${term})`,
    lostTurn: (name, cycle, term) => `Se omite a ${name}: renunció a su turno en el ciclo ${cycle} (${term})`,
    notAMember: (name, day) => `Se omite a ${name}: no es miembro el ${day}`,
    suspended: (name, day) => `Se omite a ${name}: está suspendido el ${day}`,
    heldPreviousTerm: (name) =>
      `Se omite a ${name}: ejerce el mandato saliente y hay otros miembros que pueden ejercer el siguiente`,
    joinedDuringCycle: (name, cycle) =>
      `Se omite a ${name}: se incorporó durante el ciclo ${cycle} y espera al ciclo siguiente`,
    override: (name) => `${name} la ejerce por una excepción a la regla que consta en el registro`,
    nextNotHeld: (name, cycle) =>
      `${name} es el siguiente en el orden de rotación y no la ha ejercido en el ciclo ${cycle}`,
    next: (name) => `${name} es el siguiente en el orden de rotación`,
  },
  groups: {
    alreadyHeld: (cycle) => `ya la ejercieron en el ciclo ${cycle}`,
    lostTurn: (cycle) => `renunciaron a su turno en el ciclo ${cycle}`,
    notAMember: (day) => `no son miembros el ${day}`,
    suspended: (day) => `están suspendidos el ${day}`,
    joinedDuringCycle: (cycle) => `se incorporaron durante el ciclo ${cycle} y esperan al ciclo siguiente`,
    passedOver: (count, reason, named) => `Se omiten ${count} miembros: ${reason} (${named})`,
  },
  noOutgoing: 'No hay titular saliente: el registro comienza aquí.',
  outgoing: (name, label) => `Titular saliente: ${name} (${label}).`,
  newCycle: (previous, cycle) =>
    `Todos los miembros habilitados la han ejercido en el ciclo ${previous}; comienza el ciclo ${cycle}, que sigue el orden de rotación donde se quedó.`,
  heldSoFar: (cycle, held) => `La han ejercido hasta ahora en el ciclo ${cycle}: ${held}.`,
  summaryOne: (limit) =>
    `Esto es un resumen: nombra uno por uno a ${limit} miembro como máximo; pida explain: 'full' para verlos todos.`,
  summaryMany: (limit) =>
    `Esto es un resumen: nombra uno por uno a ${limit} miembros como máximo; pida explain: 'full' para verlos todos.`,
  holds: (name, label) => `A ${name} le corresponde el mandato ${label}.`,
  holdsByPlan: (name, label, departure, reason) =>
    `A ${name} le corresponde el mandato ${label} por ${departure} (${reason}).`,
  plannedDeparture: {
    election: 'una elección prevista',
    swap: 'un intercambio de turnos previsto',
    forfeit: 'una renuncia al turno prevista',
    declined: 'un turno declinado previsto',
    joint: 'una presidencia conjunta prevista',
    other: 'otra excepción prevista',
  },
  recordedDeparture: {
    election: 'una elección registrada',
    swap: 'un intercambio de turnos registrado',
    forfeit: 'una renuncia al turno registrada',
    declined: 'un turno declinado registrado',
    joint: 'una presidencia conjunta registrada',
    other: 'otra excepción registrada',
  },
  verdicts: {
    nobody: 'nadie (ningún miembro estaba habilitado)',
    beforeMechanism: (label, name, from) =>
      `${label}: ${name} la ejerció antes del mecanismo de rotación (que asigna los mandatos desde ${from}); el mandato cuenta para el primer ciclo.`,
    startOfLedger: (label, name) =>
      `${label}: ${name} ejerce el primer mandato del registro; no hay un mandato anterior al que la regla pueda dar continuidad.`,
    followsRule: (label, name) => `${label}: ${name} la ejerce, como indica la regla.`,
    recordedDeparture: (label, name, expected, departure, reason) =>
      `${label}: ${name} la ejerce donde la regla designa a ${expected}: ${departure} (${reason}).`,
    unexplainedDeparture: (label, name, expected) =>
      `${label}: ${name} la ejerce, pero la regla designa a ${expected} y no consta ninguna excepción en el registro.`,
  },
  refusals: {
    countAndThrough: 'Indique count o through, pero no ambos',
    invalidLabel: (length, example, got) =>
      `Se esperaba la etiqueta de un mandato ${SPANISH_LENGTHS[length]}, como "${example}"; se recibió ${got}`,
    countOutOfRange: (most, last, got) =>
      `Una proyección da de 1 a ${most} mandatos después del último del registro (${last}); se pidieron ${got}`,
    pastYear9999: (count, last) => `Proyectar ${count} mandatos después de ${last} va más allá del año 9999`,
    noEligibleMember: (label, day) =>
      `Ningún miembro puede ejercer el mandato ${label} (que comienza el ${day}): en esa fecha todos están suspendidos o no son miembros`,
    dayBeforeLedger: (day, first, since) =>
      `${day} es anterior al primer mandato del registro (${first}, desde el ${since})`,
    termBeforeLedger: (label, first) => `El mandato ${label} es anterior al primer mandato del registro (${first})`,
    explanationTooLarge: (most) =>
      `Las explicaciones completas de esta respuesta tendrían más de ${most} entradas (pasos, titulares del ciclo en curso, miembros que nombra la regla): pida menos mandatos, deje explain en 'summary' o aumente maxFullExplanationEntries`,
    invalidDate: 'El objeto Date no es una fecha válida',
    dateOutOfRange: 'El objeto Date queda fuera de los años 0001–9999; indique un día de esos años',
    notADay: (got) =>
      `Se esperaba un día de los años 0001–9999 escrito como "AAAA-MM-DD", o un objeto Date; se recibió ${got}`,
  },
  setup: {
    duplicateMember: (key, at) => `Miembro duplicado ${key}: ya figura en ${at}`,
    duplicateInOrder: (key, at) => `Miembro repetido en el orden ${key}: ya figura en ${at}`,
    unknownMember: (id, known) => `Miembro desconocido ${id}; ${known}`,
    invalidLabel: (label, length, example) =>
      `${label} no es una etiqueta de mandato ${SPANISH_LENGTHS[length]} (p. ej., "${example}")`,
    departureNeedsMember: (kind) =>
      `${kind === 'forfeit' ? 'Un turno al que se renuncia' : 'Un turno declinado'} debe indicar el miembro al que le correspondía (inPlaceOf)`,
    orderMissing: (shown) => `El orden debe incluir a todos los miembros; faltan: ${shown}`,
    inAll: (shown, count) => `${shown}, … (${count} en total)`,
    noCollation: (locale) =>
      `Este entorno de JavaScript no tiene reglas de ordenación para la configuración regional indicada (${locale}) y ordenaría según la de la máquina; use una que admita, como "en" o "es"`,
    localeRefused: (locale) =>
      `Intl.Collator no acepta como configuración regional ${locale}; use una configuración regional BCP 47, como "en" o "es"`,
    missingName: (id, language) =>
      `${id} no tiene nombre en "${language}" ni sortKey, así que no se puede situar en el orden alfabético`,
    holderNotMember: (holder, label, start) => `${holder} no era miembro cuando comenzó el mandato ${label} (${start})`,
    termsSameLabel: (label) => `Dos mandatos llevan la etiqueta ${label}`,
    termAfterLater: (label) =>
      `El mandato ${label} figura después de un mandato posterior; ordene los mandatos del más antiguo al más reciente`,
    ledgerGap: (label) => `El registro salta mandatos antes de ${label}; registre todos los mandatos intermedios`,
    termBeginsEarly: (label) => `El mandato ${label} comienza antes que el mandato anterior`,
    twoOverrides: (label) => `Hay dos excepciones previstas para el mandato ${label}`,
    overrideInLedger: (label) =>
      `El mandato ${label} ya figura en el registro; las excepciones previstas son para mandatos futuros`,
    reservedKey: (name) =>
      `"${name}" no puede ser una clave aquí: todo objeto de JavaScript tiene una propiedad con ese nombre; use otra clave`,
    wholeNumber: (what, least, got) => `${what} es un número entero, como mínimo ${least}; se recibió ${got}`,
    objectOrNothing: (got) => `Se esperaba un objeto, o nada para usar los valores predeterminados; se recibió ${got}`,
  },
};

/** The texts of the rotation engine, by language. */
export const ROTATION_MESSAGES: Readonly<Record<Language, Catalogue>> = deepFreeze({ en, es });

/** The English catalogue's static fragments (at least six characters, not the same in Spanish), for tests. */
export function englishRotationFragments(): string[] {
  return catalogueFragments(en, es);
}
