import type { z } from 'zod';
import type { MirpsIssue, MirpsIssueCode, MirpsPath } from '../errors/issue.js';
import { codePoint, describeValue, quoteText } from '../format/describe-value.js';
import { LINE_BREAKING, LINE_PATTERN, TEXT_BREAKING, TEXT_PATTERN } from '../model/non-blank-string.js';
import { CALENDAR_DATE, partialDateIssueCode } from '../model/partial-date.js';
import { RRULE_PATTERN, rruleIssueCode } from '../model/schedule.js';

type ZodIssue = z.core.$ZodIssue;

// zod reports a failed pattern as its source text; these name the patterns of text.
const LINE = LINE_PATTERN.toString();
const TEXT = TEXT_PATTERN.toString();

/** The characters people know by name; the others are "the control character U+0001". */
const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  '\u0000': 'NUL',
  '\t': 'tab',
  '\n': 'line feed',
  '\u000b': 'vertical tab',
  '\f': 'form feed',
  '\r': 'carriage return',
  '\u001b': 'escape',
  '\u007f': 'delete',
  '\u0085': 'next line',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
};

/**
 * The issue for a string that fails a pattern because of a character the field
 * refuses (a line break in a title, a tab in a note, an escape anywhere), naming
 * the character and where it is; `undefined` when it has none.
 */
function controlCharacterIssue(input: string, pattern: string, path: MirpsPath, expectation: string): MirpsIssue | undefined {
  const paragraphs = pattern === TEXT;
  const found = (paragraphs ? TEXT_BREAKING : LINE_BREAKING).exec(input);
  if (found === null) return undefined;
  const character = found[0];
  const name = CHARACTER_NAMES[character];
  const what = `the control character ${codePoint(character)}${name === undefined ? '' : ` (${name})`} at position ${found.index + 1}`;
  const advice = paragraphs
    ? 'text breaks lines with \\n (U+000A) only; remove the others'
    : pattern === LINE
      ? 'a title, a name or a label is one line of text without control characters; remove it'
      : expectation;
  return { code: 'shape.control-character', path, message: `Contains ${what}: ${advice}` };
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
          message: `Unknown field ${quoteText(key)}: check its spelling (unknown fields are rejected, not ignored)`,
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
    case 'invalid_format': {
      const control = issue.format === 'regex' && typeof issue.input === 'string' && issue.pattern !== undefined ? controlCharacterIssue(issue.input, issue.pattern, path, issue.message) : undefined;
      if (control !== undefined) {
        out.push(control);
        return;
      }
      if (issue.format === 'regex' && (issue.pattern === LINE || issue.pattern === TEXT)) {
        out.push({ code: 'shape.invalid-format', path, message: 'Must not be empty or only white space' });
        return;
      }
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
    }
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
