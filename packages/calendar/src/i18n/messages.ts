import type { Language } from '@mirps/core';

// Every text the calendar package writes for people, in English and in Spanish. The Spanish half has exactly the
// English half's keys (the type says so); a value is a string, or a small function that puts data into the text.
// Words from the data (titles, names, a plan's handover commitments) are never here: they are shown as the data gives them.

const en = {
  // Calendar categories, as one event's category (iCalendar) and as a section of the month grid.
  categoryTechnicalMeeting: 'Technical meeting',
  categoryHighLevelEvent: 'High-level event',
  categoryOtherActivity: 'Other activity',
  sectionTechnicalMeetings: 'Technical Meetings',
  sectionHighLevelEvents: 'High-Level Events',
  sectionOtherActivities: 'Other activities',

  // iCalendar.
  online: 'Online',
  workingGroup: (name: string) => `Working group: ${name}`,

  // The month grid.
  gridHeading: (year: number) => `Activities ${year}`,
  gridNote: 'Note',
  notScheduled: 'not scheduled in the source',
  monthNotGiven: (year: string) => `in ${year} (month not given)`,

  // Conflicts.
  conflictOn: (first: string, second: string, day: string, audiences: string) => `${first} and ${second} overlap on ${day} for ${audiences}`,
  conflictFromTo: (first: string, second: string, from: string, to: string, audiences: string) => `${first} and ${second} overlap from ${from} to ${to} for ${audiences}`,
  everyone: 'everyone',

  // A presidency term's calendar.
  annualMeeting: 'the MIRPS Annual Meeting',
  theHandover: 'the handover',
  handoverTitle: (holder: string, term: string, event: string) => `Handover of the Pro-Tempore Presidency to ${holder} (term ${term}), at ${event}`,
  handoverDuty: (commitment: string) => `Handover duty: ${commitment}`,
  handoverDateUnknown: (holder: string, term: string, event: string) => `At the handover to ${holder} (term ${term}) at ${event}; the date is not known yet.`,

  // Refusals of the views.
  invalidLanguage: (got: string) => `language is "en" or "es"; got ${got}`,
  invalidYear: (got: string) => `Expected a year such as 2023 (1–9999); got ${got}`,
  yearOutsideWindow: (from: string, to: string, year: number) => `The calendar covers ${from} to ${to}; build it for the whole of ${year} first`,
  invalidCalendar: 'Expected a calendar made by buildCalendar or presidencyTermCalendar (a copy or a hand-made object is not one)',
  invalidCount: (name: string, got: string) => `${name} must be a whole number, at least 1 (or Infinity for no limit); got ${got}`,
  missingStamp: (got: string) => `Give options with a stamp, e.g. { stamp: "2023-01-01T00:00:00Z" }; got ${got}`,
  invalidStamp: (got: string) => `Give stamp as an ISO instant with its offset, e.g. "2023-01-01T00:00:00Z", or a Date; got ${got}. The export never reads the clock.`,
  stampOutOfRange: (got: string) => `stamp must fall in the years 0001–9999 (UTC), as DTSTAMP is written with four digits; got ${got}`,
  invalidUidDomain: (got: string) => `uidDomain is a domain name such as "mirps.example"; got ${got}`,
  notOneLine: (key: string, got: string) => `${key} is a non-empty string on one line, without control characters; got ${got}`,
  noTimeZoneData: (zone: string) => `No VTIMEZONE data for the time zone ${zone}`,
  icsTooLarge: (maxBytes: number, events: number) =>
    `The iCalendar file would be larger than ${maxBytes.toLocaleString('en')} octets (maxBytes): ${events.toLocaleString('en')} events; raise maxBytes, or export a narrower calendar`,
} as const;

/** The shape of the catalogue: the English half's keys, each a string or a function of the same arguments. */
export type Messages = { readonly [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

// Digits grouped by thousands with a fixed separator: never Intl, whose output varies between ICU versions.
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const es: Messages = {
  categoryTechnicalMeeting: 'Reunión técnica',
  categoryHighLevelEvent: 'Evento de alto nivel',
  categoryOtherActivity: 'Otra actividad',
  sectionTechnicalMeetings: 'Reuniones técnicas',
  sectionHighLevelEvents: 'Eventos de alto nivel',
  sectionOtherActivities: 'Otras actividades',

  online: 'Virtual',
  workingGroup: (name) => `Grupo de Trabajo: ${name}`,

  gridHeading: (year) => `Actividades ${year}`,
  gridNote: 'Nota',
  notScheduled: 'no programada en la fuente',
  monthNotGiven: (year) => `en ${year} (mes no indicado)`,

  conflictOn: (first, second, day, audiences) => `${first} ${and(second)} ${second} se superponen el ${day} para ${audiences}`,
  conflictFromTo: (first, second, from, to, audiences) => `${first} ${and(second)} ${second} se superponen del ${from} al ${to} para ${audiences}`,
  everyone: 'todos',

  annualMeeting: 'la Reunión Anual del MIRPS',
  theHandover: 'el traspaso',
  handoverTitle: (holder, term, event) => `Traspaso de la Presidencia Pro Tempore a ${holder} (período ${term}), en ${event}`,
  handoverDuty: (commitment) => `Tarea del traspaso: ${commitment}`,
  handoverDateUnknown: (holder, term, event) => `En el traspaso a ${holder} (período ${term}) en ${event}; la fecha aún no se conoce.`,

  invalidLanguage: (got) => `language debe ser "en" o "es"; se recibió ${got}`,
  invalidYear: (got) => `Se esperaba un año como 2023 (1–9999); se recibió ${got}`,
  yearOutsideWindow: (from, to, year) => `El calendario abarca del ${from} al ${to}; constrúyalo primero para todo el año ${year}`,
  invalidCalendar: 'Se esperaba un calendario hecho por buildCalendar o presidencyTermCalendar (una copia o un objeto hecho a mano no lo es)',
  invalidCount: (name, got) => `${name} debe ser un número entero, 1 como mínimo (o Infinity para no limitar); se recibió ${got}`,
  missingStamp: (got) => `Indique las opciones con un stamp, p. ej. { stamp: "2023-01-01T00:00:00Z" }; se recibió ${got}`,
  invalidStamp: (got) => `Indique stamp como un instante ISO con su desfase, p. ej. "2023-01-01T00:00:00Z", o un Date; se recibió ${got}. La exportación nunca lee el reloj.`,
  stampOutOfRange: (got) => `stamp debe caer en los años 0001–9999 (UTC), pues DTSTAMP se escribe con cuatro cifras; se recibió ${got}`,
  invalidUidDomain: (got) => `uidDomain debe ser un nombre de dominio como "mirps.example"; se recibió ${got}`,
  notOneLine: (key, got) => `${key} debe ser un texto no vacío en una sola línea, sin caracteres de control; se recibió ${got}`,
  noTimeZoneData: (zone) => `No hay datos VTIMEZONE para la zona horaria ${zone}`,
  icsTooLarge: (maxBytes, events) =>
    `El archivo iCalendar superaría los ${grouped(maxBytes)} octetos (maxBytes): ${grouped(events)} eventos; aumente maxBytes o exporte un calendario más acotado`,
};

/** "y", or "e" before a word that begins with the sound /i/ (as Spanish writes "Foro e Iniciativa"). */
function and(next: string): string {
  return /^h?[iíIÍ](?![aeouáéóúAEOUÁÉÓÚ])/.test(next) ? 'e' : 'y';
}

const CATALOGUE: { readonly [L in Language]: Messages } = { en, es };

/** The calendar package's texts in a language. */
export function messagesIn(language: Language): Messages {
  return CATALOGUE[language];
}

// A placeholder argument for the listing below: no text of the catalogue contains it.
const HOLE = '\u0000';

/**
 * The English catalogue's fixed fragments, for a test that Spanish output holds
 * none of them: every string, and every function's text around its arguments
 * (called with placeholders and split on them). Fragments shorter than six
 * characters, or the same in both languages, are left out.
 */
export function englishFragments(): string[] {
  const textOf = (value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return String((value as (...args: unknown[]) => string)(...Array.from({ length: value.length }, () => HOLE))).split(HOLE);
    return [];
  };
  const spanish = new Set(Object.values(es).flatMap(textOf).map((fragment) => fragment.trim()));
  return [...new Set(Object.values(en).flatMap(textOf).map((fragment) => fragment.trim()))].filter((fragment) => fragment.length >= 6 && !spanish.has(fragment));
}
