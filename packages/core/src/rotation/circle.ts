import { compareCodeUnits } from '../_lib/compare-code-units.js';
import { collatorFor } from './collation-locale.js';
import { orderLanguage, sortNameOf } from './member-name.js';
import type { RotationSetup } from './rotation-setup.js';

/**
 * The circle: member ids in rotation order. Alphabetical order uses locale-aware
 * collation that ignores accents and case; equal names fall back to the id, so
 * the circle never depends on the order members were listed in.
 */
export function buildCircle(setup: RotationSetup): string[] {
  const order = setup.order;
  if (order.kind === 'explicit') return [...order.members];
  const collator = collatorFor(order.locale);
  const language = orderLanguage(order);
  return setup.members
    .map((member) => ({ id: member.id, name: sortNameOf(member, language) ?? member.id }))
    .sort((a, b) => collator.compare(a.name, b.name) || compareCodeUnits(a.id, b.id))
    .map((member) => member.id);
}
