import { describe, expect, it } from 'vitest';
import { createI18n, messageParts, messagesReader, reasonText } from '../../../utils/view/i18n';
import { noteText, TEXTS_SHORTENED_NOTICE, UNSUPPORTED_REASON } from '../../../utils/view/reader-notes';
import { i18nFor } from '../i18n/messages';

describe('messagesReader (getMessage as the browsers do it)', () => {
  const read = messagesReader(
    {
      hello: { message: 'Hello $1, you owe $$$2' },
      Named: { message: 'from $Site$', placeholders: { site: { content: '$1' } } },
    },
    { fallback: { message: 'from the default locale' } },
  );
  it('substitutes $1…$9, writes $$ as $, and matches names in any case', () => {
    expect(read('hello', ['Ann', '5'])).toBe('Hello Ann, you owe $5');
    expect(read('HELLO', ['Ann'])).toBe('Hello Ann, you owe $');
    expect(read('named', ['example.org'])).toBe('from example.org');
  });
  it('falls back to the next file, and gives "" for a message nobody has', () => {
    expect(read('fallback')).toBe('from the default locale');
    expect(read('nothing')).toBe('');
  });
});

describe('createI18n', () => {
  it('picks each language\'s plural form and names the locale in use', () => {
    const ru = i18nFor('ru');
    expect(ru.locale).toBe('ru');
    expect([1, 3, 5, 21, 22, 11].map((n) => ru.n('replies', n))).toEqual(['1 ответ', '3 ответа', '5 ответов', '21 ответ', '22 ответа', '11 ответов']);
    const en = i18nFor('en');
    expect([0, 1, 2].map((n) => en.n('replies_hidden', n))).toEqual(['0 replies hidden', '1 reply hidden', '2 replies hidden']);
    expect(i18nFor('fr').n('replies', 0)).toBe('0 réponse');
  });

  it('falls back to the "other" form when a language file lacks the exact one', () => {
    const i18n = createI18n(messagesReader({ language_tag: { message: 'ru' }, replies_other: { message: '$1 ответа' } }));
    expect(i18n.n('replies', 5)).toBe('5 ответа');
  });

  it('survives a getMessage that throws (an invalid name) and an unknown locale tag', () => {
    const i18n = createI18n((name) => {
      if (name === 'language_tag') return 'not a locale!';
      throw new Error('bad name');
    });
    expect(i18n.locale).toBe('not a locale!');
    expect(i18n.t('done')).toBe('');
    expect(i18n.lookup('x-y')).toBeNull();
  });
});

describe('reasonText', () => {
  const mark = { code: 'linkonly_links_to_more', params: ['a.example, b.example', '2'], reason: 'only links to a.example, b.example and 2 more' };
  it('gives the English reason word for word from the English messages', () => {
    expect(reasonText(mark, i18nFor('en'))).toBe(mark.reason);
  });
  it('localises a reason with its params', () => {
    expect(reasonText(mark, i18nFor('de'))).toBe('nur Links zu a.example, b.example und 2 weiteren');
  });
  it('shows the English reason when the code has no message', () => {
    expect(reasonText({ code: 'offtopic_something_new', params: [], reason: 'a new reason' }, i18nFor('de'))).toBe('a new reason');
  });
});

describe('messageParts', () => {
  it('puts each part where the language puts its parameter', () => {
    expect(messageParts((m) => `${m[1]} before ${m[0]}!`, 2)).toEqual([1, ' before ', 0, '!']);
    expect(messageParts((m) => `Tiefe: ${m[0]}`, 1)).toEqual(['Tiefe: ', 0]);
  });
});

describe('noteText', () => {
  it('shows a stored English note in the reader\'s language, and an unknown one as it is', () => {
    expect(noteText(UNSUPPORTED_REASON, i18nFor('en'))).toBe(UNSUPPORTED_REASON);
    expect(noteText(TEXTS_SHORTENED_NOTICE, i18nFor('en'))).toBe(TEXTS_SHORTENED_NOTICE);
    expect(noteText(TEXTS_SHORTENED_NOTICE, i18nFor('de'))).toContain('2000 Zeichen');
    expect(noteText(UNSUPPORTED_REASON, i18nFor('es'))).toMatch(/^Threadwise no puede leer esta página/);
    expect(noteText('analysis failed: boom', i18nFor('de'))).toBe('analysis failed: boom');
  });
});

describe('createI18n asks the browser once per message', () => {
  it('remembers each (name, params) it was given', () => {
    let calls = 0;
    const i18n = createI18n((name, subs = []) => {
      calls += 1;
      return name === 'language_tag' ? 'en' : `${name}:${subs.join(',')}`;
    });
    for (let k = 0; k < 1_000; k++) {
      i18n.t('anonymous');
      i18n.t('allow_site', ['a.example']);
    }
    expect(i18n.t('allow_site', ['b.example'])).toBe('allow_site:b.example');
    expect(calls).toBe(4);
  });
});
