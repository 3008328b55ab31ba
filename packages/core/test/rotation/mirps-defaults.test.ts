import {
  MirpsValidationError,
  mirpsRotationSetup,
  nextPresidency,
  type PresidencyLedger,
  projectPresidencies,
  type ReferenceData,
} from '@mirps/core';
import { describe, expect, it } from 'vitest';
import { ledgerCopy, referenceCopy } from '../helpers.js';

/** The issues of the MirpsValidationError that `act` throws, as `[code, path]` pairs. */
function validationIssues(act: () => unknown): Array<[string, ReadonlyArray<string | number>]> {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(MirpsValidationError);
    return (error as MirpsValidationError).issues.map((issue) => [issue.code, issue.path]);
  }
  throw new Error('expected a MirpsValidationError');
}

/** An object whose `ledger` field throws when read. */
const throwingLedger = <T extends object>(fields: T): T =>
  Object.defineProperty({ ...fields }, 'ledger', {
    enumerable: true,
    get() {
      throw new Error('no ledger here');
    },
  });

/** The embedded ledger with its first term (2019, Mexico, elected) given other notes. */
function ledgerWith2019Notes(
  note: { en?: string; es?: string } | undefined,
  handoverNote: { en?: string; es?: string } | undefined,
): PresidencyLedger {
  const ledger = ledgerCopy();
  const term = ledger.terms[0]!;
  expect(term).toMatchObject({ label: '2019', assignment: 'election' });
  const mutable = term as { note?: unknown; handover: { note?: unknown } };
  if (note === undefined) delete mutable.note;
  else mutable.note = note;
  if (handoverNote === undefined) delete mutable.handover.note;
  else mutable.handover.note = handoverNote;
  return ledger;
}

/** The reason the MIRPS setup gives for the elected 2019 term, in a language. */
const reason2019 = (ledger: PresidencyLedger, language: 'en' | 'es'): string | undefined =>
  mirpsRotationSetup({ ledger, language }).ledger[0]!.departure?.reason;

/** The embedded reference data with one more state, `CO`: an example for what the embedded states never show. */
function referenceWith(state: Partial<ReferenceData['memberStates'][number]>): ReferenceData {
  const reference = referenceCopy();
  reference.memberStates.push({
    id: 'CO',
    iso3: 'COL',
    name: { en: 'Colombia', es: 'Colombia' },
    memberships: [{ joined: '2018' }],
    ...state,
  } as ReferenceData['memberStates'][number]);
  return reference;
}

describe('the MIRPS setup on the embedded data', () => {
  it('is plain JSON: every field it gives has a value, none is left undefined', () => {
    const setup = mirpsRotationSetup();
    expect(JSON.parse(JSON.stringify(setup))).toStrictEqual(setup);
    expect(setup).not.toHaveProperty('handovers');
    expect(setup).not.toHaveProperty('policies');
  });

  it('names each member in English and Spanish, and sorts it by its Spanish name', () => {
    const belize = mirpsRotationSetup().members.find((member) => member.id === 'BZ');
    expect(belize).toStrictEqual({
      id: 'BZ',
      names: { en: 'Belize', es: 'Belice' },
      sortKey: 'Belice',
      memberships: [{ from: '2017-10-26' }],
      suspensions: [],
    });
  });

  it('records Mexico’s 2019 term as an election, with the ledger’s note as the reason', () => {
    const [first, second] = mirpsRotationSetup().ledger;
    expect(first).toStrictEqual({
      label: '2019',
      holder: 'MX',
      handover: '2019',
      departure: {
        kind: 'election',
        reason: 'Mexico was elected as the first Pro-Tempore Presidency by the other founding members.',
      },
    });
    expect(second).toStrictEqual({ label: '2020', holder: 'SV', handover: '2020-01' });
  });
});

describe("the MIRPS setup built from the caller's data", () => {
  it('carries the handovers and policies given, and leaves them out when none are', () => {
    const setup = mirpsRotationSetup({
      handovers: { '2027': '2026-12-01' },
      policies: { lateJoiners: 'next-cycle' },
    });
    expect(setup.handovers).toEqual({ '2027': '2026-12-01' });
    expect(setup.policies).toEqual({ lateJoiners: 'next-cycle' });
  });

  it('leaves out the handover of a term whose handover day the ledger does not know', () => {
    const ledger = ledgerCopy();
    (ledger.terms[1] as { handover: { date: string | null } }).handover.date = null;
    const setup = mirpsRotationSetup({ ledger });
    expect(setup.ledger[1]).toStrictEqual({ label: '2020', holder: 'SV' });
    expect(JSON.parse(JSON.stringify(setup))).toStrictEqual(setup);
  });

  it('names a state in the languages its reference data gives, and nothing more', () => {
    const spanishOnly = mirpsRotationSetup({ reference: referenceWith({ name: { es: 'Colombia' } }) });
    expect(spanishOnly.members.at(-1)!.names).toStrictEqual({ es: 'Colombia' });
    const englishOnly = mirpsRotationSetup({ reference: referenceWith({ name: { en: 'Colombia' } }) });
    expect(englishOnly.members.at(-1)!.names).toStrictEqual({ en: 'Colombia' });
    expect(JSON.parse(JSON.stringify(englishOnly))).toStrictEqual(englishOnly);
  });

  it('sorts a state by its sort key, else by its Spanish name', () => {
    const keyed = mirpsRotationSetup({
      reference: referenceWith({ name: { en: 'Colombia', es: 'Colombia' }, sortKey: 'Nueva Granada' }),
    });
    expect(keyed.members.at(-1)!.sortKey).toBe('Nueva Granada');
    const unkeyed = mirpsRotationSetup({ reference: referenceWith({ name: { en: 'Colombia', es: 'Kolombia' } }) });
    expect(unkeyed.members.at(-1)!.sortKey).toBe('Kolombia');
  });

  it('gives a state that left its membership’s end, and its suspensions, open or closed', () => {
    const setup = mirpsRotationSetup({
      reference: referenceWith({
        memberships: [
          { joined: '2018', left: '2020-06', suspensions: [{ start: '2019-01', end: '2019-03' }] },
          { joined: '2022', suspensions: [{ start: '2023-05' }] },
        ],
      }),
    });
    const colombia = setup.members.at(-1)!;
    expect(colombia.memberships).toStrictEqual([{ from: '2018', to: '2020-06' }, { from: '2022' }]);
    expect(colombia.suspensions).toStrictEqual([{ from: '2019-01', to: '2019-03' }, { from: '2023-05' }]);
    expect(JSON.parse(JSON.stringify(setup))).toStrictEqual(setup);
  });
});

describe('why an elected term was elected, in the language asked for', () => {
  it('gives the term’s note, in English or in Spanish', () => {
    const ledger = ledgerWith2019Notes({ en: 'Elected', es: 'Elegido' }, { en: 'At the meeting', es: 'En la reunión' });
    expect(reason2019(ledger, 'en')).toBe('Elected');
    expect(reason2019(ledger, 'es')).toBe('Elegido');
  });

  it('falls back to the handover’s note when the term has none in that language', () => {
    const noTermNote = ledgerWith2019Notes(undefined, { en: 'At the meeting', es: 'En la reunión' });
    expect(reason2019(noTermNote, 'en')).toBe('At the meeting');
    expect(reason2019(noTermNote, 'es')).toBe('En la reunión');
    const spanishTermNote = ledgerWith2019Notes({ es: 'Elegido' }, { en: 'At the meeting' });
    expect(reason2019(spanishTermNote, 'en')).toBe('At the meeting');
    expect(reason2019(spanishTermNote, 'es')).toBe('Elegido');
  });

  it('answers in Spanish with the English text when the ledger has no Spanish one: the data is never translated', () => {
    expect(reason2019(ledgerWith2019Notes({ en: 'Elected' }, undefined), 'es')).toBe('Elected');
    expect(reason2019(ledgerWith2019Notes(undefined, { en: 'At the meeting' }), 'es')).toBe('At the meeting');
    expect(reason2019(ledgerWith2019Notes({ en: 'Elected' }, { en: 'At the meeting' }), 'es')).toBe('Elected');
  });

  it('never answers in English with the Spanish text', () => {
    expect(reason2019(ledgerWith2019Notes({ es: 'Elegido' }, undefined), 'en')).toBe('Assigned by election');
    expect(reason2019(ledgerWith2019Notes(undefined, { es: 'En la reunión' }), 'en')).toBe('Assigned by election');
  });

  it('says only that it was elected when the ledger gives no note', () => {
    const ledger = ledgerWith2019Notes(undefined, undefined);
    expect(reason2019(ledger, 'en')).toBe('Assigned by election');
    expect(reason2019(ledger, 'es')).toBe('Asignada por elección');
  });
});

describe("the caller's options, read at the entry points", () => {
  it('names the bad field of the options, or of the request that carries them', () => {
    expect(validationIssues(() => nextPresidency({ explain: 'everything' as never }))).toEqual([
      ['shape.invalid-value', ['options', 'explain']],
    ]);
    expect(validationIssues(() => mirpsRotationSetup({ maxExplainedMembers: 0 }))).toEqual([
      ['shape.out-of-range', ['options', 'maxExplainedMembers']],
    ]);
    expect(validationIssues(() => projectPresidencies({ count: 1, explain: 'everything' as never }))).toEqual([
      ['shape.invalid-value', ['request', 'explain']],
    ]);
  });

  it('points at a field that throws when read, in the options or in the request', () => {
    expect(validationIssues(() => nextPresidency(throwingLedger({})))).toEqual([
      ['shape.unreadable', ['options', 'ledger']],
    ]);
    expect(validationIssues(() => projectPresidencies(throwingLedger({ count: 1 })))).toEqual([
      ['shape.unreadable', ['request', 'ledger']],
    ]);
  });
});
