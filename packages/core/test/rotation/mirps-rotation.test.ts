import {
  checkRotation,
  createRotation,
  MirpsRotationError,
  MirpsValidationError,
  mirpsRotationSetup,
  nextPresidency,
  presidencyOfTerm,
  presidencyOn,
  projectPresidencies,
} from '@mirps/core';
import { presidencyLedger } from '@mirps/core/data';
import { describe, expect, it } from 'vitest';
import { ledgerCopy, referenceCopy } from '../helpers.js';

/** The embedded ledger cut after a term: what the SDK knew before later terms were recorded. */
const ledgerThrough = (label: string): ReturnType<typeof ledgerCopy> => {
  const ledger = ledgerCopy();
  return { terms: ledger.terms.filter((term) => term.label <= label) };
};

describe('the MIRPS rotation on the embedded data', () => {
  it('finds the 2021–2026 terms follow the rule and 2019–2020 precede it', () => {
    expect(checkRotation().map((verdict) => [verdict.label, verdict.holder, verdict.verdict])).toEqual([
      ['2019', 'MX', 'before-mechanism'],
      ['2020', 'SV', 'before-mechanism'],
      ['2021', 'GT', 'follows-rule'],
      ['2022', 'HN', 'follows-rule'],
      ['2023', 'PA', 'follows-rule'],
      ['2024', 'BZ', 'follows-rule'],
      ['2025', 'CR', 'follows-rule'],
      ['2026', 'SV', 'follows-rule'],
    ]);
  });

  it('explains 2026: every member held it in cycle 1, so cycle 2 begins with El Salvador, after Costa Rica', () => {
    const verdict = checkRotation().find((v) => v.label === '2026')!;
    expect(verdict.explanation).toMatchObject({ outgoing: 'CR', cycle: 2, newCycle: true, heldThisCycle: [] });
    expect(verdict.explanation.text.at(-1)).toBe('2026: El Salvador holds it, as the rule says.');
  });

  it('explains 2023: Mexico passed over, having held it in the first cycle', () => {
    const verdict = checkRotation().find((v) => v.label === '2023')!;
    expect(verdict.explanation.outgoing).toBe('HN');
    expect(verdict.explanation.steps.map((step) => [step.member, step.outcome, step.reason])).toEqual([
      ['MX', 'passed-over', 'already-held-this-cycle'],
      ['PA', 'selected', 'next-in-circle'],
    ]);
    expect(verdict.explanation.text).toContain('México is passed over: it has already held it in cycle 1 (2019).');
  });

  it('projects 2027 for Guatemala: the next in cycle 2 after El Salvador, the sources reporting no holder after 2026', () => {
    const next = nextPresidency();
    expect(next).toMatchObject({ label: '2027', holder: 'GT', holderName: 'Guatemala', projected: true, cycle: 2 });
    expect(next.handover).toEqual({ date: null, event: 'the MIRPS Annual Meeting' });
    expect(next.explanation.outgoing).toBe('SV');
    expect(next.explanation.heldThisCycle).toEqual([{ member: 'SV', term: '2026' }]);
    expect(next.explanation.text.slice(1)).toEqual([
      'Outgoing holder: El Salvador (2026).',
      'Held so far in cycle 2: El Salvador (2026).',
      'Guatemala is next in the circle and has not held it in cycle 2.',
      'Guatemala holds 2027.',
    ]);
  });

  it('with the ledger as it stood in 2023, gave Belize the 2024 term: first after Panama round the circle of Spanish names', () => {
    const next = nextPresidency({ ledger: ledgerThrough('2023') });
    expect(next).toMatchObject({ label: '2024', holder: 'BZ', holderName: 'Belice', projected: true, cycle: 1 });
    expect(next.handover).toEqual({ date: null, event: 'the MIRPS Annual Meeting' });
    expect(next.explanation.outgoing).toBe('PA');
    expect(next.explanation.text.at(-1)).toBe('Belice holds 2024.');
    expect(next.explanation.text).toContain(
      'Held so far in cycle 1: México (2019), El Salvador (2020), Guatemala (2021), Honduras (2022), Panamá (2023).',
    );
  });

  it('projects whole cycles: each member once, the circle continuing after the outgoing holder', () => {
    expect(projectPresidencies({ through: '2034' }).map((p) => `${p.label} ${p.holder}`)).toEqual([
      '2027 GT',
      '2028 HN',
      '2029 MX',
      '2030 PA',
      '2031 BZ',
      '2032 CR',
      '2033 SV',
      '2034 GT',
    ]);
    // From the ledger as it stood in 2023, the projection gave the holders the sources have since recorded.
    const projected = projectPresidencies({ through: '2033', ledger: ledgerThrough('2023') });
    expect(projected.map((p) => [p.label, p.holder, p.cycle])).toEqual([
      ['2024', 'BZ', 1],
      ['2025', 'CR', 1],
      ['2026', 'SV', 2],
      ['2027', 'GT', 2],
      ['2028', 'HN', 2],
      ['2029', 'MX', 2],
      ['2030', 'PA', 2],
      ['2031', 'BZ', 2],
      ['2032', 'CR', 2],
      ['2033', 'SV', 3],
    ]);
    expect(projected.every((p) => p.projected)).toBe(true);
    expect(projected[2]!.explanation.newCycle).toBe(true);
    expect(projectPresidencies({ count: 3, ledger: ledgerThrough('2023') }).map((p) => p.holder)).toEqual([
      'BZ',
      'CR',
      'SV',
    ]);
    expect(projected.slice(0, 3).map((p) => [p.label, p.holder])).toEqual(
      checkRotation()
        .slice(5)
        .map((v) => [v.label, v.holder]),
    );
  });

  it('carries who has held it in the current cycle as data, in the order they held it', () => {
    const next = nextPresidency({ ledger: ledgerThrough('2023') });
    expect(next.explanation.cycle).toBe(1);
    expect(next.explanation.heldThisCycle).toEqual([
      { member: 'MX', term: '2019' },
      { member: 'SV', term: '2020' },
      { member: 'GT', term: '2021' },
      { member: 'HN', term: '2022' },
      { member: 'PA', term: '2023' },
    ]);
    expect(checkRotation()[0]!.explanation.heldThisCycle).toEqual([]);
    expect(
      checkRotation()
        .find((v) => v.label === '2023')!
        .explanation.heldThisCycle.map((h) => h.member),
    ).toEqual(['MX', 'SV', 'GT', 'HN']);
  });

  it('starts the list afresh when a term opens a new cycle', () => {
    const [, cr, sv, gt] = projectPresidencies({ count: 4, ledger: ledgerThrough('2023') });
    expect(cr!.explanation.heldThisCycle.map((h) => `${h.member} ${h.term}`)).toEqual([
      'MX 2019',
      'SV 2020',
      'GT 2021',
      'HN 2022',
      'PA 2023',
      'BZ 2024',
    ]);
    expect(sv!.explanation).toMatchObject({ newCycle: true, cycle: 2, heldThisCycle: [] });
    expect(gt!.explanation).toMatchObject({
      newCycle: false,
      cycle: 2,
      heldThisCycle: [{ member: 'SV', term: '2026' }],
    });
  });

  it('says in words what it carries as data: the "Held so far" line names the members of heldThisCycle', () => {
    const names = new Map(mirpsRotationSetup().members.map((m) => [m.id, m.names.es]));
    const explanations = [...checkRotation(), ...projectPresidencies({ through: '2040' })].map((x) => x.explanation);
    for (const explanation of explanations) {
      const line = explanation.text.find((l) => l.startsWith('Held so far in cycle'));
      const expected =
        explanation.heldThisCycle.length === 0
          ? undefined
          : `Held so far in cycle ${explanation.cycle}: ${explanation.heldThisCycle.map((h) => `${names.get(h.member)} (${h.term})`).join(', ')}.`;
      expect(line).toBe(expected);
    }
  });

  it('gives the presidency of a term, recorded or projected', () => {
    expect(presidencyOfTerm('2022')).toMatchObject({
      label: '2022',
      holder: 'HN',
      projected: false,
      handover: { date: '2021-11-30', event: 'the MIRPS Annual Meeting' },
      cycle: 1,
    });
    expect(presidencyOfTerm('2022').explanation.text.at(-1)).toBe('2022: Honduras holds it, as the rule says.');
    expect(presidencyOfTerm('2026')).toMatchObject({
      label: '2026',
      holder: 'SV',
      projected: false,
      handover: { date: '2025-11-25' },
      cycle: 2,
    });
    expect(presidencyOfTerm('2027')).toMatchObject({
      label: '2027',
      holder: 'GT',
      projected: true,
      handover: { date: null },
      cycle: 2,
    });
  });

  it('says who holds it on a day, handover-aware', () => {
    expect(presidencyOn('2020-12-07')).toMatchObject({ label: '2020', holder: 'SV', projected: false });
    expect(presidencyOn('2020-12-08')).toMatchObject({
      label: '2021',
      holder: 'GT',
      projected: false,
      since: '2020-12-08',
      approximate: false,
    });
    expect(presidencyOn('2022-12-12')).toMatchObject({ label: '2022', holder: 'HN', approximate: false });
    expect(presidencyOn('2022-12-13')).toMatchObject({ label: '2023', holder: 'PA', since: '2022-12-13' });
    expect(presidencyOn(new Date(Date.UTC(2021, 5, 1)))).toMatchObject({ label: '2021', holder: 'GT' });
  });

  it('marks days beyond the ledger as projected, and uncertain boundaries as approximate', () => {
    expect(presidencyOn('2027-06-01')).toMatchObject({
      label: '2027',
      holder: 'GT',
      projected: true,
      approximate: true,
    });
    // The 2027 handover day is not known, so the end of the 2026 term is not either.
    expect(presidencyOn('2026-06-01')).toMatchObject({
      label: '2026',
      holder: 'SV',
      projected: false,
      approximate: true,
    });
    expect(presidencyOn('2023-06-01')).toMatchObject({
      label: '2023',
      holder: 'PA',
      projected: false,
      approximate: false,
    });
    expect(presidencyOn('2024-06-01', { ledger: ledgerThrough('2023') })).toMatchObject({
      label: '2024',
      holder: 'BZ',
      projected: true,
      approximate: true,
    });
    expect(presidencyOn('2019-05-01')).toMatchObject({ label: '2019', holder: 'MX', approximate: true });
  });

  it('uses a known handover day for a future term', () => {
    const options = { handovers: { '2027': '2026-12-01' } };
    expect(presidencyOn('2026-11-30', options)).toMatchObject({ label: '2026', holder: 'SV', approximate: false });
    expect(presidencyOn('2026-12-01', options)).toMatchObject({
      label: '2027',
      holder: 'GT',
      since: '2026-12-01',
      projected: true,
    });
    expect(nextPresidency(options).handover.date).toBe('2026-12-01');
  });

  it('reports an unexplained departure with the holder the rule expected', () => {
    const ledger = ledgerThrough('2023');
    ledger.terms[4]!.holder = 'CR';
    const verdict = checkRotation(ledger).at(-1)!;
    expect(verdict).toMatchObject({ label: '2023', holder: 'CR', verdict: 'unexplained-departure', expected: 'PA' });
  });

  it('answers for other reference data: a state that joins later enters the circle at its alphabetical place', () => {
    const reference = referenceCopy();
    reference.memberStates.push({
      id: 'CO',
      iso3: 'COL',
      name: { en: 'Colombia', es: 'Colombia' },
      sortKey: 'Colombia',
      memberships: [{ joined: '2023-06' }],
    });
    // The ledger as it stood in 2023, when Colombia (an example, not a member) joins.
    const ledger = {
      terms: (
        structuredClone(presidencyLedger.terms) as typeof presidencyLedger.terms extends readonly (infer T)[]
          ? T[]
          : never
      ).filter((t) => t.label <= '2023'),
    };
    const projected = projectPresidencies({ count: 3, reference, ledger });
    expect(projected.map((p) => p.holder)).toEqual(['BZ', 'CO', 'CR']);
    // Waiting for the next cycle, Colombia comes round after Belize in cycle 2.
    const waiting = projectPresidencies({ count: 10, reference, ledger, policies: { lateJoiners: 'next-cycle' } });
    expect(waiting.map((p) => p.holder)).toEqual(['BZ', 'CR', 'SV', 'GT', 'HN', 'MX', 'PA', 'BZ', 'CO', 'CR']);
    expect(waiting[1]!.explanation.steps[0]).toMatchObject({ member: 'CO', reason: 'joined-during-cycle' });
  });

  it('exposes the MIRPS setup as plain JSON that users can amend', () => {
    const setup = mirpsRotationSetup({ ledger: ledgerThrough('2023') });
    expect(JSON.parse(JSON.stringify(setup))).toEqual(setup);
    expect(setup.members.map((member) => member.sortKey)).toEqual([
      'Belice',
      'Costa Rica',
      'El Salvador',
      'Guatemala',
      'Honduras',
      'México',
      'Panamá',
    ]);
    const rotation = createRotation({
      ...setup,
      overrides: [
        { label: '2024', holder: 'CR', departure: { kind: 'declined', inPlaceOf: 'BZ', reason: 'Belize declined' } },
      ],
    });
    // Belize loses its turn, so cycle 1 is complete; cycle 2 goes on after Belize's slot, and Costa Rica does not follow itself.
    const declined = rotation.projectPresidencies({ count: 2 });
    expect(declined.map((p) => p.holder)).toEqual(['CR', 'SV']);
    expect(declined[1]!.explanation.steps[0]).toMatchObject({ member: 'CR', reason: 'held-previous-term' });
    const deferred = createRotation({
      ...setup,
      policies: { declined: 'defers-turn' },
      overrides: [
        { label: '2024', holder: 'CR', departure: { kind: 'declined', inPlaceOf: 'BZ', reason: 'Belize declined' } },
      ],
    });
    expect(deferred.projectPresidencies({ count: 3 }).map((p) => p.holder)).toEqual(['CR', 'BZ', 'CR']);
  });

  it('does not depend on the order member states are listed in', () => {
    const reference = referenceCopy();
    reference.memberStates.reverse();
    expect(projectPresidencies({ count: 14, reference, ledger: ledgerCopy() }).map((p) => p.holder)).toEqual(
      projectPresidencies({ count: 14 }).map((p) => p.holder),
    );
  });
});

describe('the answers on the embedded data, current to 30 November 2026', () => {
  it('projects 2027 for Guatemala by the alphabetical rule, and says why', () => {
    const next = nextPresidency();
    expect(next.label).toBe('2027');
    expect(next).toMatchObject({ holder: 'GT', projected: true });
    expect(next.explanation.steps.map((step) => [step.member, step.outcome, step.reason])).toEqual([
      ['GT', 'selected', 'next-in-circle'],
    ]);
    expect(next.explanation.text.at(-1)).toBe('Guatemala holds 2027.');
  });

  it.each([
    ['2024-01-23', '2023', 'PA', '2022-12-13'],
    ['2024-01-24', '2024', 'BZ', '2024-01-24'],
    ['2024-12-05', '2025', 'CR', '2024-12-05'],
    ['2025-11-25', '2026', 'SV', '2025-11-25'],
    ['2026-11-30', '2026', 'SV', '2025-11-25'],
  ])('on %s the holder is recorded: term %s, %s, since %s', (day, label, holder, since) => {
    expect(presidencyOn(day)).toMatchObject({ date: day, label, holder, since, projected: false });
  });

  it('finds the 2024, 2025 and 2026 terms follow the rule', () => {
    expect(
      checkRotation()
        .filter((v) => v.label >= '2024')
        .map((v) => [v.label, v.holder, v.verdict, v.explanation.text.at(-1)]),
    ).toEqual([
      ['2024', 'BZ', 'follows-rule', '2024: Belice holds it, as the rule says.'],
      ['2025', 'CR', 'follows-rule', '2025: Costa Rica holds it, as the rule says.'],
      ['2026', 'SV', 'follows-rule', '2026: El Salvador holds it, as the rule says.'],
    ]);
  });
});

describe('bad requests', () => {
  const rotationIssue = (act: () => unknown): { code: string; path: readonly (string | number)[] } => {
    try {
      act();
    } catch (error) {
      expect(error).toBeInstanceOf(MirpsRotationError);
      const { code, path } = (error as MirpsRotationError).issues[0]!;
      return { code, path };
    }
    throw new Error('expected a MirpsRotationError');
  };

  it('refuses 0 terms, a million terms, a fraction and a label that is not a year', () => {
    expect(rotationIssue(() => projectPresidencies({ count: 0 }))).toEqual({
      code: 'rotation.count-out-of-range',
      path: ['count'],
    });
    expect(rotationIssue(() => projectPresidencies({ count: 1_000_000 }))).toEqual({
      code: 'rotation.count-out-of-range',
      path: ['count'],
    });
    expect(rotationIssue(() => projectPresidencies({ count: 2.5 }))).toEqual({
      code: 'rotation.count-out-of-range',
      path: ['count'],
    });
    expect(rotationIssue(() => projectPresidencies({ through: '2023' }))).toEqual({
      code: 'rotation.count-out-of-range',
      path: ['through'],
    });
    expect(rotationIssue(() => projectPresidencies({ through: '2024-H1' }))).toEqual({
      code: 'rotation.invalid-label',
      path: ['through'],
    });
  });

  it('refuses a date that is not a date, and a day before the ledger', () => {
    for (const bad of ['2023-02-30', 'yesterday', '2023-01', 20230101, new Date('nope'), null]) {
      expect(rotationIssue(() => presidencyOn(bad as string))).toEqual({
        code: 'rotation.invalid-date',
        path: ['date'],
      });
    }
    expect(rotationIssue(() => presidencyOn('2018-06-01'))).toEqual({ code: 'rotation.before-ledger', path: ['date'] });
  });

  it('answers every day through the last of 9999', () => {
    expect(presidencyOn('9999-12-31')).toMatchObject({ date: '9999-12-31', label: '9999', projected: true });
  });

  it('rejects a ledger with an unknown member or a holder that was not yet a member', () => {
    const unknown = ledgerCopy();
    unknown.terms[2]!.holder = 'CO';
    expect(() => checkRotation(unknown)).toThrow(MirpsValidationError);
    const early = ledgerCopy();
    early.terms[0]!.holder = 'SV';
    early.terms[0]!.handover = { date: '2019-01' };
    try {
      checkRotation(early);
      expect.unreachable();
    } catch (error) {
      expect((error as MirpsValidationError).issues.map((i) => [i.code, i.path])).toEqual([
        ['presidency.holder-not-member', ['terms', 0, 'holder']],
      ]);
    }
  });
});
