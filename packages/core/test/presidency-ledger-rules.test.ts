import { parsePresidencyLedger, safeParseActionPlan, safeParsePresidencyLedger } from '@mirps/core';
import { describe, expect, it } from 'vitest';
import { issuesOf, ledgerCopy, planCopy, referenceCopy } from './helpers.js';

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
