import { readFileSync } from 'node:fs';
import {
  type CommitmentRecord,
  MirpsReportError,
  MirpsValidationError,
  type NationalActionPlan,
  type NationalPlanProgress,
  safeParseNationalActionPlan,
} from '@mirps/core';
import { referenceData } from '@mirps/core/data';
import { exportHXL, type HXLExportInput } from '@mirps/report';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField } from '../src/exchange/csv.js';
import { replaceNonText } from '../src/render/escape.js';
import { HOSTILE, HOSTILE_CHARACTERS, NOT_TEXT } from './hostile.js';

// The HXL export read back with an independent CSV parser (csv-parse), its hashtag row checked against the
// HXL tagging conventions, and every number and status compared with the documents it was made from.

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../../../examples/national/${file}`, import.meta.url), 'utf8')) as T;
const examplePlan = (): NationalActionPlan => read('national-plan.example.json');
const exampleProgress = (): NationalPlanProgress => read('national-progress.example.json');
const exampleInput = (): HXLExportInput => ({ national: [{ plan: examplePlan(), progress: exampleProgress() }] });

/** A copy of the example that does not say it is illustrative. */
function realInput(): HXLExportInput {
  const source = [{ document: 'A national action plan (test data)' }];
  return {
    national: [{ plan: { ...examplePlan(), sources: source }, progress: { ...exampleProgress(), sources: source } }],
  };
}

/** A hashtag and its attributes, as the HXL 1.1 tagging conventions define them (white space between allowed). */
const HXL_TAG = /^\s*#[A-Za-z][A-Za-z0-9_]*(?:\s*\+\s*[A-Za-z][A-Za-z0-9_]*)*\s*$/;

interface Table {
  /** Every record, as csv-parse reads it. */
  readonly records: string[][];
  /** The rows above the hashtag row. */
  readonly above: string[][];
  readonly headers: string[];
  readonly tags: string[];
  /** The data rows, each by its column's tag (the first column of a tag when two share it) and by position. */
  readonly rows: string[][];
  /** The value of a row in the column of exactly this tag. */
  readonly cell: (row: string[], tag: string) => string;
}

/** The export read back: the hashtag row is the first row whose every cell is a hashtag (HXL allows rows above it). */
function readTable(csv: string): Table {
  const records = parse(csv, { bom: false, relax_column_count: false }) as string[][];
  const at = records.findIndex((record) => record.every((cell) => HXL_TAG.test(cell)));
  expect(at, 'a hashtag row').toBeGreaterThan(0);
  const tags = records[at]!;
  const normal = (tag: string) => tag.replace(/\s+/g, '');
  const index = new Map<string, number>();
  tags.forEach((tag, i) => {
    if (!index.has(normal(tag))) index.set(normal(tag), i);
  });
  return {
    records,
    above: records.slice(0, at - 1),
    headers: records[at - 1]!,
    tags,
    rows: records.slice(at + 1),
    cell: (row, tag) => {
      const i = index.get(normal(tag));
      if (i === undefined) throw new Error(`no column ${tag}`);
      return row[i]!;
    },
  };
}

/** Each commitment's status on a day, worked out here from the records: the latest on or before it. */
function statusesOn(progress: NationalPlanProgress, asOf: string | undefined): Map<string, CommitmentRecord> {
  // By day: a commitment has one status a day at most.
  const sorted = [...progress.records].sort((a, b) => (a.date < b.date ? -1 : 1));
  const statuses = new Map<string, CommitmentRecord>();
  for (const record of sorted) if (asOf === undefined || record.date <= asOf) statuses.set(record.commitment, record);
  return statuses;
}

/** The MirpsReportError a call throws, as `code path` lines, checking each message says something. */
function refusal(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    if (!(error instanceof MirpsReportError)) throw error;
    for (const issue of error.issues) expect(issue.message.length, issue.code).toBeGreaterThan(20);
    return error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
  }
  return expect.unreachable('no error was thrown') as never;
}

const DISAGGREGATION_TAGS: Readonly<Record<string, string>> = {
  female: '#indicator +num +f',
  male: '#indicator +num +m',
  other: '#indicator +num +i',
  '0-17': '#indicator +num +children +age0_17',
  '18-59': '#indicator +num +adults +age18_59',
  '60+': '#indicator +num +elderly +age60plus',
  refugees: '#indicator +num +refugees',
  'asylum-seekers': '#indicator +num +asylum_seekers',
  'internally-displaced-persons': '#indicator +num +idps',
  'returnees-with-protection-needs': '#indicator +num +returnees',
  'stateless-persons': '#indicator +num +stateless',
};

describe('exportHXL: the commitments table', () => {
  it('has a header row, a valid hashtag row, and one row per commitment', () => {
    const table = readTable(exportHXL(exampleInput()));
    for (const tag of table.tags) expect(tag).toMatch(HXL_TAG);
    expect(table.headers).toHaveLength(table.tags.length);
    expect(table.headers.every((header) => header.trim() !== '')).toBe(true);
    expect(table.rows.map((row) => table.cell(row, '#activity +activity +code'))).toEqual(
      examplePlan().commitments.map((c) => c.id),
    );
    const first = table.rows[0]!;
    expect(table.cell(first, '#country +code')).toBe('CRI');
    expect(table.cell(first, '#country +code +v_iso2')).toBe('CR');
    expect(table.cell(first, '#country +name')).toBe('Costa Rica');
    expect(table.cell(first, '#activity +programme +code')).toBe('national-plan-example-2024');
    expect(table.cell(first, '#description')).toBe(examplePlan().commitments[0]!.text.en);
    expect(table.cell(first, '#sector +code')).toBe('protection');
    expect(table.cell(first, '#sector +name')).toBe('Protection');
    expect(table.cell(first, '#date +start')).toBe('2024-01-01');
    expect(table.cell(first, '#date +end')).toBe('2026-12-31');
    const ownPeriod = table.rows.find((row) => table.cell(row, '#activity +activity +code') === 'ex-c07')!;
    expect([table.cell(ownPeriod, '#date +start'), table.cell(ownPeriod, '#date +end')]).toEqual([
      '2025-01',
      '2026-12',
    ]);
    const declared = table.rows.find((row) => table.cell(row, '#sector +code') === 'documentation')!;
    expect(table.cell(declared, '#sector +name')).toBe('Documentation');
    const twoInstitutions = table.rows.find((row) => table.cell(row, '#activity +activity +code') === 'ex-c02')!;
    expect(table.cell(twoInstitutions, '#org +impl +name')).toBe(
      'Refugee commission (example); Migration directorate (example)',
    );
  });

  it.each([undefined, '2024-01-01', '2024-11-30', '2025-06-30', '2025-12-31', '2026-06-30', '2026-12-31'])(
    'gives each commitment the status its records give it on %s',
    (asOf) => {
      const table = readTable(exportHXL(exampleInput(), asOf === undefined ? {} : { asOf }));
      const expected = statusesOn(exampleProgress(), asOf);
      const names: Record<string, string> = {
        'not-started': 'Not started',
        'in-progress': 'In progress',
        completed: 'Completed',
        blocked: 'Blocked',
        dropped: 'Dropped',
      };
      for (const row of table.rows) {
        const record = expected.get(table.cell(row, '#activity +activity +code'));
        expect(table.cell(row, '#status +code')).toBe(record?.status ?? '');
        expect(table.cell(row, '#status +name')).toBe(record === undefined ? '' : names[record.status]);
        expect(table.cell(row, '#date +reported')).toBe(record?.date ?? '');
      }
    },
  );
});

describe('exportHXL: the indicators table', () => {
  it('reads back every baseline, target, actual value and breakdown as the number given, and nothing where none is', () => {
    const table = readTable(exportHXL(exampleInput(), { table: 'indicators' }));
    for (const tag of table.tags) expect(tag).toMatch(HXL_TAG);
    const progress = exampleProgress();
    const expectedRows = progress.indicators.reduce((n, i) => n + Math.max(1, i.actuals.length), 0);
    expect(table.rows).toHaveLength(expectedRows);
    const number = (row: string[], tag: string): number | undefined => {
      const cell = table.cell(row, tag);
      if (cell === '') return undefined;
      expect(cell, `${tag} is written as a plain number`).toMatch(/^\d+(?:\.\d+)?(?:e[+-]\d+)?$/);
      return Number(cell);
    };
    let breakdowns = 0;
    for (const indicator of progress.indicators) {
      for (const actual of indicator.actuals) {
        const row = table.rows.find(
          (r) =>
            table.cell(r, '#indicator +code') === indicator.id && table.cell(r, '#date +start') === actual.period.start,
        )!;
        expect(row, `${indicator.id} ${actual.period.start}`).toBeDefined();
        expect(table.cell(row, '#activity +activity +code')).toBe(indicator.commitment);
        expect(table.cell(row, '#indicator +name')).toBe(indicator.title.en);
        expect(table.cell(row, '#indicator +unit')).toBe(indicator.unit);
        expect(table.cell(row, '#date +end')).toBe(actual.period.end);
        expect(number(row, '#indicator +num')).toBe(actual.value);
        expect(number(row, '#indicator +num +baseline')).toBe(indicator.baseline?.value);
        expect(table.cell(row, '#date +baseline')).toBe(indicator.baseline?.date ?? '');
        expect(number(row, '#indicator +num +target')).toBe(indicator.target.value);
        expect(table.cell(row, '#date +target')).toBe(indicator.target.date);
        const given = new Map<string, number>();
        for (const breakdown of actual.disaggregations ?? [])
          for (const part of breakdown.values) given.set(part.category, part.value);
        for (const [category, tag] of Object.entries(DISAGGREGATION_TAGS)) {
          expect(number(row, tag), `${indicator.id} ${actual.period.start} ${category}`).toBe(given.get(category));
          if (given.has(category)) breakdowns++;
        }
      }
    }
    // The example has breakdowns by sex and by age group: the comparison above saw them.
    expect(breakdowns).toBeGreaterThanOrEqual(12);
  });

  it('puts the focus area of the commitment as the sector', () => {
    const table = readTable(exportHXL(exampleInput(), { table: 'indicators', language: 'es' }));
    const enrolled = table.rows.find((row) => table.cell(row, '#indicator +code') === 'ex-i05')!;
    expect(table.cell(enrolled, '#sector +code')).toBe('education');
    expect(table.cell(enrolled, '#sector +name')).toBe('Educación');
    expect(table.cell(enrolled, '#indicator +name')).toBe(
      'Niñas y niños desplazados matriculados en escuelas públicas',
    );
  });

  it('writes an indicator with nothing measured yet on one row, and a second breakdown by one dimension on a row of its own', () => {
    const progress = exampleProgress();
    const [first, second] = progress.indicators;
    const changed: NationalPlanProgress = {
      ...progress,
      indicators: [
        { ...first!, actuals: [] },
        {
          ...second!,
          actuals: [
            {
              period: { start: '2024-01-01', end: '2024-12-31' },
              value: 45,
              disaggregations: [
                {
                  dimension: 'sex',
                  values: [
                    { category: 'female', value: 20 },
                    { category: 'female', value: 6 },
                    { category: 'male', value: 19 },
                  ],
                },
                { dimension: 'population-group', values: [{ category: 'asylum-seekers', value: 45 }] },
                {
                  dimension: 'sex',
                  values: [
                    { category: 'female', value: 25 },
                    { category: 'other', value: 20 },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const table = readTable(
      exportHXL({ national: [{ plan: examplePlan(), progress: changed }] }, { table: 'indicators' }),
    );
    expect(table.rows).toHaveLength(3);
    const [none, measured, further] = table.rows as [string[], string[], string[]];
    expect(table.cell(none, '#indicator +code')).toBe(first!.id);
    expect(table.cell(none, '#date +start')).toBe('');
    expect(table.cell(none, '#indicator +num')).toBe('');
    expect(table.cell(none, '#indicator +num +target')).toBe(String(first!.target.value));
    expect(table.cell(measured, '#indicator +num')).toBe('45');
    expect(table.cell(measured, '#indicator +num +f')).toBe('26');
    expect(table.cell(measured, '#indicator +num +m')).toBe('19');
    expect(table.cell(measured, '#indicator +num +i')).toBe('');
    expect(table.cell(measured, '#indicator +num +asylum_seekers')).toBe('45');
    expect(table.cell(further, '#indicator +code')).toBe(second!.id);
    expect(table.cell(further, '#date +start')).toBe('2024-01-01');
    expect(table.cell(further, '#indicator +num')).toBe('');
    expect(table.cell(further, '#indicator +num +target')).toBe('');
    expect(table.cell(further, '#indicator +num +f')).toBe('25');
    expect(table.cell(further, '#indicator +num +i')).toBe('20');
    expect(table.cell(further, '#indicator +num +asylum_seekers')).toBe('');
  });
});

describe('exportHXL: language and the warning on illustrative data', () => {
  it('writes the headers, names and warning in Spanish for language es, the hashtags unchanged', () => {
    const en = readTable(exportHXL(exampleInput(), { asOf: '2025-12-31' }));
    const es = readTable(exportHXL(exampleInput(), { asOf: '2025-12-31', language: 'es' }));
    expect(es.tags).toEqual(en.tags);
    expect(en.headers.slice(0, 5)).toEqual([
      'Country code (ISO 3166-1 alpha-3)',
      'Country code (ISO 3166-1 alpha-2)',
      'Country',
      'National action plan',
      'Commitment',
    ]);
    expect(es.headers.slice(0, 5)).toEqual([
      'Código del país (ISO 3166-1 alfa-3)',
      'Código del país (ISO 3166-1 alfa-2)',
      'País',
      'Plan de acción nacional',
      'Compromiso',
    ]);
    es.headers.forEach((header, i) => {
      if (!header.startsWith('Código del país')) expect(header, es.tags[i]).not.toBe(en.headers[i]);
    });
    expect(es.above[0]![0]).toMatch(/^Datos ilustrativos: /);
    expect(en.above[0]![0]).toMatch(/^Illustrative data: /);
    const row = es.rows[0]!;
    expect(es.cell(row, '#sector +name')).toBe('Protección');
    // A commitment (el compromiso) is masculine in Spanish.
    expect(es.cell(row, '#status +name')).toBe('Completado');
    expect(es.cell(row, '#description')).toBe(examplePlan().commitments[0]!.text.es);
    const esIndicators = readTable(exportHXL(exampleInput(), { table: 'indicators', language: 'es' }));
    const enIndicators = readTable(exportHXL(exampleInput(), { table: 'indicators' }));
    esIndicators.headers.forEach((header, i) => {
      if (!header.startsWith('Código del país')) expect(header, esIndicators.tags[i]).not.toBe(enIndicators.headers[i]);
    });
  });

  it('falls back to the other language for text the data has in one only, untranslated', () => {
    const plan = examplePlan();
    const onlySpanish: NationalActionPlan = {
      ...plan,
      commitments: plan.commitments.map((c, i) => (i === 0 ? { ...c, text: { es: 'Solo en español' } } : c)),
    };
    const table = readTable(exportHXL({ national: [{ plan: onlySpanish, progress: exampleProgress() }] }));
    expect(table.cell(table.rows[0]!, '#description')).toBe('Solo en español');
  });

  it('says so above the headers when any document is illustrative, in every table, and not otherwise', () => {
    for (const options of [{}, { table: 'indicators' as const }]) {
      const illustrative = readTable(exportHXL(exampleInput(), options));
      expect(illustrative.above).toHaveLength(1);
      expect(illustrative.above[0]![0]).toContain('invented for illustration');
      expect(illustrative.above[0]!.slice(1).every((cell) => cell === '')).toBe(true);
      const real = readTable(exportHXL(realInput(), options));
      expect(real.above).toHaveLength(0);
      expect(real.records[0]).toEqual(illustrative.headers);
      expect(real.rows).toEqual(illustrative.rows);
      // Only the progress illustrative: still said.
      const [entry] = realInput().national;
      const mixed = { national: [{ plan: entry!.plan, progress: exampleProgress() }] };
      expect(readTable(exportHXL(mixed, options)).above).toHaveLength(1);
    }
  });
});

describe('exportHXL: CSV', () => {
  it('is RFC 4180: CRLF after every record, commas, and the same number of fields in each', () => {
    const csv = exportHXL(exampleInput(), { table: 'indicators' });
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const widths = new Set(readTable(csv).records.map((record) => record.length));
    expect(widths.size).toBe(1);
  });

  it('keeps hostile text in one cell, as it is but for characters that are not text and a quote before a formula', () => {
    const plan = examplePlan();
    const candidates = [
      ...HOSTILE,
      ...HOSTILE_CHARACTERS,
      'a, "quoted", text',
      'two\nlines, "and quotes"',
      '=HYPERLINK("https://example.org","click")',
      '+1+2',
      '-2+3',
      '@SUM(A1:A2)',
      '\t=tab first',
      '"',
      ',',
    ];
    // Only text the documents accept: a text with paragraphs refuses control characters but LF.
    const accepted = candidates.filter(
      (text) =>
        safeParseNationalActionPlan({ ...plan, commitments: [{ ...plan.commitments[0]!, text: { en: text } }] })
          .success,
    );
    expect(accepted.length).toBeGreaterThanOrEqual(12);
    expect(accepted.some((text) => text.includes('\n'))).toBe(true);
    const institutions = candidates.filter(
      (text) =>
        safeParseNationalActionPlan({
          ...plan,
          commitments: [{ ...plan.commitments[0]!, responsibleInstitutions: [text] }],
        }).success,
    );
    expect(institutions.length).toBeGreaterThanOrEqual(8);
    const hostilePlan: NationalActionPlan = {
      ...plan,
      commitments: accepted.map((text, i) => ({
        ...plan.commitments[i % plan.commitments.length]!,
        id: `ex-h${i}`,
        text: { en: text },
        responsibleInstitutions: [institutions[i % institutions.length]!],
      })),
    };
    const progress: NationalPlanProgress = { ...exampleProgress(), records: [], indicators: [] };
    // replaceNonText has its own tests (hostile-text.test.ts); here, only that the cell is the text it makes.
    const expected = (text: string): string => {
      const clean = replaceNonText(text);
      return /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
    };
    expect(accepted.some((text) => NOT_TEXT.test(text))).toBe(true);
    const table = readTable(exportHXL({ national: [{ plan: hostilePlan, progress }] }));
    expect(table.records).toHaveLength(3 + accepted.length);
    accepted.forEach((text, i) => {
      const row = table.rows[i]!;
      expect(row).toHaveLength(table.tags.length);
      expect(table.cell(row, '#activity +activity +code')).toBe(`ex-h${i}`);
      expect(table.cell(row, '#description')).toBe(expected(text));
      expect(table.cell(row, '#org +impl +name')).toBe(expected(institutions[i % institutions.length]!));
      expect(row.join('')).not.toMatch(NOT_TEXT);
    });
  });

  it('writes a field: empty for nothing, numbers plain, characters that are not text replaced, quotes where needed', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField(1234567.5)).toBe('1234567.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('cr\ronly')).toBe('"cr\ronly"');
    expect(csvField('lf\nonly')).toBe('"lf\nonly"');
    expect(csvField('NUL\u0000 ESC\u001b')).toBe('NUL\uFFFD ESC\uFFFD');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField("'already")).toBe("'already");
  });

  it('gives the same bytes for the same input, and leaves the input as it was', () => {
    const input = exampleInput();
    const before = structuredClone(input);
    for (const options of [{}, { table: 'indicators' as const, language: 'es' as const }]) {
      expect(exportHXL(input, options)).toBe(exportHXL(structuredClone(input), options));
    }
    expect(input).toEqual(before);
  });
});

describe('exportHXL: refusals', () => {
  it('refuses bad options with report.invalid-option and the option at fault', () => {
    const input = exampleInput();
    expect(refusal(() => exportHXL(input, { table: 'activities' as never }))).toEqual(['report.invalid-option table']);
    expect(refusal(() => exportHXL(input, { asOf: '2025-13-01' }))).toEqual(['report.invalid-option asOf']);
    expect(refusal(() => exportHXL(input, { asOf: '31/12/2025' }))).toEqual(['report.invalid-option asOf']);
    expect(refusal(() => exportHXL(input, { asOf: 20251231 as never }))).toEqual(['report.invalid-option asOf']);
    expect(refusal(() => exportHXL(input, { tabel: 'indicators' } as never))).toEqual(['report.invalid-option tabel']);
    expect(refusal(() => exportHXL(input, { language: 'fr' as never }))).toEqual(['report.invalid-option language']);
    expect(refusal(() => exportHXL(input, null as never))).toEqual(['report.invalid-option ']);
    expect(refusal(() => exportHXL(input, 'indicators' as never))).toEqual(['report.invalid-option ']);
    const throwing = Object.defineProperty({}, 'table', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(refusal(() => exportHXL(input, throwing as never))).toEqual(['report.invalid-option table']);
  });

  it('refuses input that is not { national: [{ plan, progress }] }', () => {
    expect(refusal(() => exportHXL(null as never))).toEqual(['report.invalid-option ']);
    expect(refusal(() => exportHXL({ national: {} } as never))).toEqual(['report.invalid-option national']);
    expect(refusal(() => exportHXL({ national: ['x'] } as never))).toEqual(['report.invalid-option national.0']);
  });

  it('validates every document against the context, its issues under its place in the input', () => {
    const plan = examplePlan();
    const progress = exampleProgress();
    const issuesOf = (call: () => unknown): string[] => {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(MirpsValidationError);
        return (error as MirpsValidationError).issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
      }
      throw new Error('expected a MirpsValidationError');
    };
    const second = { plan: { ...plan, memberState: 'AR' as never }, progress };
    expect(issuesOf(() => exportHXL({ national: [{ plan, progress }, second] }))).toEqual([
      'ref.unknown-member-state national.1.plan.memberState',
    ]);
    expect(
      issuesOf(() => exportHXL({ national: [{ plan, progress: { ...progress, plan: 'another-plan' } }] })),
    ).toEqual(['progress.plan-mismatch national.0.progress.plan']);
    expect(() => exportHXL({ national: [{ plan, progress: undefined as never }] })).toThrow(MirpsValidationError);
  });

  it('reads the member states from the reference data given', () => {
    const reference = structuredClone(referenceData);
    const costaRica = reference.memberStates.find((state) => state.id === 'CR')!;
    (costaRica as { name: { en: string; es?: string } }).name = {
      en: 'Costa Rica (own data)',
      es: 'Costa Rica (datos propios)',
    };
    const table = readTable(exportHXL(exampleInput(), { reference }));
    expect(table.cell(table.rows[0]!, '#country +name')).toBe('Costa Rica (own data)');
    const withoutCostaRica = {
      ...reference,
      memberStates: reference.memberStates.filter((state) => state.id !== 'CR'),
    };
    expect(() => exportHXL(exampleInput(), { reference: withoutCostaRica })).toThrow(MirpsValidationError);
  });
});
