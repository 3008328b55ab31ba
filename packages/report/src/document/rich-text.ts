import type { Block, Inline, ReportDocument, RichText, Section } from './report-document.js';

// Reading the texts of a checked document the same way in every renderer.

/** A text's parts: plain text is one unmarked part. */
export const runsOf = (text: RichText): readonly Inline[] =>
  typeof text === 'string' ? [{ kind: 'text', text }] : text;

/** A text without its marks, for places that hold plain text only (the page's `<title>`). */
export const plainText = (text: RichText): string =>
  typeof text === 'string' ? text : text.map((part) => part.text).join('');

/** The languages, other than the document's own, that its parts are marked in, in the order first met. */
export function markedLanguages(doc: ReportDocument): string[] {
  const found = new Set<string>();
  const runs = (text: RichText): void => {
    if (typeof text !== 'string')
      for (const part of text) if (part.lang !== undefined && part.lang !== doc.language) found.add(part.lang);
  };
  const block = (b: Block): void => {
    if (b.kind === 'paragraph' || b.kind === 'note') runs(b.content);
    else if (b.kind === 'list') b.items.forEach(runs);
    else if (b.kind === 'table') {
      runs(b.caption);
      for (const row of b.rows) row.forEach(runs);
    }
  };
  const section = (s: Section): void => {
    runs(s.title);
    s.blocks.forEach(block);
    s.sections.forEach(section);
  };
  runs(doc.title);
  doc.preface?.forEach(block);
  doc.sections.forEach(section);
  return [...found];
}
