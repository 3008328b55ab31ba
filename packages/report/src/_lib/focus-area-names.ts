import { FOCUS_AREAS, type Language, type LocalizedText } from '@mirps/core';
import { localized } from '../document/blocks.js';
import { messages } from '../i18n/messages.js';

const STANDARD: ReadonlySet<string> = new Set(FOCUS_AREAS);

/**
 * The names of a plan's focus areas by id, in `language`: the SDK's own for
 * the five standard areas (as the MIRPS country pages name them), the plan's
 * own words for each area it declares. Never translated: a declared area's
 * name falls back to the other language the plan gives.
 */
export function focusAreaNames(
  declared: ReadonlyArray<{ readonly id: string; readonly name: LocalizedText }> | undefined,
  language: Language,
): ReadonlyMap<string, string> {
  const m = messages(language);
  const names = new Map<string, string>(FOCUS_AREAS.map((area) => [area, m[`focusArea_${area}`]]));
  for (const area of declared ?? []) if (!STANDARD.has(area.id)) names.set(area.id, localized(area.name, language));
  return names;
}
