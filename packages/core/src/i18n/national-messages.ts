import { deepFreeze } from '../_lib/deep-freeze.js';
import { catalogueFragments } from './catalogue-fragments.js';
import type { Language } from './language.js';

// The messages of the rules of the national level's documents (a national action plan, its progress, the support of
// other countries), in English and Spanish: only their rules import this catalogue. The messages they share with the
// other documents (a duplicate id, an unknown member state, a reversed span, a breakdown that does not add up) are in
// the rule and validation catalogues. The Spanish half has exactly the English half's keys.

const en = {
  duplicateFocusArea: (key: string, at: string) => `Duplicate focus area ${key}: already used at ${at}`,
  standardFocusArea: (id: string) =>
    `${id} is one of the five standard focus areas: a plan uses it without declaring it; remove it from focusAreas`,
  unknownFocusArea: (id: string, known: string) => `Unknown focus area ${id}; ${known}`,
  unknownCommitment: (id: string, where: string, known: string) => `Unknown commitment ${id} of ${where}; ${known}`,
  thePlans: 'the national action plans given',
  unknownPledge: (id: string, known: string) => `Unknown pledge ${id}; ${known}`,
  unknownPartner: (id: string, known: string) => `Unknown partner ${id}; ${known}`,
  outsidePlanPeriod: (day: string, from: string, to: string) =>
    `${day} is outside the plan's period (${from} to ${to})`,
  reviewOutsidePeriod: (year: string, from: string, to: string) =>
    `The review of ${year} is outside the plan's period (${from} to ${to})`,
  duplicateReview: (key: string, at: string) => `Two reviews of the year ${key}: the other is at ${at}`,
  duplicateStatus: (key: string, at: string) => `Duplicate status for ${key}: already given at ${at}`,
  statusKey: (commitment: string, date: string) => `${commitment} on ${date}`,
  statusRegressed: (commitment: string, previous: string, date: string, status: string) =>
    `The status of commitment ${commitment} goes back from "${previous}" (${date}) to "${status}": say why in "reason"`,
  pledgeUnlinked: (id: string) =>
    `The pledge ${id} is linked to nothing: name its working group, the Regional Action Plan's actions or the national commitments it carries out`,
  supportUnlinked: 'A contribution supports something: name a member state, a focus area or a pledge',
  focusAreaOfNoPlan: (area: string, state: string) =>
    `Focus area ${area} is not a standard one, and no national action plan of ${state} given declares it`,
  focusAreaNeedsState: (area: string) =>
    `Focus area ${area} is not a standard one: name the member state whose plan declares it`,
  currencyMismatch: (currency: string, total: string) =>
    `This amount is in ${currency}, the Fund's total in ${total}: give every contribution in the total's currency`,
  contributionsMismatch: (sum: string, total: string) =>
    `The contributions add up to ${sum}, not the Fund's total ${total}`,
  projectsExceedTotal: (sum: string, total: string) =>
    `The projects' budgets add up to ${sum}, more than the Fund's total ${total}`,
  actionWithoutPlan: (id: string) => `Unknown action ${id}: no Regional Action Plan was given to check it against`,
};

type Catalogue = typeof en;

const es: Catalogue = {
  duplicateFocusArea: (key, at) => `Área de enfoque duplicada ${key}: ya se usa en ${at}`,
  standardFocusArea: (id) =>
    `${id} es una de las cinco áreas de enfoque estándar: un plan la usa sin declararla; quítela de focusAreas`,
  unknownFocusArea: (id, known) => `Área de enfoque desconocida ${id}; ${known}`,
  unknownCommitment: (id, where, known) => `Compromiso desconocido ${id} en ${where}; ${known}`,
  thePlans: 'los planes de acción nacionales dados',
  unknownPledge: (id, known) => `Compromiso del Foro desconocido ${id}; ${known}`,
  unknownPartner: (id, known) => `Socio desconocido ${id}; ${known}`,
  outsidePlanPeriod: (day, from, to) => `${day} está fuera del período del plan (del ${from} al ${to})`,
  reviewOutsidePeriod: (year, from, to) =>
    `La revisión de ${year} está fuera del período del plan (del ${from} al ${to})`,
  duplicateReview: (key, at) => `Dos revisiones del año ${key}: la otra está en ${at}`,
  duplicateStatus: (key, at) => `Situación registrada dos veces para ${key}: ya figura en ${at}`,
  statusKey: (commitment, date) => `${commitment} el ${date}`,
  statusRegressed: (commitment, previous, date, status) =>
    `El compromiso ${commitment} retrocede de "${previous}" (${date}) a "${status}": indique el motivo en "reason"`,
  pledgeUnlinked: (id) =>
    `El compromiso del Foro ${id} no está vinculado a nada: indique su Grupo de Trabajo, las acciones del Plan de Acción Regional o los compromisos nacionales que cumple`,
  supportUnlinked:
    'Una contribución apoya algo: indique un Estado miembro, un área de enfoque o un compromiso del Foro',
  focusAreaOfNoPlan: (area, state) =>
    `El área de enfoque ${area} no es estándar, y ningún plan de acción nacional dado de ${state} la declara`,
  focusAreaNeedsState: (area) =>
    `El área de enfoque ${area} no es estándar: indique el Estado miembro cuyo plan la declara`,
  currencyMismatch: (currency, total) =>
    `Este monto está en ${currency} y el total del Fondo en ${total}: indique cada contribución en la moneda del total`,
  contributionsMismatch: (sum, total) => `Las contribuciones suman ${sum}, no el total del Fondo, ${total}`,
  projectsExceedTotal: (sum, total) =>
    `Los presupuestos de los proyectos suman ${sum}, más que el total del Fondo, ${total}`,
  actionWithoutPlan: (id) =>
    `Acción desconocida ${id}: no se dio ningún Plan de Acción Regional con el que comprobarla`,
};

/** The messages of the rules of the national level's documents, by language. */
export const NATIONAL_MESSAGES: Readonly<Record<Language, Catalogue>> = deepFreeze({ en, es });

/** The English catalogue's static fragments (at least six characters, not the same in Spanish), for tests. */
export function englishNationalFragments(): string[] {
  return catalogueFragments(en, es);
}
