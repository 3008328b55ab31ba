import { defined } from '../_lib/defined.js';
import { ownValue } from '../_lib/own-value.js';
import type { Language } from '../i18n/language.js';
import type { PreparedRotation } from './engine.js';
import type { RotationMember, RotationSetup } from './rotation-setup.js';

/** The language whose names an alphabetical order sorts. */
export function orderLanguage(order: Extract<RotationSetup['order'], { kind: 'alphabetical' }>): string {
  return order.nameLanguage ?? order.locale;
}

/** A member's name in a language (or in its base language: `es` for `es-419`), if it has one. */
export function nameIn(member: Pick<RotationMember, 'names'>, language: string): string | undefined {
  const dash = language.indexOf('-');
  return ownValue(member.names, language) ?? ownValue(member.names, dash === -1 ? language : language.slice(0, dash));
}

/** The name an alphabetical order sorts a member by: its sort key, else its name in the order's language. */
export function sortNameOf(member: RotationMember, language: string): string | undefined {
  return member.sortKey ?? nameIn(member, language);
}

/** The name explanations give a member: in the language given, else its sort key, else any name it has, else its id. */
export function displayNameOf(member: RotationMember, language: string): string {
  return (
    ownValue(member.names, language) ?? sortNameOf(member, language) ?? Object.values(member.names)[0] ?? member.id
  );
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

/** The name a prepared rotation's answers give one of its members (each has one, resolved once). */
export function memberName(prepared: Pick<PreparedRotation, 'names'>, id: string): string {
  return defined(prepared.names.get(id));
}
