import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCalendar, toICS } from '@mirps/calendar';
import { actionPlan2023 } from '@mirps/core/data';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DEBIAN_PYTHON, PREREQUISITES, runsWith } from '../../../test/prerequisites.js';
import { activity, thrownIssue } from './helpers.js';

const STAMP = '2023-01-01T00:00:00Z';
const golden = (name: string): string => join(import.meta.dirname, '__golden__', name);

/** Parses an iCalendar text with ical.js, registering its VTIMEZONEs first. */
function parse(text: string): InstanceType<typeof ICAL.Component> {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return root;
}

/** Every occurrence ical.js expands from each VEVENT (RRULE, EXDATE, RDATE), as local `YYYY-MM-DD[THH:MM]`, up to a bound. */
function expandWithIcalJs(text: string, until: string): string[] {
  const days: string[] = [];
  for (const vevent of parse(text).getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    if (!event.isRecurring()) {
      days.push(event.startDate.toString().slice(0, event.startDate.isDate ? 10 : 16));
      continue;
    }
    const iterator = event.iterator();
    for (
      let next = iterator.next(), guard = 0;
      next && next.toString() <= until && guard < 1000;
      next = iterator.next(), guard++
    ) {
      days.push(next.toString().slice(0, next.isDate ? 10 : 16));
    }
  }
  return days.sort();
}

const lines = (text: string): string[] => text.split('\r\n').slice(0, -1);
const octets = (line: string): number => new TextEncoder().encode(line).length;

describe('toICS', () => {
  const plan = buildCalendar(actionPlan2023);
  const ics = toICS(plan, { stamp: STAMP, name: 'MIRPS 2023' });

  it('writes a VCALENDAR with PRODID, VERSION and CALSCALE, CRLF line ends and lines of at most 75 octets', () => {
    expect(
      ics.startsWith(
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//MIRPS SDK//@mirps/calendar//EN\r\nCALSCALE:GREGORIAN\r\n',
      ),
    ).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of lines(ics)) expect(octets(line), line).toBeLessThanOrEqual(75);
  });

  it('exports the plenaries as one RRULE with its EXDATE and RDATE, and all-day events with an exclusive end', () => {
    expect(ics).toContain('DTSTART;VALUE=DATE:20230119\r\nDTEND;VALUE=DATE:20230120\r\n');
    expect(ics).toContain(
      'RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH;COUNT=4\r\nEXDATE;VALUE=DATE:20230119\r\nRDATE;VALUE=DATE:20230124\r\n',
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20231213\r\nDTEND;VALUE=DATE:20231216\r\n');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect(ics.match(/DTSTAMP:20230101T000000Z/g)).toHaveLength(5);
  });

  it('matches the golden file, and is identical on every export', () => {
    expect(toICS(buildCalendar(actionPlan2023), { stamp: STAMP, name: 'MIRPS 2023' })).toBe(ics);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden('action-plan-2023.ics'), ics);
    expect(ics).toBe(readFileSync(golden('action-plan-2023.ics'), 'utf8'));
  });

  it('gives each activity a UID that is opaque and stable, whatever else changes', () => {
    const uids = (text: string): string[] => [...text.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]!);
    const first = uids(ics);
    expect(new Set(first).size).toBe(first.length);
    for (const uid of first) expect(uid).toMatch(/^[0-9a-f]{32}@mirps\.sdk$/);
    expect(uids(toICS(plan, { stamp: '2030-06-01T12:00:00Z', language: 'es' }))).toEqual(first);
  });

  it('has the occurrences that ical.js expands equal to ours', () => {
    expect(expandWithIcalJs(ics, '2024-01-01')).toEqual(plan.occurrences.map((o) => o.start).sort());
  });

  it('exports a timed recurrence with TZID and a matching VTIMEZONE, which ical.js expands to our instants', () => {
    const weekly = activity('weekly-call', {
      schedule: {
        kind: 'recurrence',
        start: '2023-03-16',
        rrule: 'FREQ=WEEKLY;COUNT=4',
        exdates: ['2023-03-23'],
        rdates: ['2023-03-24'],
      },
      time: { start: '15:00', end: '16:00', zone: 'Europe/Zurich' },
    });
    const calendar = buildCalendar([weekly], { from: '2023-03-01', to: '2023-04-30' });
    const text = toICS(calendar, { stamp: STAMP });
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Zurich:20230316T150000\r\n');
    expect(text).toContain('EXDATE;TZID=Europe/Zurich:20230323T150000\r\nRDATE;TZID=Europe/Zurich:20230324T150000\r\n');
    const root = parse(text);
    const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
    const iterator = event.iterator();
    const instants: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) instants.push(next.toJSDate().toISOString());
    // Across the change to summer time on 26 March, 15:00 in Zurich is 14:00 UTC, then 13:00 UTC.
    expect(instants.sort()).toEqual(calendar.occurrences.map((o) => o.startInstant).sort());
    expect(instants).toContain('2023-03-30T13:00:00.000Z');
    expect(instants).toContain('2023-03-16T14:00:00.000Z');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden('weekly-call-zurich.ics'), text);
    expect(text).toBe(readFileSync(golden('weekly-call-zurich.ics'), 'utf8'));
  });

  it('round-trips hostile text exactly through ical.js', () => {
    const long = 'ñ'.repeat(700) + 'x'.repeat(600) + '😀'.repeat(200);
    // Titles and names are one line; notes may hold paragraphs, broken by "\n".
    const texts = [
      'Commas, semicolons; and a backslash \\ and "quotes"',
      'Emoji 🇵🇦🇧🇿 and scripts: Ελληνικά, Русский, العربية, 中文, हिन्दी',
      'BEGIN:VEVENT',
      long,
    ];
    const notes = ['Line one\nline two\nline three', 'END:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:injected', 'x', long];
    const activities = texts.map((text, i) =>
      activity(`hostile-${i}`, {
        title: { en: text },
        note: { en: notes[i]! },
        location: { kind: 'in-person', city: { en: `${text.slice(0, 80)} city` }, country: 'PA' },
      }),
    );
    const text = toICS(buildCalendar(activities, { from: '2024-01-01', to: '2024-12-31' }), { stamp: STAMP });
    for (const line of lines(text)) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(texts.length);
    const events = parse(text)
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    expect(events.map((e) => e.summary)).toEqual(texts);
    expect(events.map((e) => e.description)).toEqual(notes);
    expect(events.map((e) => e.location)).toEqual(texts.map((t) => `${t.slice(0, 80)} city, PA`));
  });

  it('refuses a missing or malformed stamp, and writes nothing', () => {
    expect(thrownIssue(() => toICS(plan, {} as never))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.invalid-stamp',
      path: ['stamp'],
    });
    expect(thrownIssue(() => toICS(plan, { stamp: '2023-01-01' }))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.invalid-stamp',
      path: ['stamp'],
    });
    expect(thrownIssue(() => toICS(plan, { stamp: new Date('nope') }))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.invalid-stamp',
      path: ['stamp'],
    });
    expect(thrownIssue(() => toICS(plan, { stamp: STAMP, uidDomain: 'not a domain' }))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.invalid-option',
      path: ['uidDomain'],
    });
  });
});

// Skipped only on a developer machine without Debian's python3-icalendar, as the run says; CI installs it.
describe.skipIf(!runsWith(PREREQUISITES.pythonIcalendar))('Python icalendar reads our files', () => {
  it('parses the 2023 calendar, a timed recurrence and hostile text, and finds the same events, rules and text', () => {
    const folder = mkdtempSync(join(tmpdir(), 'mirps-ics-'));
    try {
      const file = join(folder, 'calendar.ics');
      writeFileSync(file, readFileSync(golden('action-plan-2023.ics')));
      const script = `
import json, sys
from icalendar import Calendar
calendar = Calendar.from_ical(open(sys.argv[1], "rb").read())
events = []
for event in calendar.walk("VEVENT"):
    rule = event.get("RRULE")
    events.append({
        "summary": str(event.get("SUMMARY")),
        "start": event.decoded("DTSTART").isoformat(),
        "end": event.decoded("DTEND").isoformat(),
        "rrule": rule.to_ical().decode() if rule else None,
    })
print(json.dumps({"prodid": str(calendar.get("PRODID")), "events": events}))
`;
      const result = spawnSync(DEBIAN_PYTHON, ['-c', script, file], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      const parsed = JSON.parse(result.stdout) as {
        prodid: string;
        events: Array<{ summary: string; start: string; end: string; rrule: string | null }>;
      };
      expect(parsed.prodid).toBe('-//MIRPS SDK//@mirps/calendar//EN');
      expect(parsed.events.map((e) => [e.summary, e.start, e.end])).toEqual([
        ['Virtual Plenary Meetings', '2023-01-19', '2023-01-20'],
        [
          'Cities Summit in Denver, United States Within the framework of the Los Angeles Declaration',
          '2023-04-26',
          '2023-04-29',
        ],
        ['OAS General Assembly', '2023-06-21', '2023-06-24'],
        ['United Nations General Assembly 2023', '2023-09-19', '2023-09-27'],
        ['II Global Refugee Forum', '2023-12-13', '2023-12-16'],
      ]);
      expect(parsed.events[0]!.rrule).toBe('FREQ=MONTHLY;COUNT=4;INTERVAL=3;BYDAY=3TH');
      // The timed recurrence in Zurich, with its VTIMEZONE, and the hostile text read back exactly.
      writeFileSync(file, readFileSync(golden('weekly-call-zurich.ics')));
      const zurich = JSON.parse(
        spawnSync(DEBIAN_PYTHON, ['-c', script, file], { encoding: 'utf8' }).stdout,
      ) as typeof parsed;
      expect(zurich.events.map((e) => [e.start, e.rrule])).toEqual([
        ['2023-03-16T15:00:00+01:00', 'FREQ=WEEKLY;COUNT=4'],
      ]);
      const hostile = 'Commas, semicolons; a backslash \\ "quotes" 😀 Ελληνικά BEGIN:VEVENT';
      writeFileSync(
        file,
        toICS(
          buildCalendar([activity('hostile', { title: { en: hostile } })], { from: '2024-01-01', to: '2024-12-31' }),
          { stamp: STAMP },
        ),
      );
      const read = JSON.parse(
        spawnSync(DEBIAN_PYTHON, ['-c', script, file], { encoding: 'utf8' }).stdout,
      ) as typeof parsed;
      expect(read.events[0]!.summary).toBe(hostile);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
