/**
 * The blind hand pages (`seeds/pages-blind/` to `seeds/pages-blind12/`): pages in markup nobody here
 * wrote, with their truth, fixed by checksum before any figure was taken on them. Read by the
 * extension's DOM readers under jsdom and matched against the truth as `npm run eval:corpus`
 * matches the corpus (by text overlap). The floors sit at what each page gives now, so that no
 * page silently drops.
 *
 * Batch 1, blind (2026-12-03, built extension in Chromium): 84 of 109 comments, 7 of 9 pages at
 * F1 >= 0.9; now 109 of 109 under jsdom (bp-b1's "<b>11 comments so far</b>" title is read as the
 * section's name: a count standing as a title outside a heading, seen on seven sites of the
 * corpora, see COUNT_HEADING in utils/extract/platforms/sections.ts).
 *
 * Batch 2, blind (thirteenth session, built extension in Chromium): 57 of 101 comments, 4 of 8
 * pages at F1 >= 0.9. Under jsdom no script runs, so the comments that bp2-a3 puts in a shadow
 * root and bp2-b1 in an `<iframe srcdoc>` are measured in the browser only (`npm run eval:corpus
 * -- seeds/pages-blind2`); bp2-b2 (bare paragraphs, "— Name, Town, date" and `<hr>`, under
 * "Reader Comments") is still read as nothing. Fixed since: bp2-a1 (Italian dates and controls),
 * bp2-a2 (a Dutch `<dl>`), bp2-a4 (a Polish forum's Quote and Report links).
 *
 * Batch 5, blind (fifteenth session, built extension in Chromium; ar, zh, el, vi, he, ko, hi, tr):
 * 83 of 98 comments, 4 of 8 pages at F1 >= 0.9, no page read as nothing. Fixed since, on the six
 * tune pages: the buttons and removed notes of those languages, a bold name ending in an initial,
 * "name" class tokens in more languages.
 *
 * Batch 6, blind (sixteenth session, built extension in Chromium; comment systems and forum engines
 * not known by name: Isso, Remark42, IntenseDebate, Discourse embed, phpBB, vBulletin 3, the Facebook
 * plugin, Vuukle): 86 of 101 comments, 7 of 8 pages at F1 >= 0.9, titles 7 of 8; the vBulletin thread
 * read as nothing. Fixed since, on the tune pages, from the platforms' own markup: vBulletin 3 and
 * 4 posts, Remark42 and IntenseDebate widgets, a title whose headline has a dash of its own.
 *
 * Batch 4, blind (fifteenth session, built extension in Chromium): 90 of 102 comments, 7 of 8
 * pages at F1 >= 0.9; the Japanese page (bp4-a2) read as nothing. Fixed since: CJK section and
 * button words, the numbered post's header, ">>N" reply links.
 *
 * Batch 3, blind (fourteenth session, built extension in Chromium): 75 of 88 comments, 7 of 8
 * pages at F1 >= 0.9; the Czech blog (bp3-a2: "Reagovat", "Reakce čtenářů") was read as nothing.
 * Fixed since: the Reply word and the section names of more European languages.
 *
 * Batch 10, blind (nineteenth session, built extension in Chromium and Firefox alike: Isso, an
 * inline copy of the Facebook plugin, Ghost, a table layout with indent-only replies, Hyvor Talk,
 * an old WordPress theme with pingbacks, a React block, a phpBB topic): precision 0.90, recall 0.88
 * (132 of 150), 5 of 8 pages at F1 >= 0.9. Fixed since, on the tune pages: replies shown by an
 * inline indent, a byline cell with a badge, a rating beside the buttons, editor's-pick badges and
 * "In risposta a NAME" labels (a4 14 → 18 of 18, b3 19 → 21 of 21).
 *
 * Batch 11, blind (twentieth session, Chromium and Firefox alike: Livefyre, Typepad, a Habr-like
 * tree, Substack, Webmentions, a news magazine's forum, a server-rendered JSON list, Wix): precision
 * 0.96, recall 0.97 (169 of 174), 7 of 8 pages at F1 >= 0.9. Fixed since, on the tune pages:
 * relative times in es, pt, it, nl and ru, a linked "@name" mention in the words taken for the
 * author, and two more removed-comment notes (b4 15 → 19 of 19, a3 and b1 no extra).
 *
 * Batch 12, blind (Chromium): precision 0.93, recall 0.97 (178 of 183), 7 of 8 pages at F1 >= 0.9,
 * titles 7 of 8. Fixed since, on the tune pages: Blogger's deleted-comment placeholder is no comment
 * (its replies answer what it answered), a box repeating comments of the thread (editors' picks,
 * "Najlepsze opinie") is not more of them, Dotclear's documented dt/dd comments, and a headline with
 * a separator of its own in <title> (a3 +1 → 0 extra, b1 and b4 +2 → 0, b3 19 → 20 of 20 with its title).
 *
 * Pages jsdom cannot read (a page script, a shadow root, an `<iframe srcdoc>`) are checked in real
 * browsers instead: `browser-only-pages.ts` lists them with their floors.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchComments, sameTitle } from '../../utils/eval/match-comments';
import { extractPage, pageNames } from '../../scripts/lib/page-threads';
import { checksumEntries } from '../unit/checksums';
import { BROWSER_ONLY_PAGES } from './browser-only-pages';

/**
 * Per page: the comments of the truth that must be matched, and how many may be found besides;
 * `title: false` where the page's headline was not found when its blind figures were taken.
 */
type Floors = Record<string, { matched: number; extra: number; title?: false }>;

const SETS: { dir: string; files: number; floors: Floors }[] = [
  {
    dir: 'pages-blind',
    files: 18,
    floors: {
      'bp-a1-wexbury-footbridge': { matched: 12, extra: 0 },
      'bp-a2-stargorod-topolya': { matched: 14, extra: 0 },
      'bp-a3-maternite-saint-aubin': { matched: 11, extra: 0 },
      'bp-b1-raleigh-twenty-hub': { matched: 11, extra: 0 },
      'bp-b2-freibad-talwiese': { matched: 12, extra: 0 },
      'bp-b3-peatonalizacion-casco-antiguo': { matched: 10, extra: 0 },
      'bp-c1-transit-fare-cuts': { matched: 14, extra: 0 },
      'bp-c2-repair-cafe-economics': { matched: 12, extra: 0 },
      'bp-c3-tver-old-bridge-repair': { matched: 13, extra: 0 },
    },
  },
  {
    dir: 'pages-blind2',
    files: 16,
    floors: {
      'bp2-a1-ponte-calore': { matched: 12, extra: 0 },
      'bp2-a2-eerste-asperges': { matched: 10, extra: 0 },
      'bp2-a4-bilety-olsztyn': { matched: 13, extra: 0 },
      // Bare paragraphs under "Reader Comments" with a "— Name, Town, date" line: read as nothing
      // in the browser too (no parallel on the corpora yet).
      'bp2-b2-elm-street-skate-park': { matched: 0, extra: 0 },
      'bp2-b3-rue-pietonne-valmont': { matched: 14, extra: 0 },
      'bp2-b4-paseo-maritimo-vilamar': { matched: 13, extra: 0 },
    },
  },
  {
    dir: 'pages-blind3',
    files: 16,
    floors: {
      'bp3-a1-cykelbana-storan': { matched: 11, extra: 0 },
      'bp3-a2-vystava-lipnik': { matched: 10, extra: 0 },
      'bp3-a4-festival-pamonha': { matched: 12, extra: 0 },
      'bp3-b1-kermis-hoornveld': { matched: 12, extra: 0 },
      'bp3-b2-lavoir-sainte-colombe': { matched: 10, extra: 0 },
      // A quote block ("Cita de X:") and the poster's column read with one reply's words.
      'bp3-b4-mercado-hidalgo-tepezal': { matched: 9, extra: 1 },
    },
  },
  {
    dir: 'pages-blind4',
    files: 16,
    floors: {
      'bp4-a1-porodowka': { matched: 13, extra: 0 },
      // Japanese numbered posts ("1 名前：… ID:…", ">>3" replies): read as nothing before the
      // fifteenth session's CJK section and button words; now every post, with its replies.
      'bp4-a2-jutai': { matched: 12, extra: 0 },
      'bp4-a3-school-start': { matched: 15, extra: 0 },
      'bp4-a4-vespa': { matched: 10, extra: 0 },
      'bp4-b1-tramvai': { matched: 13, extra: 0 },
      // A "Comentarios destacados" box repeats two comments of the list: read twice until the
      // boxes of repeats went (utils/extract/repeats.ts, twelfth batch's session).
      'bp4-b3-sequia': { matched: 12, extra: 0 },
      'bp4-b4-grundschule': { matched: 12, extra: 0 },
    },
  },
  {
    dir: 'pages-blind5',
    files: 16,
    floors: {
      // Held-out (only scored, their misses not read): Arabic and Chinese.
      'bp5-a1-water-cuts': { matched: 13, extra: 1 },
      'bp5-a2-elevator': { matched: 9, extra: 3 },
      'bp5-a3-roadworks': { matched: 11, extra: 0 },
      'bp5-a4-walking-street': { matched: 13, extra: 0 },
      // Numbered talkbacks: the number and the commenter's town stay with the title.
      'bp5-b1-bialik-pool': { matched: 10, extra: 1 },
      // Three replies sit in a container hidden until "답글" is clicked: hidden, not read.
      'bp5-b2-suwon-lights': { matched: 10, extra: 0 },
      'bp5-b3-jaipur-erickshaw': { matched: 11, extra: 0 },
      'bp5-b4-eskisehir-tramvay': { matched: 12, extra: 0 },
    },
  },
  {
    dir: 'pages-blind6',
    files: 16,
    floors: {
      // Held-out (only scored): Isso, the Discourse embed, Vuukle.
      'bp6-a1-isso': { matched: 13, extra: 0 },
      'bp6-a2-remark42': { matched: 13, extra: 0 },
      'bp6-a3-intensedebate': { matched: 11, extra: 0 },
      'bp6-a4-discourse': { matched: 11, extra: 0 },
      'bp6-b1-phpbb': { matched: 14, extra: 0 },
      'bp6-b2-vbulletin': { matched: 14, extra: 0 },
      'bp6-b3-facebook-plugin': { matched: 13, extra: 0 },
      'bp6-b4-vuukle': { matched: 12, extra: 0 },
    },
  },
  {
    dir: 'pages-blind7',
    files: 16,
    floors: {
      // Held-out (only scored): Hyvor Talk, Substack, JComments.
      'bp7-a1-commento': { matched: 13, extra: 0 },
      'bp7-a2-hyvor': { matched: 15, extra: 0 },
      'bp7-a3-giscus': { matched: 12, extra: 0 },
      'bp7-a4-cackle': { matched: 14, extra: 0 },
      'bp7-b1-substack': { matched: 14, extra: 1 },
      'bp7-b2-livefyre': { matched: 12, extra: 0 },
      'bp7-b3-jcomments': { matched: 11, extra: 0 },
      'bp7-b4-waline': { matched: 12, extra: 0 },
    },
  },
  {
    dir: 'pages-blind8',
    files: 16,
    floors: {
      // Held-out (only scored): a1, a3, b1, b2.
      'bp8-a1-elm-street-bridge-closure': { matched: 11, extra: 1 },
      'bp8-a3-year-of-no-dig': { matched: 11, extra: 1 },
      'bp8-b1-kotlas-pereprava': { matched: 12, extra: 0 },
      'bp8-b2-izhevsk-avtobusnye-polosy': { matched: 13, extra: 0 },
      // A collapsed thread's title line ("(свернуто)") is read as an empty comment.
      'bp8-b3-kizhi-meteor': { matched: 12, extra: 1 },
    },
  },
  {
    dir: 'pages-blind9',
    files: 16,
    floors: {
      // At their blind figures (eighteenth session: nothing tuned on this batch). Held-out: a1, a3,
      // a4, b2, b3, b4; tune: a2, b1, read whole.
      'bp9-a1-community-garden': { matched: 20, extra: 0 },
      'bp9-a2-wochenmarkt': { matched: 19, extra: 0 },
      'bp9-a3-beekeeping-winter': { matched: 16, extra: 0 },
      'bp9-a4-four-day-week': { matched: 19, extra: 1 },
      'bp9-b1-fermeture-maternite': { matched: 22, extra: 0 },
      'bp9-b2-carril-bici': { matched: 18, extra: 0 },
      'bp9-b3-naberezhnaya': { matched: 20, extra: 0 },
      'bp9-b4-zurueck-zum-nokia': { matched: 18, extra: 3 },
    },
  },
  {
    dir: 'pages-blind10',
    files: 16,
    floors: {
      // Held-out (only scored; blind figures in the browser): a1, a3, b2, b4.
      'bp10-a1-library-hours': { matched: 16, extra: 1 },
      'bp10-a3-marche-nocturne': { matched: 13, extra: 0 },
      'bp10-b2-mercado-abastos': { matched: 18, extra: 0 },
      'bp10-b4-kommentare-forum': { matched: 15, extra: 3 },
      // Tune. a2 copies the Facebook comments plugin into the page (it lives in a facebook.com
      // frame on real pages): the names stay in the words, 15 of 21.
      'bp10-a2-kita-gebuehren': { matched: 15, extra: 5 },
      'bp10-a4-lodki-prokat': { matched: 18, extra: 0 },
      'bp10-b1-school-run-parking': { matched: 22, extra: 0 },
      'bp10-b3-palio-biglietti': { matched: 21, extra: 0 },
    },
  },
  {
    dir: 'pages-blind11',
    files: 16,
    floors: {
      // Held-out (only scored; blind figures in the browser): a2, a4, b2, b3.
      'bp11-a2-marche-du-samedi-demenage': { matched: 17, extra: 0 },
      'bp11-a4-harbor-street-food-hall': { matched: 23, extra: 0 },
      'bp11-b2-ostfriesland-letzter-bus': { matched: 19, extra: 1 },
      'bp11-b3-el-palo-playa-arena-temporales': { matched: 20, extra: 1 },
      // Tune: a1, a3, b1, b4, read whole.
      'bp11-a1-maple-street-bridge-closure': { matched: 26, extra: 0 },
      'bp11-a3-datchiki-vozduha-esp32': { matched: 27, extra: 0 },
      'bp11-b1-walkley-repair-cafe-one-year': { matched: 22, extra: 0 },
      'bp11-b4-feira-rua-marmore-volta': { matched: 19, extra: 0 },
    },
  },
  {
    dir: 'pages-blind12',
    files: 16,
    floors: {
      // Held-out (only scored): a1, a2, a4, b2, at their blind figures.
      'bp12-a1-cannery-letterpress-studio': { matched: 18, extra: 4 },
      'bp12-a2-wolderveen-fietsbrug-te-kort': { matched: 28, extra: 3 },
      'bp12-a4-marrowby-x7-night-bus-cut': { matched: 29, extra: 2 },
      'bp12-b2-ponte-velha-ribafria-fechada': { matched: 20, extra: 0 },
      // Tune: a3, b1, b3, b4, read whole (blind: 22/22 +1, 21/21 +2, 19/20 without the title, 21/21 +2).
      'bp12-a3-lavatoio-fonte-vecchia': { matched: 22, extra: 0 },
      'bp12-b1-geburtsstation-oberhasel-schliesst': { matched: 21, extra: 0 },
      'bp12-b3-lavoir-fontaine-aux-loups-sursis': { matched: 20, extra: 0 },
      'bp12-b4-przystanek-brzozowa-wola': { matched: 21, extra: 0 },
    },
  },
];

describe.each(SETS)('the blind hand pages of seeds/$dir', ({ dir, files, floors }) => {
  const DIR = fileURLToPath(new URL(`../../seeds/${dir}/`, import.meta.url));
  const names = pageNames(DIR);

  const browserOnly = BROWSER_ONLY_PAGES[dir] ?? {};
  it('are the files fixed by checksum, every page with its truth and its floor (here or in the browser spec)', () => {
    const entries = checksumEntries(resolve(DIR, 'checksums.sha256'));
    expect(entries).toHaveLength(files);
    for (const e of entries) expect(e.actual, e.file).toBe(e.expected);
    expect([...Object.keys(floors), ...Object.keys(browserOnly)].sort()).toEqual(names);
  });

  it.each(names.filter((n) => !(n in browserOnly)))('%s keeps its comments and finds no more than its floor allows', (name) => {
    const truth = JSON.parse(readFileSync(resolve(DIR, 'truth', `${name}.json`), 'utf8')) as { title: string; comments: string[] };
    const extraction = extractPage(resolve(DIR, 'pages', `${name}.html`), `http://127.0.0.1/${name}.html`);
    const found = extraction.comments.map((c) => c.text);
    const score = matchComments(found, truth.comments);
    const floor = floors[name] ?? { matched: truth.comments.length, extra: 0 };
    expect(score.matched, found.join('\n---\n').slice(0, 2000)).toBeGreaterThanOrEqual(floor.matched);
    expect(found.length - score.matched).toBeLessThanOrEqual(floor.extra);
    if (floor.title !== false) expect(sameTitle(extraction.article?.title ?? '', truth.title), extraction.article?.title).toBe(true);
  });
});
