/** The five messages.json files, read as the browser reads them, for unit tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createI18n, messagesReader, type GetMessage, type I18n, type MessagesFile } from '../../../utils/view/i18n';

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LOCALES_DIR = resolve(__dirname, '../../../public/_locales');

export function readMessages(lang: string): MessagesFile {
  return JSON.parse(readFileSync(resolve(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as MessagesFile;
}

/** As the browser does it: the language's file, then the default (English) for anything it lacks. */
export function i18nFor(lang: Language): I18n {
  return createI18n(messagesReader(readMessages(lang), readMessages('en')));
}

/**
 * The language's file alone, noting every name asked for that it lacks: a test renders with it
 * and fails on any missing message. `expectMissing` names that may be absent by design.
 */
export function strictI18nFor(lang: Language, expectMissing: (name: string) => boolean = () => false): { i18n: I18n; missing: string[] } {
  const missing: string[] = [];
  const read = messagesReader(readMessages(lang));
  const getMessage: GetMessage = (name, substitutions) => {
    const text = read(name, substitutions);
    if (!text && !expectMissing(name)) missing.push(name);
    return text;
  };
  return { i18n: createI18n(getMessage), missing };
}
