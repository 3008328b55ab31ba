import { FOCUS_AREAS, type Language, type LocalizedText, type NationalActionPlan } from '@mirps/core';
import { focusAreaNames } from '../../_lib/focus-area-names.js';

/** A focus area as a sector of the reporting organisation's vocabulary, with its share of the plan's commitments. */
export interface FocusAreaSector {
  readonly code: string;
  /** The area's name: the package's own for the five standard areas, the plan's for one it declares. */
  readonly name: LocalizedText;
  /** Its share of the plan's commitments, in hundredths of a percent; the shares add up to 10,000. */
  readonly hundredths: number;
}

const STANDARD: ReadonlySet<string> = new Set(FOCUS_AREAS);

/** The name of a standard focus area in both languages, from the package's catalogue. */
function standardName(area: string): LocalizedText {
  const name = (language: Language): string => focusAreaNames(undefined, language).get(area) ?? area;
  return { en: name('en'), es: name('es') };
}

/**
 * The focus areas of a plan's commitments, in the order they first appear, each with its share of
 * the commitments. IATI asks that the percentages of a vocabulary add up to 100: the shares are
 * rounded to hundredths by the largest remainder (ties to the earlier area), so they do.
 */
export function focusAreaSectors(plan: NationalActionPlan): FocusAreaSector[] {
  const counts = new Map<string, number>();
  for (const commitment of plan.commitments)
    counts.set(commitment.focusArea, (counts.get(commitment.focusArea) ?? 0) + 1);
  const total = plan.commitments.length;
  const declared = new Map((plan.focusAreas ?? []).map((area) => [area.id, area.name]));
  const shares = [...counts].map(([code, count], order) => {
    const exact = (count * 10_000) / total;
    return { code, order, floor: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = 10_000 - shares.reduce((sum, share) => sum + share.floor, 0);
  const extra = new Set<string>();
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.order - b.order)) {
    if (left <= 0) break;
    extra.add(share.code);
    left -= 1;
  }
  return shares.map(({ code, floor }) => ({
    code,
    name: STANDARD.has(code) ? standardName(code) : (declared.get(code) ?? { en: code }),
    hundredths: floor + (extra.has(code) ? 1 : 0),
  }));
}
