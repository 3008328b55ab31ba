import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ActionPlan,
  type CommitmentIndicator,
  type Indicator,
  latestDay,
  MirpsReportError,
  MirpsValidationError,
  type NationalActionPlan,
  type NationalPlanProgress,
  type PlanProgress,
} from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { exportIATI, type IATIExportInput, type IATIOrganisation } from '@mirps/report';
import { afterAll, describe, expect, it } from 'vitest';
import { PREREQUISITES, runsWith, XMLLINT } from '../../../test/prerequisites.js';
import { XmlWriter } from '../src/exchange/iati/xml-writer.js';
import { escapeXml, replaceNonText } from '../src/render/escape.js';
import { exampleProgress } from './helpers.js';
import { HOSTILE, HOSTILE_CHARACTERS } from './hostile.js';

const SCHEMA = join(import.meta.dirname, 'fixtures', 'iati-2.03', 'iati-activities-schema.xsd');
const folder = mkdtempSync(join(tmpdir(), 'mirps-iati-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const national = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../../examples/national/${name}`, import.meta.url), 'utf8')) as T;
const examplePlan = (): NationalActionPlan => national('national-plan.example.json');
const exampleNationalProgress = (): NationalPlanProgress => national('national-progress.example.json');

const costaRica: IATIOrganisation = {
  ref: 'XX-EXAMPLE-CR',
  type: '10',
  name: { en: 'Ministry of Foreign Affairs (example)', es: 'Ministerio de Relaciones Exteriores (ejemplo)' },
};
const panama: IATIOrganisation = { ref: 'XX-EXAMPLE-PA', type: '10', name: { es: 'Cancillería (ejemplo)' } };

/** The illustrative examples: the national plan of examples/national, and the regional progress example with the 2023 plan. */
const exampleInput = (): IATIExportInput => ({
  national: [{ plan: examplePlan(), progress: exampleNationalProgress(), reportingOrg: costaRica }],
  regional: { plan: actionPlan2023, progress: exampleProgress(), reportingOrg: panama },
});

/** The same documents without their sources, so nothing in them says it is illustrative. */
const unmarkedInput = (): IATIExportInput => {
  const { sources: _planSources, ...plan } = examplePlan();
  const { sources: _progressSources, ...progress } = exampleNationalProgress();
  const { sources: _regionalSources, ...regional } = exampleProgress();
  return {
    national: [{ plan, progress, reportingOrg: costaRica }],
    regional: { plan: actionPlan2023, progress: regional, reportingOrg: panama },
  };
};

let files = 0;
/** Writes the XML to a file of the test's temporary folder. */
function save(xml: string): string {
  const file = join(folder, `export-${files++}.xml`);
  writeFileSync(file, xml);
  return file;
}

/** xmllint's verdict on the file against the IATI 2.03 activity schema. */
function validate(file: string): { status: number | null; output: string } {
  const run = spawnSync(XMLLINT, ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The string value of an XPath 1.0 expression over the file, read by xmllint (which ends it with a line feed). */
function xpath(file: string, expression: string): string {
  const run = spawnSync(XMLLINT, ['--xpath', expression, file], { encoding: 'utf8' });
  expect(run.status, `${expression}: ${run.stderr}`).toBe(0);
  return run.stdout.replace(/\n$/, '');
}

/** The values of several expressions in one run of xmllint (joined by a character no value has). */
function xpaths(file: string, expressions: readonly string[]): string[] {
  return xpath(file, `concat(${expressions.join(", '|', ")}, '')`).split('|');
}

/** The issues of the error a call throws, as `code path`. */
function refusal(call: () => unknown, type: typeof MirpsReportError | typeof MirpsValidationError): string[] {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return (error as MirpsReportError).issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
  }
  return expect.unreachable('no error was thrown') as never;
}

/** Every number an indicator has, read back from the file, beside what the input says. */
function expectIndicatorNumbers(file: string, indicator: Indicator | CommitmentIndicator): void {
  const title = indicator.title.en ?? indicator.title.es;
  const at = `//indicator[title/narrative="${title}"]`;
  expect(xpath(file, `count(${at})`), title).toBe('1');
  const [baseline, baselineYear, targetValue, targetEnd, totals, broken, measure, ascending] = xpaths(file, [
    `string(${at}/baseline/@value)`,
    `string(${at}/baseline/@year)`,
    `string(${at}/period/target/@value)`,
    `string(${at}/period[target]/period-end/@iso-date)`,
    `count(${at}/period/actual[not(dimension)])`,
    `count(${at}/period/actual[dimension])`,
    `string(${at}/@measure)`,
    `string(${at}/@ascending)`,
  ]);
  expect(baseline).toBe(indicator.baseline === undefined ? '' : String(indicator.baseline.value));
  expect(baselineYear).toBe(indicator.baseline === undefined ? '' : indicator.baseline.date.slice(0, 4));
  expect(targetValue).toBe(String(indicator.target.value));
  expect(targetEnd).toBe(latestDay(indicator.target.date));
  expect(measure).toBe(indicator.unit === 'percent' ? '2' : '1');
  expect(ascending).toBe(indicator.direction === 'decrease' ? '0' : '1');
  expect(Number(totals)).toBe(indicator.actuals.length);
  const categories = indicator.actuals.flatMap((actual) =>
    (actual.disaggregations ?? []).flatMap((d) => d.values.map((v) => ({ actual, dimension: d.dimension, ...v }))),
  );
  expect(Number(broken)).toBe(categories.length);
  const period = (start: string, end: string) =>
    `${at}/period[period-start/@iso-date="${start}" and period-end/@iso-date="${end}"]`;
  const read = xpaths(file, [
    ...indicator.actuals.map((a) => `string(${period(a.period.start, a.period.end)}/actual[not(dimension)]/@value)`),
    ...categories.map(
      (c) =>
        `string(${period(c.actual.period.start, c.actual.period.end)}/actual[dimension/@name="${c.dimension}" and dimension/@value="${c.category}"]/@value)`,
    ),
  ]);
  expect(read).toEqual([...indicator.actuals.map((a) => String(a.value)), ...categories.map((c) => String(c.value))]);
}

describe('exportIATI', () => {
  it('writes the same bytes for the same input, and reads no clock', () => {
    const first = exportIATI(exampleInput());
    expect(exportIATI(exampleInput())).toBe(first);
    expect(first).not.toContain('generated-datetime');
    expect(first.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(first).toContain('<iati-activities version="2.03">');
    expect(exportIATI(exampleInput(), { generatedDatetime: '2026-01-15T12:00:00Z' })).toContain(
      '<iati-activities version="2.03" generated-datetime="2026-01-15T12:00:00Z">',
    );
  });

  it('says illustrative data is illustrative, at the top and in each illustrative activity, in both languages', () => {
    const xml = exportIATI(exampleInput());
    const comments = xml.split('\n').slice(1, 3);
    expect(comments[0]).toMatch(/^<!-- Illustrative data: .* -->$/);
    expect(comments[1]).toMatch(/^<!-- Datos ilustrativos: .* -->$/);
    expect(xml.match(/<narrative>Illustrative data: /g)).toHaveLength(2);
    expect(xml.match(/<narrative xml:lang="es">Datos ilustrativos: /g)).toHaveLength(2);
    const plain = exportIATI(unmarkedInput());
    expect(plain).not.toContain('<!--');
    expect(plain).not.toMatch(/Illustrative data|Datos ilustrativos/);
    // One illustrative document is enough.
    const { sources: _sources, ...plan } = examplePlan();
    const one = exportIATI({ national: [{ plan, progress: exampleNationalProgress(), reportingOrg: costaRica }] });
    expect(one).toContain('<!-- Illustrative data: ');
  });

  it('maps the plan: identifier, reporting organisation, dates, country, sectors and a result per commitment with indicators', () => {
    const xml = exportIATI(exampleInput());
    expect(xml).toContain('<iati-identifier>XX-EXAMPLE-CR-national-plan-example-2024</iati-identifier>');
    expect(xml).toContain('<iati-identifier>XX-EXAMPLE-PA-regional-action-plan-2023</iati-identifier>');
    expect(xml).toContain('<activity-date type="1" iso-date="2024-01-01"/>');
    expect(xml).toContain('<activity-date type="3" iso-date="2026-12-31"/>');
    expect(xml).toContain('<recipient-country code="CR" percentage="100"/>');
    expect(xml.match(/<activity-scope code="(\d)"\/>/g)).toEqual([
      '<activity-scope code="4"/>',
      '<activity-scope code="2"/>',
    ]);
    // 12 commitments: 3 protection, 2 each of four areas, 1 documentation; the shares add up to 100.
    const shares = [...xml.matchAll(/<sector vocabulary="99" code="[^"]+" percentage="([\d.]+)">/g)].map((m) => m[1]);
    expect(shares).toEqual(['25.00', '16.67', '16.67', '16.67', '16.66', '8.33']);
    const withIndicators = new Set(exampleNationalProgress().indicators.map((i) => i.commitment));
    const regionalResults = new Set(exampleProgress().indicators.map((i) => i.result));
    expect(xml.match(/<result type="9">/g)).toHaveLength(withIndicators.size + regionalResults.size);
    // Records exist and not every commitment is done: implementation.
    expect(xml.match(/<activity-status code="2"\/>/g)).toHaveLength(2);
  });

  it('derives the activity status from the records alone', () => {
    const plan = examplePlan();
    const progress = exampleNationalProgress();
    const status = (records: NationalPlanProgress['records']): string | undefined =>
      /<activity-status code="(\d)"\/>/.exec(
        exportIATI({ national: [{ plan, progress: { ...progress, records }, reportingOrg: costaRica }] }),
      )?.[1];
    expect(status([])).toBe('1');
    const last = (s: 'completed' | 'dropped', i: number) => ({
      id: `z-${i}`,
      commitment: plan.commitments[i]?.id ?? '',
      date: '2026-12-01',
      status: s,
    });
    expect(status([...progress.records, ...plan.commitments.map((_, i) => last('completed', i))])).toBe('3');
    expect(status(plan.commitments.map((_, i) => last('dropped', i)))).toBe('5');
  });

  it('writes the default language without xml:lang and the other with it', () => {
    const xml = exportIATI(exampleInput(), { language: 'es' });
    expect(xml).toContain('<iati-activity xml:lang="es">');
    expect(xml).toContain('<narrative>Plan de acción nacional ilustrativo (no son datos reales)</narrative>');
    expect(xml).toContain('<narrative xml:lang="en">Illustrative national action plan (not real data)</narrative>');
    expect(xml).toContain('<narrative>Cancillería (ejemplo)</narrative>');
  });

  it('refuses a bad reporting organisation, option or input with report.invalid-option', () => {
    const entry = (reportingOrg: unknown) => ({
      national: [{ plan: examplePlan(), progress: exampleNationalProgress(), reportingOrg: reportingOrg as never }],
    });
    const report = (call: () => unknown) => refusal(call, MirpsReportError);
    expect(report(() => exportIATI(entry(null)))).toEqual(['report.invalid-option national.0.reportingOrg']);
    expect(report(() => exportIATI(entry({ ...costaRica, ref: 'has space-1' })))).toEqual([
      'report.invalid-option national.0.reportingOrg.ref',
    ]);
    expect(report(() => exportIATI(entry({ ...costaRica, ref: 'NOHYPHEN' })))).toEqual([
      'report.invalid-option national.0.reportingOrg.ref',
    ]);
    expect(report(() => exportIATI(entry({ ...costaRica, type: '12' })))).toEqual([
      'report.invalid-option national.0.reportingOrg.type',
    ]);
    expect(report(() => exportIATI(entry({ ...costaRica, name: {} })))).toEqual([
      'report.invalid-option national.0.reportingOrg.name',
    ]);
    expect(report(() => exportIATI(exampleInput(), { language: 'fr' as never }))).toEqual([
      'report.invalid-option language',
    ]);
    for (const bad of ['2026-01-15', '2026-02-30T12:00:00Z', '2026-01-15T12:00:00', 1]) {
      expect(report(() => exportIATI(exampleInput(), { generatedDatetime: bad as never }))).toEqual([
        'report.invalid-option generatedDatetime',
      ]);
    }
    expect(report(() => exportIATI(exampleInput(), 'es' as never))).toEqual(['report.invalid-option ']);
    expect(report(() => exportIATI({}))).toEqual(['report.invalid-option ']);
    expect(report(() => exportIATI(null as never))).toEqual(['report.invalid-option ']);
    expect(report(() => exportIATI({ national: {} as never }))).toEqual(['report.invalid-option national']);
    const twice = exampleInput().national?.[0];
    expect(report(() => exportIATI({ national: [twice as never, twice as never] }))).toEqual([
      'report.invalid-option national.1',
    ]);
  });

  it('refuses an invalid plan or progress with MirpsValidationError', () => {
    const invalid = refusal(
      () =>
        exportIATI({
          national: [
            {
              plan: { ...examplePlan(), memberState: 'XX' as never },
              progress: exampleNationalProgress(),
              reportingOrg: costaRica,
            },
          ],
        }),
      MirpsValidationError,
    );
    expect(invalid.length).toBeGreaterThan(0);
    // Each document's issues stand under its place in the input.
    expect(invalid[0]).toMatch(/^[a-z-]+\.[a-z-]+ national\.0\.plan\.memberState$/);
    const documentOf = (call: () => unknown): string | undefined => {
      try {
        call();
      } catch (error) {
        return (error as MirpsValidationError).document;
      }
      return undefined;
    };
    const noCommitments = { ...examplePlan(), commitments: 'none' as never };
    expect(
      documentOf(() =>
        exportIATI({
          national: [{ plan: noCommitments, progress: exampleNationalProgress(), reportingOrg: costaRica }],
        }),
      ),
    ).toBe('NationalActionPlan');
    const progress = { ...exampleNationalProgress(), plan: 'another-plan' };
    expect(() => exportIATI({ national: [{ plan: examplePlan(), progress, reportingOrg: costaRica }] })).toThrow(
      MirpsValidationError,
    );
    const regional = { ...actionPlan2023, expectedResults: 'none' } as unknown as ActionPlan;
    expect(() =>
      exportIATI({ regional: { plan: regional, progress: exampleProgress(), reportingOrg: panama } }),
    ).toThrow(MirpsValidationError);
    const orphan: PlanProgress = { ...exampleProgress(), plan: 'not-this-plan' };
    expect(
      refusal(
        () => exportIATI({ regional: { plan: actionPlan2023, progress: orphan, reportingOrg: panama } }),
        MirpsValidationError,
      ),
    ).toEqual(['progress.plan-mismatch regional.progress.plan']);
  });
});

/** A national plan with hostile text in every text field the export writes. */
function hostileNational(): { plan: NationalActionPlan; progress: NationalPlanProgress; org: IATIOrganisation } {
  const plan = structuredClone(examplePlan()) as { -readonly [K in keyof NationalActionPlan]: NationalActionPlan[K] };
  const institutions = HOSTILE.slice(0, 4);
  const weird = HOSTILE_CHARACTERS[4] ?? '';
  plan.name = { en: HOSTILE[0] ?? '', es: HOSTILE[8] ?? '' };
  plan.version = HOSTILE[9] ?? '';
  plan.note = { en: HOSTILE.join('\n'), es: weird };
  plan.technicalTeam = { institutions, focalPoint: { institution: institutions[0] ?? '' } };
  plan.focusAreas = [{ id: 'documentation', name: { en: HOSTILE[6] ?? '', es: HOSTILE[7] ?? '' } }];
  plan.commitments = plan.commitments.map((commitment, i) => ({
    ...commitment,
    text: { en: HOSTILE[i % HOSTILE.length] ?? '', es: `${weird}\n${HOSTILE[(i + 1) % HOSTILE.length]}` },
    responsibleInstitutions: [institutions[i % institutions.length] ?? ''],
  }));
  const progress = structuredClone(exampleNationalProgress()) as {
    -readonly [K in keyof NationalPlanProgress]: NationalPlanProgress[K];
  };
  progress.indicators = progress.indicators.map((indicator, i) => ({
    ...indicator,
    title: { en: `${HOSTILE[i % HOSTILE.length]} #${i}` },
    actuals: indicator.actuals.map((actual) => ({ ...actual, note: { en: HOSTILE[8] ?? '', es: weird } })),
  }));
  const org: IATIOrganisation = { ref: 'XX-EXAMPLE-1', type: '90', name: { en: HOSTILE[1] ?? '', es: weird } };
  return { plan, progress, org };
}

describe('XmlWriter', () => {
  it('writes a comment that cannot end early, and refuses to leave an element open', () => {
    expect(new XmlWriter().comment('a -- b ---> c -').toString()).toBe('<!-- a - - b - - -> c -  -->\n');
    expect(() => new XmlWriter().open('a').toString()).toThrow(RangeError);
    expect(() => new XmlWriter().close()).toThrow(RangeError);
  });
});

describe('escapeXml', () => {
  it('escapes markup and replaces characters that are not text', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\r\nb\tc')).toBe('a&#13;\nb\tc');
    expect(escapeXml('a\r\nb\tc', true)).toBe('a&#13;&#10;b&#9;c');
    expect(escapeXml('NUL\u0000 \ud800 \uffff')).toBe('NUL\uFFFD \uFFFD \uFFFD');
  });
});

// Skipped only on a developer machine without Debian's libxml2-utils, as the run says; CI installs it.
describe.runIf(runsWith(PREREQUISITES.xmllint))('the IATI export against the IATI 2.03 schema (xmllint)', () => {
  it('validates for the illustrative examples, in either default language', () => {
    for (const language of ['en', 'es'] as const) {
      const { status, output } = validate(save(exportIATI(exampleInput(), { language })));
      expect(output).toContain('validates');
      expect(status).toBe(0);
    }
    const { status, output } = validate(
      save(exportIATI(unmarkedInput(), { generatedDatetime: '2026-01-15T12:00:00Z' })),
    );
    expect(output).toContain('validates');
    expect(status).toBe(0);
  });

  it('fails the schema when an element is out of order (the check can fail)', () => {
    const xml = exportIATI(exampleInput()).replace(
      /(<activity-status code="\d"\/>)\n(\s*)(<activity-date type="1" iso-date="[^"]+"\/>)/,
      '$3\n$2$1',
    );
    const { status, output } = validate(save(xml));
    expect(output).not.toContain(' validates');
    expect(status).not.toBe(0);
  });

  it('carries every baseline, target, actual value and disaggregation of the input', () => {
    const file = save(exportIATI(exampleInput()));
    for (const indicator of exampleNationalProgress().indicators) expectIndicatorNumbers(file, indicator);
    for (const indicator of exampleProgress().indicators) expectIndicatorNumbers(file, indicator);
    const twoDimensions = exampleNationalProgress().indicators.find((i) => i.id === 'ex-i04');
    expect(twoDimensions?.actuals[0]?.disaggregations).toHaveLength(2);
  });

  it('stays well-formed and schema-valid with hostile text, which reads back as given', () => {
    const { plan, progress, org } = hostileNational();
    const xml = exportIATI({
      national: [{ plan, progress, reportingOrg: org }],
      regional: { plan: actionPlan2023, progress: exampleProgress(), reportingOrg: panama },
    });
    expect(xml).not.toMatch(/<script|<img|<svg|<b>|<!\[CDATA\[|<\?php/);
    const file = save(xml);
    const { status, output } = validate(file);
    expect(output).toContain('validates');
    expect(status).toBe(0);
    const activity = '//iati-activity[1]';
    const read = (expression: string) => xpath(file, `string(${activity}/${expression})`);
    expect(read('title/narrative[1]')).toBe(plan.name.en);
    expect(read('title/narrative[@xml:lang="es"]')).toBe(plan.name.es);
    expect(read('reporting-org/narrative[1]')).toBe(org.name.en);
    expect(read('reporting-org/narrative[@xml:lang="es"]')).toBe(replaceNonText(org.name.es ?? ''));
    expect(read('description[@type="4"][1]/narrative[1]')).toBe(plan.note?.en);
    expect(read('description[@type="1"]/narrative[1]')).toContain(plan.version);
    for (const [i, institution] of plan.technicalTeam.institutions.entries()) {
      expect(read(`participating-org[${i + 1}]/narrative`)).toBe(institution);
    }
    expect(read('sector[@code="documentation"]/narrative[1]')).toBe(plan.focusAreas?.[0]?.name.en);
    const measured = new Set(progress.indicators.map((i) => i.commitment));
    const results = plan.commitments.filter((c) => measured.has(c.id));
    for (const [i, commitment] of results.entries()) {
      expect(read(`result[${i + 1}]/title/narrative[1]`)).toBe(commitment.text.en);
      expect(read(`result[${i + 1}]/title/narrative[@xml:lang="es"]`)).toBe(replaceNonText(commitment.text.es ?? ''));
    }
    for (const [i, commitment] of results.entries()) {
      const titles = progress.indicators.filter((x) => x.commitment === commitment.id).map((x) => x.title.en);
      expect(titles.map((_, k) => read(`result[${i + 1}]/indicator[${k + 1}]/title/narrative`))).toEqual(titles);
    }
    expect(read('result[1]/indicator/period[1]/actual[1]/comment/narrative[1]')).toBe(HOSTILE[8]);
  });

  it('keeps any text well-formed: every hostile character reads back as replaceNonText gives it', () => {
    for (const text of [...HOSTILE, ...HOSTILE_CHARACTERS]) {
      const file = save(`<a b="${escapeXml(text, true)}">${escapeXml(text)}</a>\n`);
      expect(xpath(file, 'string(/a)')).toBe(replaceNonText(text));
      expect(xpath(file, 'string(/a/@b)')).toBe(replaceNonText(text));
    }
  });
});
