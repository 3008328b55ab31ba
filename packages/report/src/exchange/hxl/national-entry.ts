import type { Language, MemberState, NationalActionPlan, NationalPlanProgress, StandardFocusArea } from '@mirps/core';
import { FOCUS_AREAS } from '@mirps/core';
import { localized } from '../../document/blocks.js';
import type { CsvCell } from '../csv.js';
import type { HXLMessages } from './hxl-messages.js';

/** A validated national action plan with its progress, and what every row of it repeats. */
export interface NationalEntry {
  readonly plan: NationalActionPlan;
  readonly progress: NationalPlanProgress;
  /** The plan's member state, from the reference data. */
  readonly state: MemberState | undefined;
}

const STANDARD: ReadonlySet<string> = new Set(FOCUS_AREAS);

/** The focus areas of a plan by id: the name of each standard one in the export's language, and of each the plan declares in its own words. */
export function focusAreaNames(
  plan: NationalActionPlan,
  m: HXLMessages,
  language: Language,
): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const area of FOCUS_AREAS) names.set(area, m[`focusArea_${area satisfies StandardFocusArea}`]);
  for (const area of plan.focusAreas ?? [])
    if (!STANDARD.has(area.id)) names.set(area.id, localized(area.name, language));
  return names;
}

/** A row by the key of each column's header. */
export type HXLRow = Partial<Record<keyof HXLMessages, CsvCell>>;

/** The cells that name the country, the same in both tables. */
export function countryCells(entry: NationalEntry, language: Language): HXLRow {
  return {
    countryIso3: entry.state?.iso3,
    countryIso2: entry.plan.memberState,
    country: entry.state === undefined ? undefined : localized(entry.state.name, language),
  };
}
