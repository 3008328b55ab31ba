import { MirpsError, type RotationSetup } from '@mirps/core';
import { expect } from 'vitest';

// Setups and helpers that several of the rotation's test files share.

/** Alpha, Bravo and Charlie, members from 2000, in English alphabetical order, once per cycle; Alpha held 2000, Bravo 2001. */
export const alphaBravoCharlie = (): RotationSetup => ({
  body: 'The test presidency',
  members: [
    { id: 'A', names: { en: 'Alpha' }, memberships: [{ from: '2000' }] },
    { id: 'B', names: { en: 'Bravo' }, memberships: [{ from: '2000' }] },
    { id: 'C', names: { en: 'Charlie' }, memberships: [{ from: '2000' }] },
  ],
  order: { kind: 'alphabetical', locale: 'en' },
  strategy: 'once-per-cycle',
  termLength: 'year',
  ledger: [
    { label: '2000', holder: 'A' },
    { label: '2001', holder: 'B' },
  ],
});

/** The error `act` throws, which must be a MIRPS error; its issues as [code, path]. */
export function refusal(act: () => unknown): {
  error: MirpsError;
  issues: Array<[string, ReadonlyArray<string | number>]>;
} {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(MirpsError);
    return {
      error: error as MirpsError,
      issues: (error as MirpsError).issues.map((issue) => [issue.code, issue.path]),
    };
  }
  throw new Error('expected a MIRPS error');
}
