import type { Language } from '@mirps/core';

/**
 * A piece of running text: plain, strong, emphasised, or a link (only http(s)
 * and mailto addresses are ever made into links). `lang` marks text from the
 * data that is in another language than the report's (the plan's English text
 * in a Spanish report): HTML writes it as a `lang` attribute, Markdown with one
 * note at the top, JSON keeps it.
 *
 * @example
 * ```ts
 * import type { Inline } from '@mirps/report';
 * const parts: Inline[] = [{ kind: 'text', text: 'See ' }, { kind: 'link', text: 'the platform', href: 'https://www.mirps-platform.org' }];
 * ```
 */
export type Inline =
  | { readonly kind: 'text'; readonly text: string; readonly lang?: Language }
  | { readonly kind: 'strong'; readonly text: string; readonly lang?: Language }
  | { readonly kind: 'emphasis'; readonly text: string; readonly lang?: Language }
  | { readonly kind: 'link'; readonly text: string; readonly href: string; readonly lang?: Language };

/**
 * A text of the document — a title, a caption, a table cell: plain text, or
 * running text whose parts may say their language (see {@link Inline}).
 *
 * @example
 * ```ts
 * import type { RichText } from '@mirps/report';
 * const title: RichText = [{ kind: 'text', text: 'Prioridad 1: ' }, { kind: 'text', text: 'Protection', lang: 'en' }];
 * ```
 */
export type RichText = string | readonly Inline[];

/**
 * A table: a caption, column headers (with their alignment) and rows of cells.
 *
 * @example
 * ```ts
 * import type { TableBlock } from '@mirps/report';
 * const table: TableBlock = { kind: 'table', caption: 'Completion', columns: [{ header: 'Objective' }, { header: 'Done', align: 'right' }], rows: [['1.1', '3 of 5']] };
 * ```
 */
export interface TableBlock {
  readonly kind: 'table';
  readonly caption: RichText;
  readonly columns: ReadonlyArray<{ readonly header: string; readonly align?: 'left' | 'right' | 'center' }>;
  readonly rows: ReadonlyArray<ReadonlyArray<RichText>>;
}

/**
 * A bar chart: labelled values, optionally against a target each, in a unit.
 *
 * @example
 * ```ts
 * import type { BarChart } from '@mirps/report';
 * const chart: BarChart = { kind: 'bar-chart', unit: '%', max: 100, bars: [{ label: 'Objective 1.1', value: 60 }] };
 * ```
 */
export interface BarChart {
  readonly kind: 'bar-chart';
  readonly unit: string;
  readonly max: number;
  readonly bars: ReadonlyArray<{ readonly label: string; readonly value: number; readonly target?: number }>;
}

/**
 * A year as a timeline: one row per activity, marks on the days it takes.
 *
 * @example
 * ```ts
 * import type { TimelineChart } from '@mirps/report';
 * const chart: TimelineChart = { kind: 'timeline', year: 2023, rows: [{ label: 'Plenary', spans: [['2023-01-24', '2023-01-24']] }] };
 * ```
 */
export interface TimelineChart {
  readonly kind: 'timeline';
  readonly year: number;
  readonly rows: ReadonlyArray<{ readonly label: string; readonly spans: ReadonlyArray<readonly [string, string]> }>;
}

/**
 * The rotation circle: members in order, those that held the presidency in the
 * current cycle, the outgoing and the next holder.
 *
 * @example
 * ```ts
 * import type { RotationCircleChart } from '@mirps/report';
 * const chart: RotationCircleChart = { kind: 'rotation-circle', members: [{ id: 'BZ', label: 'Belice', held: false }], outgoing: 'PA', next: 'BZ', cycle: 1 };
 * ```
 */
export interface RotationCircleChart {
  readonly kind: 'rotation-circle';
  readonly members: ReadonlyArray<{
    readonly id: string;
    readonly label: string;
    readonly held: boolean;
    readonly heldIn?: string;
  }>;
  readonly outgoing: string;
  readonly next: string;
  readonly cycle: number | null;
}

/**
 * A chart of one of the kinds the renderers draw.
 *
 * @example
 * ```ts
 * import type { Chart } from '@mirps/report';
 * const chart: Chart = { kind: 'bar-chart', unit: '%', max: 100, bars: [] };
 * ```
 */
export type Chart = BarChart | TimelineChart | RotationCircleChart;

/**
 * A block of a section: a paragraph, a list, a table, a figure (a chart with
 * its text alternative and caption) or a note.
 *
 * @example
 * ```ts
 * import type { Block } from '@mirps/report';
 * const block: Block = { kind: 'paragraph', content: [{ kind: 'text', text: 'Hello' }] };
 * ```
 */
export type Block =
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: ReadonlyArray<readonly Inline[]> }
  | TableBlock
  | { readonly kind: 'figure'; readonly chart: Chart; readonly caption: string; readonly alt: string }
  | { readonly kind: 'note'; readonly content: readonly Inline[] };

/**
 * A section: a heading, its blocks and its subsections.
 *
 * @example
 * ```ts
 * import type { Section } from '@mirps/report';
 * const section: Section = { id: 'vision', title: 'Vision', blocks: [], sections: [] };
 * ```
 */
export interface Section {
  /** A stable anchor, unique in the document. */
  readonly id: string;
  readonly title: RichText;
  readonly blocks: readonly Block[];
  readonly sections: readonly Section[];
}

/**
 * A report as data: what the assemblers build and every renderer writes, so a
 * new format is one renderer.
 *
 * @example
 * ```ts
 * import { assembleActionPlanReport, renderMarkdown, type ReportDocument } from '@mirps/report';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const doc: ReportDocument = assembleActionPlanReport(actionPlan2023);
 * const markdown = renderMarkdown(doc);
 * ```
 */
export interface ReportDocument {
  readonly title: RichText;
  readonly subtitle?: string;
  /** The language of the text, for the HTML `lang` attribute. */
  readonly language: Language;
  /** Blocks written first, before any section: the warning of a report built from illustrative data. */
  readonly preface?: readonly Block[];
  readonly sections: readonly Section[];
}
