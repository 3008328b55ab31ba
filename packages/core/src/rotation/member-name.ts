import type { Language } from '../i18n/language.js';
import type { RotationMember, RotationSetup } from './rotation-setup.js';
import { ownValue } from './safe-record.js';

/** The language whose names an alphabetical order sorts. */
export function orderLanguage(order: Extract<RotationSetup['order'], { kind: 'alphabetical' }>): string {
  return order.nameLanguage ?? order.locale;
}

/** A member's name in a language (or in its base language: `es` for `es-419`), if it has one. */
export function nameIn(member: Pick<RotationMember, 'names'>, language: string): string | undefined {
  return ownValue(member.names, language) ?? ownValue(member.names, language.split('-')[0]!);
}

/** The name an alphabetical order sorts a member by: its sort key, else its name in the order's language. */
export function sortNameOf(member: RotationMember, language: string): string | undefined {
  return member.sortKey ?? nameIn(member, language);
}

/** The name explanations give a member: in the language given, else its sort key, else any name it has, else its id. */
export function displayNameOf(member: RotationMember, language: string): string {
  return ownValue(member.names, language) ?? sortNameOf(member, language) ?? Object.values(member.names)[0] ?? member.id;
}

/**
 * The name an answer in `answerLanguage` gives a member. English answers name
 * members as they always have (in the order's language, `nameLanguage`);
 * Spanish answers by their Spanish name, else their English one, else as
 * English answers do.
 */
export function answerNameOf(member: RotationMember, nameLanguage: string, answerLanguage: Language): string {
  if (answerLanguage === 'en') return displayNameOf(member, nameLanguage);
  return nameIn(member, 'es') ?? nameIn(member, 'en') ?? displayNameOf(member, nameLanguage);
}
