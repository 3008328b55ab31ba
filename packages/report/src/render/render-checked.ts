import { MirpsReportError } from '@mirps/core';
import { parseReportDocument } from '../document/parse-report-document.js';
import type { ReportDocument } from '../document/report-document.js';
import type { RenderOptions } from '../document/report-limits.js';

/**
 * What every renderer does: check the document against the limits, then write the checked copy.
 * Within the default limits a report always fits; limits raised beyond what the JavaScript engine
 * can hold (a string longer than it allows, sections nested deeper than its stack) are refused
 * with a typed error too, never with the engine's RangeError.
 */
export function renderChecked(
  doc: unknown,
  options: RenderOptions | undefined,
  write: (doc: ReportDocument) => string,
): string {
  try {
    return write(parseReportDocument(doc, options));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const deep = /call stack/i.test(error.message);
    throw new MirpsReportError([
      deep
        ? {
            code: 'report.document-too-deep',
            path: [],
            message:
              'The sections are nested deeper than this JavaScript engine can follow; nest them less, or lower the maxSectionDepth option',
          }
        : {
            code: 'report.document-too-large',
            path: [],
            message:
              'The report is larger than this JavaScript engine can write as one string; split it, or lower the maxNodes and maxTextLength options',
          },
    ]);
  }
}
