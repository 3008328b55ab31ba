import { readFileSync } from 'node:fs';
import * as core from '@mirps/core';
import {
  type ActionPlan,
  formatIssues,
  type MirpsIssue,
  type MirpsParseResult,
  MirpsValidationError,
  type PlanProgress,
  parsePresidencyLedger,
  parseReferenceData,
  planTerm,
  safeParseActionPlan,
  safeParseCalendarActivities,
  safeParsePlanProgress,
  safeParsePresidencyLedger,
  safeParseReferenceData,
} from '@mirps/core';
import * as data from '@mirps/core/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_MESSAGES } from '../src/i18n/rule-messages.js';
import { VALIDATION_MESSAGES } from '../src/i18n/validation-messages.js';
import { pathsOf, setAt } from './arbitraries.js';
import { CATALOGUE_MODULES, ENGLISH_FRAGMENTS } from './english-fragments.js';
import { ledgerCopy, planCopy, referenceCopy } from './helpers.js';
import { nationalPlanJson, nationalProgressJson, regionalSupportJson } from './national-examples.js';

// The messages of the rules (src/rules) in Spanish: the same issues as in English (codes and paths), in words from
// the validation catalogue, with no English fragment left; and the language reaches every parse function, the
// context documents checked during a call, planTerm and formatIssues.

const fragments = ENGLISH_FRAGMENTS;
/** The English fragments in a message, outside the values it quotes (a document's own text may be English). */
const englishIn = (message: string): string[] => {
  const words = message.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return fragments.filter((fragment) => words.includes(fragment));
};
const progressCopy = (): PlanProgress =>
  JSON.parse(
    readFileSync(new URL('../../../examples/progress/progress-2023.example.json', import.meta.url), 'utf8'),
  ) as PlanProgress;

const failed = (result: MirpsParseResult<unknown>): MirpsValidationError => {
  if (result.success) throw new Error('expected a failure');
  return result.error;
};
const where = (issues: readonly MirpsIssue[]): Array<Pick<MirpsIssue, 'code' | 'path'>> =>
  issues.map(({ code, path }) => ({ code, path }));

/** The English and Spanish failures of one input: the same document, codes and paths; no English in the Spanish. */
function bothLanguages(parse: (language: 'en' | 'es') => MirpsParseResult<unknown>): {
  en: MirpsValidationError;
  es: MirpsValidationError;
  messages: string[];
} {
  const en = failed(parse('en'));
  const es = failed(parse('es'));
  expect(es.document).toBe(en.document);
  expect(where(es.issues)).toEqual(where(en.issues));
  for (const issue of es.issues) expect(englishIn(issue.message), issue.message).toEqual([]);
  for (const [i, issue] of es.issues.entries()) expect(issue.message).not.toBe(en.issues[i]!.message);
  return { en, es, messages: es.issues.map((issue) => issue.message) };
}

describe('rule messages in Spanish', () => {
  it('a broken plan: unknown working group, duplicate id, numbering mismatch, holder mismatch', () => {
    const plan = planCopy();
    plan.actions[0]!.workingGroup = 'wg-fisheries';
    plan.actions[1]!.id = plan.actions[0]!.id;
    plan.actions[2]!.number = '9.9.9';
    plan.presidency.holder = 'CR';
    const { en, messages } = bothLanguages((language) => safeParseActionPlan(plan, { language }));
    expect(where(en.issues).map((issue) => issue.code)).toEqual(
      expect.arrayContaining([
        'ref.duplicate-id',
        'numbering.mismatch',
        'ref.unknown-working-group',
        'presidency.holder-mismatch',
      ]),
    );
    const groups = data.referenceData.workingGroups.map((group) => group.id).join(', ');
    expect(messages).toContain(`Grupo de Trabajo desconocido "wg-fisheries"; conocidos: ${groups}`);
    expect(messages).toContain(`Identificador duplicado "${plan.actions[0]!.id}": ya se usa en actions[0].id`);
    expect(messages).toContain(
      `La acción 9.9.9 está bajo el objetivo 1.1 (objetivo "${plan.actions[2]!.objective}"); numérela 1.1.N`,
    );
    expect(messages).toContain('El registro de la Presidencia Pro Tempore indica que PA ejerce el mandato 2023, no CR');
  });

  it('a plan: unknown priority and objective, duplicate numbers, an instrument, calendar dates and time zones', () => {
    const plan = planCopy();
    plan.objectives[0]!.priority = 'priority-9';
    plan.priorities[1]!.number = plan.priorities[0]!.number;
    plan.expectedResults[0]!.objective = 'objective-9.9';
    plan.instruments = ['instrument-unknown'];
    const activity = plan.calendar[0]!;
    delete activity.outsidePlanYear;
    activity.schedule = { kind: 'dates', dates: ['2031-05-01'] };
    activity.time = { start: '10:00', end: '09:00', zone: 'America/Atlantis' };
    const { messages } = bothLanguages((language) => safeParseActionPlan(plan, { language }));
    expect(messages.some((message) => message.startsWith('Prioridad desconocida "priority-9"; conocidas: '))).toBe(
      true,
    );
    expect(messages.some((message) => message.startsWith('Número de prioridad duplicado'))).toBe(true);
    expect(messages.some((message) => message.startsWith('Objetivo desconocido "objective-9.9"; conocidos: '))).toBe(
      true,
    );
    expect(messages.some((message) => message.startsWith('Instrumento desconocido "instrument-unknown"'))).toBe(true);
    expect(messages).toContain(
      '2031-05-01 está fuera del año del plan, 2023; si es intencionado, indique "outsidePlanYear": true en la actividad',
    );
    expect(messages).toContain('Zona horaria desconocida "America/Atlantis": use un nombre IANA como "America/Panama"');
    expect(messages).toContain('Termina (09:00) antes de empezar (10:00)');
  });

  it('a broken ledger: unknown member state and Annual Meeting, a holder not yet a member, terms out of order, duplicate ids', () => {
    const ledger = ledgerCopy();
    ledger.terms[0]!.holder = 'CO';
    ledger.terms[1]!.handover.annualMeeting = 'annual-meeting-99';
    ledger.terms[2]!.achievements[0] = { ...ledger.terms[2]!.achievements[0]!, id: ledger.terms[0]!.id };
    [ledger.terms[3], ledger.terms[4]] = [ledger.terms[4]!, ledger.terms[3]!];
    const { messages } = bothLanguages((language) => safeParsePresidencyLedger(ledger, { language }));
    expect(messages).toContain('Estado miembro desconocido "CO"; conocidos: BZ, CR, SV, GT, HN, MX, PA');
    expect(
      messages.some((message) =>
        /^Reunión Anual desconocida "annual-meeting-99"; (conocidas: |no hay ninguna)/.test(message),
      ),
    ).toBe(true);
    expect(
      messages.some((message) =>
        /^El mandato \d{4} figura después del mandato \d{4}; ordene los mandatos del más antiguo al más reciente$/.test(
          message,
        ),
      ),
    ).toBe(true);

    const early = ledgerCopy();
    early.terms[0] = { ...early.terms[0]!, label: '2016', handover: { date: '2016' }, holder: 'SV' };
    const { messages: notMember } = bothLanguages((language) => safeParsePresidencyLedger(early, { language }));
    expect(notMember).toContain(
      'El Salvador no era Estado miembro del MIRPS cuando comenzó el mandato (2016); se incorporó en 2019-06',
    );
  });

  it('broken reference data: duplicates, memberships, suspensions, leads, hosts and pledges', () => {
    const reference = referenceCopy();
    reference.memberStates[3]!.id = reference.memberStates[0]!.id;
    reference.memberStates[5]!.iso3 = reference.memberStates[4]!.iso3;
    reference.annualMeetings[1]!.ordinal = reference.annualMeetings[0]!.ordinal;
    reference.workingGroups[0]!.lead = 'CO';
    reference.annualMeetings[0]!.host = 'US';
    const panama = reference.memberStates[6]!;
    panama.memberships = [
      { ...panama.memberships[0]!, left: '2020-01-01' },
      { joined: '2019-01-01', suspensions: [{ start: '2010-01-01', end: '2009-01-01' }] },
    ];
    const { messages } = bothLanguages((language) => safeParseReferenceData(reference, { language }));
    expect(messages).toContain(
      `Estado miembro duplicado "${reference.memberStates[0]!.id}": ya figura en memberStates[0].id`,
    );
    expect(messages.some((message) => message.startsWith('Código ISO 3166-1 alfa-3 duplicado'))).toBe(true);
    expect(messages.some((message) => message.startsWith('Número de Reunión Anual duplicado'))).toBe(true);
    expect(
      messages.some((message) =>
        message.startsWith('Estado miembro desconocido "CO" al frente del Grupo de Trabajo; conocidos: '),
      ),
    ).toBe(true);
    expect(
      messages.some((message) => message.startsWith('Estado miembro desconocido "US" como sede; conocidos: ')),
    ).toBe(true);
    expect(messages).toContain(
      'Este período de membresía debe comenzar después de que termine el anterior (2020-01-01); ordene los períodos del más antiguo al más reciente',
    );
    expect(messages).toContain(
      'Una suspensión debe quedar dentro de su período de membresía (de 2019-01-01 a la actualidad)',
    );
    expect(messages).toContain('Termina (2009-01-01) antes de empezar (2010-01-01)');

    const open = referenceCopy();
    const mexico = open.memberStates[5]!;
    mexico.memberships = [{ joined: mexico.memberships[0]!.joined }, { joined: '2024-01-01' }];
    const { messages: stillOpen } = bothLanguages((language) => safeParseReferenceData(open, { language }));
    expect(stillOpen).toEqual([
      'Este período de membresía debe comenzar después de que termine el anterior (aún abierto); ordene los períodos del más antiguo al más reciente',
    ]);
  });

  it('broken pledges in reference data', () => {
    const reference = referenceCopy();
    const pledge = reference.pledges?.[0];
    if (pledge === undefined) return;
    reference.pledges![0] = { ...pledge, workingGroup: 'wg-fisheries', submittedBy: { memberState: 'CO' } };
    const { messages } = bothLanguages((language) => safeParseReferenceData(reference, { language }));
    expect(messages.some((message) => message.startsWith('Grupo de Trabajo desconocido "wg-fisheries"'))).toBe(true);
    expect(
      messages.some((message) => message.startsWith('Estado miembro desconocido "CO" como autor del compromiso')),
    ).toBe(true);
  });

  it('broken progress: plan, actions, results, reporters, the term, duplicate statuses and breakdowns', () => {
    const progress = progressCopy();
    progress.plan = 'regional-action-plan-2024';
    progress.records[0]!.action = 'action-9.9.9';
    progress.records[1]!.date = '2024-02-01';
    progress.records[3]!.action = progress.records[2]!.action;
    progress.records[3]!.date = progress.records[2]!.date;
    progress.records[4]!.reportedBy = { memberState: 'CO' };
    progress.records[5]!.reportedBy = { body: 'wg-fisheries' };
    progress.indicators[0]!.result = 'result-7.7.7';
    progress.indicators.find((i) => i.id === 'indicator-1.2.3')!.actuals[0]!.disaggregations![0]!.values[0]!.value += 1;
    const { messages } = bothLanguages((language) =>
      safeParsePlanProgress(progress, data.actionPlan2023, { language }),
    );
    expect(messages).toContain(
      'Este avance se refiere al plan "regional-action-plan-2024", pero se comprobó con el plan "regional-action-plan-2023"',
    );
    expect(
      messages.some((message) =>
        message.startsWith('Acción desconocida "action-9.9.9" en el plan regional-action-plan-2023; conocidas: '),
      ),
    ).toBe(true);
    expect(messages).toContain('2024-02-01 está fuera del mandato del plan (del 2022-12-13 al 2023-12-31)');
    expect(
      messages.some((message) =>
        message.startsWith(
          `Situación registrada dos veces para "${progress.records[2]!.action} el ${progress.records[2]!.date}"`,
        ),
      ),
    ).toBe(true);
    expect(
      messages.some((message) =>
        message.startsWith('Grupo de Trabajo o socio desconocido "wg-fisheries"; conocidos: '),
      ),
    ).toBe(true);
    expect(
      messages.some((message) => message.startsWith('Resultado esperado desconocido "result-7.7.7" en el plan')),
    ).toBe(true);
    expect(messages.some((message) => /^El desglose "[a-z-]+" suma \d+, no el total \d+$/.test(message))).toBe(true);
  });

  it('broken calendar activities on their own', () => {
    const activities = structuredClone(data.actionPlan2023.calendar) as ActionPlan['calendar'];
    activities[1] = { ...activities[1]!, id: activities[0]!.id };
    activities[2] = { ...activities[2]!, schedule: { kind: 'range', start: '2023-05-10', end: '2023-05-01' } };
    activities[3] = { ...activities[3]!, time: { start: '10:00', zone: 'Mars/Olympus' } };
    const { messages } = bothLanguages((language) => safeParseCalendarActivities(activities, { language }));
    expect(messages).toEqual([
      `Identificador duplicado "${activities[0]!.id}": ya se usa en [0].id`,
      'Termina (2023-05-01) antes de empezar (2023-05-10)',
      'Zona horaria desconocida "Mars/Olympus": use un nombre IANA como "America/Panama"',
    ]);
  });

  it('validates the context documents of a call in its language', () => {
    const reference = referenceCopy();
    reference.workingGroups[0]!.lead = 'CO';
    const byReference = bothLanguages((language) => safeParseActionPlan(data.actionPlan2023, { reference, language }));
    expect(byReference.es.document).toBe('ReferenceData');
    const byLedger = bothLanguages((language) =>
      safeParsePresidencyLedger(data.presidencyLedger, { reference, language }),
    );
    expect(byLedger.es.document).toBe('ReferenceData');
    const ledger = ledgerCopy();
    ledger.terms[0]!.holder = 'CO';
    const viaLedger = bothLanguages((language) =>
      safeParsePlanProgress(progressCopy(), data.actionPlan2023, { ledger, language }),
    );
    expect(viaLedger.es.document).toBe('PresidencyLedger');
    expect(viaLedger.messages[0]).toMatch(/^Estado miembro desconocido "CO"; conocidos: /);
  });

  it("planTerm refuses a plan in the context's language", () => {
    const plan = planCopy();
    plan.actions[0]!.workingGroup = 'wg-fisheries';
    const refusal = (language: 'en' | 'es'): MirpsValidationError => {
      try {
        planTerm(plan, { language });
      } catch (error) {
        return error as MirpsValidationError;
      }
      throw new Error('expected planTerm to throw');
    };
    expect(refusal('en').issues[0]!.message).toMatch(/^Unknown working group "wg-fisheries"; known: /);
    expect(refusal('es').issues[0]!.message).toMatch(/^Grupo de Trabajo desconocido "wg-fisheries"; conocidos: /);
    expect(planTerm(data.actionPlan2023, { language: 'es' })).toEqual({ from: '2022-12-13', to: '2023-12-31' });
  });

  it('the throwing parse functions take the language too', () => {
    const reference = referenceCopy();
    reference.annualMeetings[0]!.host = 'US';
    expect(() => parseReferenceData(reference, { language: 'es' })).toThrow(
      /Estado miembro desconocido "US" como sede/,
    );
    const ledger = ledgerCopy();
    ledger.terms[0]!.holder = 'CO';
    expect(() => parsePresidencyLedger(ledger, { language: 'es' })).toThrow(
      /Estado miembro desconocido "CO"; conocidos/,
    );
    expect(() =>
      core.parseCalendarActivities(
        [{ ...data.actionPlan2023.calendar[0]!, time: { start: '10:00', zone: 'Mars/Olympus' } }],
        { language: 'es' },
      ),
    ).toThrow(/Zona horaria desconocida/);
  });

  it('formatIssues writes the root in the language asked for, and English by default', () => {
    const issues: MirpsIssue[] = [
      { code: 'shape.invalid-type', path: [], message: 'Se esperaba un objeto; se recibió una lista' },
      {
        code: 'ref.unknown-working-group',
        path: ['actions', 0, 'workingGroup'],
        message: 'Grupo de Trabajo desconocido "x"; no hay ninguno',
      },
    ];
    expect(formatIssues(issues)).toBe(
      '- (root): Se esperaba un objeto; se recibió una lista (shape.invalid-type)\n- actions[0].workingGroup: Grupo de Trabajo desconocido "x"; no hay ninguno (ref.unknown-working-group)',
    );
    expect(formatIssues(issues, { language: 'es' })).toBe(
      '- (raíz): Se esperaba un objeto; se recibió una lista (shape.invalid-type)\n- actions[0].workingGroup: Grupo de Trabajo desconocido "x"; no hay ninguno (ref.unknown-working-group)',
    );
    expect(formatIssues(issues, { language: 'en' })).toBe(formatIssues(issues));
  });

  it('refuses a language it does not write in, in every function that takes one, with a typed error', () => {
    const bad = { language: 'fr' } as never;
    const results: Array<MirpsParseResult<unknown>> = [
      safeParseActionPlan(data.actionPlan2023, bad),
      safeParsePlanProgress(progressCopy(), data.actionPlan2023, bad),
      safeParsePresidencyLedger(data.presidencyLedger, bad),
      safeParseReferenceData(data.referenceData, bad),
      safeParseCalendarActivities(data.actionPlan2023.calendar, bad),
      safeParseReferenceData(data.referenceData, 'es' as never),
    ];
    for (const result of results)
      expect(failed(result).issues.map((issue) => issue.code)).toEqual([
        expect.stringMatching(/^shape\.invalid-(value|type)$/),
      ]);
    expect(failed(results[3]!).issues[0]).toMatchObject({ code: 'shape.invalid-value', path: ['options', 'language'] });
    for (const run of [
      () => planTerm(data.actionPlan2023, bad),
      () => parseReferenceData(data.referenceData, bad),
      () => parsePresidencyLedger(data.presidencyLedger, bad),
      () => core.parseCalendarActivities(data.actionPlan2023.calendar, bad),
      () => core.parseContext(bad),
      () => formatIssues([], bad),
    ]) {
      let thrown: unknown;
      try {
        run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(MirpsValidationError);
      expect((thrown as MirpsValidationError).issues.map((issue) => issue.code)).toEqual(['shape.invalid-value']);
    }
  });

  it('has the same keys in both halves of the rules catalogue, and a different text for each', () => {
    expect(Object.keys(RULE_MESSAGES.es).sort()).toEqual(Object.keys(RULE_MESSAGES.en).sort());
    expect(Object.keys(RULE_MESSAGES.es.duplicate).sort()).toEqual(Object.keys(RULE_MESSAGES.en.duplicate).sort());
    // Each entry, called with placeholders, reads differently in Spanish (an entry left in English would not).
    const text = (entry: unknown): string =>
      typeof entry === 'function'
        ? String((entry as (...args: string[]) => unknown)('⟨0⟩', '⟨1⟩', '⟨2⟩', '⟨3⟩'))
        : String(entry);
    const flat = (half: object, prefix = ''): Array<[string, unknown]> =>
      Object.entries(half).flatMap(([key, value]) =>
        typeof value === 'object' && value !== null
          ? flat(value, `${prefix}${key}.`)
          : [[`${prefix}${key}`, value] as [string, unknown]],
      );
    const spanish = new Map(flat(RULE_MESSAGES.es));
    for (const [key, english] of flat(RULE_MESSAGES.en)) expect(text(spanish.get(key)), key).not.toBe(text(english));
    expect(text(VALIDATION_MESSAGES.es.root)).not.toBe(text(VALIDATION_MESSAGES.en.root));
    // The fragments these tests look for cover every catalogue, the rules' among them.
    expect(CATALOGUE_MODULES).toEqual(
      expect.arrayContaining([
        'rule-messages.ts',
        'schema-messages.ts',
        'validation-messages.ts',
        'rotation-messages.ts',
      ]),
    );
    expect(fragments.filter((fragment) => fragment.includes('Unknown working group')).length).toBeGreaterThan(0);
  });
});

// Damage that breaks rules more than shape: a string moved to another string's place (an id to another id's, a
// reference to a number's), an entry repeated, a value replaced by arbitrary JSON now and then.
type Mutation =
  | { readonly kind: 'move'; readonly from: number; readonly to: number }
  | { readonly kind: 'repeat'; readonly at: number }
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('repeat' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 1 }) }),
  },
);

const valueAt = (root: unknown, path: ReadonlyArray<string | number>): unknown =>
  path.reduce<any>((node, step) => node?.[step], root);

function mutate(document: unknown, item: Mutation): unknown {
  const paths = pathsOf(document);
  if (item.kind === 'move') {
    const strings = paths.filter((path) => typeof valueAt(document, path) === 'string');
    if (strings.length === 0) return document;
    return setAt(document, strings[item.to % strings.length]!, valueAt(document, strings[item.from % strings.length]!));
  }
  if (item.kind === 'repeat') {
    const lists = paths.filter(
      (path) => Array.isArray(valueAt(document, path)) && (valueAt(document, path) as unknown[]).length > 0,
    );
    if (lists.length === 0) return document;
    const list = valueAt(document, lists[item.at % lists.length]!) as unknown[];
    list.push(structuredClone(list[item.at % list.length]));
    return document;
  }
  return setAt(document, paths[item.at % paths.length] ?? [], structuredClone(item.value));
}

interface Target {
  readonly name: string;
  readonly base: unknown;
  readonly parse: (input: unknown, language: 'en' | 'es') => MirpsParseResult<unknown>;
}

const TARGETS: readonly Target[] = [
  {
    name: 'an action plan',
    base: data.actionPlan2023,
    parse: (input, language) => safeParseActionPlan(input, { language }),
  },
  {
    name: 'reference data',
    base: data.referenceData,
    parse: (input, language) => safeParseReferenceData(input, { language }),
  },
  {
    name: 'a presidency ledger',
    base: data.presidencyLedger,
    parse: (input, language) => safeParsePresidencyLedger(input, { language }),
  },
  {
    name: 'plan progress',
    base: progressCopy(),
    parse: (input, language) => safeParsePlanProgress(input, data.actionPlan2023, { language }),
  },
  {
    name: 'calendar activities',
    base: data.actionPlan2023.calendar,
    parse: (input, language) => safeParseCalendarActivities(input, { language }),
  },
  {
    name: 'a national action plan',
    base: nationalPlanJson(),
    parse: (input, language) => core.safeParseNationalActionPlan(input, { language }),
  },
  {
    name: 'national plan progress',
    base: nationalProgressJson(),
    parse: (input, language) => core.safeParseNationalPlanProgress(input, nationalPlanJson(), { language }),
  },
  {
    name: 'regional support',
    base: regionalSupportJson(),
    parse: (input, language) =>
      core.safeParseRegionalSupport(
        input,
        { nationalPlans: [nationalPlanJson()], regionalPlan: data.actionPlan2023 },
        { language },
      ),
  },
  {
    name: 'a plan read against mutated reference data',
    base: data.referenceData,
    parse: (input, language) => safeParseActionPlan(data.actionPlan2023, { reference: input as never, language }),
  },
  {
    name: 'a plan read against a mutated ledger',
    base: data.presidencyLedger,
    parse: (input, language) =>
      safeParseActionPlan(data.actionPlan2023, { reference: data.referenceData, ledger: input as never, language }),
  },
];

describe('mutated documents: no English in any Spanish message, and the same issues as in English', () => {
  it.each(TARGETS)('$name', { timeout: 60_000 }, ({ base, parse }) => {
    const ruleCodes = new Set<string>();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const input = mutations.reduce<unknown>((document, item) => mutate(document, item), structuredClone(base));
        const en = parse(input, 'en');
        const es = parse(input, 'es');
        expect(es.success).toBe(en.success);
        if (en.success || es.success) return;
        expect(where(es.error.issues)).toEqual(where(en.error.issues));
        for (const issue of es.error.issues) {
          expect(englishIn(issue.message), issue.message).toEqual([]);
          if (!issue.code.startsWith('shape.')) ruleCodes.add(issue.code);
        }
      }),
      { numRuns: 150 },
    );
    // The mutations reach the rules, not only the shape.
    expect(ruleCodes.size).toBeGreaterThan(0);
  });
});

// DOCUMENT_RULES: every rule in English (`text.en`, the same as `rule`) and in Spanish (`text.es`), translated, not
// copied. What stays the same in both languages is left out of the comparison: codes and field names (in backticks,
// or written in camelCase, such as `inPlaceOf`), and quoted values ("2024-H1").
/** The words of a rule, lower-cased, without what the two languages share. */
const wordsOf = (sentence: string): string[] =>
  (sentence.replace(/`[^`]*`|"[^"]*"/g, ' ').match(/\p{L}+/gu) ?? [])
    .filter((word) => !/\p{Ll}\p{Lu}/u.test(word))
    .map((word) => word.toLowerCase());
/** Every run of three consecutive words of a sentence. */
const runsOfThree = (words: readonly string[]): string[] =>
  words.slice(2).map((_, i) => words.slice(i, i + 3).join(' '));
/** English words no Spanish sentence has. */
const ENGLISH_ONLY = new Set([
  'the',
  'and',
  'of',
  'is',
  'are',
  'every',
  'each',
  'its',
  'not',
  'before',
  'with',
  'that',
]);

describe('DOCUMENT_RULES in English and Spanish', () => {
  const rules = Object.entries(core.DOCUMENT_RULES).flatMap(([document, list]) =>
    list.map((rule, i) => ({ at: `${document}[${i}] ${rule.code}`, ...rule })),
  );

  it('gives every rule its English text, the same as rule, and a Spanish text', () => {
    expect(rules.length).toBeGreaterThan(80);
    for (const { at, rule, text } of rules) {
      expect(text, at).toStrictEqual({ en: rule, es: expect.any(String) });
      expect(text.es.trim().length, at).toBeGreaterThan(0);
      expect(text.es, at).not.toBe(text.en);
      // A sentence in each language, written the same way.
      expect(text.es, at).toMatch(/^\p{Lu}.*\.$/u);
      expect(text.en, at).toMatch(/^\p{Lu}.*\.$/u);
    }
  });

  it('translates every rule: no run of three English words, no English word, no fragment of the English catalogues', () => {
    for (const { at, text } of rules) {
      const english = new Set(runsOfThree(wordsOf(text.en)));
      expect(
        runsOfThree(wordsOf(text.es)).filter((run) => english.has(run)),
        `${at}: ${text.es}`,
      ).toEqual([]);
      expect(
        wordsOf(text.es).filter((word) => ENGLISH_ONLY.has(word)),
        `${at}: ${text.es}`,
      ).toEqual([]);
      expect(englishIn(text.es), `${at}: ${text.es}`).toEqual([]);
    }
  });

  it('keeps the codes, field names and values the English names, and the same text for the same rule', () => {
    for (const { at, text } of rules) {
      for (const literal of text.en.match(/\b\p{Ll}+\p{Lu}\w*\b|"[^"]*"/gu) ?? [])
        expect(text.es, at).toContain(literal);
    }
    // A rule listed for several documents in the same words is translated in the same words.
    const spanish = new Map<string, string>();
    for (const { at, text } of rules) {
      const known = spanish.get(text.en);
      if (known === undefined) spanish.set(text.en, text.es);
      else expect(text.es, at).toBe(known);
    }
  });
});
