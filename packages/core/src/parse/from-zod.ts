import type { z } from 'zod';
import type { MirpsIssue, MirpsIssueCode, MirpsPath } from '../errors/issue.js';
import { codePoint, describeValue, quoteText } from '../format/describe-value.js';
import type { Language } from '../i18n/language.js';
import { ROTATION_MESSAGES } from '../i18n/rotation-messages.js';
import { schemaMessageIn } from '../i18n/schema-messages.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import { LINE_BREAKING, LINE_PATTERN, TEXT_BREAKING, TEXT_PATTERN } from '../model/non-blank-string.js';
import { CALENDAR_DATE, partialDateIssueCode } from '../model/partial-date.js';
import { RRULE_PATTERN, rruleIssueCode } from '../model/schedule.js';

type ZodIssue = z.core.$ZodIssue;

// zod reports a failed pattern as its source text; these name the patterns of text.
const LINE = LINE_PATTERN.toString();
const TEXT = TEXT_PATTERN.toString();

/**
 * The issue for a string that fails a pattern because of a character the field
 * refuses (a line break in a title, a tab in a note, an escape anywhere), naming
 * the character and where it is; `undefined` when it has none.
 */
function controlCharacterIssue(
  input: string,
  pattern: string,
  path: MirpsPath,
  expectation: string,
  language: Language,
): MirpsIssue | undefined {
  const says = VALIDATION_MESSAGES[language];
  const paragraphs = pattern === TEXT;
  const found = (paragraphs ? TEXT_BREAKING : LINE_BREAKING).exec(input);
  if (found === null) return undefined;
  const character = found[0];
  const name = Object.hasOwn(says.characterNames, character) ? says.characterNames[character] : undefined;
  const position = String(found.index + 1);
  const what =
    name === undefined
      ? says.controlCharacter(codePoint(character), position)
      : says.namedControlCharacter(codePoint(character), name, position);
  const advice = controlCharacterAdvice(pattern, expectation, language);
  return { code: 'shape.control-character', path, message: says.contains(what, advice) };
}

/** What to write instead of a control character: paragraphs, one line, or what the schema itself asks for. */
function controlCharacterAdvice(pattern: string, expectation: string, language: Language): string {
  const says = VALIDATION_MESSAGES[language];
  if (pattern === TEXT) return says.adviceParagraphs;
  if (pattern === LINE) return says.adviceLine;
  return schemaMessageIn(expectation, language);
}

function toPath(path: readonly PropertyKey[]): Array<string | number> {
  return path.map((step) => (typeof step === 'number' ? step : String(step)));
}

function fromIssue(issue: ZodIssue, out: MirpsIssue[], language: Language): void {
  const path = toPath(issue.path);
  const says = VALIDATION_MESSAGES[language];
  const describe = (value: unknown): string => describeValue(value, language);
  // A message the schema sets itself wins over zod's locale: it has a twin in the catalogue.
  const own = (message: string): string => schemaMessageIn(message, language);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'int' ? 'whole number' : String(issue.expected);
      if (issue.input === undefined) {
        out.push({ code: 'shape.missing', path, message: says.missing(expected) });
      } else {
        out.push({ code: 'shape.invalid-type', path, message: says.invalidType(expected, describe(issue.input)) });
      }
      return;
    }
    case 'unrecognized_keys':
      for (const key of issue.keys) {
        out.push({
          code: 'shape.unknown-key',
          path: [...path, key],
          message: says.unknownKey(quoteText(key)),
        });
      }
      return;
    case 'invalid_value': {
      const allowed = issue.values.map((value) => JSON.stringify(value)).join(', ');
      out.push({ code: 'shape.invalid-value', path, message: says.invalidValue(allowed, describe(issue.input)) });
      return;
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined && issue.inclusive !== false) {
        const allowed = (issue.options ?? []).map((value: unknown) => JSON.stringify(value)).join(', ');
        const input = issue.input as Record<string, unknown> | undefined;
        out.push({
          code: 'shape.invalid-value',
          path: path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator],
          message: says.invalidDiscriminator(issue.discriminator, allowed, describe(input?.[issue.discriminator])),
        });
      } else {
        out.push({ code: 'shape.invalid', path, message: says.noForm });
      }
      return;
    }
    case 'invalid_format': {
      const control =
        issue.format === 'regex' && typeof issue.input === 'string' && issue.pattern !== undefined
          ? controlCharacterIssue(issue.input, issue.pattern, path, issue.message, language)
          : undefined;
      if (control !== undefined) {
        out.push(control);
        return;
      }
      if (issue.format === 'regex' && (issue.pattern === LINE || issue.pattern === TEXT)) {
        out.push({ code: 'shape.invalid-format', path, message: says.blank });
        return;
      }
      if (issue.format === 'regex' && issue.pattern === CALENDAR_DATE.toString()) {
        const code = partialDateIssueCode(issue.input);
        out.push({ code, path, message: code === 'shape.invalid-date' ? says.notCalendarDate : own(issue.message) });
        return;
      }
      if (issue.format === 'regex' && issue.pattern === RRULE_PATTERN.toString()) {
        const code = rruleIssueCode(issue.input);
        out.push({
          code,
          path,
          message: code === 'schedule.count-with-until' ? says.countWithUntil : own(issue.message),
        });
        return;
      }
      out.push({ code: 'shape.invalid-format', path, message: own(issue.message) });
      return;
    }
    case 'too_small':
    case 'too_big':
    case 'not_multiple_of':
      out.push({ code: 'shape.out-of-range', path, message: own(issue.message) });
      return;
    case 'custom': {
      const code = (issue.params?.mirpsCode as MirpsIssueCode | undefined) ?? 'shape.invalid';
      const reservedKey: unknown = issue.params?.reservedKey;
      const message =
        code === 'rotation.reserved-key' && typeof reservedKey === 'string'
          ? ROTATION_MESSAGES[language].setup.reservedKey(reservedKey)
          : own(issue.message);
      out.push({ code, path, message });
      return;
    }
    default:
      out.push({ code: 'shape.invalid', path, message: own(issue.message) });
  }
}

/** Turns zod's issues into MIRPS issues, one per problem (an unknown-keys issue becomes one issue per key). */
export function issuesFromZod(issues: readonly ZodIssue[], language: Language = 'en'): MirpsIssue[] {
  const out: MirpsIssue[] = [];
  for (const issue of issues) fromIssue(issue, out, language);
  return out;
}
