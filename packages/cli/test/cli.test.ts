import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseActionPlan } from '@mirps/core';
import { actionPlan2023, presidencyLedger } from '@mirps/core/data';
import { OWN_WORKING_GROUP, OWN_WORKING_GROUP_NAME, ownData, writeOwnData } from './own-data.js';
import { runIn, type CliRun } from './run-in-process.js';

const folder = mkdtempSync(join(tmpdir(), 'mirps-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const progressFile = resolve(import.meta.dirname, '../../../examples/progress/progress-2023.example.json');

/** Runs the command line in-process, in a scratch folder, and collects what it prints. */
const mirps = (...args: string[]): CliRun => runIn(folder, args);

const write = (name: string, value: unknown): string => {
  writeFileSync(join(folder, name), typeof value === 'string' ? value : JSON.stringify(value));
  return name;
};

describe('mirps presidency', () => {
  it('next prints the holder and why', () => {
    const { code, out } = mirps('presidency', 'next');
    expect(code).toBe(0);
    expect(out).toMatch(/^2027: Guatemala \(GT\), projected\n/);
    expect(out).toContain('Guatemala is next in the circle and has not held it in cycle 2.');
    expect(JSON.parse(mirps('presidency', 'next', '--json').out)).toMatchObject({ label: '2027', holder: 'GT', projected: true });
  });

  it('schedule, on and check', () => {
    expect(mirps('presidency', 'schedule', '--through', '2029').out).toBe('2027: Guatemala (GT), projected, cycle 2\n2028: Honduras (HN), projected, cycle 2\n2029: México (MX), projected, cycle 2\n');
    expect(mirps('presidency', 'on', '2022-12-13').out).toBe('2022-12-13: Panamá (PA), term 2023, since 2022-12-13\n');
    expect(mirps('presidency', 'on', '2024-01-24').out).toBe('2024-01-24: Belice (BZ), term 2024, since 2024-01-24\n');
    expect(mirps('presidency', 'on', '2026-11-30').out).toBe('2026-11-30: El Salvador (SV), term 2026, since 2025-11-25 (approximate: a handover day is not known)\n');
    const check = mirps('presidency', 'check');
    expect(check.code).toBe(0);
    expect(check.out).toContain('2023: Panamá holds it, as the rule says.');
    expect(check.out).toContain('2026: El Salvador holds it, as the rule says.');
  });

  it('check exits 1 on an unexplained departure, and names the file of an invalid ledger', () => {
    const ledger = JSON.parse(JSON.stringify(presidencyLedger));
    ledger.terms[4].holder = 'CR';
    const departed = mirps('presidency', 'check', write('departed.json', ledger));
    expect(departed.code).toBe(1);
    expect(departed.out).toContain('2023: Costa Rica holds it, but the rule gives Panamá and no departure is recorded.');
    const broken = mirps('presidency', 'check', write('broken.json', { terms: [{ id: 'x', label: '2019', holder: 'ZZ', assignment: 'rotation', handover: { date: null }, achievements: [] }] }));
    expect(broken.code).toBe(1);
    expect(broken.err).toBe('broken.json: terms[0].holder: Unknown member state "ZZ"; known: BZ, CR, SV, GT, HN, MX, PA (ref.unknown-member-state)\n');
  });

  it('rejects bad usage with exit 2 and a hint', () => {
    expect(mirps('presidency', 'on', 'tomorrow')).toMatchObject({ code: 2 });
    expect(mirps('presidency', 'schedule').err).toContain('schedule needs --through <year>');
    expect(mirps('presidency', 'next', '--colour')).toMatchObject({ code: 2 });
    expect(mirps('nonsense').code).toBe(2);
    expect(mirps().code).toBe(2);
    expect(mirps('presidency', '--help')).toMatchObject({ code: 0 });
  });
});

describe('mirps validate', () => {
  it('exits 0 on a valid file, 1 on a broken one, naming every path', () => {
    expect(mirps('validate', write('plan.json', actionPlan2023))).toEqual({ code: 0, out: 'plan.json: a valid action-plan\n', err: '' });
    const broken = JSON.parse(JSON.stringify(actionPlan2023));
    broken.actions[0].workingGroup = 'wg-fisheries';
    broken.acitons = [];
    const result = mirps('validate', write('broken-plan.json', broken));
    expect(result.code).toBe(1);
    expect(result.out).toBe('broken-plan.json: not a valid action-plan, 1 issue:\n  broken-plan.json: acitons: Unknown field "acitons": check its spelling (unknown fields are rejected, not ignored) (shape.unknown-key)\n');
    delete broken.acitons;
    expect(mirps('validate', write('broken-plan.json', broken)).out).toContain('broken-plan.json: actions[0].workingGroup: Unknown working group "wg-fisheries"');
    expect(JSON.parse(mirps('validate', 'broken-plan.json', '--json').out)).toMatchObject({ valid: false, kind: 'action-plan', issues: [{ code: 'ref.unknown-working-group', path: ['actions', 0, 'workingGroup'] }] });
  });

  it('detects kinds, checks progress against its plan, and reports unreadable files', () => {
    expect(mirps('validate', progressFile).out).toContain('a valid plan-progress');
    expect(mirps('validate', write('not-json.json', '{ nope')).err).toMatch(/^not-json\.json: not valid JSON/);
    expect(mirps('validate', 'missing.json')).toMatchObject({ code: 1, err: 'missing.json: cannot read the file (ENOENT)\n' });
    expect(mirps('validate', write('odd.json', { hello: 1 })).code).toBe(2);
  });
});

describe('mirps schema, calendar and report', () => {
  it('schema lists and prints schemas', () => {
    expect(mirps('schema').out).toContain('ActionPlan             action-plan.schema.json');
    expect(JSON.parse(mirps('schema', 'action-plan').out).$id).toBe('urn:mirps:schemas:v2:action-plan');
    expect(JSON.parse(mirps('schema', 'ActionPlan', '--draft', '07').out).$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(mirps('schema', 'Nothing').code).toBe(2);
  });

  it('calendar prints the year, the grid, and writes an .ics whole', () => {
    expect(mirps('calendar').out).toContain('8 dated occurrences in 2023:\n  2023-01-24  Virtual Plenary Meetings');
    expect(mirps('calendar', '--grid').out).toMatch(/ {2}Virtual Plenary Meetings +24 +20 +20 +19\n/);
    const { code, err } = mirps('calendar', '--ics', 'calendar.ics');
    expect(code).toBe(0);
    expect(err).toContain('calendar.ics');
    expect(readFileSync(join(folder, 'calendar.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(mirps('calendar', '--ics', 'calendar.ics', '--stamp', 'yesterday').code).toBe(2);
    expect(readdirSync(folder).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('report writes the plan, progress and memoir in each format', () => {
    expect(mirps('report', 'plan').out).toMatch(/^# Regional Action Plan 2023/);
    expect(mirps('report', 'plan', '--format', 'html', '-o', 'plan.html').code).toBe(0);
    expect(readFileSync(join(folder, 'plan.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(JSON.parse(mirps('report', 'progress', '--progress', progressFile, '--format', 'json').out).title).toBe('Progress of the Regional Action Plan 2023 MIRPS Pro-Tempore Presidency, Republic of Panama');
    expect(mirps('report', 'memoir', '--progress', progressFile).out).toContain('## The incoming Pro-Tempore Presidency: Belize');
    expect(mirps('report', 'memoir').err).toContain('needs --progress');
    expect(mirps('report', 'progress', '--progress', progressFile, '--as-of', '2030-01-01')).toMatchObject({ code: 1 });
    expect(mirps('report', 'plan', '--format', 'pdf').code).toBe(2);
  });
});

describe("a team's own data, end to end", () => {
  const own = writeOwnData(folder);
  const context = ['--reference', 'ref.json', '--ledger', 'ledger.json'];

  it('the fixtures are valid together, and the plan needs its own reference data', () => {
    expect(parseActionPlan(own.plan, { reference: own.reference, ledger: own.ledger }).actions[0]!.workingGroup).toBe(OWN_WORKING_GROUP);
    expect(ownData()).toEqual(own);
  });

  it('validate checks a plan against the reference data and ledger given', () => {
    expect(mirps('validate', 'plan2024.json', ...context)).toEqual({ code: 0, out: 'plan2024.json: a valid action-plan\n', err: '' });
    const embedded = mirps('validate', 'plan2024.json');
    expect(embedded.code).toBe(1);
    expect(embedded.out).toContain(`plan2024.json: actions[0].workingGroup: Unknown working group "${OWN_WORKING_GROUP}"`);
    expect(embedded.out).toContain('(ref.unknown-working-group)');
    // A command that reads the plan refuses it too, naming the file.
    const report = mirps('report', 'plan', '--plan', 'plan2024.json');
    expect(report).toMatchObject({ code: 1, out: '' });
    expect(report.err).toMatch(/^plan2024\.json: actions\[0\]\.workingGroup: Unknown working group "wg-illustrative-climate-mobility".*\(ref\.unknown-working-group\)$/m);
  });

  it('report -o - prints the report read against the team\'s data, and nothing else', () => {
    const { code, out, err } = mirps('report', 'plan', '--plan', 'plan2024.json', ...context, '--format', 'html', '-o', '-');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^<!doctype html>/);
    expect(out).toContain(OWN_WORKING_GROUP_NAME);
    expect(out).toContain('Illustrative Regional Action Plan 2024 (example data, not a MIRPS document)');
  });

  it('calendar --ics - prints the iCalendar text, naming the team\'s working group', () => {
    const { code, out, err } = mirps('calendar', '--plan', 'plan2024.json', ...context, '--ics', '-', '--stamp', '2024-01-01T00:00:00Z');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    // DESCRIPTION lines are folded at 75 octets: unfold them first.
    expect(out.replace(/\r\n[ \t]/g, '')).toContain(`\r\nDESCRIPTION:Working group: ${OWN_WORKING_GROUP_NAME}\r\n`);
    expect(readdirSync(folder)).not.toContain('-');
    expect(mirps('calendar', '--ics', '-', '--json').code).toBe(2);
  });

  it('calendar --json prints the calendar without its context', () => {
    const printed = JSON.parse(mirps('calendar', '--plan', 'plan2024.json', ...context, '--json').out);
    expect(Object.keys(printed)).toEqual(['window', 'occurrences', 'monthEntries', 'unscheduled', 'activities']);
    expect(printed.window).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(printed.occurrences.map((o: { start: string }) => o.start)).toEqual(['2024-03-14', '2024-04-18', '2024-07-18', '2024-10-17']);
  });

  it('presidency reads the ledger given, and the embedded ledger against the reference data alone', () => {
    expect(JSON.parse(mirps('presidency', 'next', '--json', ...context).out)).toMatchObject({ label: '2025', holder: 'CR' });
    expect(JSON.parse(mirps('presidency', 'next', '--json', '--reference', 'ref.json').out)).toMatchObject({ label: '2027', holder: 'GT' });
    expect(mirps('presidency', 'on', '2024-06-01', ...context).out).toMatch(/^2024-06-01: Belice \(BZ\), term 2024, since 2024-01-24/);
    expect(mirps('presidency', 'check', 'ledger.json', '--reference', 'ref.json').out).toContain('2024: Belice holds it, as the rule says.');
  });

  it('names the file of an invalid reference data or ledger', () => {
    const reference = structuredClone(own.reference) as { workingGroups: { lead: string }[] };
    reference.workingGroups.at(-1)!.lead = 'ZZ';
    const badReference = mirps('validate', 'plan2024.json', '--reference', write('bad-ref.json', reference), '--ledger', 'ledger.json');
    expect(badReference.code).toBe(1);
    expect(badReference.err).toMatch(/^bad-ref\.json: workingGroups\[4\]\.lead: /);
    // The ledger records a 2024 term the embedded reference data knows, but its holder must be a member.
    const ledger = structuredClone(own.ledger) as { terms: { holder: string }[] };
    ledger.terms.at(-1)!.holder = 'ZZ';
    const badLedger = mirps('calendar', '--plan', 'plan2024.json', '--reference', 'ref.json', '--ledger', write('bad-ledger.json', ledger));
    expect(badLedger.code).toBe(1);
    expect(badLedger.err).toMatch(/^bad-ledger\.json: terms\[5\]\.holder: Unknown member state "ZZ"/);
    // A file holding null is refused, not read as "not given".
    expect(mirps('presidency', 'next', '--ledger', write('null.json', 'null'))).toMatchObject({ code: 1, out: '' });
    expect(mirps('validate', 'plan2024.json', '--reference', 'null.json', '--ledger', 'ledger.json').err).toMatch(/^null\.json: /);
  });
});
