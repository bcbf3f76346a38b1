import { describe, expect, it } from 'vitest';
import { detectLanguageCode, normalizeLanguageTag, resolveLanguage, toTextLanguage } from '../../../utils/text/language';

describe('normalizeLanguageTag', () => {
  it.each([
    ['en-US', 'en'],
    ['pt_BR', 'pt'],
    ['  DE ', 'de'],
    ['fra', 'fra'],
    ['', null],
    [null, null],
    ['x-klingon', null],
    ['123', null],
  ])('%s → %s', (tag, expected) => {
    expect(normalizeLanguageTag(tag)).toBe(expected);
  });
});

describe('toTextLanguage', () => {
  it('maps ISO 639-1 and 639-3 codes onto the supported set', () => {
    expect(toTextLanguage('en')).toBe('en');
    expect(toTextLanguage('deu')).toBe('de');
    expect(toTextLanguage('rus')).toBe('ru');
    expect(toTextLanguage('it')).toBe('other');
    expect(toTextLanguage(null)).toBe('other');
  });
});

describe('language detection', () => {
  it('detects the language of a paragraph with franc', () => {
    expect(detectLanguageCode('Russian President Vladimir Putin said Friday that sanctions and other pressure from the West have sped up the process')).toBe('eng');
    expect(detectLanguageCode('Der russische Präsident sagte am Freitag, dass die Sanktionen und der Druck des Westens den Prozess beschleunigt haben')).toBe('deu');
    expect(detectLanguageCode('Le président russe a déclaré vendredi que les sanctions et les autres pressions de l’Occident ont accéléré le processus')).toBe('fra');
    expect(detectLanguageCode('El presidente ruso dijo el viernes que las sanciones y otras presiones de Occidente han acelerado el proceso de unificación')).toBe('spa');
    expect(detectLanguageCode('Президент России Владимир Путин заявил в пятницу, что санкции и давление Запада ускорили процесс объединения двух стран, а также рассказал о военном сотрудничестве.')).toBe('rus');
  });

  it('does not guess from a word or two', () => {
    expect(detectLanguageCode('Exactly!')).toBeNull();
  });

  it('prefers the page tag, then detection, then English', () => {
    expect(resolveLanguage('de-AT', 'This text is English but the page says German.')).toBe('de');
    expect(resolveLanguage(null, 'Der russische Präsident sagte am Freitag, dass die Sanktionen und der Druck des Westens den Prozess beschleunigt haben')).toBe('de');
    expect(resolveLanguage(null, 'Hi')).toBe('en');
    expect(resolveLanguage('ja', '')).toBe('other');
  });
});

describe('writing systems', () => {
  it('tells the script a text is mostly written in', async () => {
    const { dominantScript, writtenIn } = await import('../../../utils/text/language');
    expect(dominantScript('The sea wall repairs began on Monday.')).toBe('Latin');
    expect(dominantScript('Ремонт дамбы начался в понедельник.')).toBe('Cyrillic');
    expect(dominantScript('إصلاح الجدار البحري')).toBe('Arabic');
    expect(dominantScript('ok')).toBeNull();
    expect(writtenIn('Ремонт дамбы начался', 'Latin')).toBe(false);
    expect(writtenIn('Café crème brûlée, très bien', 'Latin')).toBe(true);
    expect(writtenIn('Ремонт дамбы начался', 'Cyrillic')).toBe(true);
    expect(writtenIn('👍👍', 'Latin')).toBeNull();
  });
});
