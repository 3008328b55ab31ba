import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildCalendar,
  findConflicts,
  monthAbbreviations,
  monthGrid,
  monthGridMarkdown,
  monthGridText,
  presidencyTermCalendar,
  toICS,
} from '@mirps/calendar';
import { MirpsError, textIn } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { describe, expect, it } from 'vitest';
import { englishFragments } from '../src/i18n/messages.js';
import { activity, thrownIssue } from './helpers.js';
import { REFUSAL_CASES } from './refusal-cases.js';

const STAMP = '2023-01-01T00:00:00Z';

/** Compares a text with its golden file (rewritten with UPDATE_GOLDEN=1). */
function matchesGolden(text: string, name: string): void {
  const file = join(import.meta.dirname, '__golden__', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

/** The English catalogue's fragments found in a text. */
const englishIn = (text: string): string[] => englishFragments().filter((fragment) => text.includes(fragment));

/** An iCalendar text as a person reads it: lines unfolded, TEXT unescaped. */
const unfolded = (ics: string): string =>
  ics
    .replaceAll('\r\n ', '')
    .replace(/\\([,;\\])/g, '$1')
    .replaceAll('\\n', '\n');

describe('Spanish output', () => {
  const spanish = buildCalendar(actionPlan2023, { language: 'es' });
  const grid = monthGrid(spanish, 2023);
  const term = presidencyTermCalendar(actionPlan2023, { language: 'es' });
  const year2024 = { from: '2024-01-01', to: '2024-12-31' };
  const clashing = buildCalendar(
    [
      activity('forum', {
        title: { en: 'Forum', es: 'Foro' },
        schedule: { kind: 'range', start: '2024-03-04', end: '2024-03-06' },
      }),
      activity('plenary', {
        title: { en: 'Plenary' },
        category: 'high-level-event',
        schedule: { kind: 'dates', dates: ['2024-03-06'] },
        location: { kind: 'virtual' },
        workingGroup: 'wg-asylum-systems',
      }),
      activity('initiative', {
        title: { es: 'Iniciativa' },
        category: 'other-activity',
        schedule: { kind: 'range', start: '2024-03-05', end: '2024-03-06' },
        audiences: ['member-states'],
      }),
    ],
    year2024,
  );

  it('writes the month grid in Spanish: headers, months, sections and notes; titles as the data gives them', () => {
    expect(grid.language).toBe('es');
    expect(grid.rows.filter((row) => row.note === 'no programada en la fuente')).toHaveLength(11);
    const markdown = monthGridMarkdown(grid);
    expect(markdown.split('\n')[0]).toBe(
      '| Actividades 2023 | ene | feb | mar | abr | may | jun | jul | ago | sep | oct | nov | dic | Nota |',
    );
    expect(markdown).toContain('| **Reuniones técnicas** |');
    expect(monthGridText(grid)).toMatch(/^Eventos de alto nivel$/m);
    matchesGolden(monthGridText(grid), 'month-grid-2023.es.txt');
    matchesGolden(markdown, 'month-grid-2023.es.md');
    matchesGolden(monthGridMarkdown(monthGrid(buildCalendar(actionPlan2023), 2023)), 'month-grid-2023.md');
  });

  it('notes a year-only entry in Spanish', () => {
    const calendar = buildCalendar([activity('year', { schedule: { kind: 'dates', dates: ['2024'] } })], year2024);
    expect(monthGrid(calendar, 2024, { language: 'es' }).rows[0]!.note).toBe('en 2024 (mes no indicado)');
    expect(monthGrid(calendar, 2024).rows[0]!.note).toBe('in 2024 (month not given)');
  });

  it('gives the months a fixed Spanish table, and keeps the English one', () => {
    expect(monthAbbreviations('es')).toEqual([
      'ene',
      'feb',
      'mar',
      'abr',
      'may',
      'jun',
      'jul',
      'ago',
      'sep',
      'oct',
      'nov',
      'dic',
    ]);
    expect(monthAbbreviations('en')[8]).toBe('Sep');
  });

  it('writes conflicts in Spanish, with "e" before a word that sounds /i/ and "todos" for everyone', () => {
    expect(findConflicts(clashing, { language: 'es' }).map((c) => c.message)).toEqual([
      'Foro e Iniciativa se superponen del 2024-03-05 al 2024-03-06 para member-states',
      'Foro y Plenary se superponen el 2024-03-06 para todos',
      'Iniciativa y Plenary se superponen el 2024-03-06 para member-states',
    ]);
    expect(findConflicts(clashing).map((c) => c.message)[1]).toBe(
      'Forum and Plenary overlap on 2024-03-06 for everyone',
    );
    expect(findConflicts(clashing, { language: 'es' })[1]!.audiences).toEqual(['everyone']);
  });

  it('writes the SDK\'s words in the .ics in Spanish: categories, "Virtual", the working group by its Spanish name', () => {
    const ics = unfolded(toICS(clashing, { stamp: STAMP, language: 'es' }));
    expect(ics).toContain('CATEGORIES:Reunión técnica');
    expect(ics).toContain('CATEGORIES:Evento de alto nivel');
    expect(ics).toContain('CATEGORIES:Otra actividad');
    expect(ics).toContain('LOCATION:Virtual');
    expect(ics).toMatch(/DESCRIPTION:Grupo de Trabajo: \S/);
    matchesGolden(toICS(spanish, { stamp: STAMP, name: 'MIRPS 2023' }), 'action-plan-2023.es.ics');
    matchesGolden(toICS(term, { stamp: STAMP, name: 'MIRPS 2023' }), 'presidency-term-2023.es.ics');
  });

  it("writes a term's duties in both languages, naming Belize in each, and keeps the plan's commitments as the plan gives them", () => {
    const duties = term.occurrences.filter((o) => o.activityId.startsWith('term-'));
    expect(duties.find((o) => o.activityId === 'term-2023-handover')!.title).toEqual({
      en: 'Handover of the Pro-Tempore Presidency to Belize (term 2024), at the MIRPS Annual Meeting',
      es: 'Traspaso de la Presidencia Pro Tempore a Belice (período 2024), en la Reunión Anual del MIRPS',
    });
    const commitment = actionPlan2023.handoverCommitments[0]!;
    expect(duties.find((o) => o.activityId === `term-2023-${commitment.id}`)!.title.es).toBe(
      `Tarea del traspaso: ${textIn(commitment.text, 'es')}`,
    );
    const unknown = presidencyTermCalendar(actionPlan2023, {
      incoming: {
        label: '2024',
        holder: 'BZ',
        holderName: 'Belize',
        handover: { date: null, event: 'the MIRPS Annual Meeting' },
      },
    });
    expect(unknown.unscheduled.find((a) => a.activityId === 'term-2023-handover')!.note).toEqual({
      en: 'At the handover to Belize (term 2024) at the MIRPS Annual Meeting; the date is not known yet.',
      es: 'En el traspaso a Belice (período 2024) en la Reunión Anual del MIRPS; la fecha aún no se conoce.',
    });
  });

  it("holds no text from the English catalogue, besides the plan's own words", () => {
    expect(englishFragments()).toContain('Handover of the Pro-Tempore Presidency to');
    expect(englishIn(monthGridText(grid))).toEqual([]);
    expect(englishIn(monthGridMarkdown(grid))).toEqual([]);
    expect(
      englishIn(
        findConflicts(clashing, { language: 'es' })
          .map((c) => c.message)
          .join('\n'),
      ),
    ).toEqual([]);
    expect(englishIn(unfolded(toICS(clashing, { stamp: STAMP, language: 'es' })))).toEqual([]);
    expect(englishIn(unfolded(toICS(spanish, { stamp: STAMP })))).toEqual([]);
    // The plan's handover commitments are its own words (English only in our data): shown as given, so left out of the check.
    const ownWords = actionPlan2023.handoverCommitments.map((commitment) => textIn(commitment.text, 'es')!);
    expect(
      englishIn(ownWords.reduce((text, words) => text.replaceAll(words, ''), unfolded(toICS(term, { stamp: STAMP })))),
    ).toEqual([]);
    const titles = term.occurrences
      .filter((o) => o.activityId.startsWith('term-'))
      .map((o) => ownWords.reduce((text, words) => text.replace(words, ''), o.title.es!));
    expect(titles).toHaveLength(5);
    expect(englishIn(titles.join('\n'))).toEqual([]);
  });

  it('refuses in Spanish when asked to, and refuses a language it does not write', () => {
    const error = (act: () => unknown): string => {
      try {
        act();
      } catch (thrown) {
        return (thrown as { issues: Array<{ message: string }> }).issues[0]!.message;
      }
      throw new Error('expected an error');
    };
    expect(error(() => monthGrid(spanish, 2024))).toBe(
      'El calendario abarca del 2023-01-01 al 2023-12-31; constrúyalo primero para todo el año 2024',
    );
    expect(error(() => toICS(buildCalendar(actionPlan2023), { stamp: 'yesterday', language: 'es' }))).toMatch(
      /^Indique stamp como un instante ISO/,
    );
    expect(error(() => findConflicts({} as never, { language: 'es' }))).toMatch(/^Se esperaba un calendario/);
    for (const act of [
      () => buildCalendar(actionPlan2023, { language: 'fr' as never }),
      () => presidencyTermCalendar(actionPlan2023, { language: 'ES' as never }),
      () => monthGrid(spanish, 2023, { language: null as never }),
      () => findConflicts(spanish, { language: 'spanish' as never }),
      () => toICS(spanish, { stamp: STAMP, language: 'de' as never }),
    ]) {
      expect(thrownIssue(act)).toMatchObject({
        name: 'MirpsCalendarError',
        code: 'calendar.invalid-option',
        path: ['language'],
      });
    }
  });

  it("lets a view be told its language over the calendar's", () => {
    expect(monthGrid(spanish, 2023, { language: 'en' }).rows[2]!.note).toBe('not scheduled in the source');
    expect(toICS(spanish, { stamp: STAMP, language: 'en', name: 'MIRPS 2023' })).toBe(
      readFileSync(join(import.meta.dirname, '__golden__', 'action-plan-2023.ics'), 'utf8'),
    );
  });
});

/** The error a call throws: its name and first issue. */
function thrown(act: () => unknown): {
  name: string;
  code: string;
  path: ReadonlyArray<string | number>;
  message: string;
} {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(MirpsError);
    const { name, issues } = error as MirpsError;
    return { name, ...issues[0]! };
  }
  throw new Error('expected an error');
}

describe('the refusals of buildCalendar, presidencyTermCalendar and the grid writers', () => {
  it.each(REFUSAL_CASES)('%s: in Spanish when asked, with the code and path of the English', (_label, call) => {
    const english = thrown(() => call({}));
    const spanish = thrown(() => call({ language: 'es' }));
    expect({ name: spanish.name, code: spanish.code, path: spanish.path }).toEqual({
      name: english.name,
      code: english.code,
      path: english.path,
    });
    expect(spanish.message).not.toBe(english.message);
    expect(englishIn(spanish.message)).toEqual([]);
  });

  it('writes them in careful Spanish', () => {
    const year2024 = { from: '2024-01-01', to: '2024-12-31' };
    const es = { language: 'es' } as const;
    expect(thrown(() => buildCalendar([activity('a')], { from: '2024-12-31', to: '2024-01-01', ...es })).message).toBe(
      'La ventana termina (2024-01-01) antes de empezar (2024-12-31)',
    );
    expect(thrown(() => buildCalendar([activity('a')], { to: '2024-12-31', ...es })).message).toBe(
      'La ventana necesita un inicio ("from": "YYYY-MM-DD"); una ventana abierta nunca dejaría de expandirse',
    );
    expect(thrown(() => buildCalendar(actionPlan2023, { maxFrequency: 'weekly' as never, ...es })).message).toBe(
      'maxFrequency debe ser uno de "daily", "hourly", "minutely", "secondly"; se recibió el texto "weekly"',
    );
    expect(
      thrown(() =>
        buildCalendar(
          [activity('r', { schedule: { kind: 'recurrence', start: '2024-01-01', rrule: 'FREQ=DAILY;BYHOUR=9,15' } })],
          { ...year2024, ...es },
        ),
      ).message,
    ).toBe(
      'La regla se repite cada hora (FREQ=DAILY con varias horas del día); las reglas de un calendario se repiten como mucho a diario, salvo que se aumente maxFrequency (a "hourly")',
    );
    expect(
      thrown(() =>
        buildCalendar([activity('r', { schedule: { kind: 'recurrence', start: '2024-01-01', rrule: 'FREQ=DAILY' } })], {
          ...year2024,
          maxOccurrencesPerRule: 5,
          ...es,
        }),
      ).message,
    ).toBe(
      'La regla da más de 5 ocurrencias del 2024-01-01 al 2024-12-31 (maxOccurrencesPerRule); aumente maxOccurrencesPerRule o construya el calendario para una ventana más acotada',
    );
    expect(
      thrown(() =>
        presidencyTermCalendar(actionPlan2023, {
          incoming: { label: '2024', holder: 5, holderName: 'Belize', handover: null } as never,
          ...es,
        }),
      ).message,
    ).toBe(
      'incoming.holder debe ser el identificador de un Estado miembro, como "BZ", tal como lo devuelve nextPresidency(); se recibió el número 5',
    );
    const grid = monthGrid(buildCalendar(actionPlan2023, es), 2023);
    expect(thrown(() => monthGridMarkdown({ ...grid, year: 0 })).message).toBe(
      'Se esperaba una cuadrícula como la que devuelve monthGrid: se esperaba un número entero de 1 como mínimo',
    );
    const getter = {
      ...year2024,
      ...es,
      get maxDays(): number {
        throw new TypeError('boom');
      },
    };
    expect(thrown(() => buildCalendar([activity('a')], getter)).message).toBe(
      'buildCalendar no pudo leer sus argumentos (TypeError: boom); indique datos simples, sin getters ni Proxies que lancen errores',
    );
  });

  it("writes the views' guard, and what a view's refusal got, in the view's language", () => {
    const spanish = buildCalendar(actionPlan2023, { language: 'es' });
    const getter = (name: string) =>
      Object.defineProperty({ stamp: STAMP }, name, {
        get() {
          throw new TypeError('boom');
        },
        enumerable: true,
      });
    expect(thrown(() => findConflicts(spanish, getter('maxConflicts') as never)).message).toBe(
      'findConflicts no pudo leer sus argumentos (TypeError: boom); indique datos simples, sin getters ni Proxies que lancen errores',
    );
    expect(thrown(() => toICS(spanish, getter('name') as never)).message).toMatch(/^toICS no pudo leer sus argumentos/);
    expect(thrown(() => toICS(buildCalendar(actionPlan2023), getter('name') as never)).message).toMatch(
      /^toICS could not read its arguments/,
    );
    expect(thrown(() => monthGrid(spanish, 'x' as never)).message).toBe(
      'Se esperaba un año como 2023 (1–9999); se recibió el texto "x"',
    );
    expect(thrown(() => toICS(spanish, { stamp: STAMP, uidDomain: [] as never })).message).toBe(
      'uidDomain debe ser un nombre de dominio como "mirps.example"; se recibió una lista',
    );
    expect(thrown(() => monthGrid(spanish, 2023, { language: 'fr' as never })).message).toBe(
      'language debe ser "en" o "es"; se recibió el texto "fr"',
    );
  });

  it('keeps them in English by default, word for word', () => {
    expect(thrown(() => buildCalendar([activity('a')], { from: '2024-12-31', to: '2024-01-01' })).message).toBe(
      'The window ends (2024-01-01) before it starts (2024-12-31)',
    );
    expect(
      thrown(() => buildCalendar(actionPlan2023, { maxFrequency: 'weekly' as never, language: 'en' })).message,
    ).toBe('maxFrequency is one of "daily", "hourly", "minutely", "secondly"; got the string "weekly"');
    expect(thrown(() => presidencyTermCalendar(actionPlan2023, { incoming: 5 as never })).message).toBe(
      'incoming is a presidency with label, holder, holderName and handover, as nextPresidency() returns it; got the number 5',
    );
    expect(thrown(() => monthGridText({ ...monthGrid(buildCalendar(actionPlan2023), 2023), year: 0 })).message).toBe(
      'Expected a grid such as monthGrid returns: Too small: expected number to be >=1',
    );
  });

  it('reads the language first: an invalid one is refused in English before the window or the limits', () => {
    for (const act of [
      () => buildCalendar([activity('a')], { from: 5 as never, maxOccurrences: -1, language: 'fr' as never }),
      () => presidencyTermCalendar(actionPlan2023, { incoming: 5 as never, language: 'ES' as never }),
    ]) {
      expect(thrown(act)).toEqual({
        name: 'MirpsCalendarError',
        code: 'calendar.invalid-option',
        path: ['language'],
        message: expect.stringMatching(/^language is "en" or "es"; got /),
      });
    }
    // A grid whose language is not one is refused, in English, at its language.
    expect(
      thrown(() => monthGridText({ ...monthGrid(buildCalendar(actionPlan2023), 2023), language: 'fr' as never })),
    ).toMatchObject({
      code: 'calendar.invalid-grid',
      path: ['grid', 'language'],
      message: expect.stringMatching(/^Expected a grid/),
    });
  });
});
