import { createRotation, MirpsValidationError, type RotationSetup, type TermLength } from '@mirps/core';
import { describe, expect, it, vi } from 'vitest';
import { alphaBravoCharlie } from './fixtures.js';

const base = alphaBravoCharlie;

/** The setup's issues, as code, path and message; fails the test when the setup is accepted. */
function refusal(setup: unknown): Array<{ code: string; path: ReadonlyArray<string | number>; message: string }> {
  try {
    createRotation(setup as RotationSetup);
  } catch (error) {
    expect(error).toBeInstanceOf(MirpsValidationError);
    return (error as MirpsValidationError).issues.map(({ code, path, message }) => ({ code, path, message }));
  }
  throw new Error('expected the setup to be rejected');
}

const issuesOf = (setup: unknown): Array<[string, ReadonlyArray<string | number>]> =>
  refusal(setup).map((issue) => [issue.code, issue.path]);

/** A rotation of two members whose ledger holds one term, `label`, of `termLength`. */
const rotationFrom = (termLength: TermLength, label: string, from = '0001') =>
  createRotation({
    members: [
      { id: 'A', names: { en: 'Alpha' }, memberships: [{ from }] },
      { id: 'B', names: { en: 'Bravo' }, memberships: [{ from }] },
    ],
    order: { kind: 'explicit', members: ['A', 'B'] },
    strategy: 'successor',
    termLength,
    ledger: [{ label, holder: 'A' }],
  });

describe('createRotation refuses a setup whose members are unknown', () => {
  it('names the unknown member a departure stands in for, or shares the term with', () => {
    const forfeit = base();
    forfeit.ledger[1]!.departure = { kind: 'forfeit', inPlaceOf: 'Z', reason: 'x' };
    expect(issuesOf(forfeit)).toEqual([['rotation.unknown-member', ['ledger', 1, 'departure', 'inPlaceOf']]]);
    const joint = base();
    joint.ledger[1]!.departure = { kind: 'joint', jointWith: ['C', 'Y'], reason: 'x' };
    expect(issuesOf(joint)).toEqual([['rotation.unknown-member', ['ledger', 1, 'departure', 'jointWith', 1]]]);
  });

  it('refuses a declined term that does not name the member who declined it', () => {
    const setup = base();
    setup.ledger[1]!.departure = { kind: 'declined', reason: 'x' };
    expect(refusal(setup)).toEqual([
      {
        code: 'rotation.departure-needs-member',
        path: ['ledger', 1, 'departure', 'inPlaceOf'],
        message: expect.stringContaining('declined'),
      },
    ]);
    setup.ledger[1]!.departure = { kind: 'declined', inPlaceOf: 'C', reason: 'x' };
    expect(createRotation(setup).nextPresidency().label).toBe('2002');
  });

  it('refuses an explicit order that lists a member the setup does not have', () => {
    expect(issuesOf({ ...base(), order: { kind: 'explicit', members: ['A', 'B', 'C', 'Z'] } })).toEqual([
      ['rotation.unknown-member', ['order', 'members', 3]],
    ]);
  });

  it('names the unknown holder of an override, and the unknown member its departure stands in for', () => {
    const setup = base();
    setup.overrides = [
      { label: '2002', holder: 'C', departure: { kind: 'election', reason: 'x' } },
      { label: '2003', holder: 'Z', departure: { kind: 'forfeit', inPlaceOf: 'Y', reason: 'x' } },
    ];
    expect(issuesOf(setup)).toEqual([
      ['rotation.unknown-member', ['overrides', 1, 'holder']],
      ['rotation.unknown-member', ['overrides', 1, 'departure', 'inPlaceOf']],
    ]);
  });
});

describe('createRotation refuses an explicit order that misses members', () => {
  const members = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `M${String(i).padStart(2, '0')}`,
      names: { en: `Member ${i}` },
      memberships: [{ from: '2000' }],
    }));
  const missing = (count: number) => members(count).map((member) => member.id);
  const setupOf = (count: number): RotationSetup => ({
    ...base(),
    members: members(count),
    order: { kind: 'explicit', members: ['M00'] },
    ledger: [{ label: '2000', holder: 'M00' }],
  });

  it('lists all twelve missing members when twelve are missing', () => {
    expect(refusal(setupOf(13))).toEqual([
      {
        code: 'rotation.order-mismatch',
        path: ['order', 'members'],
        message: `The order must list every member; missing: ${missing(13).slice(1).join(', ')}`,
      },
    ]);
  });

  it('lists the first twelve missing members and counts them all when more are missing', () => {
    expect(refusal(setupOf(15))).toEqual([
      {
        code: 'rotation.order-mismatch',
        path: ['order', 'members'],
        message: `The order must list every member; missing: ${missing(15).slice(1, 13).join(', ')}, … (14 in all)`,
      },
    ]);
  });
});

describe('createRotation refuses spans and ledgers out of order', () => {
  it('refuses a membership or a suspension that ends before it begins, naming its end', () => {
    const membership = base();
    membership.members[2]!.memberships = [
      { from: '2000', to: '2004' },
      { from: '2010', to: '2008' },
    ];
    expect(issuesOf(membership)).toEqual([['dates.range-reversed', ['members', 2, 'memberships', 1, 'to']]]);
    const suspension = base();
    suspension.members[1]!.suspensions = [
      { from: '2003', to: '2004' },
      { from: '2006', to: '2005' },
    ];
    expect(issuesOf(suspension)).toEqual([['dates.range-reversed', ['members', 1, 'suspensions', 1, 'to']]]);
  });

  it('tells a term labelled twice from a term listed after a later one', () => {
    const twice = base();
    twice.ledger[1]!.label = '2000';
    expect(refusal(twice)).toEqual([
      { code: 'presidency.terms-overlap', path: ['ledger', 1, 'label'], message: 'Two terms are labelled 2000' },
    ]);
    const reversed = base();
    reversed.ledger = [
      { label: '2001', holder: 'A' },
      { label: '2000', holder: 'B' },
    ];
    expect(refusal(reversed)).toEqual([
      {
        code: 'dates.out-of-order',
        path: ['ledger', 1, 'label'],
        message: 'Term 2000 comes after a later term; list terms oldest first',
      },
    ]);
  });

  it('checks that a holder was a member on the handover day, or on the first day of the term when none is recorded', () => {
    const setup = base();
    setup.members[2]!.memberships = [{ from: '2002-06' }];
    setup.ledger.push({ label: '2002', holder: 'C', handover: '2002-07-01' });
    expect(createRotation(setup).nextPresidency().label).toBe('2003');
    setup.ledger[2] = { label: '2002', holder: 'C' };
    expect(issuesOf(setup)).toEqual([['presidency.holder-not-member', ['ledger', 2, 'holder']]]);
  });

  it('accepts a ledger in which only some terms record their handover', () => {
    const setup = base();
    setup.ledger = [
      { label: '2000', holder: 'A', handover: '2000-03-01' },
      { label: '2001', holder: 'B' },
      { label: '2002', holder: 'C', handover: '2002-03' },
    ];
    expect(createRotation(setup).nextPresidency().label).toBe('2003');
  });
});

describe('createRotation refuses malformed term labels wherever the setup has one', () => {
  it('refuses a mechanismFrom that is not a label of the term length', () => {
    expect(issuesOf({ ...base(), mechanismFrom: '2002-H1' })).toEqual([['rotation.invalid-label', ['mechanismFrom']]]);
    expect(createRotation({ ...base(), mechanismFrom: '2002' }).nextPresidency().label).toBe('2002');
  });

  it('refuses an override whose label is not a label of the term length, and nothing else about it', () => {
    const setup = base();
    setup.overrides = [{ label: '2003-H1', holder: 'C', departure: { kind: 'election', reason: 'x' } }];
    expect(issuesOf(setup)).toEqual([['rotation.invalid-label', ['overrides', 0, 'label']]]);
  });

  it('refuses a handover day recorded for a malformed label, naming the label', () => {
    expect(issuesOf({ ...base(), handovers: { '2003': '2003-02-01', '2004-H1': '2004-02-01' } })).toEqual([
      ['rotation.invalid-label', ['handovers', '2004-H1']],
    ]);
  });
});

describe('createRotation refuses a member without a record of names', () => {
  it('refuses names that are missing or not a record', () => {
    const missing = base() as unknown as { members: Array<{ names?: unknown }> };
    delete missing.members[0]!.names;
    expect(issuesOf(missing)).toEqual([['shape.missing', ['members', 0, 'names']]]);
    const text = base() as unknown as { members: Array<{ names?: unknown }> };
    text.members[1]!.names = 'Bravo';
    expect(issuesOf(text)).toEqual([['shape.invalid-type', ['members', 1, 'names']]]);
  });
});

describe('term labels', () => {
  it('labels the next term with four digits, also before the year 1000', () => {
    expect(rotationFrom('year', '0998').nextPresidency().label).toBe('0999');
    expect(rotationFrom('half-year', '0999-H1').nextPresidency().label).toBe('0999-H2');
    expect(rotationFrom('half-year', '0999-H2').nextPresidency().label).toBe('1000-H1');
    expect(rotationFrom('month', '0999-05').nextPresidency().label).toBe('0999-06');
    expect(rotationFrom('month', '0999-12').nextPresidency().label).toBe('1000-01');
  });

  it('begins a term with no recorded handover on the first day of its period', () => {
    expect(rotationFrom('year', '0998').presidencyOn('0999-05-05').since).toBe('0999-01-01');
    expect(rotationFrom('year', '2024').presidencyOn('2025-05-05').since).toBe('2025-01-01');
    const halves = rotationFrom('half-year', '0998-H2');
    expect(halves.presidencyOn('0999-03-05').since).toBe('0999-01-01');
    expect(halves.presidencyOn('0999-09-05').since).toBe('0999-07-01');
    const recent = rotationFrom('half-year', '2024-H1');
    expect(recent.presidencyOn('2024-08-15')).toMatchObject({ label: '2024-H2', since: '2024-07-01' });
    expect(recent.presidencyOn('2025-02-15')).toMatchObject({ label: '2025-H1', since: '2025-01-01' });
    expect(rotationFrom('month', '0999-02').presidencyOn('0999-03-15').since).toBe('0999-03-01');
  });

  it('checks a holder against the first day of a half-year or month term', () => {
    const joinsInJuly = (termLength: TermLength, label: string) => () => {
      const setup = base();
      setup.termLength = termLength;
      setup.members[0]!.memberships = [{ from: '2024-07' }];
      setup.ledger = [{ label, holder: 'A' }];
      return createRotation(setup).nextPresidency().holder;
    };
    expect(joinsInJuly('half-year', '2024-H2')()).toBe('B');
    expect(() => joinsInJuly('half-year', '2024-H1')()).toThrow(MirpsValidationError);
    expect(joinsInJuly('month', '2024-07')()).toBe('B');
    expect(() => joinsInJuly('month', '2024-06')()).toThrow(MirpsValidationError);
  });
});

describe('collation locales', () => {
  it('ignores accents and case in an alphabetical order, so names equal but for them go by member id', () => {
    const setup = base();
    setup.members = [
      { id: 'A', names: { en: 'Perú' }, memberships: [{ from: '2000' }] },
      { id: 'B', names: { en: 'peru' }, memberships: [{ from: '2000' }] },
      { id: 'C', names: { en: 'Peru' }, memberships: [{ from: '2000' }] },
      { id: 'D', names: { en: 'Chile' }, memberships: [{ from: '2000' }] },
    ];
    expect(createRotation(setup).circle).toEqual(['D', 'A', 'B', 'C']);
  });

  it('refuses a well-formed locale that the runtime throws on rather than collates in', () => {
    // Which well-formed tags a runtime throws on depends on its ICU (Node 22 throws on 26 Unicode extension keywords):
    // the runtime is made to throw here, so the test does not depend on the Node version.
    const supported = vi.spyOn(Intl.Collator, 'supportedLocalesOf').mockImplementation(() => {
      throw new RangeError('Incorrect locale information provided');
    });
    try {
      expect(issuesOf({ ...base(), order: { kind: 'alphabetical', locale: 'en-u-co-phonebk' } })).toEqual([
        ['rotation.invalid-locale', ['order', 'locale']],
      ]);
    } finally {
      supported.mockRestore();
    }
  });
});
