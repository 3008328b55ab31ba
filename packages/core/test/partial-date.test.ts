import {
  datePrecision,
  earliestDay,
  isCertainlyBefore,
  latestDay,
  MirpsValidationError,
  partialDateSchema,
  yearOf,
} from '@mirps/core';
import { describe, expect, it } from 'vitest';

describe('partial dates', () => {
  it('accepts year, month and day precision and rejects other forms', () => {
    for (const valid of ['2019', '2019-06', '2019-06-30', '2024-02-29', '2000-02-29'])
      expect(partialDateSchema.safeParse(valid).success).toBe(true);
    for (const invalid of [
      '2019-6',
      '2019-13',
      '2019-00',
      '2019-06-31',
      '2023-02-29',
      '1900-02-29',
      '2019-06-30T00:00',
      ' 2019',
      '',
    ]) {
      expect(partialDateSchema.safeParse(invalid).success, invalid).toBe(false);
    }
  });

  it('accepts exactly the real calendar days, leap years included', () => {
    // The oracle: a day exists when Date.UTC does not roll it over into the next month.
    const exists = (y: number, m: number, d: number): boolean =>
      new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d && m >= 1 && m <= 12;
    const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
    for (const year of [1896, 1900, 1999, 2000, 2023, 2024, 2100, 2400]) {
      for (let month = 0; month <= 13; month++) {
        expect(partialDateSchema.safeParse(`${year}-${pad(month)}`).success).toBe(month >= 1 && month <= 12);
        for (let day = 0; day <= 32; day++) {
          const value = `${year}-${pad(month)}-${pad(day)}`;
          expect(partialDateSchema.safeParse(value).success, value).toBe(day >= 1 && exists(year, month, day));
        }
      }
    }
  });

  it('tells precision and the days a date can mean', () => {
    expect(datePrecision('2019')).toBe('year');
    expect(datePrecision('2019-06')).toBe('month');
    expect(datePrecision('2019-06-30')).toBe('day');
    expect([earliestDay('2019'), latestDay('2019')]).toEqual(['2019-01-01', '2019-12-31']);
    expect([earliestDay('2024-02'), latestDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect(latestDay('2023-02')).toBe('2023-02-28');
    expect(yearOf('2022-12-13')).toBe(2022);
  });

  it('compares only what is certain', () => {
    expect(isCertainlyBefore('2019-06', '2020-01')).toBe(true);
    expect(isCertainlyBefore('2019', '2019-06')).toBe(false);
    expect(isCertainlyBefore('2019-06', '2019')).toBe(false);
    expect(isCertainlyBefore('2019-05-31', '2019-06')).toBe(true);
    expect(isCertainlyBefore('2019-06-01', '2019-06')).toBe(false);
  });

  it('refuses a value that is not a partial date with a typed error naming the function, the parameter and the problem', () => {
    const refusal = (run: () => unknown): Pick<MirpsValidationError, 'document' | 'issues'> => {
      try {
        run();
      } catch (error) {
        if (error instanceof MirpsValidationError) return { document: error.document, issues: error.issues };
        throw error;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal(() => earliestDay('June 2019'))).toMatchObject({
      document: 'arguments of earliestDay',
      issues: [{ code: 'shape.invalid-format', path: ['value'] }],
    });
    expect(refusal(() => latestDay('2023-02-29'))).toMatchObject({
      issues: [{ code: 'shape.invalid-date', path: ['value'] }],
    });
    expect(refusal(() => datePrecision(5 as never))).toMatchObject({
      issues: [{ code: 'shape.invalid-type', path: ['value'] }],
    });
    expect(refusal(() => yearOf(null as never))).toMatchObject({ document: 'arguments of yearOf' });
    expect(refusal(() => isCertainlyBefore('2019', 'x'))).toMatchObject({
      document: 'arguments of isCertainlyBefore',
      issues: [{ path: ['b'] }],
    });
  });
});
