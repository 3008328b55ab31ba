import type { Language, Presidency } from '@mirps/core';
import { readRenderOptions } from '../document/report-limits.js';
import { BOOLEAN, list, object, readShape, scalar, TEXT } from '../document/shape-reader.js';

/** What the memoir reads of the incoming presidency, checked and copied. */
export interface IncomingPresidency {
  readonly label: string;
  readonly holder: string;
  readonly projected: boolean;
  readonly cycle: number | null;
  readonly handover: { readonly date?: string | null; readonly event?: string | null };
  readonly explanation: {
    readonly text: readonly string[];
    readonly heldThisCycle: ReadonlyArray<{ readonly member: string; readonly term: string }>;
  };
}

// The parts of a Presidency the memoir reads; its other keys (holderName, departure, steps, …) are left alone.
const TEXT_OR_NULL = scalar(
  (v) => v === null || typeof v === 'string',
  (m) => m.expectTextOrNull,
);
const INCOMING = object(
  {
    label: TEXT,
    holder: TEXT,
    projected: BOOLEAN,
    cycle: scalar(
      (v) => v === null || Number.isSafeInteger(v),
      (m) => m.expectWholeOrNull,
    ),
    handover: object({ date: TEXT_OR_NULL, event: TEXT_OR_NULL }, { optional: ['date', 'event'], open: true }),
    explanation: object(
      { text: list(TEXT), heldThisCycle: list(object({ member: TEXT, term: TEXT }, { open: true })) },
      { open: true },
    ),
  },
  { open: true },
);

/**
 * The incoming presidency a memoir was given, checked: its label, holder,
 * whether it is projected, its cycle, its handover and its explanation's text
 * and data (`heldThisCycle`). A copy is returned, so what the memoir writes is
 * what was checked; anything else is refused with `report.invalid-option`, in `language`.
 */
export function readIncoming(value: Presidency | unknown, language: Language): IncomingPresidency {
  return readShape(value, INCOMING, ['incoming'], {
    limits: readRenderOptions(undefined),
    code: 'report.invalid-option',
    language,
    hint: (m) => m.incomingHint,
  }) as IncomingPresidency;
}
