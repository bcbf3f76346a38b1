import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { I18n, MessageKey, Param } from '../utils/view/i18n';
import { messageParts } from '../utils/view/i18n';

/** The reader's language, given by the popup's wiring (browser.i18n) or a test (messages.json). */
export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('Threadwise components need an I18nContext provider');
  return i18n;
}

/**
 * A message with elements in it, e.g. a host name in bold: `parts[k]` takes the place of `$k+1`,
 * wherever the language puts it. `text` gives the message for the markers it is handed.
 */
export function Message({ text, parts }: { text: (markers: string[]) => string; parts: ComponentChildren[] }) {
  return <>{messageParts(text, parts.length).map((piece) => (typeof piece === 'number' ? parts[piece] : piece))}</>;
}

/** `<Message>` for a plain message name. */
export function RichText({ name, parts }: { name: MessageKey; parts: ComponentChildren[] }) {
  const i18n = useI18n();
  return <Message text={(markers) => i18n.t(name, markers as Param[])} parts={parts} />;
}
