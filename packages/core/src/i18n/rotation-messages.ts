import { deepFreeze } from '../_lib/deep-freeze.js';
import { catalogueFragments } from './catalogue-fragments.js';
import type { Language } from './language.js';

// Every text the rotation engine writes for people, in English and in Spanish: the rule, the steps, the summaries,
// the verdicts and conclusions, and the MIRPS body and handover event. Values are strings or small functions of
// strings (names, labels, days, counts already written out). The Spanish half has exactly the English half's keys.

type Departures = Record<'election' | 'swap' | 'forfeit' | 'declined' | 'joint' | 'other', string>;

const en = {
  defaultBody: 'The presidency',
  mirpsBody: 'The MIRPS Pro-Tempore Presidency',
  mirpsHandoverEvent: 'the MIRPS Annual Meeting',
  electionReason: 'Assigned by election',
  andMore: (count: string) => `, and ${count} more`,
  alphabeticalOrder: (locale: string) => `alphabetical order of the members' names (${locale}, ignoring accents and case)`,
  fixedOrder: (names: string) => `the fixed order ${names}`,
  oncePerCycleRule: (body: string, order: string) =>
    `${body} rotates in ${order}; every eligible member holds it once per cycle: the next holder is the first member after the outgoing holder that is a member, not suspended, and has not held it in the current cycle.`,
  successorRule: (body: string, order: string) =>
    `${body} rotates in ${order}: the next holder is the first member after the outgoing holder that is a member and not suspended.`,
  steps: {
    alreadyHeld: (name: string, cycle: string, term: string) => `${name} is passed over: it has already held it in cycle ${cycle} (${term})`,
    lostTurn: (name: string, cycle: string, term: string) => `${name} is passed over: it gave up its turn in cycle ${cycle} (${term})`,
    notAMember: (name: string, day: string) => `${name} is passed over: not a member on ${day}`,
    suspended: (name: string, day: string) => `${name} is passed over: suspended on ${day}`,
    heldPreviousTerm: (name: string) => `${name} is passed over: it holds the outgoing term, and others can hold the next`,
    joinedDuringCycle: (name: string, cycle: string) => `${name} is passed over: it joined during cycle ${cycle} and waits for the next cycle`,
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
    passedOver: (count: string, reason: string, named: string) => `${count} members are passed over: ${reason} (${named})`,
  },
  noOutgoing: 'There is no outgoing holder: the ledger begins here.',
  outgoing: (name: string, label: string) => `Outgoing holder: ${name} (${label}).`,
  newCycle: (previous: string, cycle: string) => `Every eligible member has held it in cycle ${previous}; cycle ${cycle} begins, going on round the circle.`,
  heldSoFar: (cycle: string, held: string) => `Held so far in cycle ${cycle}: ${held}.`,
  summaryOne: (limit: string) => `This is a summary: it names at most ${limit} member one by one; ask for explain: 'full' to list them all.`,
  summaryMany: (limit: string) => `This is a summary: it names at most ${limit} members one by one; ask for explain: 'full' to list them all.`,
  holds: (name: string, label: string) => `${name} holds ${label}.`,
  holdsByPlan: (name: string, label: string, departure: string, reason: string) => `${name} holds ${label} by ${departure} (${reason}).`,
  plannedDeparture: { election: 'a planned election', swap: 'a planned swap', forfeit: 'a planned forfeit', declined: 'a planned declined', joint: 'a planned joint', other: 'a planned other' } satisfies Departures,
  recordedDeparture: { election: 'a recorded election', swap: 'a recorded swap', forfeit: 'a recorded forfeit', declined: 'a recorded declined', joint: 'a recorded joint', other: 'a recorded other' } satisfies Departures,
  verdicts: {
    nobody: 'nobody (no member was eligible)',
    beforeMechanism: (label: string, name: string, from: string) =>
      `${label}: ${name} held it before the rotation mechanism (which assigns terms from ${from}); the term counts toward the first cycle.`,
    startOfLedger: (label: string, name: string) => `${label}: ${name} holds the first term of the ledger; there is no earlier term for the rule to follow.`,
    followsRule: (label: string, name: string) => `${label}: ${name} holds it, as the rule says.`,
    recordedDeparture: (label: string, name: string, expected: string, departure: string, reason: string) =>
      `${label}: ${name} holds it where the rule gives ${expected}: ${departure} (${reason}).`,
    unexplainedDeparture: (label: string, name: string, expected: string) =>
      `${label}: ${name} holds it, but the rule gives ${expected} and no departure is recorded.`,
  },
};

type Catalogue = typeof en;

const es: Catalogue = {
  defaultBody: 'La presidencia',
  mirpsBody: 'La Presidencia Pro Tempore del MIRPS',
  mirpsHandoverEvent: 'la Reunión Anual del MIRPS',
  electionReason: 'Asignada por elección',
  andMore: (count) => ` y ${count} más`,
  alphabeticalOrder: (locale) => `orden alfabético de los nombres de los miembros (${locale}, sin distinguir tildes ni mayúsculas)`,
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
    heldPreviousTerm: (name) => `Se omite a ${name}: ejerce el mandato saliente y hay otros miembros que pueden ejercer el siguiente`,
    joinedDuringCycle: (name, cycle) => `Se omite a ${name}: se incorporó durante el ciclo ${cycle} y espera al ciclo siguiente`,
    override: (name) => `${name} la ejerce por una excepción a la regla que consta en el registro`,
    nextNotHeld: (name, cycle) => `${name} es el siguiente en el orden de rotación y no la ha ejercido en el ciclo ${cycle}`,
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
  newCycle: (previous, cycle) => `Todos los miembros habilitados la han ejercido en el ciclo ${previous}; comienza el ciclo ${cycle}, que sigue el orden de rotación donde se quedó.`,
  heldSoFar: (cycle, held) => `La han ejercido hasta ahora en el ciclo ${cycle}: ${held}.`,
  summaryOne: (limit) => `Esto es un resumen: nombra uno por uno a ${limit} miembro como máximo; pida explain: 'full' para verlos todos.`,
  summaryMany: (limit) => `Esto es un resumen: nombra uno por uno a ${limit} miembros como máximo; pida explain: 'full' para verlos todos.`,
  holds: (name, label) => `A ${name} le corresponde el mandato ${label}.`,
  holdsByPlan: (name, label, departure, reason) => `A ${name} le corresponde el mandato ${label} por ${departure} (${reason}).`,
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
    startOfLedger: (label, name) => `${label}: ${name} ejerce el primer mandato del registro; no hay un mandato anterior al que la regla pueda dar continuidad.`,
    followsRule: (label, name) => `${label}: ${name} la ejerce, como indica la regla.`,
    recordedDeparture: (label, name, expected, departure, reason) => `${label}: ${name} la ejerce donde la regla designa a ${expected}: ${departure} (${reason}).`,
    unexplainedDeparture: (label, name, expected) => `${label}: ${name} la ejerce, pero la regla designa a ${expected} y no consta ninguna excepción en el registro.`,
  },
};

/** The texts of the rotation engine, by language. */
export const ROTATION_MESSAGES: Readonly<Record<Language, Catalogue>> = deepFreeze({ en, es });

/** The English catalogue's static fragments (at least six characters, not the same in Spanish), for tests. */
export function englishRotationFragments(): string[] {
  return catalogueFragments(en, es);
}
