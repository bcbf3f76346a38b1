import { describe, expect, it } from 'vitest';
import { markLinkOnly } from '../../../utils/analysis/link-only';
import type { ExtractedLink } from '../../../utils/schema';

const mark = (text: string, links: ExtractedLink[] = []) => markLinkOnly({ text, links });

describe('markLinkOnly', () => {
  it('marks a bare URL and names its domain', () => {
    expect(mark('https://us.yahoo.com/news/lukashenko-accused-ukraine-shelling-belarus-164645061.html')).toEqual({
      kind: 'link-only',
      reason: 'only a link to us.yahoo.com',
      code: 'linkonly_link_to',
      params: ['us.yahoo.com'],
      score: 1,
    });
  });

  it('marks scheme-less URLs', () => {
    expect(mark('www.example.org/x')?.reason).toBe('only a link to example.org');
    expect(mark('  bbc.co.uk/news/123  ')?.reason).toBe('only a link to bbc.co.uk');
  });

  it('counts only links whose text is part of the comment: a byline link or "Log in to Reply" is page furniture', () => {
    // Seen on the link comments set (tune half): "Lol." beside the commenter's profile link and the
    // site's login link was marked link-only.
    const furniture = [
      { href: 'https://news.example/users/anna/', text: 'Anna' },
      { href: 'https://news.example/user/?redirect_to=https%3A%2F%2Fnews.example%2Fstory', text: 'Log in to Reply' },
      { href: 'https://news.example/avatar', text: '' },
    ];
    expect(mark('Lol.', furniture)).toBeNull();
    expect(mark('Lol. https://a.example/x', furniture)?.reason).toBe('only a link to a.example');
    expect(mark('Source', [{ href: 'https://a.example/x', text: 'Source' }])?.reason).toBe('only a link to a.example');
    expect(mark('see  here', [{ href: 'https://a.example/x', text: 'here' }])?.reason).toBe('only a link to a.example');
  });

  it("does not count a link to the commenter's own site wrapped around their words (a Tumblr note's permalink)", () => {
    // Seen on the link comments set (tune half, a Tumblr notes list): a reblog's sad faces, linked
    // to the reblogger's own post, were marked link-only.
    const note = { href: 'http://cloudodoodles.tumblr.com/post/29033408469', text: ':( :((((' };
    expect(markLinkOnly({ text: ':( :((((', links: [note], author: 'cloudodoodles' })).toBeNull();
    // Someone else's link with the same text is still a link, and so is a URL written out.
    expect(markLinkOnly({ text: ':( :((((', links: [note], author: 'someone-else' })?.reason).toBe('only a link to cloudodoodles.tumblr.com');
    expect(markLinkOnly({ text: 'cheapjerseys.com/sale', links: [], author: 'cheapjerseys' })?.reason).toBe('only a link to cheapjerseys.com');
    // A name too short to tell anything by ("ann" is in many hosts) is not looked for.
    expect(markLinkOnly({ text: ':)', links: [{ href: 'https://annals.example/x', text: ':)' }], author: 'Ann' })?.kind).toBe('link-only');
  });

  it('marks an anchor whose text is its URL, shortened or not', () => {
    expect(mark('https://t.co/abc', [{ href: 'https://t.co/abc', text: 'https://t.co/abc' }])?.reason).toBe('only a link to t.co');
    const href = 'https://www.reuters.com/world/europe/a-very-long-slug-2023-05-01/';
    expect(mark('reuters.com/world/europe/a-very…', [{ href, text: 'reuters.com/world/europe/a-very…' }])?.reason).toBe(
      'only a link to reuters.com',
    );
  });

  it.each(['this https://a.com/x', 'See here: https://a.com/x', '-> https://a.com/x', 'Source: https://a.com/x', 'https://a.com/x 👍', 'link: a.com/x', '👉 https://a.com/x'])(
    'marks links with only filler or emoji: %s',
    (text) => {
      expect(mark(text)?.reason).toBe('only a link to a.com');
    },
  );

  it.each(['Schau mal hier: https://a.com/x', 'Вот подробности: a.com/x', 'Voir ici : https://a.com/x', 'Mira aquí https://a.com/x', 'see here → a.com/x',
    // "also here" in each language, as English "also" (a blind ru thread's "ещё тут → URL").
    'ещё тут → https://a.com/x', 'hier auch: a.com/x', 'aussi ici https://a.com/x', 'también aquí: a.com/x'])(
    'knows filler in the supported languages: %s',
    (text) => {
      expect(mark(text)?.reason).toBe('only a link to a.com');
    },
  );

  it.each([
    'Das hier → https://a.com/x',
    'Quelle 👇 https://a.com/x',
    'voilà 👇 https://a.com/x',
    // "à lire" (to read) before the link: a blind tune thread of batch 14.
    'à lire 👇 https://a.com/x',
    'Mira esto => https://a.com/x',
    'Вот это 👉 a.com/x',
    'a.com/x ⬅️',
    'https://a.com/x 👍🏽👍🏽',
    'this -> a.com/x',
  ])('marks a link beside pointer words, arrows or emoji with variation selectors: %s', (text) => {
    expect(mark(text)?.reason).toBe('only a link to a.com');
  });

  it.each([
    'Das hier erklärt die Baustelle besser → https://a.com/x',
    'Voilà pourquoi le tram sera en retard 👇 https://a.com/x',
    'Esto lo explica mejor que el artículo: https://a.com/x',
    'Вот почему трамвай опоздает 👉 a.com/x',
    // A caption is words, not sentences.
    'Wrong again. -> a.com/x',
    'Who wrote this? 👇 a.com/x',
    // Words after the link are the commenter's own.
    'notes officielles -> a.com/x et rien sur le nerf des arcas',
  ])('does not mark a sentence with a link and an arrow: %s', (text) => {
    expect(mark(text)).toBeNull();
  });

  // A caption of a few words pointing at the link with an arrow says what the link is: five blind
  // tune threads of five writers (en, fr), each labelled link-only.
  it.each([
    'notes officielles -> http://a.com/annonces/patch-1-7-0',
    'Le communiqué officiel ➡ https://a.com/communique',
    'this helped us ---> http://a.com/toddler-sleep',
    'minutes → a.com/council/2025-01-14-minutes.pdf',
    'this is wrong -> a.com/x',
    'Offizielle Zahlen 👉 https://a.com/x 👍',
    // A colon points as an arrow does (the twenty-sixth session's cue probe, es, fr, ru; a real tune
    // page's "Scroll down: URL").
    'El vídeo: https://a.com/status/1767',
    'Les photos : https://a.com/albums/7215',
    'Видео: https://a.com/Zk3pRt8WmQs',
    'Scroll down: http://a.com/books',
    // The link on the next line (a blind tune thread of batch 22).
    'mapa objazdów 👇\nhttps://a.com/utrudnienia/most-bema-objazdy-2019',
  ])('marks a caption of a few words pointing at the link: %s', (text) => {
    expect(mark(text)?.reason).toBe('only a link to a.com');
  });

  it.each(['Der Artikel verschweigt das Wichtigste: https://a.com/x', 'Wrong again: the minutes say otherwise https://a.com/x'])(
    'does not mark a sentence before a colon and a link: %s',
    (text) => {
      expect(mark(text)).toBeNull();
    },
  );

  // BBCode left as text by a site that does not render it (phpBB / vBulletin syntax).
  it.each(['[url=http://a.com/a/kX8pQ]pics[/url]', '[url]http://a.com/a/kX8pQ[/url]', '[img]http://a.com/i.png[/img] 👍', 'Guckst du hier a.com/fachbereiche'])(
    'marks a link written in forum markup or with slang filler: %s',
    (text) => {
      expect(mark(text)?.reason).toBe('only a link to a.com');
    },
  );

  it('does not mark a BBCode link whose label is a sentence', () => {
    expect(mark('[url=http://a.com/x]the council admitted the bridge was unsafe[/url]')).toBeNull();
  });

  it('marks anchors with filler text, naming every domain', () => {
    expect(mark('here', [{ href: 'https://a.com/x', text: 'here' }])?.reason).toBe('only a link to a.com');
    expect(mark('https://a.com/1 https://b.org/2')?.reason).toBe('only links to a.com, b.org');
  });

  it('marks a link shown under a label of a few words', () => {
    expect(mark('➡️ петиция', [{ href: 'https://petition.example/trolleybus', text: 'петиция' }])?.reason).toBe('only a link to petition.example');
    expect(mark('the minutes', [{ href: 'https://town.gov/m.pdf', text: 'the minutes' }])).not.toBeNull();
    // A word beside a written URL is the commenter's own, unless it points at the link (above).
    expect(mark('shocking millbrookva.gov/council/2025-01-14-minutes.pdf')).toBeNull();
  });

  it('does not mark a sentence with a link', () => {
    expect(mark('Lukashenko said this in 2020, see https://a.com/x for the full speech')).toBeNull();
    expect(mark('Reuters has the numbers', [{ href: 'https://reuters.com/x', text: 'Reuters has the numbers' }])).toBeNull();
  });

  it('does not mark comments without links, or empty ones', () => {
    expect(mark('Exactly!')).toBeNull();
    expect(mark('')).toBeNull();
    expect(mark('   \n\t ')).toBeNull();
    expect(mark('\u200B\u200D\uFEFF')).toBeNull();
    expect(mark('here', [{ href: '#reply', text: 'here' }])).toBeNull();
  });
});

describe('link-only in Italian, Portuguese and Dutch', () => {
  it.each(['https://www.ilrestodelcarlino.it/montevalle/cronaca/ztl ecco', 'veja aqui https://g1.globo.com/sp/noticia.html', 'zie hier: https://nos.nl/artikel/123', 'olha aí https://www.facebook.com/photo.php?fbid=1015', 'olha só 👉 https://g1.globo.com/x', 'mira ahí https://elpais.com/x']) (
    'marks %j', (text) => {
      expect(mark(text)?.kind).toBe('link-only');
    },
  );
  it('leaves a sentence with a link alone', () => {
    expect(mark('Il comune ha pubblicato le deroghe qui https://comune.example.it/ztl e valgono anche per i residenti')).toBeNull();
  });
});

describe('link-only in Polish', () => {
  it.each(['źródło: https://www.pkp.pl/aktualnosci/dworzec', 'tu więcej -> https://www.rynek-kolejowy.pl/wiadomosci/1', 'zobacz tutaj 👉 https://example.pl/x',
    'polecam https://www.example.pl/wiadomosc', 'Dla zainteresowanych archive.ph/abc12', 'Proszę bardzo: https://isap.example.pl/doc'])('marks %j', (text) => {
    expect(mark(text)?.kind).toBe('link-only');
  });
  it('leaves a sentence with a link alone', () => {
    expect(mark('Umowa zakładała 26 miesięcy, tu jest ogłoszenie przetargu: https://zakupy.example.pl/2022 — już wtedy mówili, że to nierealne.')).toBeNull();
  });
});
