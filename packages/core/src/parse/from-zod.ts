import type { z } from 'zod';
import type { MirpsIssue, MirpsIssueCode } from '../errors/issue.js';
import { CALENDAR_DATE, partialDateIssueCode } from '../model/partial-date.js';
import { RRULE_PATTERN, rruleIssueCode } from '../model/schedule.js';

type ZodIssue = z.core.$ZodIssue;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `the string "${value.slice(0, 40)}…"` : `the string ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'object') return 'an object';
  return String(typeof value);
}

const article = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

function toPath(path: readonly PropertyKey[]): Array<string | number> {
  return path.map((step) => (typeof step === 'number' ? step : String(step)));
}

function fromIssue(issue: ZodIssue, out: MirpsIssue[]): void {
  const path = toPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'int' ? 'whole number' : String(issue.expected);
      if (issue.input === undefined) {
        out.push({ code: 'shape.missing', path, message: `Required field is missing: expected ${article(expected)}` });
      } else {
        out.push({ code: 'shape.invalid-type', path, message: `Expected ${article(expected)}, got ${describeValue(issue.input)}` });
      }
      return;
    }
    case 'unrecognized_keys':
      for (const key of issue.keys) {
        out.push({
          code: 'shape.unknown-key',
          path: [...path, key],
          message: `Unknown field ${JSON.stringify(key)}: check its spelling (unknown fields are rejected, not ignored)`,
        });
      }
      return;
    case 'invalid_value': {
      const allowed = issue.values.map((value) => JSON.stringify(value)).join(', ');
      out.push({ code: 'shape.invalid-value', path, message: `Expected one of ${allowed}; got ${describeValue(issue.input)}` });
      return;
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined && issue.inclusive !== false) {
        const allowed = (issue.options ?? []).map((value: unknown) => JSON.stringify(value)).join(', ');
        const input = issue.input as Record<string, unknown> | undefined;
        out.push({
          code: 'shape.invalid-value',
          path: path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator],
          message: `Expected ${issue.discriminator} to be one of ${allowed}; got ${describeValue(input?.[issue.discriminator])}`,
        });
      } else {
        out.push({ code: 'shape.invalid', path, message: 'Matches none of the allowed forms' });
      }
      return;
    }
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern === CALENDAR_DATE.toString()) {
        const code = partialDateIssueCode(issue.input);
        out.push({ code, path, message: code === 'shape.invalid-date' ? 'Not a calendar date: check the month and the day' : issue.message });
        return;
      }
      if (issue.format === 'regex' && issue.pattern === RRULE_PATTERN.toString()) {
        const code = rruleIssueCode(issue.input);
        out.push({ code, path, message: code === 'schedule.count-with-until' ? 'An RRULE may have COUNT or UNTIL, not both (RFC 5545)' : issue.message });
        return;
      }
      out.push({ code: 'shape.invalid-format', path, message: issue.message });
      return;
    case 'too_small':
    case 'too_big':
    case 'not_multiple_of':
      out.push({ code: 'shape.out-of-range', path, message: issue.message });
      return;
    case 'custom': {
      const code = (issue.params?.['mirpsCode'] as MirpsIssueCode | undefined) ?? 'shape.invalid';
      out.push({ code, path, message: issue.message });
      return;
    }
    default:
      out.push({ code: 'shape.invalid', path, message: issue.message });
  }
}

/** Turns zod's issues into MIRPS issues, one per problem (an unknown-keys issue becomes one issue per key). */
export function issuesFromZod(issues: readonly ZodIssue[]): MirpsIssue[] {
  const out: MirpsIssue[] = [];
  for (const issue of issues) fromIssue(issue, out);
  return out;
}
