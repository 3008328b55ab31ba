import { isLanguage, type Language } from '@mirps/core';
import { UsageError } from '../cli-error.js';
import { messagesIn } from './messages.js';

/** The arguments without `--lang`, and the language it names (English when not given). */
export interface LanguageChoice {
  readonly language: Language;
  readonly args: readonly string[];
}

/**
 * Takes `--lang en|es` (or `--lang=es`) out of the arguments, wherever it is
 * before a `--`, so that every other message of the run, a usage error of
 * another option included, is in that language; the last one given counts. A
 * missing or unknown language is a usage error, in English: no language was
 * understood.
 */
export function takeLanguage(args: readonly string[]): LanguageChoice {
  let language: Language = 'en';
  const rest: string[] = [];
  // One iterator, so that `--lang` takes the argument after it and `--` passes on the rest as they are.
  const remaining = args.values();
  for (const arg of remaining) {
    if (arg === '--') {
      rest.push(arg, ...remaining);
      break;
    }
    if (arg !== '--lang' && !arg.startsWith('--lang=')) {
      rest.push(arg);
      continue;
    }
    const value = arg === '--lang' ? remaining.next().value : arg.slice('--lang='.length);
    if (!isLanguage(value)) {
      const { languageMissing, languageUnknown } = messagesIn('en');
      throw new UsageError(value === undefined || value === '' ? languageMissing : languageUnknown(value), '');
    }
    language = value;
  }
  return { language, args: rest };
}
