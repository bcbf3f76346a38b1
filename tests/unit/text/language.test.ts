import { describe, expect, it } from 'vitest';
import { detectLanguageCode, detectTextLanguage, normalizeLanguageTag, resolveLanguage, toTextLanguage } from '../../../utils/text/language';

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
    // Italian, Portuguese and Dutch have stop words and a stemmer since the thirteenth session.
    expect(toTextLanguage('it')).toBe('it');
    expect(toTextLanguage('por')).toBe('pt');
    expect(toTextLanguage('nl')).toBe('nl');
    // Polish has stop words and common words since the twenty-first session (no stemmer exists).
    expect(toTextLanguage('pl')).toBe('pl');
    expect(toTextLanguage('pol')).toBe('pl');
    expect(toTextLanguage('cs')).toBe('other');
    expect(toTextLanguage(null)).toBe('other');
  });
});

describe('language detection', () => {
  it('detects the language of a paragraph from its function words and script', () => {
    expect(detectLanguageCode('Russian President Vladimir Putin said Friday that sanctions and other pressure from the West have sped up the process')).toBe('eng');
    expect(detectLanguageCode('Der russische Präsident sagte am Freitag, dass die Sanktionen und der Druck des Westens den Prozess beschleunigt haben')).toBe('deu');
    expect(detectLanguageCode('Le président russe a déclaré vendredi que les sanctions et les autres pressions de l’Occident ont accéléré le processus')).toBe('fra');
    expect(detectLanguageCode('El presidente ruso dijo el viernes que las sanciones y otras presiones de Occidente han acelerado el proceso de unificación')).toBe('spa');
    expect(detectLanguageCode('Президент России Владимир Путин заявил в пятницу, что санкции и давление Запада ускорили процесс объединения двух стран, а также рассказал о военном сотрудничестве.')).toBe('rus');
  });

  // Short comment-length texts (written for this test), several per language.
  it.each([
    ['en', 'I think the council should have asked us before they closed the road.'],
    ['en', 'This is not what the article says, read it again before you comment.'],
    ['en', 'We had the same problem with our bus line and nobody listened to us.'],
    ['de', 'Ich finde, die Stadt hätte uns vorher fragen sollen, bevor sie die Straße sperrt.'],
    ['de', 'Das steht so nicht im Artikel, bitte erst lesen und dann kommentieren.'],
    ['de', 'Wir hatten bei uns im Dorf genau das gleiche Problem mit dem Bus.'],
    ['fr', 'Je pense que la mairie aurait dû nous demander avant de fermer la rue.'],
    ['fr', 'Ce n’est pas ce que dit l’article, il faut le lire avant de commenter.'],
    ['fr', 'Nous avons eu le même problème avec notre ligne de bus et personne ne nous a écoutés.'],
    ['es', 'Creo que el ayuntamiento nos tendría que haber preguntado antes de cerrar la calle.'],
    ['es', 'Eso no es lo que dice el artículo, léelo otra vez antes de comentar.'],
    ['es', 'Tuvimos el mismo problema con nuestra línea de autobús y nadie nos escuchó.'],
    ['ru', 'Я думаю, что мэрия должна была спросить нас, прежде чем закрывать улицу.'],
    ['ru', 'В статье написано совсем не это, прочитайте её ещё раз перед тем как писать.'],
    ['ru', 'У нас была такая же проблема с автобусом, и никто нас не слушал.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(detectTextLanguage(text)).toBe(lang);
  });

  it('tells Italian, Portuguese, Dutch and Polish from the languages they share words with', () => {
    expect(detectTextLanguage('Myślę, że urząd miasta powinien był nas zapytać, zanim zamknął ulicę dla wszystkich mieszkańców na cały tydzień.')).toBe('pl');
    expect(detectTextLanguage('Penso che il comune avrebbe dovuto chiederci prima di chiudere la strada per tutta la settimana.')).toBe('it');
    expect(detectTextLanguage('Eu acho que a prefeitura deveria ter nos perguntado antes de fechar a rua para todos os moradores.')).toBe('pt');
    expect(detectTextLanguage('Ik denk dat de gemeente het ons had moeten vragen voordat ze de straat voor iedereen afsloot.')).toBe('nl');
  });

  it('calls a neighbouring language or another script "other", not the supported language it shares words with', () => {
    expect(detectTextLanguage('Я думаю, що мерія мала б запитати нас, перш ніж закривати вулицю для всіх мешканців.')).toBe('other');
    expect(detectTextLanguage('市议会本应在封闭这条街道之前先征求我们的意见，但他们没有这样做，我们整个星期都不知道公交车会绕哪条路走。')).toBe('other');
  });

  it('does not guess from a word or two, or from text without function words', () => {
    expect(detectLanguageCode('Exactly!')).toBeNull();
    expect(detectTextLanguage('Carbon frame, 29-inch wheels, Shimano XT drivetrain, tubeless tyres, 12.4 kg.')).toBeNull();
  });

  it('prefers the page tag, then detection, then English', () => {
    expect(resolveLanguage('de-AT', 'This text is English but the page says German.')).toBe('de');
    expect(resolveLanguage(null, 'Der russische Präsident sagte am Freitag, dass die Sanktionen und der Druck des Westens den Prozess beschleunigt haben')).toBe('de');
    expect(resolveLanguage(null, 'Hi')).toBe('en');
    expect(resolveLanguage('ja', '')).toBe('other');
    expect(resolveLanguage('cs', 'I think the council should have asked us before they closed the road for the whole week.')).toBe('other');
    expect(resolveLanguage('it', 'Penso che il comune avrebbe dovuto chiederci prima di chiudere la strada per tutta la settimana.')).toBe('it');
  });

  it('overrules a page tag the text contradicts by its script or by its function words', () => {
    const german =
      'Ich finde, die Stadt hätte uns vorher fragen sollen, bevor sie die Straße sperrt. Wir hatten bei uns im Dorf genau das gleiche Problem mit dem Bus, und niemand hat uns zugehört.';
    // A theme's default tag on a German blog.
    expect(resolveLanguage('en-US', german)).toBe('de');
    expect(resolveLanguage('ru', 'I think the council should have asked us before they closed the road.')).toBe('en');
    expect(resolveLanguage('en', 'Я думаю, что мэрия должна была спросить нас, прежде чем закрывать улицу.')).toBe('ru');
    // An English article quoting a German sentence stays English.
    expect(resolveLanguage('en', `The mayor said on Monday that the road will stay closed until the spring, and that the bus will run around it. ${german.slice(0, 80)}`)).toBe('en');
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
