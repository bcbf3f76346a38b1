/**
 * Pure: the words a reader sees, in the browser's language. The texts live in the browsers' own
 * i18n files, `public/_locales/<lang>/messages.json` (WXT copies them into each build and types
 * `browser.i18n.getMessage` from the English file); the browser picks the language. This module
 * only wraps a `getMessage` function: the entrypoints pass `browser.i18n.getMessage`, the unit
 * tests a reader of the messages.json files (`messagesReader`). It never calls a browser API.
 */
import type enMessages from '../../public/_locales/en/messages.json';
import type { Mark, ReplyLink } from '../schema';

/** Every message name, from the English file (the default locale, which has every message). */
export type MessageKey = keyof typeof enMessages;

/** Names of counted messages: `<base>_one`, `<base>_other`, … chosen with the language's plural rules. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** `browser.i18n.getMessage`'s shape: '' for a message name the extension does not have. */
export type GetMessage = (name: string, substitutions?: string[]) => string;

export type Param = string | number;

export interface I18n {
  /** BCP 47 tag of the messages in use (not the browser's: a browser in Portuguese gets English). */
  locale: string;
  /** The message, `$1`, `$2`, … replaced by `params`. */
  t(key: MessageKey, params?: readonly Param[]): string;
  /** The counted message for `count` (it is `$1`; further params are `$2`, …). */
  n(key: PluralKey, count: number, params?: readonly Param[]): string;
  /** The name of the counted message `n` uses for `count`. */
  plural(key: PluralKey, count: number): MessageKey;
  /** A message whose name comes from data (a mark's code): null when there is no such message. */
  lookup(name: string, params?: readonly Param[]): string | null;
}

const CATEGORY_FALLBACK = 'other';
/** Bound on remembered messages (reasons carry page words, so their params vary without end). */
const MAX_CACHED = 5_000;

export function createI18n(getMessage: GetMessage): I18n {
  // Messages do not change while a page lives: each (name, params) is asked of the browser once,
  // so a 2,000-row tree costs a few dozen getMessage calls, not tens of thousands.
  const cache = new Map<string, string>();
  const get = (name: string, params: readonly Param[] = []): string => {
    const strings = params.map(String);
    const key = `${name}\u0000${strings.join('\u0000')}`;
    let text = cache.get(key);
    if (text === undefined) {
      try {
        text = getMessage(name, strings) ?? '';
      } catch {
        // A name the browser rejects (it only allows [A-Za-z0-9_@]) is simply not a message.
        text = '';
      }
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(key, text);
    }
    return text;
  };
  const locale = get('language_tag') || 'en';
  let plurals: Intl.PluralRules;
  try {
    plurals = new Intl.PluralRules(locale);
  } catch {
    plurals = new Intl.PluralRules('en');
  }
  const plural = (key: PluralKey, count: number): MessageKey => {
    const exact = `${key}_${plurals.select(count)}`;
    return (get(exact) ? exact : `${key}_${CATEGORY_FALLBACK}`) as MessageKey;
  };
  return {
    locale,
    t: (key, params) => get(key, params),
    n: (key, count, params = []) => get(plural(key, count), [count, ...params]),
    plural,
    lookup: (name, params) => get(name, params) || null,
  };
}

/** One entry of a messages.json file. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessagesFile = Record<string, MessageEntry>;

/**
 * `getMessage` over parsed messages.json files, as the browsers do it: names are
 * case-insensitive, named placeholders `$name$` take their `content`, then `$1`…`$9` take the
 * substitutions and `$$` is a dollar sign; a name missing from the first file is taken from the
 * next (the default locale).
 */
export function messagesReader(...files: MessagesFile[]): GetMessage {
  const tables = files.map((file) => new Map(Object.entries(file).map(([name, entry]) => [name.toLowerCase(), entry])));
  return (name, substitutions = []) => {
    const entry = tables.map((table) => table.get(name.toLowerCase())).find(Boolean);
    if (!entry) return '';
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, key: string) => placeholders.get(key.toLowerCase()) ?? whole);
    return named.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
  };
}

/** A mark's reason in the reader's language, or its English `reason` when its code has no message. */
export function reasonText(mark: Pick<Mark, 'code' | 'params' | 'reason'>, i18n: I18n): string {
  return i18n.lookup(mark.code, mark.params) ?? mark.reason;
}

/**
 * What a reader sees for a reply link: for an inferred one, "reply inferred: <cue>" with the cue
 * in the reader's language from its code and params (the English cue when a message is missing);
 * null for a link the page itself gave.
 */
export function replyLinkText(reply: ReplyLink | undefined, i18n: I18n): string | null {
  if (reply?.source !== 'inferred') return null;
  const cue = (reply.code ? i18n.lookup(reply.code, reply.params ?? []) : null) ?? reply.cue;
  return cue ? i18n.t('reply_inferred_cue', [cue]) : i18n.t('reply_inferred');
}

/**
 * A message with rich parts (a bold host name, a number in bold): the message is fetched with a
 * marker in place of each parameter and cut there, so every language puts the parts where its
 * grammar wants them. Returns the pieces in order: strings are text, numbers the index of the part.
 */
const PART_MARK = '\u0001';
export function messageParts(render: (markers: string[]) => string, count: number): Array<string | number> {
  const markers = Array.from({ length: count }, (_, k) => `${PART_MARK}${k}${PART_MARK}`);
  const pieces: Array<string | number> = [];
  for (const [k, piece] of render(markers).split(new RegExp(`${PART_MARK}(\\d+)${PART_MARK}`)).entries()) {
    if (k % 2 === 1) pieces.push(Number(piece));
    else if (piece) pieces.push(piece);
  }
  return pieces;
}
