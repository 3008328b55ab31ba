import { describeValue, type Language, type MirpsIssue, type MirpsIssueCode, MirpsReportError } from '@mirps/core';
import { isArray } from '../_lib/is-array.js';
import { languageOfTag, type Messages, messages } from '../i18n/messages.js';
import {
  DEFAULT_MAX_REPORT_NODES,
  DEFAULT_MAX_REPORT_TEXT_LENGTH,
  DEFAULT_MAX_SECTION_DEPTH,
  type ReportLimits,
} from './report-limits.js';

// Values from callers, read by one small interpreter: each shape says what a value must be. A value is a
// scalar (a check, and what it should be), an array of one shape (`pair`: of two items in order), an
// object with its keys (`optional` ones may be left out; an `open` one may have others, which are not
// read), one of two (a scalar, or else another shape), a choice by `kind`, or a section (the one recursive shape, bounded in depth, never inside itself).
// What a shape expects, and what a rule finds wrong, are words of the package's catalogue, so issues are written in
// the reader's language.

export type Path = ReadonlyArray<string | number>;
export type Scalar = { readonly check: (value: unknown) => boolean; readonly expected: (m: Messages) => string };
export type Shape =
  | Scalar
  | { readonly either: Scalar; readonly or: Shape }
  | { readonly list: Shape; readonly pair?: true }
  | ObjectShape
  | { readonly kinds: Readonly<Record<string, ObjectShape>> }
  | 'section';
export interface ObjectShape {
  readonly keys: Readonly<Record<string, Shape>>;
  readonly optional?: readonly string[];
  readonly open?: true;
  /** A rule across keys, on the object as read: where in it the problem is and what it is (in `m`'s words), or nothing. */
  readonly rule?: (object: Record<string, unknown>, m: Messages) => readonly [Path, string] | undefined;
}

export const scalar = (check: (value: unknown) => boolean, expected: (m: Messages) => string): Scalar => ({
  check,
  expected,
});
export const TEXT = scalar(
  (v) => typeof v === 'string',
  (m) => m.expectText,
);
export const BOOLEAN = scalar(
  (v) => typeof v === 'boolean',
  (m) => m.expectBoolean,
);
export const list = (of: Shape): Shape => ({ list: of });
export const object = (keys: Record<string, Shape>, more: Omit<ObjectShape, 'keys'> = {}): ObjectShape => ({
  keys,
  ...more,
});

/**
 * How to read: the limits, the code of every issue, the language of the
 * messages, a hint added to each, and the shape of a section. With
 * `languageKey`, the root object's value of that key (a language tag), once
 * read, sets the language of the messages that follow.
 */
interface ReadHow {
  readonly limits: ReportLimits;
  readonly code: MirpsIssueCode;
  readonly language: Language;
  readonly languageKey?: string;
  readonly hint?: (m: Messages) => string;
  readonly section?: ObjectShape;
}

/** What a value that could not be read, or was wrong, turns into while the walk goes on to find every issue. */
const BAD = Symbol('bad');

/**
 * Reads a value once, part by part, into a plain, frozen copy: every part is
 * checked as it is read, so what is then written is what was checked (a
 * getter or a Proxy cannot change it in between), and the work is bounded by
 * the limits before it is done. Every issue is collected, not just the first.
 * The walk keeps its place as one stack of keys, made into a path only for
 * an issue, so valid input allocates no paths.
 */
class ShapeReader {
  readonly issues: MirpsIssue[] = [];
  private nodes = 0;
  private characters = 0;
  private readonly ancestors = new Set<object>();
  /** The path of the value being read. */
  private readonly at: Array<string | number>;

  private readonly limits: ReportLimits;
  /** The language of the messages, and its catalogue. */
  private language: Language;
  private m: Messages;

  constructor(
    private readonly how: ReadHow,
    root: Path,
    private readonly rootValue: unknown,
  ) {
    this.limits = how.limits;
    this.at = [...root];
    this.language = how.language;
    this.m = messages(how.language);
  }

  /** The path of the value being read, then `more`. */
  private path(more: Path = []): Path {
    return [...this.at, ...more];
  }

  private problem(message: string, more?: Path): typeof BAD {
    const hint = this.how.hint?.(this.m) ?? '';
    this.issues.push({ code: this.how.code, path: this.path(more), message: `${message}${hint}` });
    return BAD;
  }

  /** Writes the messages that follow in `language`. */
  private speak(language: Language): void {
    this.language = language;
    this.m = messages(language);
  }

  /** The issue of a value that is not what was expected. */
  private expected(expected: string, value: unknown, more?: Path): typeof BAD {
    return this.problem(this.m.expectedGot(expected, describeValue(value, this.language)), more);
  }

  /** Refuses the document: it holds more than `limit` of something; `say` words it with the limit and its default. */
  private tooLarge(limit: number, byDefault: number, say: (limit: string, byDefault: string) => string): never {
    throw new MirpsReportError([
      { code: 'report.document-too-large', path: this.path(), message: say(String(limit), String(byDefault)) },
    ]);
  }

  /** Counts values; refuses the document once it holds more than the limit. */
  private count(more: number): void {
    this.nodes += more;
    if (this.nodes > this.limits.maxNodes)
      this.tooLarge(this.limits.maxNodes, DEFAULT_MAX_REPORT_NODES, this.m.tooManyValues);
  }

  /** A property read once; a getter or Proxy trap that throws is an issue (at the property), not a crash. */
  private get(from: object, key: string | number): unknown {
    try {
      return (from as Record<string | number, unknown>)[key];
    } catch {
      return this.problem(this.m.unreadableValue, [key]);
    }
  }

  /** The value of `key` in `from` (already read), read by its shape. */
  private child(value: unknown, key: string | number, shape: Shape, depth: number): unknown {
    this.at.push(key);
    const read = this.read(value, shape, depth);
    this.at.pop();
    return read;
  }

  read(value: unknown, shape: Shape, depth: number): unknown {
    if (value === BAD) return BAD;
    if (shape === 'section') return this.section(value, depth);
    if ('check' in shape) {
      if (!shape.check(value)) return this.expected(shape.expected(this.m), value);
      if (typeof value === 'string') {
        this.count(1);
        this.characters += value.length;
        if (this.characters > this.limits.maxTextLength)
          this.tooLarge(this.limits.maxTextLength, DEFAULT_MAX_REPORT_TEXT_LENGTH, this.m.tooMuchText);
      }
      return value;
    }
    if ('either' in shape) return this.read(value, shape.either.check(value) ? shape.either : shape.or, depth);
    if ('list' in shape) return this.list(value, shape.list, depth, shape.pair === true);
    const from = this.object(value);
    if (from === BAD) return BAD;
    if ('kinds' in shape) {
      const kind = this.get(from, 'kind');
      if (kind === BAD) return BAD;
      const kinds = Object.keys(shape.kinds);
      const chosen = typeof kind === 'string' && kinds.includes(kind) ? shape.kinds[kind] : undefined;
      if (chosen === undefined)
        return this.expected(this.m.expectKind(kinds.map((k) => `"${k}"`).join(', ')), kind, ['kind']);
      const read = this.fields(from, chosen, depth, ['kind']);
      return read === BAD ? BAD : Object.freeze({ kind, ...read });
    }
    const read = this.fields(from, shape, depth, []);
    return read === BAD ? BAD : Object.freeze(read);
  }

  /** An object (not an array), counted, whose keys can be listed. */
  private object(value: unknown): object | typeof BAD {
    if (typeof value !== 'object' || value === null || isArray(value)) return this.expected(this.m.expectObject, value);
    this.count(1);
    return value;
  }

  /** The keys of an object shape, read in its order; an unknown key is an issue (a misspelt key does not vanish silently) unless the shape is open. */
  private fields(
    from: object,
    shape: ObjectShape,
    depth: number,
    also: readonly string[],
  ): Record<string, unknown> | typeof BAD {
    const known = [...also, ...Object.keys(shape.keys)];
    let own: string[] = [];
    try {
      if (!shape.open) own = Object.keys(from);
    } catch {
      return this.problem(this.m.unlistableKeys);
    }
    // The root's language, read before its other keys, so that their issues are in the document's language.
    const languageKey = from === this.rootValue ? this.how.languageKey : undefined;
    const early = languageKey === undefined ? undefined : { value: this.get(from, languageKey) };
    if (typeof early?.value === 'string') this.speak(languageOfTag(early.value));
    let bad = false;
    if (!shape.open)
      for (const key of own)
        if (!known.includes(key))
          bad = this.problem(this.m.unknownKey(JSON.stringify(key), known.join(', ')), [key]) === BAD;
    const read: Record<string, unknown> = {};
    for (const [key, of] of Object.entries(shape.keys)) {
      const value = key === languageKey && early !== undefined ? early.value : this.get(from, key);
      if (value === undefined && shape.optional?.includes(key)) continue;
      read[key] = this.child(value, key, of, depth);
      if (read[key] === BAD) bad = true;
    }
    if (bad) return BAD;
    const broken = shape.rule?.(read, this.m);
    return broken === undefined ? read : this.problem(broken[1], broken[0]);
  }

  private list(value: unknown, of: Shape, depth: number, pair: boolean): readonly unknown[] | typeof BAD {
    if (!isArray(value)) return this.expected(this.m.expectArray, value);
    let length: unknown;
    try {
      length = value.length;
    } catch {
      return this.problem(this.m.unreadableLength);
    }
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0)
      return this.problem(this.m.lengthNotCount);
    // The array and each of its items count, before any item is read: a claimed length beyond the
    // limit reads nothing, and an array shared by many parts of a document counts each time it is reached.
    this.count(1 + length);
    if (pair && length !== 2) return this.problem(this.m.expectedSpan(String(length)));
    const items: unknown[] = [];
    let bad = false;
    for (let i = 0; i < length; i++) {
      const item = this.child(this.get(value, i), i, of, depth);
      if (item === BAD) bad = true;
      items.push(item);
    }
    if (bad) return BAD;
    return pair && (items[0] as string) > (items[1] as string)
      ? this.problem(this.m.spanReversed(items[1] as string, items[0] as string))
      : Object.freeze(items);
  }

  /** A section, `depth` levels deep: within the limit, and not inside itself. */
  private section(value: unknown, depth: number): unknown {
    if (typeof value === 'object' && value !== null && this.ancestors.has(value))
      return this.problem(this.m.sectionInItself);
    if (depth > this.limits.maxSectionDepth) {
      throw new MirpsReportError([
        {
          code: 'report.document-too-deep',
          path: this.path(),
          message: this.m.tooDeep(String(this.limits.maxSectionDepth), String(DEFAULT_MAX_SECTION_DEPTH)),
        },
      ]);
    }
    const from = this.object(value);
    if (from === BAD || this.how.section === undefined) return BAD;
    this.ancestors.add(from);
    const read = this.fields(from, this.how.section, depth + 1, []);
    this.ancestors.delete(from);
    return read === BAD ? BAD : Object.freeze(read);
  }
}

/**
 * A value read by its shape into a plain, frozen copy; every issue found is
 * thrown at once, as a `MirpsReportError` with `how.code` (a limit beyond
 * which the reading stopped, with its own code).
 */
export function readShape(value: unknown, shape: Shape, path: Path, how: ReadHow): unknown {
  const reader = new ShapeReader(how, path, value);
  const read = reader.read(value, shape, 1);
  if (read === BAD || reader.issues.length > 0) throw new MirpsReportError(reader.issues);
  return read;
}
