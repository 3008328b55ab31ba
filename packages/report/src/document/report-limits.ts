import { describeValue, MirpsReportError } from '@mirps/core';
import { isArray } from '../_lib/is-array.js';

// How much document a renderer takes: limits with defaults, raised through the options of
// renderHTML, renderMarkdown, renderJSON and parseReportDocument.

/**
 * How deeply sections may nest in a report, by default: the sections of a
 * document are level 1, their subsections level 2, and so on. The assemblers
 * nest three levels deep. Raise it with the `maxSectionDepth` option of the
 * renderers.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_SECTION_DEPTH } from '@mirps/report';
 * DEFAULT_MAX_SECTION_DEPTH; // 32
 * ```
 */
export const DEFAULT_MAX_SECTION_DEPTH = 32;

/**
 * How many values a report may hold, by default: every object, array, array
 * item and string of the document counts, each time it is reached (sections,
 * blocks, text parts, list items, table rows and cells, chart data). The 2023
 * plan report holds about 1,400. Raise it with the `maxNodes` option of the
 * renderers.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_REPORT_NODES } from '@mirps/report';
 * DEFAULT_MAX_REPORT_NODES; // 200000
 * ```
 */
export const DEFAULT_MAX_REPORT_NODES = 200_000;

/**
 * How many characters of text a report may hold in all, by default (the sum
 * of the lengths of its strings, each counted every time it is reached);
 * the 2023 plan report holds about 19,000. Raise it with the `maxTextLength` option of the renderers.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_REPORT_TEXT_LENGTH } from '@mirps/report';
 * DEFAULT_MAX_REPORT_TEXT_LENGTH; // 10000000
 * ```
 */
export const DEFAULT_MAX_REPORT_TEXT_LENGTH = 10_000_000;

/**
 * Options of the renderers and of `parseReportDocument`: the limits a document
 * is checked against before anything is written. Each defaults to its
 * constant ({@link DEFAULT_MAX_SECTION_DEPTH}, {@link DEFAULT_MAX_REPORT_NODES},
 * {@link DEFAULT_MAX_REPORT_TEXT_LENGTH}); a document beyond one is refused
 * with `report.document-too-deep` or `report.document-too-large`.
 *
 * @example
 * ```ts
 * import type { RenderOptions } from '@mirps/report';
 * const options: RenderOptions = { maxNodes: 1_000_000, maxTextLength: 50_000_000 };
 * ```
 */
export interface RenderOptions {
  /** The deepest nesting of sections allowed; {@link DEFAULT_MAX_SECTION_DEPTH} by default. */
  readonly maxSectionDepth?: number;
  /** The most values (objects, arrays, array items, strings) a document may hold; {@link DEFAULT_MAX_REPORT_NODES} by default. */
  readonly maxNodes?: number;
  /** The most characters of text a document may hold; {@link DEFAULT_MAX_REPORT_TEXT_LENGTH} by default. */
  readonly maxTextLength?: number;
}

/** The limits in force: every option read once and checked. */
export interface ReportLimits {
  readonly maxSectionDepth: number;
  readonly maxNodes: number;
  readonly maxTextLength: number;
}

const LIMITS = {
  maxSectionDepth: DEFAULT_MAX_SECTION_DEPTH,
  maxNodes: DEFAULT_MAX_REPORT_NODES,
  maxTextLength: DEFAULT_MAX_REPORT_TEXT_LENGTH,
} as const;

const refuse = (path: readonly (string | number)[], message: string): never => {
  throw new MirpsReportError([{ code: 'report.invalid-option', path, message }]);
};

/** Reads a renderer's options: an object (or nothing) whose limits are whole numbers of at least 1. */
export function readRenderOptions(options: unknown): ReportLimits {
  if (options === undefined) return LIMITS;
  if (typeof options !== 'object' || options === null || isArray(options)) {
    return refuse(
      [],
      `The render options are an object such as { maxNodes: ${DEFAULT_MAX_REPORT_NODES} }, or nothing; got ${describeValue(options)}`,
    );
  }
  const limits: Record<string, number> = { ...LIMITS };
  for (const name of Object.keys(LIMITS) as Array<keyof ReportLimits>) {
    let value: unknown;
    try {
      value = (options as Record<string, unknown>)[name];
    } catch {
      return refuse([name], `The option ${name} could not be read (its getter threw)`);
    }
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      return refuse(
        [name],
        `${name} is a whole number of at least 1 (${LIMITS[name]} by default); got ${describeValue(value)}`,
      );
    }
    limits[name] = value;
  }
  return limits as unknown as ReportLimits;
}
