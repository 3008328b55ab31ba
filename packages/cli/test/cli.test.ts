import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actionPlan2023, presidencyLedger } from '@mirps/core/data';
import { runCli } from '@mirps/cli';

const folder = mkdtempSync(join(tmpdir(), 'mirps-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const progressFile = resolve(import.meta.dirname, '../../../examples/progress/progress-2023.example.json');

/** Runs the command line in-process, in a scratch folder, and collects what it prints. */
function mirps(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { cwd: folder, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const write = (name: string, value: unknown): string => {
  writeFileSync(join(folder, name), typeof value === 'string' ? value : JSON.stringify(value));
  return name;
};

describe('mirps presidency', () => {
  it('next prints the holder and why', () => {
    const { code, out } = mirps('presidency', 'next');
    expect(code).toBe(0);
    expect(out).toMatch(/^2024: Belice \(BZ\), projected\n/);
    expect(out).toContain('Belice is next in the circle and has not held it in cycle 1.');
    expect(JSON.parse(mirps('presidency', 'next', '--json').out)).toMatchObject({ label: '2024', holder: 'BZ' });
  });

  it('schedule, on and check', () => {
    expect(mirps('presidency', 'schedule', '--through', '2026').out).toBe('2024: Belice (BZ), projected, cycle 1\n2025: Costa Rica (CR), projected, cycle 1\n2026: El Salvador (SV), projected, cycle 2\n');
    expect(mirps('presidency', 'on', '2022-12-13').out).toBe('2022-12-13: Panamá (PA), term 2023, since 2022-12-13\n');
    const check = mirps('presidency', 'check');
    expect(check.code).toBe(0);
    expect(check.out).toContain('2023: Panamá holds it, as the rule says.');
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
    expect(JSON.parse(mirps('schema', 'action-plan').out).$id).toBe('urn:mirps:schemas:v1:action-plan');
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
    expect(mirps('calendar', '--ics', 'calendar.ics', '--stamp', 'yesterday').code).toBe(1);
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
