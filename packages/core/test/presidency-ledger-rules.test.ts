import { parsePresidencyLedger, safeParseActionPlan, safeParsePresidencyLedger } from '@mirps/core';
import { describe, expect, it } from 'vitest';
import { entry, issuesOf, ledgerCopy, messagesOf, planCopy, referenceCopy } from './helpers.js';

describe('parsePresidencyLedger rules', () => {
  it('accepts the embedded ledger', () => {
    expect(parsePresidencyLedger(ledgerCopy()).terms.map((term) => term.holder)).toEqual([
      'MX',
      'SV',
      'GT',
      'HN',
      'PA',
      'BZ',
      'CR',
      'SV',
    ]);
  });

  it('does not flag a holder whose joining is uncertain at the precision known', () => {
    const ledger = ledgerCopy();
    // El Salvador joined in June 2019; a term begun some time in 2019 may have begun after that.
    ledger.terms[0]!.holder = 'SV';
    expect(safeParsePresidencyLedger(ledger).success).toBe(true);
  });

  it('reports a holder who was not a member when the term began', () => {
    const ledger = ledgerCopy();
    ledger.terms[0]!.holder = 'SV';
    ledger.terms[0]!.handover = { date: '2019-02' };
    const result = safeParsePresidencyLedger(ledger);
    expect(issuesOf(result)).toEqual([{ code: 'presidency.holder-not-member', path: ['terms', 0, 'holder'] }]);
    expect(result.success ? '' : result.error.issues[0]!.message).toContain(
      'El Salvador was not a member of MIRPS when the term began (2019-02); it joined 2019-06',
    );
  });

  it('reports an unknown holder and an unknown handover meeting', () => {
    const ledger = ledgerCopy();
    ledger.terms[1]!.holder = 'XX';
    ledger.terms[2]!.handover.annualMeeting = 'annual-meeting-99';
    expect(issuesOf(safeParsePresidencyLedger(ledger))).toEqual([
      { code: 'ref.unknown-member-state', path: ['terms', 1, 'holder'] },
      { code: 'ref.unknown-annual-meeting', path: ['terms', 2, 'handover', 'annualMeeting'] },
    ]);
  });

  it('reports two terms with the same label as overlapping', () => {
    const ledger = ledgerCopy();
    ledger.terms[3]!.label = ledger.terms[2]!.label;
    expect(issuesOf(safeParsePresidencyLedger(ledger))).toEqual([
      { code: 'presidency.terms-overlap', path: ['terms', 3, 'label'] },
    ]);
  });

  it('reports a term that begins before the previous one', () => {
    const ledger = ledgerCopy();
    ledger.terms[4]!.handover = { date: '2021-06-01' };
    expect(issuesOf(safeParsePresidencyLedger(ledger))).toEqual([
      { code: 'presidency.terms-overlap', path: ['terms', 4, 'handover', 'date'] },
    ]);
  });

  it('reports terms out of order', () => {
    const ledger = ledgerCopy();
    ledger.terms.reverse();
    expect(issuesOf(safeParsePresidencyLedger(ledger)).every((issue) => issue.code === 'dates.out-of-order')).toBe(
      true,
    );
  });

  it('reports a duplicate achievement id', () => {
    const ledger = ledgerCopy();
    ledger.terms[1]!.achievements[1]!.id = ledger.terms[1]!.achievements[0]!.id;
    expect(issuesOf(safeParsePresidencyLedger(ledger))).toEqual([
      { code: 'ref.duplicate-id', path: ['terms', 1, 'achievements', 1, 'id'] },
    ]);
  });

  it('reports an invalid context document instead of the input', () => {
    const reference = referenceCopy();
    reference.memberStates[0]!.id = 'nope';
    const result = safeParsePresidencyLedger(ledgerCopy(), { reference });
    expect(result.success).toBe(false);
    expect(result.success ? '' : result.error.document).toBe('ReferenceData');
    expect(issuesOf(result)).toEqual([{ code: 'shape.invalid-format', path: ['memberStates', 0, 'id'] }]);
  });

  it('checks an action plan against a given ledger', () => {
    const ledger = ledgerCopy();
    ledger.terms[4]!.holder = 'CR';
    expect(issuesOf(safeParseActionPlan(planCopy(), { ledger }))).toEqual([
      { code: 'presidency.holder-mismatch', path: ['presidency', 'holder'] },
    ]);
  });
});

describe('parsePresidencyLedger rules: where each issue points and what it says', () => {
  /** The reference data with El Salvador's memberships replaced. */
  const withSalvador = (memberships: Array<{ joined: string; left?: string }>) => {
    const reference = referenceCopy();
    const salvador = reference.memberStates.find((state) => state.id === 'SV');
    if (salvador === undefined) throw new Error('No El Salvador in the reference data');
    salvador.memberships = memberships;
    return reference;
  };

  it('reports a term handed over on the same day as the previous one, but not in the same month', () => {
    const ledger = ledgerCopy();
    entry(ledger.terms, 4).handover = { date: '2021-11-30' };
    expect(messagesOf(safeParsePresidencyLedger(ledger))).toEqual([
      {
        code: 'presidency.terms-overlap',
        path: ['terms', 4, 'handover', 'date'],
        message: 'Term 2023 begins (2021-11-30) before term 2022 has begun (2021-11-30)',
      },
    ]);
    const monthly = ledgerCopy();
    // Both handovers known only to January 2020: the second may have come later in the month.
    entry(monthly.terms, 2).handover = { date: '2020-01' };
    expect(safeParsePresidencyLedger(monthly).success).toBe(true);
  });

  it('accepts a term whose handover day is unknown after one whose day is known', () => {
    const ledger = ledgerCopy();
    entry(ledger.terms, 5).handover = { date: null };
    expect(safeParsePresidencyLedger(ledger).success).toBe(true);
  });

  it('reports a duplicate term id and a term out of order where they stand', () => {
    const ledger = ledgerCopy();
    entry(ledger.terms, 1).id = entry(ledger.terms, 0).id;
    const [a, b] = [entry(ledger.terms, 3), entry(ledger.terms, 4)];
    ledger.terms[3] = b;
    ledger.terms[4] = a;
    expect(messagesOf(safeParsePresidencyLedger(ledger))).toEqual([
      {
        code: 'ref.duplicate-id',
        path: ['terms', 1, 'id'],
        message: 'Duplicate id "presidency-2019": already used at terms[0].id',
      },
      {
        code: 'dates.out-of-order',
        path: ['terms', 4, 'label'],
        message: 'Term 2022 follows term 2023; list terms oldest first',
      },
    ]);
  });

  it('takes a holder who had left and joined again as a member, and lists every joining of one who was not', () => {
    const returned = withSalvador([{ joined: '2015', left: '2016' }, { joined: '2019-06' }]);
    expect(safeParsePresidencyLedger(ledgerCopy(), { reference: returned }).success).toBe(true);
    const ledger = ledgerCopy();
    entry(ledger.terms, 0).holder = 'SV';
    entry(ledger.terms, 0).handover = { date: '2019-02' };
    expect(entry(messagesOf(safeParsePresidencyLedger(ledger, { reference: returned })), 0)).toEqual({
      code: 'presidency.holder-not-member',
      path: ['terms', 0, 'holder'],
      message: 'El Salvador was not a member of MIRPS when the term began (2019-02); it joined 2015, 2019-06',
    });
  });

  it('reports a holder whose membership ended before the term began', () => {
    const reference = withSalvador([{ joined: '2019-06', left: '2019-11' }]);
    expect(issuesOf(safeParsePresidencyLedger(ledgerCopy(), { reference }))).toEqual([
      { code: 'presidency.holder-not-member', path: ['terms', 1, 'holder'] },
      { code: 'presidency.holder-not-member', path: ['terms', 7, 'holder'] },
    ]);
  });

  it('says there are no Annual Meetings to name when the reference data has none', () => {
    const reference = referenceCopy();
    reference.annualMeetings = [];
    const ledger = ledgerCopy();
    const meeting = entry(ledger.terms, 2).handover.annualMeeting;
    expect(entry(messagesOf(safeParsePresidencyLedger(ledger, { reference })), 0).message).toBe(
      `Unknown Annual Meeting "${meeting}"; there are none`,
    );
  });
});
