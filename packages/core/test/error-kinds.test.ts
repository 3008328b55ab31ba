import {
  MirpsCalendarError,
  MirpsError,
  type MirpsIssue,
  MirpsReportError,
  MirpsRotationError,
  MirpsValidationError,
  safeParseActionPlan,
} from '@mirps/core';
import { describe, expect, it } from 'vitest';

// How the error classes recognise an error. Across the package's builds (ESM, CommonJS, bundlers), see
// test/builds.test.ts, which loads them all in one process.

const issue = (code: MirpsIssue['code']): MirpsIssue[] => [{ code, path: [], message: 'As the test says' }];
const CLASSES = [MirpsError, MirpsValidationError, MirpsRotationError, MirpsCalendarError, MirpsReportError] as const;

describe('MirpsError.is and the is of each error class', () => {
  it('tell each kind of error, and any of them for MirpsError', () => {
    const errors = [
      new MirpsError('validation', issue('shape.invalid')),
      new MirpsValidationError('ActionPlan', issue('shape.missing')),
      new MirpsRotationError(issue('rotation.count-out-of-range')),
      new MirpsCalendarError(issue('calendar.invalid-stamp')),
      new MirpsReportError(issue('report.as-of-outside-term')),
    ];
    const table = errors.map((error) => CLASSES.map((kind) => [kind.is(error), error instanceof kind]));
    expect(table).toEqual([
      [
        [true, true],
        [false, false],
        [false, false],
        [false, false],
        [false, false],
      ],
      [
        [true, true],
        [true, true],
        [false, false],
        [false, false],
        [false, false],
      ],
      [
        [true, true],
        [false, false],
        [true, true],
        [false, false],
        [false, false],
      ],
      [
        [true, true],
        [false, false],
        [false, false],
        [true, true],
        [false, false],
      ],
      [
        [true, true],
        [false, false],
        [false, false],
        [false, false],
        [true, true],
      ],
    ]);
  });

  it('say false, and never throw, for anything else: a plain error, a look-alike, a value that throws if read', () => {
    const lookAlike = { name: 'MirpsValidationError', code: 'validation', issues: issue('shape.missing') };
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new TypeError('boom');
        },
        getPrototypeOf() {
          throw new TypeError('boom');
        },
      },
    );
    for (const value of [new Error('other'), lookAlike, hostile, null, undefined, 'MirpsError', 0]) {
      const recognised = CLASSES.map((errorClass) => [errorClass.is(value), value instanceof errorClass]);
      expect(recognised).toEqual(CLASSES.map(() => [false, false]));
    }
  });

  it('serve as type guards and callbacks', () => {
    const result = safeParseActionPlan({});
    const caught: unknown[] = [new Error('other'), result.success ? undefined : result.error, 'text'];
    const errors: MirpsValidationError[] = caught.filter(MirpsValidationError.is);
    expect(errors.map((error) => error.document)).toEqual(['ActionPlan']);
  });
});
