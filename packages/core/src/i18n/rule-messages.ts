import { deepFreeze } from '../_lib/deep-freeze.js';
import { catalogueFragments } from './catalogue-fragments.js';
import type { Language } from './language.js';

// The messages of the rules a document follows beyond its shape (`src/rules`), in English and Spanish: only the
// rules and the parsers that run them import this catalogue. The messages the rules share with a rotation setup's
// (the list of known values, a reversed span) are in the validation catalogue. The Spanish half has exactly the
// English half's keys.

/** The English message of a repeated value, first used elsewhere. */
const duplicate =
  (what: string) =>
  (key: string, at: string): string =>
    `Duplicate ${what} ${key}: already used at ${at}`;

const en = {
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
  objectiveUnderPriority: (number: string, parent: string, id: string) =>
    `Objective ${number} sits under priority ${parent} (priority ${id}); number it ${parent}.N`,
  actionUnderObjective: (number: string, parent: string, id: string) =>
    `Action ${number} sits under objective ${parent} (objective ${id}); number it ${parent}.N`,
  resultUnderObjective: (number: string, parent: string, id: string) =>
    `Expected result ${number} sits under objective ${parent} (objective ${id}); number it ${parent}.N`,
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
  holderMismatch: (recorded: string, term: string, holder: string) =>
    `The presidency ledger records ${recorded} as holder of the ${term} term, not ${holder}`,
  holderNotMember: (name: string, start: string, joined: string) =>
    `${name} was not a member of MIRPS when the term began (${start}); it joined ${joined}`,
  termsSameLabel: (label: string) => `Two terms are labelled ${label}; a term is held by one member`,
  termsOutOfOrder: (label: string, previous: string) =>
    `Term ${label} follows term ${previous}; list terms oldest first`,
  termBeginsEarly: (label: string, date: string, previous: string, previousDate: string) =>
    `Term ${label} begins (${date}) before term ${previous} has begun (${previousDate})`,
  outsidePlanYear: (date: string, year: string) =>
    `${date} is outside the plan's year ${year}; set "outsidePlanYear": true on the activity if that is intended`,
  unknownTimeZone: (zone: string) => `Unknown time zone ${zone}: use an IANA name such as "America/Panama"`,
  periodsOverlap: (previousEnd: string) =>
    `This membership period must begin after the previous one ended (${previousEnd}); list periods oldest first`,
  stillOpen: 'still open',
  suspensionOutside: (joined: string, left: string) =>
    `A suspension must fall within its membership period (${joined} to ${left})`,
  now: 'now',
  planMismatch: (plan: string, checked: string) =>
    `This progress is about plan ${plan}, but was checked against ${checked}`,
  outsideTerm: (day: string, from: string, to: string) => `${day} is outside the plan's term (${from} to ${to})`,
  breakdownMismatch: (dimension: string, sum: string, total: string) =>
    `The ${dimension} breakdown adds up to ${sum}, not the total ${total}`,
};

type Catalogue = typeof en;

const es: Catalogue = {
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
  objectiveUnderPriority: (number, parent, id) =>
    `El objetivo ${number} está bajo la prioridad ${parent} (prioridad ${id}); numérelo ${parent}.N`,
  actionUnderObjective: (number, parent, id) =>
    `La acción ${number} está bajo el objetivo ${parent} (objetivo ${id}); numérela ${parent}.N`,
  resultUnderObjective: (number, parent, id) =>
    `El resultado esperado ${number} está bajo el objetivo ${parent} (objetivo ${id}); numérelo ${parent}.N`,
  unknownPriority: (id, known) => `Prioridad desconocida ${id}; ${known}`,
  unknownObjective: (id, known) => `Objetivo desconocido ${id}; ${known}`,
  unknownWorkingGroup: (id, known) => `Grupo de Trabajo desconocido ${id}; ${known}`,
  unknownInstrument: (id, known) => `Instrumento desconocido ${id}; ${known}`,
  unknownMemberState: (id, known) => `Estado miembro desconocido ${id}; ${known}`,
  unknownLead: (id, known) => `Estado miembro desconocido ${id} al frente del Grupo de Trabajo; ${known}`,
  unknownHost: (id, known) => `Estado miembro desconocido ${id} como sede; ${known}`,
  unknownSubmittingState: (id, known) => `Estado miembro desconocido ${id} como autor del compromiso; ${known}`,
  unknownSubmittingBody: (id, known) =>
    `Grupo de Trabajo o socio desconocido ${id} como autor del compromiso; ${known}`,
  unknownBody: (id, known) => `Grupo de Trabajo o socio desconocido ${id}; ${known}`,
  unknownAnnualMeeting: (id, known) => `Reunión Anual desconocida ${id}; ${known}`,
  unknownAction: (id, plan, known) => `Acción desconocida ${id} en el plan ${plan}; ${known}`,
  unknownResult: (id, plan, known) => `Resultado esperado desconocido ${id} en el plan ${plan}; ${known}`,
  holderMismatch: (recorded, term, holder) =>
    `El registro de la Presidencia Pro Tempore indica que ${recorded} ejerce el mandato ${term}, no ${holder}`,
  holderNotMember: (name, start, joined) =>
    `${name} no era Estado miembro del MIRPS cuando comenzó el mandato (${start}); se incorporó en ${joined}`,
  termsSameLabel: (label) => `Dos mandatos llevan la etiqueta ${label}; cada mandato lo ejerce un solo miembro`,
  termsOutOfOrder: (label, previous) =>
    `El mandato ${label} figura después del mandato ${previous}; ordene los mandatos del más antiguo al más reciente`,
  termBeginsEarly: (label, date, previous, previousDate) =>
    `El mandato ${label} comienza (${date}) antes de que haya comenzado el mandato ${previous} (${previousDate})`,
  outsidePlanYear: (date, year) =>
    `${date} está fuera del año del plan, ${year}; si es intencionado, indique "outsidePlanYear": true en la actividad`,
  unknownTimeZone: (zone) => `Zona horaria desconocida ${zone}: use un nombre IANA como "America/Panama"`,
  periodsOverlap: (previousEnd) =>
    `Este período de membresía debe comenzar después de que termine el anterior (${previousEnd}); ordene los períodos del más antiguo al más reciente`,
  stillOpen: 'aún abierto',
  suspensionOutside: (joined, left) =>
    `Una suspensión debe quedar dentro de su período de membresía (de ${joined} a ${left})`,
  now: 'la actualidad',
  planMismatch: (plan, checked) => `Este avance se refiere al plan ${plan}, pero se comprobó con el plan ${checked}`,
  outsideTerm: (day, from, to) => `${day} está fuera del mandato del plan (del ${from} al ${to})`,
  breakdownMismatch: (dimension, sum, total) => `El desglose "${dimension}" suma ${sum}, no el total ${total}`,
};

/** The messages of the rules of documents, by language. */
export const RULE_MESSAGES: Readonly<Record<Language, Catalogue>> = deepFreeze({ en, es });

/** The English catalogue's static fragments (at least six characters, not the same in Spanish), for tests. */
export function englishRuleFragments(): string[] {
  return catalogueFragments(en, es);
}
