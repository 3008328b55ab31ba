import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { actionPlan2023 } from '@mirps/core/data';
import { afterAll, describe, expect, it } from 'vitest';
import { englishFragments, withoutOptionNames } from '../src/i18n/messages.js';
import { type CliRun, runIn } from './run-in-process.js';

const folder = mkdtempSync(join(tmpdir(), 'mirps-cli-es-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const progressFile = resolve(import.meta.dirname, '../../../examples/progress/progress-2023.example.json');
const mirps = (...args: string[]): CliRun => runIn(folder, args);
const es = (...args: string[]): CliRun => runIn(folder, [...args, '--lang', 'es']);
const write = (name: string, value: unknown): string => {
  writeFileSync(join(folder, name), typeof value === 'string' ? value : JSON.stringify(value));
  return name;
};

const brokenPlan = structuredClone(actionPlan2023) as { actions: { workingGroup: string }[] };
brokenPlan.actions[0]!.workingGroup = 'wg-fisheries';
write('broken-plan.json', brokenPlan);
write('plan.json', actionPlan2023);
write('report.md', 'already here');
symlinkSync('report.md', join(folder, 'link.md'));

describe('mirps --lang es', () => {
  it('presidency next answers in Spanish', () => {
    const { code, out } = es('presidency', 'next');
    expect(code).toBe(0);
    expect(out).toMatch(
      /^2027: Guatemala \(GT\), prevista\nTraspaso: .*\n\nPor qué:\n {2}La Presidencia Pro Tempore del MIRPS rota /,
    );
    expect(out).toContain('\n  Guatemala es el siguiente en el orden de rotación y no la ha ejercido en el ciclo 2.\n');
  });

  it('presidency schedule, on and check answer in Spanish', () => {
    expect(es('presidency', 'schedule', '--through', '2028').out).toMatch(
      /^2027: Guatemala \(GT\), prevista, ciclo 2\n2028: Honduras \(HN\), prevista, ciclo 2\n$/,
    );
    expect(es('presidency', 'on', '2022-12-13').out).toBe('2022-12-13: Panamá (PA), turno 2023, desde 2022-12-13\n');
    expect(es('presidency', 'on', '2026-11-30').out).toBe(
      '2026-11-30: El Salvador (SV), turno 2026, desde 2025-11-25 (aproximado: no se conoce el día del traspaso)\n',
    );
    const check = es('presidency', 'check');
    expect(check).toMatchObject({ code: 0, err: '' });
    expect(check.out).toContain('\n2023: Panamá la ejerce, como indica la regla.\n');
    expect(es('presidency', 'on', 'mañana')).toMatchObject({
      code: 2,
      err: 'mirps presidency: on necesita un día en formato AAAA-MM-DD, p. ej. mirps presidency on 2023-06-01; se recibió mañana\nEjecute mirps presidency --help para ver las opciones.\n',
    });
  });

  it('validate lists the issues of an invalid plan in Spanish', () => {
    const { code, out } = es('validate', 'broken-plan.json');
    expect(code).toBe(1);
    expect(out).toMatch(
      /^broken-plan\.json: documento action-plan no válido, 1 problema:\n {2}broken-plan\.json: actions\[0\]\.workingGroup: .*\(ref\.unknown-working-group\)\n$/,
    );
    expect(es('validate', 'plan.json').out).toBe('plan.json: documento action-plan válido\n');
    expect(es('validate', write('broken.json', '{ "a": 1 2 }'))).toMatchObject({
      code: 1,
      err: "broken.json: JSON no válido: línea 1, columna 10: se esperaba ',' o '}' tras el valor de una propiedad, pero aparece '2'\n",
    });
  });

  it('calendar prints the year in Spanish', () => {
    const { code, out } = es('calendar');
    expect(code).toBe(0);
    expect(out).toMatch(/^8 actividades con fecha en 2023:\n/);
    expect(out).toMatch(/\n\d+ actividades sin fecha en la fuente:\n/);
  });

  it('report writes the plan and the memoir in Spanish', () => {
    expect(es('report', 'plan').out).toContain('\n*Presidencia Pro Tempore 2023: Panamá*\n');
    expect(es('report', 'memoir', '--progress', progressFile).out).toMatch(
      /^# Memoria de la Presidencia Pro Tempore saliente 2023: Panamá\n/,
    );
  });

  it('names each option once, in Spanish', () => {
    expect(es('presidency', 'schedule', '--through', '99999')).toMatchObject({
      code: 2,
      err: 'mirps presidency: --through acepta un año de 2027 (el turno que sigue al último del registro) a 9999; se recibió 99999\nEjecute mirps presidency --help para ver las opciones.\n',
    });
    expect(es('presidency', 'on', '1990-01-01').err).toMatch(/^fecha: 1990-01-01 [^:]*\(rotation\.before-ledger\)\n$/);
    expect(es('report', 'plan', '-o', 'plan.pdf')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^mirps report: -o indica el formato por la extensión del archivo/),
    });
  });

  it('report refuses in Spanish, and writes its file', () => {
    expect(es('report', 'memoir')).toMatchObject({
      code: 2,
      err: 'mirps report: El informe memoir necesita --progress <archivo.json>\nEjecute mirps report --help para ver las opciones.\n',
    });
    expect(es('report', 'plan', '-o', 'report.md')).toMatchObject({
      code: 1,
      err: 'report.md: el archivo ya existe; indique --force para reemplazarlo\n',
    });
    expect(es('report', 'plan', '-o', 'link.md', '--force').err).toMatch(
      /^link\.md: es un enlace simbólico; mirps no reemplaza enlaces/,
    );
    expect(es('report', 'plan', '-o', 'plan.md')).toMatchObject({ code: 0, err: 'Escrito: plan.md\n' });
  });

  it('reads --lang before anything else, anywhere before --', () => {
    expect(mirps('--lang', 'es', 'presidency', 'next', '--colour')).toMatchObject({
      code: 2,
      err: "mirps presidency: Opción desconocida '--colour'.\nEjecute mirps presidency --help para ver las opciones.\n",
    });
    expect(mirps('presidency', '--lang=es', 'on', '2022-12-13').out).toBe(
      '2022-12-13: Panamá (PA), turno 2023, desde 2022-12-13\n',
    );
    expect(es('validate', 'plan.json', '--plan').err).toBe(
      "mirps validate: A la opción '--plan <valor>' le falta su valor\nEjecute mirps validate --help para ver las opciones.\n",
    );
    expect(es('validate', 'plan.json', '--json=1').err).toMatch(
      /^mirps validate: La opción '--json' no admite un valor\n/,
    );
    // After --, --lang is an argument like any other.
    expect(mirps('validate', '--', '--lang')).toMatchObject({
      code: 1,
      err: '--lang: cannot read the file (ENOENT)\n',
    });
  });

  it('refuses a language it does not write, as a usage error', () => {
    expect(mirps('presidency', 'next', '--lang', 'fr')).toMatchObject({
      code: 2,
      out: '',
      err: 'mirps: --lang takes en (English) or es (español); got fr\nRun mirps --help for the options.\n',
    });
    expect(mirps('presidency', 'next', '--lang')).toMatchObject({ code: 2, out: '' });
    expect(mirps('presidency', 'next', '--lang=')).toMatchObject({ code: 2, out: '' });
  });

  it('--lang en is the default, and JSON keeps its keys', () => {
    for (const args of [
      ['presidency', 'next'],
      ['presidency', 'on', '2024-01-24'],
      ['validate', 'broken-plan.json'],
      ['calendar'],
      ['report', 'memoir'],
      ['--help'],
    ]) {
      expect(mirps(...args, '--lang', 'en'), args.join(' ')).toEqual(mirps(...args));
    }
    const english = JSON.parse(mirps('presidency', 'next', '--json').out);
    const spanish = JSON.parse(es('presidency', 'next', '--json').out);
    expect(Object.keys(spanish)).toEqual(Object.keys(english));
    expect(spanish).toMatchObject({ label: '2027', holder: 'GT', projected: true });
    expect(Object.keys(JSON.parse(es('validate', 'broken-plan.json', '--json').out))).toEqual([
      'file',
      'kind',
      'valid',
      'issues',
    ]);
  });
});

describe('the Spanish output', () => {
  // Every command's help, results and refusals: none may hold a piece of the English catalogue.
  const runs: string[][] = [
    ['--help'],
    [],
    ['nonsense'],
    ...['presidency', 'validate', 'schema', 'calendar', 'report'].map((command) => [command, '--help']),
    ['presidency', 'next'],
    ['presidency', 'next', '--handover', 'someday'],
    ['presidency', 'schedule'],
    ['presidency', 'schedule', '--through', '2030'],
    ['presidency', 'schedule', '--through', '99999'],
    ['presidency', 'schedule', '--through', '2020'],
    ['presidency', 'on', '1990-01-01'],
    ['presidency', 'on', '2026-11-30'],
    ['presidency', 'on'],
    ['presidency', 'check'],
    ['presidency'],
    ['presidency', 'elect'],
    ['presidency', 'next', 'extra', 'words'],
    ['validate'],
    ['validate', 'plan.json'],
    ['validate', 'broken-plan.json'],
    ['validate', write('odd.json', { hello: 1 })],
    ['validate', 'plan.json', '--kind', 'poem'],
    ['validate', 'plan.json', 'broken-plan.json', 'missing.json', 'odd.json'],
    ['validate', 'plan.json', '-', '-'],
    ['validate', 'missing.json'],
    ['validate', '.'],
    ['validate', write('utf16.json', '\uFEFF{}'.replace('\uFEFF', '\u00ff\u00fe'))],
    ['validate', write('empty.json', '')],
    ['validate', write('open.json', '{"a')],
    ['validate', 'plan.json', '--max-input-size', '1K'],
    ['validate', 'plan.json', '--max-input-size', 'lots'],
    ['validate', 'plan.json', '--reference', ''],
    ['schema', 'Nothing'],
    ['schema', '--draft', '04'],
    ['calendar'],
    ['calendar', '--year', 'next'],
    ['calendar', '--ics', '-', '--json'],
    ['calendar', '--ics', 'cal.ics', '--stamp', 'yesterday'],
    ['calendar', '--ics', 'link.md', '--force'],
    ['calendar', '--ics', '.', '--force'],
    ['report'],
    ['report', 'summary'],
    ['report', 'plan', '--format', 'pdf'],
    ['report', 'progress'],
    ['report', 'plan', '--as-of', 'someday'],
    ['report', 'plan', '-o', 'report.md'],
    ['report', 'plan', '-o', 'plan.pdf'],
    ['report', 'progress', '--progress', progressFile, '--as-of', '2030-01-01'],
    ['--version'],
  ];

  it('holds no fixed text of the English catalogue', () => {
    const fragments = englishFragments();
    expect(fragments.length).toBeGreaterThan(100);
    expect(fragments).toContain(': the file exists; give');
    expect(fragments).toContain("the plan's calendar, its month grid, an iCalendar file");
    for (const args of runs) {
      const { out, err } = es(...args);
      // Option names and the names of commands and kinds are the same in both languages.
      const shown = withoutOptionNames(`${out}\n${err}`);
      for (const fragment of fragments)
        expect(shown, `mirps ${args.join(' ')} --lang es: "${fragment}"`).not.toContain(fragment);
    }
  });
});
