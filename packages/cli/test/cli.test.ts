import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseActionPlan } from '@mirps/core';
import { actionPlan2023, presidencyLedger } from '@mirps/core/data';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { OWN_WORKING_GROUP, OWN_WORKING_GROUP_NAME, ownData, writeOwnData } from './own-data.js';
import { type CliRun, runIn } from './run-in-process.js';

const folder = mkdtempSync(join(tmpdir(), 'mirps-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const progressFile = resolve(import.meta.dirname, '../../../examples/progress/progress-2023.example.json');
const nationalFile = (name: string): string => resolve(import.meta.dirname, '../../../examples/national', name);

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
    expect(JSON.parse(mirps('presidency', 'next', '--json').out)).toMatchObject({
      label: '2027',
      holder: 'GT',
      projected: true,
    });
  });

  it('schedule, on and check', () => {
    expect(mirps('presidency', 'schedule', '--through', '2029').out).toBe(
      '2027: Guatemala (GT), projected, cycle 2\n2028: Honduras (HN), projected, cycle 2\n2029: México (MX), projected, cycle 2\n',
    );
    expect(mirps('presidency', 'on', '2022-12-13').out).toBe('2022-12-13: Panamá (PA), term 2023, since 2022-12-13\n');
    expect(mirps('presidency', 'on', '2024-01-24').out).toBe('2024-01-24: Belice (BZ), term 2024, since 2024-01-24\n');
    expect(mirps('presidency', 'on', '2026-11-30').out).toBe(
      '2026-11-30: El Salvador (SV), term 2026, since 2025-11-25 (approximate: a handover day is not known)\n',
    );
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
    expect(departed.out).toContain(
      '2023: Costa Rica holds it, but the rule gives Panamá and no departure is recorded.',
    );
    const broken = mirps(
      'presidency',
      'check',
      write('broken.json', {
        terms: [
          { id: 'x', label: '2019', holder: 'ZZ', assignment: 'rotation', handover: { date: null }, achievements: [] },
        ],
      }),
    );
    expect(broken.code).toBe(1);
    expect(broken.err).toBe(
      'broken.json: terms[0].holder: Unknown member state "ZZ"; known: BZ, CR, SV, GT, HN, MX, PA (ref.unknown-member-state)\n',
    );
  });

  it('rejects bad usage with exit 2 and a hint', () => {
    expect(mirps('presidency', 'on', 'tomorrow')).toMatchObject({ code: 2 });
    expect(mirps('presidency', 'schedule').err).toContain('schedule needs --through <year>');
    expect(mirps('presidency', 'next', '--colour')).toMatchObject({ code: 2 });
    expect(mirps('nonsense').code).toBe(2);
    expect(mirps().code).toBe(2);
    expect(mirps('presidency', '--help')).toMatchObject({ code: 0 });
  });

  it('names each option once, and gives the range of --through', () => {
    const range = "--through takes a year from 2027 (the term after the ledger's last) to 9999";
    for (const through of ['99999', '20x0', '-1']) {
      const run = mirps('presidency', 'schedule', `--through=${through}`);
      expect(run).toEqual({
        code: 2,
        out: '',
        err: `mirps presidency: ${range}; got ${through}\nRun mirps presidency --help for the options.\n`,
      });
    }
    // The range starts after the last term of the ledger given.
    writeOwnData(folder);
    expect(
      mirps('presidency', 'schedule', '--through', '99999', '--ledger', 'ledger.json', '--reference', 'ref.json').err,
    ).toContain('a year from 2025 ');
    // A year the data contradicts is invalid input, with the check's message after the option's name alone.
    expect(mirps('presidency', 'schedule', '--through', '2020')).toEqual({
      code: 1,
      out: '',
      err: "--through: A projection gives 1 to 10000 terms after the ledger's last (2026); this asks for -6 (rotation.count-out-of-range)\n",
    });
    expect(mirps('presidency', 'on', '1990-01-01')).toEqual({
      code: 1,
      out: '',
      err: "date: 1990-01-01 is before the ledger's first term (2019, from 2019-01-01) (rotation.before-ledger)\n",
    });
  });
});

describe('mirps validate', () => {
  it('exits 0 on a valid file, 1 on a broken one, naming every path', () => {
    expect(mirps('validate', write('plan.json', actionPlan2023))).toEqual({
      code: 0,
      out: 'plan.json: a valid action-plan\n',
      err: '',
    });
    const broken = JSON.parse(JSON.stringify(actionPlan2023));
    broken.actions[0].workingGroup = 'wg-fisheries';
    broken.acitons = [];
    const result = mirps('validate', write('broken-plan.json', broken));
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      'broken-plan.json: not a valid action-plan, 1 issue:\n  broken-plan.json: acitons: Unknown field "acitons": check its spelling (unknown fields are rejected, not ignored) (shape.unknown-key)\n',
    );
    delete broken.acitons;
    expect(mirps('validate', write('broken-plan.json', broken)).out).toContain(
      'broken-plan.json: actions[0].workingGroup: Unknown working group "wg-fisheries"',
    );
    expect(JSON.parse(mirps('validate', 'broken-plan.json', '--json').out)).toMatchObject({
      valid: false,
      kind: 'action-plan',
      issues: [{ code: 'ref.unknown-working-group', path: ['actions', 0, 'workingGroup'] }],
    });
  });

  it('detects kinds, checks progress against its plan, and reports unreadable files', () => {
    expect(mirps('validate', progressFile).out).toContain('a valid plan-progress');
    expect(mirps('validate', write('not-json.json', '{ nope')).err).toMatch(/^not-json\.json: not valid JSON/);
    expect(mirps('validate', 'missing.json')).toMatchObject({
      code: 1,
      err: 'missing.json: cannot read the file (ENOENT)\n',
    });
    expect(mirps('validate', write('odd.json', { hello: 1 })).code).toBe(2);
  });

  it('detects the national kinds, and checks progress and support against the national plans given', () => {
    const plan = nationalFile('national-plan.example.json');
    const progress = nationalFile('national-progress.example.json');
    const support = nationalFile('regional-support.example.json');
    expect(mirps('validate', plan, progress, support, '--national-plan', plan)).toEqual({
      code: 0,
      out:
        `${plan}: a valid national-action-plan\n` +
        `${progress}: a valid national-plan-progress\n` +
        `${support}: a valid regional-support\n`,
      err: '',
    });
    // Progress needs its plan; support without the plans names commitments nobody made.
    expect(mirps('validate', progress)).toMatchObject({ code: 2, out: '' });
    expect(mirps('validate', progress, '--lang', 'es').err).toContain('indíquelo con --national-plan ARCHIVO');
    const unlinked = JSON.parse(mirps('validate', support, '--json').out);
    expect(unlinked).toMatchObject({ kind: 'regional-support', valid: false });
    expect(new Set(unlinked.issues.map((issue: { code: string }) => issue.code))).toEqual(
      new Set(['ref.unknown-commitment', 'ref.unknown-focus-area']),
    );
    // A national plan given that is not valid is refused with its file's name.
    const broken = JSON.parse(readFileSync(plan, 'utf8'));
    broken.commitments[0].focusArea = 'housing';
    const run = mirps('validate', progress, '--national-plan', write('broken-national.json', broken));
    expect(run.code).toBe(1);
    expect(run.err).toContain('broken-national.json: commitments[0].focusArea: Unknown focus area "housing"');
  });

  it('validates several files, one of them standard input, each reported in turn; exits with the worst', () => {
    const plan = write('plan.json', actionPlan2023);
    const stdin = openSync(join(folder, plan), 'r');
    try {
      const run = runIn(folder, ['validate', plan, 'broken-plan.json', '-'], { stdin });
      expect(run.code).toBe(1);
      expect(run.err).toBe('');
      expect(run.out).toMatch(
        /^plan\.json: a valid action-plan\nbroken-plan\.json: not a valid action-plan, 1 issue:\n {2}broken-plan\.json: actions\[0\]\.workingGroup: .*\n-: a valid action-plan\n$/,
      );
    } finally {
      closeSync(stdin);
    }
    // What cannot be read, or typed, is said on standard error; the others are still checked.
    const mixed = mirps('validate', 'missing.json', plan, 'odd.json');
    expect(mixed).toEqual({
      code: 2,
      out: 'plan.json: a valid action-plan\n',
      err:
        'missing.json: cannot read the file (ENOENT)\n' +
        'mirps validate: odd.json: cannot tell what kind of document this is; give --kind (action-plan, reference-data, presidency-ledger, rotation-setup, plan-progress, calendar-activities, national-action-plan, national-plan-progress, regional-support)\n' +
        'Run mirps validate --help for the options.\n',
    });
    expect(mirps('validate', plan, 'missing.json').code).toBe(1);
    expect(mirps('validate', plan, plan).code).toBe(0);
    // Standard input once, refused before any file is read or reported.
    const again = openSync(join(folder, plan), 'r');
    try {
      expect(runIn(folder, ['validate', plan, '-', '-'], { stdin: again })).toEqual({
        code: 2,
        out: '',
        err: 'mirps validate: Standard input (-) can be read for one file only\nRun mirps validate --help for the options.\n',
      });
      expect(runIn(folder, ['validate', plan, '-', '--reference', '-'], { stdin: again })).toMatchObject({
        code: 2,
        out: '',
      });
    } finally {
      closeSync(again);
    }
    expect(mirps('validate', plan, '')).toEqual({
      code: 2,
      out: '',
      err: 'mirps validate: A file name is empty\nRun mirps validate --help for the options.\n',
    });
  });

  it('--json: one file gives its report, several an array of them, an unreadable file with its error', () => {
    expect(JSON.parse(mirps('validate', 'plan.json', '--json').out)).toEqual({
      file: 'plan.json',
      kind: 'action-plan',
      valid: true,
      issues: [],
    });
    const run = mirps('validate', 'plan.json', 'broken-plan.json', 'missing.json', '--json');
    expect(run.code).toBe(1);
    expect(run.err).toBe('missing.json: cannot read the file (ENOENT)\n');
    const reports = JSON.parse(run.out);
    expect(reports).toMatchObject([
      { file: 'plan.json', kind: 'action-plan', valid: true, issues: [] },
      {
        file: 'broken-plan.json',
        kind: 'action-plan',
        valid: false,
        issues: [{ code: 'ref.unknown-working-group', path: ['actions', 0, 'workingGroup'] }],
      },
      {
        file: 'missing.json',
        kind: null,
        valid: false,
        issues: [],
        error: 'missing.json: cannot read the file (ENOENT)',
      },
    ]);
    expect(Object.keys(reports[0])).toEqual(['file', 'kind', 'valid', 'issues']);
  });
});

describe('mirps --version', () => {
  const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as {
    version: string;
  };

  it("prints the package's version, and says so in the help", () => {
    expect(mirps('--version')).toEqual({ code: 0, out: `${version}\n`, err: '' });
    expect(mirps('-V')).toEqual({ code: 0, out: `${version}\n`, err: '' });
    expect(mirps('--version', 'now')).toEqual({
      code: 2,
      out: '',
      err: 'mirps: Unexpected arguments: now\nRun mirps --help for the options.\n',
    });
    expect(mirps('--help').out).toContain('mirps --version (or -V)\nfor the version.');
    expect(mirps('--help', '--lang', 'es').out).toContain('mirps --version (o -V)\nimprime la versión.');
  });
});

describe('mirps schema, calendar and report', () => {
  it('schema lists and prints schemas', () => {
    expect(mirps('schema').out).toContain('ActionPlan             action-plan.schema.json');
    expect(JSON.parse(mirps('schema', 'action-plan').out).$id).toBe('urn:mirps:schemas:v2:action-plan');
    expect(JSON.parse(mirps('schema', 'ActionPlan', '--draft', '07').out).$schema).toBe(
      'http://json-schema.org/draft-07/schema#',
    );
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

  it('calendar --stamp takes a day, as midnight UTC', () => {
    const stamp = (value: string): string[] =>
      mirps('calendar', '--ics', '-', '--stamp', value).out.match(/^DTSTAMP:.*$/gm) ?? [];
    expect(stamp('2023-05-01')).toContain('DTSTAMP:20230501T000000Z');
    expect(stamp('2023-05-01')).toEqual(stamp('2023-05-01T00:00:00Z'));
    expect(mirps('calendar', '--ics', '-', '--stamp', '2023-02-30')).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringContaining('or a day (2023-01-01, 00:00 UTC); got 2023-02-30'),
    });
  });

  it('report writes the plan, progress and memoir in each format', () => {
    expect(mirps('report', 'plan').out).toMatch(/^# Regional Action Plan 2023/);
    expect(mirps('report', 'plan', '--format', 'html', '-o', 'plan.html').code).toBe(0);
    expect(readFileSync(join(folder, 'plan.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(JSON.parse(mirps('report', 'progress', '--progress', progressFile, '--format', 'json').out).title).toBe(
      'Progress of the Regional Action Plan 2023 MIRPS Pro-Tempore Presidency, Republic of Panama',
    );
    expect(mirps('report', 'memoir', '--progress', progressFile).out).toContain(
      '## The incoming Pro-Tempore Presidency: Belize',
    );
    expect(mirps('report', 'memoir').err).toContain('needs --progress');
    expect(mirps('report', 'progress', '--progress', progressFile, '--as-of', '2030-01-01')).toMatchObject({ code: 1 });
    expect(mirps('report', 'plan', '--format', 'pdf').code).toBe(2);
  });

  it('report annual puts each national plan with its progress, the regional progress and the support in one report', () => {
    const plan = nationalFile('national-plan.example.json');
    const progress = nationalFile('national-progress.example.json');
    const support = nationalFile('regional-support.example.json');
    const national = ['--national-plan', plan, '--national-progress', progress];
    const run = mirps(
      'report',
      'annual',
      '--year',
      '2025',
      ...national,
      '--progress',
      progressFile,
      '--support',
      support,
    );
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/^# MIRPS Annual Report 2025\n/);
    expect(run.out).toContain('> **Illustrative data:** ');
    for (const chapter of ['## National chapters', '## The regional level', '## The support of other countries'])
      expect(run.out).toContain(chapter);
    const es = mirps('report', 'annual', '--as-of', '2025-06-30', ...national, '--lang', 'es', '-o', 'annual.es.html');
    expect(es.code, es.err).toBe(0);
    expect(readFileSync(join(folder, 'annual.es.html'), 'utf8')).toMatch(/^<!doctype html>\n<html lang="es">/);
    // What it refuses: no year; a progress whose plan is not given; a plan without progress; a broken support file.
    expect(mirps('report', 'annual', ...national)).toMatchObject({ code: 2, err: expect.stringContaining('--year') });
    expect(mirps('report', 'annual', '--year', '2025', '--national-progress', progress)).toMatchObject({
      code: 2,
      err: expect.stringContaining('which no --national-plan gives'),
    });
    expect(mirps('report', 'annual', '--year', '2025', '--national-plan', plan)).toMatchObject({
      code: 2,
      err: expect.stringContaining('has no --national-progress'),
    });
    const broken = JSON.parse(readFileSync(support, 'utf8'));
    broken.pledges[0].commitments = ['no-such-commitment'];
    const refused = mirps(
      'report',
      'annual',
      '--year',
      '2025',
      ...national,
      '--support',
      write('support.json', broken),
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('support.json: pledges[0].commitments[0]');
    expect(mirps('report', 'annual', '--year', '1999', ...national)).toMatchObject({
      code: 1,
      err: expect.stringContaining('--year'),
    });
  });

  it('export hxl writes commitments or indicators as HXL-tagged CSV, export iati an IATI activity file', () => {
    const national = [
      '--national-plan',
      nationalFile('national-plan.example.json'),
      '--national-progress',
      nationalFile('national-progress.example.json'),
    ];
    const rows = (text: string): string[][] => parse(text, { relax_column_count: true });
    const commitments = mirps('export', 'hxl', ...national, '--as-of', '2025-12-31');
    expect(commitments.code, commitments.err).toBe(0);
    const table = rows(commitments.out);
    const tags = table.findIndex((row) => row[0]?.startsWith('#country'));
    expect(table.length - tags - 1, 'one row per commitment').toBe(12);
    expect(mirps('export', 'hxl', ...national, '--table', 'indicators', '--lang', 'es', '-o', 'ind.csv').code).toBe(0);
    expect(readFileSync(join(folder, 'ind.csv'), 'utf8')).toContain('Mujeres');
    const org = [
      '--reporting-org',
      'XX-EXAMPLE',
      '--reporting-org-type',
      '10',
      '--reporting-org-name',
      'Example publisher',
    ];
    const iati = mirps('export', 'iati', ...national, '--progress', progressFile, ...org);
    expect(iati.code, iati.err).toBe(0);
    expect(iati.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(iati.out.match(/<iati-activity /g)).toHaveLength(2);
    // What it refuses: no publisher, an unknown table or export, a publisher IATI would not accept.
    expect(mirps('export', 'iati', ...national)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--reporting-org'),
    });
    expect(mirps('export', 'hxl', ...national, '--table', 'pledges')).toMatchObject({ code: 2 });
    expect(mirps('export', 'hxl')).toMatchObject({ code: 2, err: expect.stringContaining('--national-plan') });
    expect(mirps('export', 'csv')).toMatchObject({ code: 2, err: expect.stringContaining('iati, hxl') });
    const badType = mirps(
      'export',
      'iati',
      ...national,
      ...org.slice(0, 2),
      '--reporting-org-type',
      'ministry',
      ...org.slice(4),
    );
    expect(badType).toMatchObject({ code: 1, err: expect.stringContaining('reportingOrg.type') });
  });

  it("report -o picks the format from the file's extension, unless --format says otherwise", () => {
    const written = (file: string, ...args: string[]): string => {
      expect(mirps('report', 'plan', '-o', file, ...args)).toEqual({ code: 0, out: '', err: `Wrote ${file}\n` });
      return readFileSync(join(folder, file), 'utf8');
    };
    expect(written('ext.html')).toMatch(/^<!doctype html>/);
    expect(written('ext.HTM')).toMatch(/^<!doctype html>/);
    expect(JSON.parse(written('ext.json')).title).toBe(
      'Regional Action Plan 2023 MIRPS Pro-Tempore Presidency, Republic of Panama',
    );
    expect(written('ext.markdown')).toMatch(/^# Regional Action Plan 2023/);
    expect(written('no-extension')).toMatch(/^# Regional Action Plan 2023/);
    expect(written('forced.html', '--format', 'md')).toMatch(/^# Regional Action Plan 2023/);
    expect(written('data.html', '--json')).toMatch(/^\{/);
    const refused = mirps('report', 'plan', '-o', 'plan.pdf');
    expect(refused).toEqual({
      code: 2,
      out: '',
      err: "mirps report: -o names the format by the file's extension, .md, .html or .json; give --format md|html|json for another name; got plan.pdf\nRun mirps report --help for the options.\n",
    });
    expect(existsSync(join(folder, 'plan.pdf'))).toBe(false);
    expect(mirps('report', 'plan', '-o', 'plan.pdf', '--format', 'html').code).toBe(0);
    expect(mirps('report', 'progress', '--progress', progressFile, '--as-of', '2030-01-01')).toEqual({
      code: 1,
      out: '',
      err: "--as-of: 2030-01-01 is outside the plan's term (2022-12-13 to 2023-12-31, or the year after it) (report.as-of-outside-term)\n",
    });
  });
});

describe("a team's own data, end to end", () => {
  const own = writeOwnData(folder);
  const context = ['--reference', 'ref.json', '--ledger', 'ledger.json'];

  it('the fixtures are valid together, and the plan needs its own reference data', () => {
    expect(parseActionPlan(own.plan, { reference: own.reference, ledger: own.ledger }).actions[0]!.workingGroup).toBe(
      OWN_WORKING_GROUP,
    );
    expect(ownData()).toEqual(own);
  });

  it('validate checks a plan against the reference data and ledger given', () => {
    expect(mirps('validate', 'plan2024.json', ...context)).toEqual({
      code: 0,
      out: 'plan2024.json: a valid action-plan\n',
      err: '',
    });
    const embedded = mirps('validate', 'plan2024.json');
    expect(embedded.code).toBe(1);
    expect(embedded.out).toContain(
      `plan2024.json: actions[0].workingGroup: Unknown working group "${OWN_WORKING_GROUP}"`,
    );
    expect(embedded.out).toContain('(ref.unknown-working-group)');
    // A command that reads the plan refuses it too, naming the file.
    const report = mirps('report', 'plan', '--plan', 'plan2024.json');
    expect(report).toMatchObject({ code: 1, out: '' });
    expect(report.err).toMatch(
      /^plan2024\.json: actions\[0\]\.workingGroup: Unknown working group "wg-illustrative-climate-mobility".*\(ref\.unknown-working-group\)$/m,
    );
  });

  it("report -o - prints the report read against the team's data, and nothing else", () => {
    const { code, out, err } = mirps(
      'report',
      'plan',
      '--plan',
      'plan2024.json',
      ...context,
      '--format',
      'html',
      '-o',
      '-',
    );
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^<!doctype html>/);
    expect(out).toContain(OWN_WORKING_GROUP_NAME);
    expect(out).toContain('Illustrative Regional Action Plan 2024 (example data, not a MIRPS document)');
  });

  it("calendar --ics - prints the iCalendar text, naming the team's working group", () => {
    const { code, out, err } = mirps(
      'calendar',
      '--plan',
      'plan2024.json',
      ...context,
      '--ics',
      '-',
      '--stamp',
      '2024-01-01T00:00:00Z',
    );
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
    expect(printed.occurrences.map((o: { start: string }) => o.start)).toEqual([
      '2024-03-14',
      '2024-04-18',
      '2024-07-18',
      '2024-10-17',
    ]);
  });

  it('presidency reads the ledger given, and the embedded ledger against the reference data alone', () => {
    expect(JSON.parse(mirps('presidency', 'next', '--json', ...context).out)).toMatchObject({
      label: '2025',
      holder: 'CR',
    });
    expect(JSON.parse(mirps('presidency', 'next', '--json', '--reference', 'ref.json').out)).toMatchObject({
      label: '2027',
      holder: 'GT',
    });
    expect(mirps('presidency', 'on', '2024-06-01', ...context).out).toMatch(
      /^2024-06-01: Belice \(BZ\), term 2024, since 2024-01-24/,
    );
    expect(mirps('presidency', 'check', 'ledger.json', '--reference', 'ref.json').out).toContain(
      '2024: Belice holds it, as the rule says.',
    );
  });

  it('names the file of an invalid reference data or ledger', () => {
    const reference = structuredClone(own.reference) as { workingGroups: { lead: string }[] };
    reference.workingGroups.at(-1)!.lead = 'ZZ';
    const badReference = mirps(
      'validate',
      'plan2024.json',
      '--reference',
      write('bad-ref.json', reference),
      '--ledger',
      'ledger.json',
    );
    expect(badReference.code).toBe(1);
    expect(badReference.err).toMatch(/^bad-ref\.json: workingGroups\[4\]\.lead: /);
    // The ledger records a 2024 term the embedded reference data knows, but its holder must be a member.
    const ledger = structuredClone(own.ledger) as { terms: { holder: string }[] };
    ledger.terms.at(-1)!.holder = 'ZZ';
    const badLedger = mirps(
      'calendar',
      '--plan',
      'plan2024.json',
      '--reference',
      'ref.json',
      '--ledger',
      write('bad-ledger.json', ledger),
    );
    expect(badLedger.code).toBe(1);
    expect(badLedger.err).toMatch(/^bad-ledger\.json: terms\[5\]\.holder: Unknown member state "ZZ"/);
    // A file holding null is refused, not read as "not given".
    expect(mirps('presidency', 'next', '--ledger', write('null.json', 'null'))).toMatchObject({ code: 1, out: '' });
    expect(mirps('validate', 'plan2024.json', '--reference', 'null.json', '--ledger', 'ledger.json').err).toMatch(
      /^null\.json: /,
    );
  });
});
