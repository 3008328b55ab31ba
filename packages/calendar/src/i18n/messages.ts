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
  conflictOn: (first: string, second: string, day: string, audiences: string) =>
    `${first} and ${second} overlap on ${day} for ${audiences}`,
  conflictFromTo: (first: string, second: string, from: string, to: string, audiences: string) =>
    `${first} and ${second} overlap from ${from} to ${to} for ${audiences}`,
  everyone: 'everyone',

  // A presidency term's calendar.
  annualMeeting: 'the MIRPS Annual Meeting',
  theHandover: 'the handover',
  handoverTitle: (holder: string, term: string, event: string) =>
    `Handover of the Pro-Tempore Presidency to ${holder} (term ${term}), at ${event}`,
  handoverDuty: (commitment: string) => `Handover duty: ${commitment}`,
  handoverDateUnknown: (holder: string, term: string, event: string) =>
    `At the handover to ${holder} (term ${term}) at ${event}; the date is not known yet.`,

  // Refusals of the views.
  invalidLanguage: (got: string) => `language is "en" or "es"; got ${got}`,
  invalidYear: (got: string) => `Expected a year such as 2023 (1–9999); got ${got}`,
  yearOutsideWindow: (from: string, to: string, year: number) =>
    `The calendar covers ${from} to ${to}; build it for the whole of ${year} first`,
  invalidCalendar:
    'Expected a calendar made by buildCalendar or presidencyTermCalendar (a copy or a hand-made object is not one)',
  invalidCount: (name: string, got: string) =>
    `${name} must be a whole number, at least 1 (or Infinity for no limit); got ${got}`,
  missingStamp: (got: string) => `Give options with a stamp, e.g. { stamp: "2023-01-01T00:00:00Z" }; got ${got}`,
  invalidStamp: (got: string) =>
    `Give stamp as an ISO instant with its offset, e.g. "2023-01-01T00:00:00Z", or a Date; got ${got}. The export never reads the clock.`,
  stampOutOfRange: (got: string) =>
    `stamp must fall in the years 0001–9999 (UTC), as DTSTAMP is written with four digits; got ${got}`,
  invalidUidDomain: (got: string) => `uidDomain is a domain name such as "mirps.example"; got ${got}`,
  notOneLine: (key: string, got: string) =>
    `${key} is a non-empty string on one line, without control characters; got ${got}`,
  noTimeZoneData: (zone: string) => `No VTIMEZONE data for the time zone ${zone}`,
  icsTooLarge: (maxBytes: number, events: number) =>
    `The iCalendar file would be larger than ${maxBytes.toLocaleString('en')} octets (maxBytes): ${events.toLocaleString('en')} events; raise maxBytes, or export a narrower calendar`,

  // Refusals of buildCalendar and presidencyTermCalendar: the window.
  windowMissing: 'Give a window: { from: "YYYY-MM-DD", to: "YYYY-MM-DD" }',
  windowNoStart: 'The window needs a start ("from": "YYYY-MM-DD"); an open window would never stop expanding',
  windowNoEnd: 'The window needs an end ("to": "YYYY-MM-DD"); an open window would never stop expanding',
  windowDay: (key: string, got: string) => `"${key}" must be a calendar day as YYYY-MM-DD; got ${got}`,
  invalidMaxDays: (got: string) => `maxDays must be a whole number of days, at least 1; got ${got}`,
  windowReversed: (from: string, to: string) => `The window ends (${to}) before it starts (${from})`,
  windowTooWide: (days: number, maxDays: number) =>
    `The window spans ${days} days; the limit is ${maxDays} (raise maxDays to allow more)`,

  // The limits.
  invalidMaxFrequency: (choices: string, got: string) => `maxFrequency is one of ${choices}; got ${got}`,
  ruleTooManyOccurrences: (max: number, from: string, to: string) =>
    `The rule gives more than ${max.toLocaleString('en')} occurrences from ${from} to ${to} (maxOccurrencesPerRule); raise maxOccurrencesPerRule, or build the calendar for a narrower window`,
  calendarTooManyOccurrences: (max: number, from: string, to: string) =>
    `The calendar would hold more than ${max.toLocaleString('en')} occurrences from ${from} to ${to}, passed at this activity (maxOccurrences); raise maxOccurrences, or build the calendar for a narrower window`,
  expansionTooLong: (max: number, start: string) =>
    `Expanding the calendar's recurrence rules takes more than ${max.toLocaleString('en')} steps (maxExpansionSteps), passed at this rule, which starts ${start}: a rule that starts long before the window, or that rarely or never recurs (such as FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30), is walked far. Start it nearer the window or correct it, or raise maxExpansionSteps`,
  earlyRuleWindow: (start: string, to: string) =>
    `A rule that starts before the year 100 (here ${start}) can be expanded up to 9599-12-31 only; this window ends ${to}`,

  // The recurrence rules.
  ruleUnreadable: (detail: string) => `The recurrence rule cannot be read: ${detail}`,
  ruleUnexpandable: (detail: string) => `The recurrence rule cannot be expanded: ${detail}`,
  ruleCounterStuck: (freq: string, start: string) =>
    `The recurrence rule cannot be expanded: stepping FREQ=${freq} from its start (${start}), rrule's counter never reaches a time of day the rule lists (BYHOUR, BYMINUTE, BYSECOND). This happens when such a rule starts on a day it skips, or steps more than an hour at a time; start it on a day it keeps, or use FREQ=DAILY with BYHOUR and BYMINUTE`,
  ruleTooFrequent: (finest: string, freq: string, severalTimes: boolean, maxFrequency: string) =>
    `The rule recurs ${finest} (FREQ=${freq}${severalTimes ? ' with several times of day' : ''}); a calendar's rules recur at most ${maxFrequency} unless maxFrequency is raised (to "${finest}")`,
  rulePartTwice: (name: string) => `${name} is given twice; RFC 5545 allows each part once`,
  rulePartRange: (name: string, range: string, got: number) => `${name} takes ${range}; got ${got}`,
  numberedWeekdayFreq: (day: string) => `BYDAY=${day}: a numbered weekday needs FREQ=MONTHLY or YEARLY (RFC 5545)`,
  numberedWeekdayWeekNo: (day: string) => `BYDAY=${day}: a numbered weekday cannot be used with BYWEEKNO (RFC 5545)`,
  numberedWeekdayRange: (day: string) =>
    `BYDAY=${day}: a month has the 1st to 5th of a weekday (±1–5), a year the 1st to 53rd (±1–53)`,
  weekNoNotYearly: 'BYWEEKNO needs FREQ=YEARLY (RFC 5545)',
  yearDayWith: (freq: string) => `BYYEARDAY cannot be used with FREQ=${freq} (RFC 5545)`,
  monthDayWeekly: 'BYMONTHDAY cannot be used with FREQ=WEEKLY (RFC 5545)',
  setPosAlone: 'BYSETPOS needs another BYxxx part to select from (RFC 5545)',
  untilInvalid: (value: string) =>
    `UNTIL=${value} is not a date and time (YYYYMMDD or YYYYMMDDTHHMMSSZ, in the years 0001–9999)`,
  timeNeverReached: (freq: string, interval: number) =>
    `With FREQ=${freq};INTERVAL=${interval} from midnight, no time of day the rule lists is ever reached, so it never recurs`,

  // The incoming presidency of a term's calendar: where, what it should be, and what was given.
  invalidIncoming: (where: string, expected: string, got: string) =>
    `${where} is ${expected}, as nextPresidency() returns it; got ${got}`,
  incomingPresidency: 'a presidency with label, holder, holderName and handover',
  incomingLabel: 'a term label on one line, such as "2024"',
  incomingHolder: 'a member state id, such as "BZ"',
  incomingHolderName: "the holder's name on one line",
  incomingHandover: 'an object with the date and event of the handover (or null)',
  incomingDate: 'a date as YYYY, YYYY-MM or YYYY-MM-DD (or null)',
  incomingEvent: 'the event of the handover on one line (or null)',

  // A grid given to monthGridText or monthGridMarkdown. In English, the problem is zod's own words; the grid's own
  // checks (one line, a title) are these, and the Spanish describes zod's problems with the words after them.
  invalidGrid: (problem: string) => `Expected a grid such as monthGrid returns: ${problem}`,
  gridNotOneLine: 'Expected text on one line, without control characters',
  gridNoTitle: 'Give the title in en, es or both',
  gridExpected: (what: string) => `expected ${what}`,
  gridObject: 'an object',
  gridList: 'an array',
  gridText: 'a string',
  gridWholeNumber: 'a whole number',
  gridBoolean: 'true or false',
  gridListOf: (count: number) => `an array of exactly ${count} items`,
  gridListAtMost: (count: number) => `an array of at most ${count} items`,
  gridNumberAtLeast: (min: number) => `a whole number from ${min}`,
  gridNumberAtMost: (max: number) => `a whole number up to ${max}`,
  gridOneOf: (values: string) => `one of ${values}`,
  gridInvalid: 'not a grid',

  // The argument guard, and the values a refusal says it got (as describeValue writes them in English).
  unreadableArguments: (fn: string, error: string) =>
    `${fn} could not read its arguments (${error}); give plain data, without getters or Proxies that throw`,
  unreadableError: 'an unreadable error',
} as const;

/** The shape of the catalogue: the English half's keys, each a string or a function of the same arguments. */
export type Messages = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};

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

  conflictOn: (first, second, day, audiences) =>
    `${first} ${and(second)} ${second} se superponen el ${day} para ${audiences}`,
  conflictFromTo: (first, second, from, to, audiences) =>
    `${first} ${and(second)} ${second} se superponen del ${from} al ${to} para ${audiences}`,
  everyone: 'todos',

  annualMeeting: 'la Reunión Anual del MIRPS',
  theHandover: 'el traspaso',
  handoverTitle: (holder, term, event) =>
    `Traspaso de la Presidencia Pro Tempore a ${holder} (período ${term}), en ${event}`,
  handoverDuty: (commitment) => `Tarea del traspaso: ${commitment}`,
  handoverDateUnknown: (holder, term, event) =>
    `En el traspaso a ${holder} (período ${term}) en ${event}; la fecha aún no se conoce.`,

  invalidLanguage: (got) => `language debe ser "en" o "es"; se recibió ${got}`,
  invalidYear: (got) => `Se esperaba un año como 2023 (1–9999); se recibió ${got}`,
  yearOutsideWindow: (from, to, year) =>
    `El calendario abarca del ${from} al ${to}; constrúyalo primero para todo el año ${year}`,
  invalidCalendar:
    'Se esperaba un calendario hecho por buildCalendar o presidencyTermCalendar (una copia o un objeto hecho a mano no lo es)',
  invalidCount: (name, got) =>
    `${name} debe ser un número entero, 1 como mínimo (o Infinity para no limitar); se recibió ${got}`,
  missingStamp: (got) =>
    `Indique las opciones con un stamp, p. ej. { stamp: "2023-01-01T00:00:00Z" }; se recibió ${got}`,
  invalidStamp: (got) =>
    `Indique stamp como un instante ISO con su desfase, p. ej. "2023-01-01T00:00:00Z", o un Date; se recibió ${got}. La exportación nunca lee el reloj.`,
  stampOutOfRange: (got) =>
    `stamp debe caer en los años 0001–9999 (UTC), pues DTSTAMP se escribe con cuatro cifras; se recibió ${got}`,
  invalidUidDomain: (got) => `uidDomain debe ser un nombre de dominio como "mirps.example"; se recibió ${got}`,
  notOneLine: (key, got) =>
    `${key} debe ser un texto no vacío en una sola línea, sin caracteres de control; se recibió ${got}`,
  noTimeZoneData: (zone) => `No hay datos VTIMEZONE para la zona horaria ${zone}`,
  icsTooLarge: (maxBytes, events) =>
    `El archivo iCalendar superaría los ${grouped(maxBytes)} octetos (maxBytes): ${grouped(events)} eventos; aumente maxBytes o exporte un calendario más acotado`,

  windowMissing: 'Indique una ventana: { from: "YYYY-MM-DD", to: "YYYY-MM-DD" }',
  windowNoStart:
    'La ventana necesita un inicio ("from": "YYYY-MM-DD"); una ventana abierta nunca dejaría de expandirse',
  windowNoEnd: 'La ventana necesita un final ("to": "YYYY-MM-DD"); una ventana abierta nunca dejaría de expandirse',
  windowDay: (key, got) => `"${key}" debe ser un día del calendario con la forma YYYY-MM-DD; se recibió ${got}`,
  invalidMaxDays: (got) => `maxDays debe ser un número entero de días, 1 como mínimo; se recibió ${got}`,
  windowReversed: (from, to) => `La ventana termina (${to}) antes de empezar (${from})`,
  windowTooWide: (days, maxDays) =>
    `La ventana abarca ${days} días; el límite es ${maxDays} (aumente maxDays para permitir más)`,

  invalidMaxFrequency: (choices, got) => `maxFrequency debe ser uno de ${choices}; se recibió ${got}`,
  ruleTooManyOccurrences: (max, from, to) =>
    `La regla da más de ${grouped(max)} ocurrencias del ${from} al ${to} (maxOccurrencesPerRule); aumente maxOccurrencesPerRule o construya el calendario para una ventana más acotada`,
  calendarTooManyOccurrences: (max, from, to) =>
    `El calendario tendría más de ${grouped(max)} ocurrencias del ${from} al ${to}, límite superado en esta actividad (maxOccurrences); aumente maxOccurrences o construya el calendario para una ventana más acotada`,
  expansionTooLong: (max, start) =>
    `Expandir las reglas de recurrencia del calendario lleva más de ${grouped(max)} pasos (maxExpansionSteps), límite superado en esta regla, que empieza el ${start}: una regla que empieza mucho antes de la ventana, o que rara vez o nunca se repite (como FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30), se recorre muy lejos. Hágala empezar más cerca de la ventana o corríjala, o aumente maxExpansionSteps`,
  earlyRuleWindow: (start, to) =>
    `Una regla que empieza antes del año 100 (aquí, el ${start}) solo puede expandirse hasta el 9599-12-31; esta ventana termina el ${to}`,

  ruleUnreadable: (detail) => `No se puede leer la regla de recurrencia: ${detail}`,
  ruleUnexpandable: (detail) => `No se puede expandir la regla de recurrencia: ${detail}`,
  ruleCounterStuck: (freq, start) =>
    `No se puede expandir la regla de recurrencia: al avanzar con FREQ=${freq} desde su inicio (${start}), el contador de rrule nunca llega a una hora del día que la regla indique (BYHOUR, BYMINUTE, BYSECOND). Esto ocurre cuando una regla así empieza en un día que omite, o avanza más de una hora cada vez; hágala empezar en un día que conserve, o use FREQ=DAILY con BYHOUR y BYMINUTE`,
  ruleTooFrequent: (finest, freq, severalTimes, maxFrequency) =>
    `La regla se repite ${howOften(finest)} (FREQ=${freq}${severalTimes ? ' con varias horas del día' : ''}); las reglas de un calendario se repiten como mucho ${howOften(maxFrequency)}, salvo que se aumente maxFrequency (a "${finest}")`,
  rulePartTwice: (name) => `${name} aparece dos veces; RFC 5545 admite cada parte una sola vez`,
  rulePartRange: (name, range, got) => `${name} admite valores de ${range}; se recibió ${got}`,
  numberedWeekdayFreq: (day) =>
    `BYDAY=${day}: un día de la semana con número requiere FREQ=MONTHLY o YEARLY (RFC 5545)`,
  numberedWeekdayWeekNo: (day) =>
    `BYDAY=${day}: un día de la semana con número no puede usarse con BYWEEKNO (RFC 5545)`,
  numberedWeekdayRange: (day) =>
    `BYDAY=${day}: un mes tiene del 1.º al 5.º de cada día de la semana (±1–5); un año, del 1.º al 53.º (±1–53)`,
  weekNoNotYearly: 'BYWEEKNO requiere FREQ=YEARLY (RFC 5545)',
  yearDayWith: (freq) => `BYYEARDAY no puede usarse con FREQ=${freq} (RFC 5545)`,
  monthDayWeekly: 'BYMONTHDAY no puede usarse con FREQ=WEEKLY (RFC 5545)',
  setPosAlone: 'BYSETPOS requiere otra parte BYxxx entre cuyos valores elegir (RFC 5545)',
  untilInvalid: (value) => `UNTIL=${value} no es una fecha y hora (YYYYMMDD o YYYYMMDDTHHMMSSZ, en los años 0001–9999)`,
  timeNeverReached: (freq, interval) =>
    `Con FREQ=${freq};INTERVAL=${interval} desde la medianoche, nunca se llega a una hora del día que la regla indique, así que nunca se repite`,

  invalidIncoming: (where, expected, got) =>
    `${where} debe ser ${expected}, tal como lo devuelve nextPresidency(); se recibió ${got}`,
  incomingPresidency: 'una presidencia con label, holder, holderName y handover',
  incomingLabel: 'una etiqueta de período en una sola línea, como "2024"',
  incomingHolder: 'el identificador de un Estado miembro, como "BZ"',
  incomingHolderName: 'el nombre del titular en una sola línea',
  incomingHandover: 'un objeto con la fecha y el evento del traspaso (o null)',
  incomingDate: 'una fecha con la forma YYYY, YYYY-MM o YYYY-MM-DD (o null)',
  incomingEvent: 'el evento del traspaso en una sola línea (o null)',

  invalidGrid: (problem) => `Se esperaba una cuadrícula como la que devuelve monthGrid: ${problem}`,
  gridNotOneLine: 'se esperaba un texto en una sola línea, sin caracteres de control',
  gridNoTitle: 'indique el título en en, en es o en ambos',
  gridExpected: (what) => `se esperaba ${what}`,
  gridObject: 'un objeto',
  gridList: 'una lista',
  gridText: 'un texto',
  gridWholeNumber: 'un número entero',
  gridBoolean: 'true o false',
  gridListOf: (count) => `una lista de exactamente ${count} elementos`,
  gridListAtMost: (count) => `una lista de ${count} elementos como máximo`,
  gridNumberAtLeast: (min) => `un número entero de ${min} como mínimo`,
  gridNumberAtMost: (max) => `un número entero de ${max} como máximo`,
  gridOneOf: (values) => `uno de ${values}`,
  gridInvalid: 'no es una cuadrícula',

  unreadableArguments: (fn, error) =>
    `${fn} no pudo leer sus argumentos (${error}); indique datos simples, sin getters ni Proxies que lancen errores`,
  unreadableError: 'un error ilegible',
};

/** How often a rule recurs, after "se repite": the bound's name ('daily'…) in words. */
function howOften(frequency: string): string {
  return (
    (
      { daily: 'a diario', hourly: 'cada hora', minutely: 'cada minuto', secondly: 'cada segundo' } as Record<
        string,
        string
      >
    )[frequency] ?? frequency
  );
}

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
    if (typeof value === 'function')
      return String(
        (value as (...args: unknown[]) => string)(...Array.from({ length: value.length }, () => HOLE)),
      ).split(HOLE);
    return [];
  };
  const spanish = new Set(
    Object.values(es)
      .flatMap(textOf)
      .map((fragment) => fragment.trim()),
  );
  return [
    ...new Set(
      Object.values(en)
        .flatMap(textOf)
        .map((fragment) => fragment.trim()),
    ),
  ].filter((fragment) => fragment.length >= 6 && !spanish.has(fragment));
}
