import { calendarDaySchema, isLanguage } from '@mirps/core';
import { isLanguageTag } from './language-tag.js';
import type { ReportDocument } from './report-document.js';
import { type RenderOptions, readRenderOptions } from './report-limits.js';
import { BOOLEAN, list, object, readShape, type Shape, scalar, TEXT } from './shape-reader.js';

// The document model (see report-document.ts) as shapes for the shape reader.
const LANG = scalar(
  (v) => isLanguage(v),
  (m) => m.expectLang,
);
const INLINE: Shape = {
  kinds: {
    text: object({ text: TEXT, lang: LANG }, { optional: ['lang'] }),
    strong: object({ text: TEXT, lang: LANG }, { optional: ['lang'] }),
    emphasis: object({ text: TEXT, lang: LANG }, { optional: ['lang'] }),
    link: object({ text: TEXT, href: TEXT, lang: LANG }, { optional: ['lang'] }),
  },
};
/** Plain text, or running text (a list of inline parts). */
const RICH: Shape = { either: TEXT, or: list(INLINE) };
const NUMBER = scalar(
  (v) => typeof v === 'number' && Number.isFinite(v),
  (m) => m.expectFiniteNumber,
);
const DAY = scalar(
  (v) => calendarDaySchema.safeParse(v).success,
  (m) => m.expectCalendarDay,
);

const CHART: Shape = {
  kinds: {
    'bar-chart': object({
      unit: TEXT,
      max: NUMBER,
      bars: list(object({ label: TEXT, value: NUMBER, target: NUMBER }, { optional: ['target'] })),
    }),
    timeline: object({
      year: scalar(
        (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 9999,
        (m) => m.expectYear,
      ),
      rows: list(object({ label: TEXT, spans: list({ list: DAY, pair: true }) })),
    }),
    'rotation-circle': object({
      members: list(object({ id: TEXT, label: TEXT, held: BOOLEAN, heldIn: TEXT }, { optional: ['heldIn'] })),
      outgoing: TEXT,
      next: TEXT,
      cycle: scalar(
        (v) => v === null || Number.isSafeInteger(v),
        (m) => m.expectWholeOrNull,
      ),
    }),
  },
};
const BLOCK: Shape = {
  kinds: {
    paragraph: object({ content: list(INLINE) }),
    note: object({ content: list(INLINE) }),
    list: object({ ordered: BOOLEAN, items: list(list(INLINE)) }),
    table: object(
      {
        caption: RICH,
        columns: list(
          object(
            {
              header: TEXT,
              align: scalar(
                (v) => v === 'left' || v === 'right' || v === 'center',
                (m) => m.expectAlign,
              ),
            },
            { optional: ['align'] },
          ),
        ),
        rows: list(list(RICH)),
      },
      {
        rule: ({ columns, rows }, m) => {
          const count = (columns as unknown[]).length;
          if (count === 0) return [['columns'], m.tableWithoutColumns];
          for (const [row, cells] of (rows as unknown[][]).entries())
            if (cells.length !== count) return [['rows', row], m.rowCells(String(cells.length), String(count))];
          return undefined;
        },
      },
    ),
    figure: object({ chart: CHART, caption: TEXT, alt: TEXT }),
  },
};
const SECTION = object({ id: TEXT, title: RICH, blocks: list(BLOCK), sections: list('section') });
const DOCUMENT = object(
  {
    title: RICH,
    subtitle: TEXT,
    language: scalar(
      (v) => typeof v === 'string' && isLanguageTag(v),
      (m) => m.expectLanguageTag,
    ),
    preface: list(BLOCK),
    sections: list('section'),
  },
  { optional: ['subtitle', 'preface'] },
);

/**
 * Checks a report document — one from an assembler, or one built or changed
 * by hand — and returns a frozen, plain copy of it, which the renderers
 * write. Every renderer does this first: a value of the wrong type, a missing
 * or unknown key, a block, text part or chart of an unknown kind, a language
 * that is not a well-formed BCP 47 tag, a table row with the wrong number of
 * cells, a timeline day that is not a real day, a section that contains
 * itself or a value that throws when read is refused with every issue
 * (`report.invalid-document`, with its path); a document beyond the limits of
 * {@link RenderOptions} is refused before more of it is read
 * (`report.document-too-large`, `report.document-too-deep`).
 *
 * @param input - Any value.
 * @param options - The limits; the defaults are generous for any real report.
 * @throws `MirpsReportError` with the issues found; nothing is returned then.
 * @example
 * ```ts
 * import { parseReportDocument, renderMarkdown } from '@mirps/report';
 * const doc = parseReportDocument(JSON.parse('{"title":"Notes","language":"en","sections":[]}'));
 * renderMarkdown(doc); // '# Notes\n'
 * ```
 */
export function parseReportDocument(input: unknown, options?: RenderOptions): ReportDocument {
  return readShape(input, DOCUMENT, [], {
    limits: readRenderOptions(options),
    code: 'report.invalid-document',
    language: 'en',
    languageKey: 'language',
    section: SECTION,
  }) as ReportDocument;
}
