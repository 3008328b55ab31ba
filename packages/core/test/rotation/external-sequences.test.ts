import { createRotation, type RecordedTerm, type RotationSetup } from '@mirps/core';
import { describe, expect, it } from 'vitest';
import { asean } from './__fixtures__/asean.js';
import { mercosur } from './__fixtures__/mercosur.js';
import type { RecordedRotation } from './__fixtures__/recorded-rotation.js';
import { sica } from './__fixtures__/sica.js';
import { unSecurityCouncil } from './__fixtures__/un-security-council.js';

// Real sequences from public records (each fixture cites its sources): the engine must reproduce the
// recorded holders from the rule, the membership and the recorded departures alone.

function recordedTerm(term: RecordedRotation['terms'][number]): RecordedTerm {
  return {
    label: term.label,
    holder: term.holder,
    handover: term.start,
    ...(term.departure === undefined ? {} : { departure: term.departure }),
  };
}

/** A rotation setup from a recorded sequence: its first term as the ledger, its later departures as overrides. */
function setupFrom(recorded: RecordedRotation, strategy: RotationSetup['strategy']): RotationSetup {
  const [first, ...later] = recorded.terms;
  const language = recorded.order.kind === 'alphabetical' ? recorded.order.locale : 'en';
  return {
    body: recorded.body,
    members: recorded.members.map((member) => ({
      id: member.id,
      names: { [language]: member.name },
      memberships: member.memberships.map(({ from, to }) => ({ from, ...(to === undefined ? {} : { to }) })),
      ...(member.suspensions === undefined
        ? {}
        : { suspensions: member.suspensions.map(({ from, to }) => ({ from, ...(to === undefined ? {} : { to }) })) }),
    })),
    order:
      recorded.order.kind === 'alphabetical'
        ? { kind: 'alphabetical', locale: recorded.order.locale }
        : { kind: 'explicit', members: recorded.order.members },
    strategy,
    termLength: recorded.termLength,
    ledger: [recordedTerm(first!)],
    overrides: later
      .filter((term) => term.departure !== undefined)
      .map((term) => ({ label: term.label, holder: term.holder, departure: term.departure! })),
  };
}

const cases: Array<[string, RecordedRotation, RotationSetup['strategy']]> = [
  [
    'the UN Security Council: monthly, English alphabetical order, membership changing each year',
    unSecurityCouncil,
    'successor',
  ],
  ['MERCOSUR: half-yearly, alphabetical, passing over suspended Venezuela', mercosur, 'successor'],
  ['SICA: half-yearly, in a fixed order that is not alphabetical', sica, 'successor'],
  ['ASEAN: annual, English alphabetical order, with a declined, a forfeited and swapped turns', asean, 'successor'],
];

describe.each(cases)('%s', (_title, recorded, strategy) => {
  it('projects the recorded holders from the first term, the rule and the recorded departures', () => {
    const rotation = createRotation(setupFrom(recorded, strategy));
    const projected = rotation.projectPresidencies({ count: recorded.terms.length - 1 });
    expect(projected.map((term) => `${term.label} ${term.holder}`)).toEqual(
      recorded.terms.slice(1).map((term) => `${term.label} ${term.holder}`),
    );
  });

  it('finds every recorded term follows the rule or is a recorded departure', () => {
    const setup = setupFrom(recorded, strategy);
    const verdicts = createRotation({ ...setup, overrides: [] }).checkRotation(recorded.terms.map(recordedTerm));
    const departures = recorded.terms.filter((term) => term.departure !== undefined).map((term) => term.label);
    for (const verdict of verdicts.slice(1)) {
      const expected = departures.includes(verdict.label) ? ['recorded-departure', 'follows-rule'] : ['follows-rule'];
      expect(expected, `${verdict.label}: ${verdict.message}`).toContain(verdict.verdict);
    }
  });
});

describe('departures are detected, not assumed', () => {
  it('an unrecorded departure is reported with the holder the rule expected (ASEAN 2026 without its record)', () => {
    const terms = asean.terms.map(recordedTerm);
    const bare = terms.map((term) =>
      term.label === '2026' ? { label: term.label, holder: term.holder, handover: term.handover! } : term,
    );
    const verdict = createRotation({ ...setupFrom(asean, 'successor'), overrides: [] })
      .checkRotation(bare)
      .at(-1)!;
    expect(verdict).toMatchObject({ label: '2026', holder: 'PH', verdict: 'unexplained-departure', expected: 'MM' });
  });

  it('the UN Security Council passes from India to Japan across the year boundary', () => {
    const rotation = createRotation(setupFrom(unSecurityCouncil, 'successor'));
    const january = rotation.projectPresidencies({ through: '2023-01' }).at(-1)!;
    expect(january.holder).toBe('JP');
    expect(january.explanation.steps.map((step) => [step.member, step.reason])).toEqual([
      ['IE', 'not-a-member'],
      ['JP', 'next-in-circle'],
    ]);
  });

  it('MERCOSUR passes over Venezuela while it is suspended', () => {
    const rotation = createRotation(setupFrom(mercosur, 'successor'));
    const passed = rotation
      .projectPresidencies({ count: mercosur.terms.length - 1 })
      .filter((term) => term.explanation.steps.some((step) => step.member === 'VE' && step.reason === 'suspended'));
    expect(passed.length).toBeGreaterThan(3);
  });
});
