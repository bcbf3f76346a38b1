import { describe, expect, it } from 'vitest';
import { segmentWords, stemWord, tokenize, isStopWord, startsSentence } from '../../../utils/text/tokens';

const stems = (text: string, lang: Parameters<typeof tokenize>[1]) => tokenize(text, lang).map((t) => t.stem);

describe('segmentWords', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
  const reference = (text: string) =>
    [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

  it.each([
    'It’s Belarus’ 2020 election, Russian’s Belarus,l. ‘Merica ‘70s. wouldn’t U.S. e-mail',
    'foo:bar a.b.c 1,000 and 3;4 2020’s l’homme e_mail x·y Müller-Lüdenscheidt naïve café',
    'Выборы в Белоруссии: 1.000 голосов, т.е. «много». Это—всё!',
    'Ça va? L’État, c’est moi. ¿Qué tal? Straße über 𝒜lpha 😀 end.',
    "rock'n'roll O'Neil 'quoted' 3.14' a1.b2 x.1 1.x",
  ])('splits space-delimited text as Intl.Segmenter does: %s', (text) => {
    expect(segmentWords(text, 'en').map((s) => s.segment)).toEqual(reference(text));
  });

  it('uses Intl.Segmenter for scripts without spaces', () => {
    expect(segmentWords('Hello 日本語のテキストです。', 'other').map((s) => s.segment)).toEqual(
      reference('Hello 日本語のテキストです。'),
    );
  });

  it('gives offsets into the text', () => {
    const text = 'Well, Belarus.';
    for (const s of segmentWords(text, 'en')) expect(text.slice(s.index, s.index + s.segment.length)).toBe(s.segment);
  });
});

describe('tokenize', () => {
  it('drops English stop words, numbers and punctuation, and stems', () => {
    expect(stems('The sanctions were imposed in 2020, and the elections!', 'en')).toEqual(['sanction', 'impos', 'elec']);
  });

  // "can't" left "ca", "won't" "wo": content words of full weight in every comment that used them,
  // and shown in reasons ("about: ugh, wo, saturday").
  it('reads irregular negations as their verbs, which are stop words', () => {
    expect(tokenize("I can't, they won't, we shan't, it ain't, don't", 'en').map((t) => t.word)).toEqual([]);
    expect(tokenize('can’t stop the ferry', 'en').map((t) => t.word)).toEqual(['stop', 'ferry']);
  });

  it('removes clitics: possessives and contractions', () => {
    expect(tokenize("Russia's leader wouldn't", 'en').map((t) => t.word)).toEqual(['russia', 'leader']);
  });

  it('stems German, French, Spanish and Russian with their own stemmers', () => {
    expect(stems('Die Wahlen und die Sanktionen', 'de')).toEqual(['wahl', 'sanktion']);
    expect(stems("Les élections et l'élection du gouvernement", 'fr')).toEqual(['élect', 'élect', 'gouvern']);
    expect(stems('Las elecciones y la elección del gobierno', 'es')).toEqual(['eleccion', 'eleccion', 'gobiern']);
    expect(stems('Выборы и санкции в Белоруссии', 'ru')).toEqual(['выбор', 'санкц', 'белорусс']);
  });

  it('does not stem languages without a stemmer, and keeps their words', () => {
    expect(stems('Le elezioni politiche', 'other')).toEqual(['le', 'elezioni', 'politiche']);
  });

  it('marks capitalised words that do not start a sentence as names', () => {
    const t = tokenize('Putin met Lukashenko. Yesterday “Minsk” said FIRST', 'en');
    expect(t.map((x) => [x.word, x.properNoun])).toEqual([
      ['putin', false],
      ['met', false],
      ['lukashenko', true],
      ['yesterday', false],
      ['minsk', true],
      ['first', false],
    ]);
  });

  it('brings Belarus, Belarusian and Belarussian to stems with a shared prefix', () => {
    const [belarus, belarusian, belarussians] = ['Belarus', 'Belarusian', 'Belarussians'].map((w) => stemWord(w.toLowerCase(), 'en'));
    expect(belarusian?.startsWith(belarus ?? '?')).toBe(true);
    expect(belarussians?.startsWith(belarus ?? '?')).toBe(true);
  });
});

describe('stop words and sentence starts', () => {
  it('knows stop words per language', () => {
    expect(isStopWord('the', 'en')).toBe(true);
    expect(isStopWord('und', 'de')).toBe(true);
    expect(isStopWord('les', 'fr')).toBe(true);
    expect(isStopWord('los', 'es')).toBe(true);
    expect(isStopWord('что', 'ru')).toBe(true);
    expect(isStopWord('sanctions', 'en')).toBe(false);
    expect(isStopWord('the', 'other')).toBe(false);
    // Closed-class words the package lists miss.
    for (const [w, l] of [['ça', 'fr'], ['oui', 'fr'], ['genau', 'de'], ['именно', 'ru'], ['pues', 'es'], ['ours', 'en']] as const) {
      expect(isStopWord(w, l), w).toBe(true);
    }
  });

  it('finds sentence starts after end punctuation, quotes and line breaks', () => {
    const text = 'One. “Two\nThree, Four';
    expect(startsSentence(text, 0)).toBe(true);
    expect(startsSentence(text, text.indexOf('Two'))).toBe(true);
    expect(startsSentence(text, text.indexOf('Three'))).toBe(true);
    expect(startsSentence(text, text.indexOf('Four'))).toBe(false);
  });
});

describe('Italian, Portuguese and Dutch', () => {
  it('drops their stop words, stems their words and strips Italian elisions', () => {
    expect(tokenize("L'articolo dice che dell'anno scorso c'è poco", 'it').map((t) => t.word)).toEqual(['articolo', 'dice', 'anno', 'scorso', 'poco']);
    expect(stemWord('chiusure', 'it')).toBe(stemWord('chiusura', 'it'));
    expect(stemWord('prefeituras', 'pt')).toBe(stemWord('prefeitura', 'pt'));
    expect(stemWord('gemeenten', 'nl')).toBe(stemWord('gemeente', 'nl'));
    expect(tokenize('Ik denk dat de gemeente het had moeten vragen', 'nl').map((t) => t.word)).not.toContain('dat');
  });
});

describe('Polish', () => {
  it('drops its stop words and keeps each word as its own stem (no Snowball stemmer exists for it)', () => {
    const words = tokenize('Myślę, że strefa płatnego parkowania w centrum to jest dobry pomysł', 'pl').map((t) => t.word);
    expect(words).not.toContain('że');
    expect(words).not.toContain('to');
    expect(words).toContain('strefa');
    expect(words).toContain('parkowania');
    expect(stemWord('strefy', 'pl')).toBe('strefy');
  });
});
