import type { RotationMember, RotationSetup } from './rotation-setup.js';

/** The name an alphabetical order sorts a member by: its sort key, else its name in the order's language. */
export function sortNameOf(member: RotationMember, language: string): string | undefined {
  return member.sortKey ?? member.names[language] ?? member.names[language.split('-')[0]!];
}

/** The language whose names an alphabetical order sorts. */
export function orderLanguage(order: Extract<RotationSetup['order'], { kind: 'alphabetical' }>): string {
  return order.nameLanguage ?? order.locale;
}

/**
 * The circle: member ids in rotation order. Alphabetical order uses locale-aware
 * collation that ignores accents and case; equal names fall back to the id, so
 * the circle never depends on the order members were listed in.
 */
export function buildCircle(setup: RotationSetup): string[] {
  const order = setup.order;
  if (order.kind === 'explicit') return [...order.members];
  const collator = new Intl.Collator(order.locale, { sensitivity: 'base' });
  const language = orderLanguage(order);
  return setup.members
    .map((member) => ({ id: member.id, name: sortNameOf(member, language) ?? member.id }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((member) => member.id);
}
