/**
 * The blind hand threads in `seeds/threads-blind/` were written and labelled by sessions that
 * never saw the code, and fixed by checksum before any figure on them was taken: eight in the
 * eleventh session, twelve more (`blind2-*`) in the twelfth, eight more (`blind3-*`, with an Italian
 * one) in the thirteenth, eight more (`blind4-*`, with Portuguese and Dutch) in the fourteenth, eight more (`blind5-*`) in the fifteenth, eight more (`blind6-*`) in the sixteenth, eight more (`blind7-*`) in the seventeenth, eight more (`blind8-*`) in the eighteenth, eight more (`blind10-*`) in the nineteenth, eight more (`blind11-*`) in the twentieth, eight more (`blind12-*`, `blind13-*`, `blind14-*`) in each of the twenty-first to twenty-third. Their held-out half (by `splitOf`) is
 * only reported: these floors sit just under what it gets (per thread below; the blind figures
 * are in the folder's README), so that no thread silently drops. Raising one is fine; lowering
 * one needs a reason. The tune half is developed on. In the thirtieth session the off-topic floor
 * of every held-out thread that had come to stand above its floor (76 of 92) was raised to its
 * figure, rounded down to two places; the comments below give each one's history.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overall, rates, replyRates, threadExtraction } from '../../../utils/analysis/evaluate';
import { analyzeExtraction } from '../../../utils/analysis/analyze';
import { splitOf } from '../../../utils/eval/token-score';
import { BLIND_THREADS_DIR, evaluateThreads, loadLabelledThreads } from '../../../scripts/eval-analysis';
import { checksumEntries } from '../checksums';

const threads = loadLabelledThreads(BLIND_THREADS_DIR);
const scores = evaluateThreads(threads, 'normal');
const heldOut = scores.filter((s) => splitOf(s.id) === 'held-out');

/**
 * Per held-out thread: off-topic F1, link-only F1 and, in flat threads, the share of cued reply
 * links recovered and the most inferred links that may be wrong (0 unless given).
 */
const FLOORS: Record<string, { offTopic: number; linkOnly: number; cued?: number; wrong?: number }> = {
  'blind-de-geburtsstation-altenbrunn': { offTopic: 0.57, linkOnly: 1 },
  'blind-en-hallbrook-maternity': { offTopic: 0.94, linkOnly: 1 },
  // 0.89 until the nineteenth session's name-opening reply cue (cued links 10 → 12 of 14, none
  // wrong) linked one more reply into its thread: 0.82.
  'blind-es-puente-grietas-flat': { offTopic: 0.82, linkOnly: 1, cued: 0.8 },
  'blind-fr-urgences-nuit': { offTopic: 0.87, linkOnly: 1 },
  'blind-ru-most-lykovo-flat': { offTopic: 0.9, linkOnly: 1, cued: 0.7 },
  'blind-ru-telefony-v-shkolah': { offTopic: 0.94, linkOnly: 1 },
  'blind2-de-warnstreik-flat': { offTopic: 0.87, linkOnly: 1, cued: 0.7, wrong: 1 },
  'blind2-en-castlebridge-town-finances': { offTopic: 0.85, linkOnly: 1 },
  'blind2-en-depot-housing': { offTopic: 1, linkOnly: 1 },
  'blind2-ru-platnaya-parkovka-kazan-flat': { offTopic: 0.71, linkOnly: 1, cued: 0.9 },
  'blind2-ru-sibir-trener-flat': { offTopic: 0.85, linkOnly: 1, cued: 0.7, wrong: 1 },
  // 0.67 until the fifteenth session; 0.59 since a short answer to a question goes with the question
  // (tune +0.03, held-out in total unchanged at 0.78): an answer here under a question left unmarked.
  'blind2-ru-snegopad-nn': { offTopic: 0.58, linkOnly: 1 },
  'blind3-de-hallenbad-flat': { offTopic: 0.62, linkOnly: 1, cued: 0.35, wrong: 1 },
  'blind3-en-stadium-sale': { offTopic: 0.74, linkOnly: 1 },
  // 0.53 until the twenty-third session's REPEATED_LINK_BY_AUTHOR (cues.ts, decided on the tune
  // halves: three false spam marks gone, no right one lost): a spammer here pastes the link twice,
  // no longer spam by that alone (0.46). The real held-out threads lost three false marks with it.
  'blind3-es-ferry-flat': { offTopic: 0.46, linkOnly: 1, cued: 0.55 },
  // Batch 4 at its blind figures (README): nothing tuned on these.
  'blind4-de-saeumnisgebuehren-bibliothek-flat': { offTopic: 0.85, linkOnly: 1, cued: 0.85 },
  // 0.73 until the twenty-third session's short-reply rule (off-topic.ts THREAD_REPLY_MARK_TERMS,
  // decided on the tune halves): its drift starts with a seven-term reply that shares a minor word
  // ("How's the hiring there?"), now unjudged, and its two replies go with it: 0.60.
  'blind4-en-school-bus-routes': { offTopic: 0.6, linkOnly: 0.65 },
  'blind4-es-casco-antiguo-almedina-flat': { offTopic: 0.8, linkOnly: 0.65, cued: 1 },
  'blind4-fr-parking-hopital-montreval': { offTopic: 0.77, linkOnly: 1 },
  'blind4-it-seggiovia-valfonda-flat': { offTopic: 0.82, linkOnly: 1, cued: 0.9 },
  'blind4-ru-elektrobusy-verkhnekamsk': { offTopic: 1, linkOnly: 0.65 },
  // Batch 5 at its blind figures (README): nothing tuned on these.
  'blind5-de-laubblaeser-koeniz': { offTopic: 0.72, linkOnly: 1 },
  'blind5-fr-videoprotection-flat': { offTopic: 0.85, linkOnly: 1, cued: 0.65, wrong: 1 },
  'blind5-ru-stray-dogs': { offTopic: 0.83, linkOnly: 0.65 },
  // Batch 6 (sixteenth session): comment sections written with many short on-topic comments that
  // share no word with the article, and two forum Q&A threads; blind 0.58 on the held-out four.
  'blind6-de-stadtrat-radweg': { offTopic: 0.55, linkOnly: 1 },
  'blind6-en-forum-visa-renewal-flat': { offTopic: 0.5, linkOnly: 1, cued: 0.55, wrong: 1 },
  'blind6-it-calcio-stadio': { offTopic: 0.76, linkOnly: 1 },
  'blind6-ru-novosti-shkola-shift': { offTopic: 0.84, linkOnly: 1 },
  'blind7-de-kaffee-studie': { offTopic: 0.85, linkOnly: 1 },
  'blind7-en-earbuds-review-flat': { offTopic: 0.63, linkOnly: 1, cued: 0.65, wrong: 2 },
  // 0.70 until the same rule: a brunch sub-thread that starts with a short reply sharing a minor
  // word is no longer marked (0.56). The held-out half's total stays at 0.71 (P 0.70 → 0.72).
  'blind7-en-forum-licence-transfer-flat': { offTopic: 0.55, linkOnly: 1, cued: 0.75, wrong: 0 },
  'blind7-es-piscina-ermita-flat': { offTopic: 0.84, linkOnly: 1, cued: 0.7, wrong: 1 },
  'blind7-fr-forum-fuite-toit-assurance-flat': { offTopic: 0.57, linkOnly: 1, cued: 0.85, wrong: 1 },
  'blind7-ru-makarovskiy-most': { offTopic: 0.8, linkOnly: 1 },
  // Batch 8 (eighteenth session): flat threads in time order, replies several comments below what
  // they answer. Blind: de-wolf 0.87, fr-eclairage-flat 0.64 (cued 17 of 26, 4 wrong).
  'blind8-de-wolf': { offTopic: 0.86, linkOnly: 1 },
  'blind8-fr-eclairage-flat': { offTopic: 0.66, linkOnly: 1, cued: 0.65, wrong: 3 },
  // Batch 10 (nineteenth session): forum Q&A threads and news threads in time order. Blind:
  // de-forum-ebike-akku-flat 0.53 (cued 7 of 17, 3 wrong), es-abono-transporte-flat 0.86 (13 of
  // 16, 1 wrong), ru-goryachaya-voda 0.77.
  'blind10-de-forum-ebike-akku-flat': { offTopic: 0.6, linkOnly: 1, cued: 0.4, wrong: 3 },
  'blind10-es-abono-transporte-flat': { offTopic: 0.89, linkOnly: 1, cued: 0.8, wrong: 1 },
  'blind10-ru-goryachaya-voda': { offTopic: 0.88, linkOnly: 1 },
  // Batch 11 (twentieth session): 2010-2014 blog comment sections and an expat forum. Blind:
  // en-blog-router-firmware 0.89, en-forum-visa-renewal-flat 0.52 (cued 14 of 21, none wrong),
  // fr-blog-municipales-flat 0.50 (14 of 18, 3 wrong), ru-novosti-most-remont 0.74.
  'blind11-en-blog-router-firmware': { offTopic: 0.88, linkOnly: 1 },
  'blind11-en-forum-visa-renewal-flat': { offTopic: 0.71, linkOnly: 1, cued: 0.65, wrong: 0 },
  'blind11-fr-blog-municipales-flat': { offTopic: 0.53, linkOnly: 1, cued: 0.75, wrong: 3 },
  'blind11-ru-novosti-most-remont': { offTopic: 0.73, linkOnly: 1 },
  // Batch 12 (twenty-first session), at their blind figures (the twentieth session's analysis):
  // de-sperrmuell 0.64, en-netbook-review-flat 0.61 (link-only 0.67, 11 of 17 cued, 3 wrong),
  // it-langhe-flat 0.60 (13 of 17, 1 wrong), pt-tarifa-onibus 0.57.
  'blind12-de-sperrmuell': { offTopic: 0.7, linkOnly: 1 },
  'blind12-en-netbook-review-flat': { offTopic: 0.6, linkOnly: 1, cued: 0.64, wrong: 3 },
  'blind12-it-langhe-flat': { offTopic: 0.6, linkOnly: 1, cued: 0.75, wrong: 1 },
  'blind12-pt-tarifa-onibus': { offTopic: 0.56, linkOnly: 1 },
  // Batch 13 (twenty-second session), at their blind figures (the twenty-first session's analysis):
  // de-baeckerei-schliesst 0.90, pt-obras-linha-oeste-flat 0.90 (13 of 17 cued, 2 wrong).
  'blind13-de-baeckerei-schliesst': { offTopic: 0.94, linkOnly: 1 },
  'blind13-pt-obras-linha-oeste-flat': { offTopic: 0.9, linkOnly: 1, cued: 0.75, wrong: 2 },
  // Batch 14 (twenty-third session), at their blind figures (taken once, before any change):
  // off-topic 0.52, 0.36, 0.50, 0.36, 0.75, 0.29; link-only 1 but pl 0.67; cued 16 of 21 and 15 of 19.
  // 0.5 until the twenty-eighth session's readers' question factor (0.52 → 0.58).
  'blind14-en-library-hours': { offTopic: 0.62, linkOnly: 1 },
  'blind14-es-lentejas-estofadas-abuela': { offTopic: 0.5, linkOnly: 1 },
  'blind14-it-ciclabile-corso': { offTopic: 0.5, linkOnly: 1 },
  'blind14-nl-budget-ereader-flat': { offTopic: 0.33, linkOnly: 1, cued: 0.75, wrong: 0 },
  'blind14-pl-awaria-aplikacji-banku-flat': { offTopic: 0.75, linkOnly: 1, cued: 0.75, wrong: 0 },
  'blind14-ru-novyj-terminal-aeroporta-kirov': { offTopic: 0.39, linkOnly: 1 },
  // Batch 15 (twenty-fourth session), at their blind figures (taken once, before any change):
  // off-topic 0.52, 0.56, 0.42, 0.74, 0.67; link-only 0.67, 0.67, 1, 1, 0.67; cued 9 of 26 (3
  // wrong), 19 of 23 (1 wrong), 15 of 24 (1 wrong).
  'blind15-de-glasfaser-verzoegerung': { offTopic: 0.47, linkOnly: 1 },
  'blind15-en-forum-used-car-dubai-flat': { offTopic: 0.58, linkOnly: 1, cued: 0.34, wrong: 3 },
  'blind15-es-huelga-medicos-atencion-primaria-flat': { offTopic: 0.52, linkOnly: 1, cued: 0.8, wrong: 1 },
  'blind15-fr-forum-tomates-mildiou-flat': { offTopic: 0.7, linkOnly: 1, cued: 0.6, wrong: 1 },
  'blind15-ru-forum-noutbuk-dlya-ucheby': { offTopic: 0.66, linkOnly: 1 },
  // Batch 16 (twenty-fourth session), at their blind figures (taken once, before any change made
  // after reading them): off-topic 0.67, 0.86, 0.82; link-only 1, 0.67, 0.67; cued 16 of 24 (2
  // wrong), 12 of 16 (3 wrong).
  'blind16-de-blog-balkonkraftwerk': { offTopic: 0.7, linkOnly: 1 },
  'blind16-it-forum-caldaia-condominio-flat': { offTopic: 0.85, linkOnly: 0.65, cued: 0.65, wrong: 2 },
  'blind16-ru-novosti-kapremont-krysha-flat': { offTopic: 0.84, linkOnly: 0.65, cued: 0.74, wrong: 3 },
  // Batch 17 (twenty-fifth session), at their blind figures (taken once, before any change made
  // after reading them): off-topic 0.63, 0.42, 0.58, 0.67, 0.80; link-only 0.67 on the German
  // thread, 1 elsewhere; cued 23 of 28 (2 wrong), 12 of 19 (2 wrong).
  'blind17-de-forum-waermepumpe-altbau-flat': { offTopic: 0.62, linkOnly: 1, cued: 0.8, wrong: 2 },
  'blind17-en-local-news-bridge-weight-limit': { offTopic: 0.44, linkOnly: 1 },
  'blind17-es-blog-receta-tortilla-flat': { offTopic: 0.6, linkOnly: 1, cued: 0.6, wrong: 2 },
  'blind17-it-news-autovelox-statale': { offTopic: 0.66, linkOnly: 1 },
  'blind17-pl-portal-remont-dworca': { offTopic: 0.9, linkOnly: 1 },
  // Batch 18 (twenty-sixth session), at their blind figures (taken once, before any change made
  // after reading them): off-topic 0.70, 0.82, 0.75, 0.62, 0.88; link-only 0.67 on the German and
  // the Brazilian thread, 1 elsewhere; cued 17 of 21 (none wrong), 14 of 19 (1 wrong).
  'blind18-de-bundesliga-spielbericht-flat': { offTopic: 0.75, linkOnly: 1, cued: 0.8, wrong: 0 },
  // 0.8 until the twenty-eighth session's readers' question factor (0.82 → 0.89).
  'blind18-en-film-review-sequel': { offTopic: 0.99, linkOnly: 1 },
  // 0.73 until the twenty-eighth session's readers' question factor (0.75 → 0.82).
  'blind18-es-tecnologia-movil-lanzamiento': { offTopic: 0.82, linkOnly: 1 },
  'blind18-it-blog-viaggio-sardegna-flat': { offTopic: 0.71, linkOnly: 1, cued: 0.73, wrong: 1 },
  'blind18-pt-futebol-classico-empate': { offTopic: 0.87, linkOnly: 0.65 },
  // Batch 19 (twenty-seventh session), floors at the blind figures taken before any change.
  'blind19-en-local-council-bins-flat': { offTopic: 0.76, linkOnly: 1, cued: 0.7, wrong: 0 },
  'blind19-en-tech-database-release': { offTopic: 0.66, linkOnly: 1 },
  'blind19-pl-forum-remont-lazienki-flat': { offTopic: 0.74, linkOnly: 1, cued: 0.78, wrong: 2 },
  // Batch 20 (twenty-eighth session), at their blind figures: en 0.67 (cued 13 of 18, 2 wrong), es 0.50, it 0.78.
  'blind20-en-local-school-bus-routes-flat': { offTopic: 0.66, linkOnly: 1, cued: 0.72, wrong: 2 },
  'blind20-es-blog-receta-mole-poblano': { offTopic: 0.5, linkOnly: 1 },
  'blind20-it-notizie-bollette-panifici': { offTopic: 0.84, linkOnly: 1 },
  // Batch 21 (twenty-ninth session), at their blind figures: fr 0.59, it 0.76, nl 0.43 (cued 14 of 16, none wrong), ru 0.63.
  'blind21-fr-site-travaux-tram': { offTopic: 0.85, linkOnly: 1 },
  'blind21-it-blog-ciclismo-passo-chiuso': { offTopic: 0.86, linkOnly: 1 },
  'blind21-nl-dorp-kermis-geluid-flat': { offTopic: 0.42, linkOnly: 1, cued: 0.87, wrong: 0 },
  'blind21-ru-novosti-parom-otmenen': { offTopic: 0.77, linkOnly: 1 },
  // Batch 22 (twenty-ninth session), at their blind figures: de 0.60, en 0.57 (cued 7 of 20, 5 wrong), es 0.90, fr 0.44 (cued 12 of 21, none wrong).
  'blind22-de-blog-wanderweg-gesperrt': { offTopic: 0.63, linkOnly: 1 },
  'blind22-en-forum-allotment-water-flat': { offTopic: 0.63, linkOnly: 1, cued: 0.34, wrong: 5 },
  'blind22-es-noticias-huelga-metro': { offTopic: 0.95, linkOnly: 1 },
  'blind22-fr-forum-voisins-haie-flat': { offTopic: 0.44, linkOnly: 1, cued: 0.57, wrong: 0 },
  // Batch 23 (thirtieth session), at their blind figures: en blog 0.76 (cued 13 of 18, 3 wrong), en
  // news 0.83, fr 0.53, it 0.38, pt 0.59 (cued 14 of 19, 2 wrong).
  'blind23-en-blog-kestrel-k8-flat': { offTopic: 0.76, linkOnly: 1, cued: 0.72, wrong: 3 },
  'blind23-en-news-school-bus-route': { offTopic: 0.87, linkOnly: 1 },
  'blind23-fr-news-parking-gare-payant': { offTopic: 0.58, linkOnly: 1 },
  'blind23-it-news-sagra-annullata': { offTopic: 0.47, linkOnly: 1 },
  'blind23-pt-news-passagem-itapare-flat': { offTopic: 0.66, linkOnly: 1, cued: 0.73, wrong: 2 },
  // Batch 24 (thirty-first session), at their blind figures: de blog 0.78 (cued 19 of 22, 3 wrong),
  // de news 0.82, en forum 0.70 (cued 18 of 27, 2 wrong), pt 0.32 (cued 15 of 24, none wrong), ru
  // 0.50 (cued 17 of 23, 1 wrong).
  'blind24-de-blog-tomaten-braunfaeule-flat': { offTopic: 0.77, linkOnly: 1, cued: 0.86, wrong: 3 },
  'blind24-de-news-bahnstreik-pendler': { offTopic: 0.81, linkOnly: 1 },
  'blind24-en-forum-ev-home-charger-flat': { offTopic: 0.69, linkOnly: 1, cued: 0.66, wrong: 2 },
  'blind24-pt-blog-celular-barato-flat': { offTopic: 0.31, linkOnly: 1, cued: 0.62, wrong: 0 },
  'blind24-ru-forum-zimnie-shiny-flat': { offTopic: 0.5, linkOnly: 1, cued: 0.73, wrong: 1 },
  // Batch 25 (thirty-first session), at their blind figures: en 0.92, es 0.61 (cued 15 of 22, 3
  // wrong), fr 0.73 (cued 17 of 23, 3 wrong), pl 0.53 (cued 23 of 25, none wrong), ru 0.67.
  'blind25-en-news-school-phone-ban': { offTopic: 0.91, linkOnly: 1 },
  'blind25-es-blog-huerto-urbano-flat': { offTopic: 0.6, linkOnly: 1, cued: 0.68, wrong: 3 },
  'blind25-fr-forum-velo-electrique-vol-flat': { offTopic: 0.72, linkOnly: 1, cued: 0.73, wrong: 3 },
  'blind25-pl-forum-pompa-ciepla-flat': { offTopic: 0.52, linkOnly: 1, cued: 0.92, wrong: 0 },
  'blind25-ru-news-tramvai-marshrut': { offTopic: 0.66, linkOnly: 1 },
  // Batch 26 (thirty-first session), at their blind figures (nine of its twelve fell in the held-out
  // half): de 0.64 (cued 18 of 22), en blog 0.75 (cued 15 of 17), en forum 0.67 (cued 21 of 27, 1
  // wrong), es 0.72 (cued 16 of 23), fr 0.57, pl 0.87, pt 0.36 and link-only 0.67 (cued 15 of 18, 4
  // wrong), ru blog 0.75 and link-only 0.67 (cued 13 of 23, 2 wrong), ru news 0.78.
  'blind26-de-forum-radpendler-radweg-flat': { offTopic: 0.63, linkOnly: 1, cued: 0.81, wrong: 0 },
  'blind26-en-blog-bread-machine-review-flat': { offTopic: 0.74, linkOnly: 1, cued: 0.88, wrong: 0 },
  'blind26-en-forum-loft-insulation-flat': { offTopic: 0.66, linkOnly: 1, cued: 0.77, wrong: 1 },
  'blind26-es-forum-oposiciones-flat': { offTopic: 0.71, linkOnly: 1, cued: 0.69, wrong: 0 },
  'blind26-fr-news-marche-noel-annule': { offTopic: 0.57, linkOnly: 1 },
  'blind26-pl-news-zakaz-piecow-weglowych': { offTopic: 0.86, linkOnly: 1 },
  'blind26-pt-blog-bolo-de-milho-flat': { offTopic: 0.36, linkOnly: 0.66, cued: 0.83, wrong: 4 },
  'blind26-ru-blog-rybalka-zapret-flat': { offTopic: 0.74, linkOnly: 0.66, cued: 0.56, wrong: 2 },
  'blind26-ru-news-remont-shkoly': { offTopic: 0.77, linkOnly: 1 },
  'blind27-de-blog-modellbahn-messe': { offTopic: 0.6, linkOnly: 1 },
  'blind27-fr-forum-permis-conduire-flat': { offTopic: 0.85, linkOnly: 1, cued: 0.5, wrong: 2 },
  'blind27-nl-forum-zonnepanelen-salderen-flat': { offTopic: 0.66, linkOnly: 1, cued: 0.81, wrong: 3 },
  'blind27-pl-news-remont-mostu-flat': { offTopic: 0.8, linkOnly: 1, cued: 0.69, wrong: 0 },
  'blind27-ru-news-otoplenie-dolgi': { offTopic: 0.86, linkOnly: 1 },
  'blind28-en-news-library-self-service': { offTopic: 0.58, linkOnly: 1 },
  'blind28-es-forum-huerto-urbano-flat': { offTopic: 0.6, linkOnly: 1, cued: 0.66, wrong: 1 },
  'blind28-fr-news-piscine-municipale-tarifs': { offTopic: 0.8, linkOnly: 1 },
  'blind28-it-news-mercato-coperto-restauro': { offTopic: 0.7, linkOnly: 1 },
  'blind28-nl-news-fietsenstalling-station': { offTopic: 0.5, linkOnly: 1 },
  'blind28-pl-blog-grzybobranie-sezon': { offTopic: 0.6, linkOnly: 1 },
  'blind28-pt-blog-viagem-comboio-douro': { offTopic: 0.62, linkOnly: 1 },
  'blind28-ru-forum-dacha-voda-flat': { offTopic: 0.78, linkOnly: 1, cued: 0.7, wrong: 2 },
};

describe('the blind hand threads', () => {
  it('are the files fixed by checksum, 244 threads in nine languages, a hundred and twenty-two of them flat', () => {
    const entries = checksumEntries(resolve(BLIND_THREADS_DIR, 'checksums.sha256'));
    expect(entries).toHaveLength(244);
    for (const e of entries) expect(e.actual, e.file).toBe(e.expected);
    expect(threads).toHaveLength(244);
    expect(new Set(threads.map((t) => t.lang))).toEqual(new Set(['en', 'de', 'fr', 'es', 'ru', 'it', 'pt', 'nl', 'pl']));
    expect(threads.filter((t) => t.flat)).toHaveLength(122);
  });

  it('has a floor for every held-out thread and none for a tune thread', () => {
    expect(Object.keys(FLOORS).sort()).toEqual(heldOut.map((s) => s.id).sort());
  });

  it.each(heldOut.map((s) => [s.id, s] as const))('%s (held-out) stays at its floors', (id, s) => {
    const floor = FLOORS[id];
    const detail = s.errors.join('\n');
    expect(rates(s.offTopic).f1, detail).toBeGreaterThanOrEqual(floor?.offTopic ?? 1);
    expect(rates(s.linkOnly).f1, detail).toBeGreaterThanOrEqual(floor?.linkOnly ?? 1);
    if (s.replies) {
      expect(replyRates(s.replies).recoveredCued, detail).toBeGreaterThanOrEqual(floor?.cued ?? 1);
      expect(s.replies.wrong, detail).toBeLessThanOrEqual(floor?.wrong ?? 0);
    }
  });

  // 0.77 with batches 1 and 2; batch 3 added three harder held-out threads (blind 0.60 on them),
  // batch 6 four more (blind 0.58: 0.78 → 0.746 over the held-out half), batch 7 six more (blind
  // 0.70: 0.746 → 0.737), batch 10 three more (blind 0.74; the held-out half stays at 0.74), batch
  // 11 four more (blind 0.66: 0.74 → 0.73).
  // 0.72 since batch 12's four held-out threads joined at 0.60 (47 threads; it was 0.73 on 43).
  // Batch 13's two joined at 0.90 (49 threads: 0.73). Batch 14's six joined at 0.48 blind (55
  // threads: 0.71, P 0.70 R 0.72); the floor goes to 0.70, just under. Batch 15's five joined at
  // 0.58 blind (60 threads: 0.71 → 0.699, P 0.69 R 0.71); the floor goes to 0.69. Batch 16's three
  // joined at 0.78 blind (63 threads: 0.704). Batch 17's five joined at 0.62 blind (68 threads:
  // 0.696, P 0.69 R 0.70). Batch 18's five joined at 0.75 blind (73 threads: 0.70). The twenty-
  // sixth session's cue forms from its probe (casino, loan, pharmacy and tradesman adverts; thread
  // hijacks) took it to 0.706 with no tune thread changed; the floor goes to 0.70. Batch 19's three
  // joined at 0.69 blind (76 threads: 0.7066, P 0.70 R 0.71); the twenty-seventh session's promo
  // codes and dating forms took it to 0.7075. Batch 20's three joined at 0.65 blind (79 threads:
  // 0.7056, tp 508 fp 208 fn 216); the twenty-eighth session's readers' question factor took it
  // to 0.7078 (tp 511 fp 209 fn 213). Batch 21's four joined at 0.62 blind (83 threads: 0.7037,
  // tp 532 fp 213 fn 235); the twenty-ninth session's forms (a deleted post, a greeting through a
  // reader, a dating profile, an Instagram account beside an offer) took it to 0.7050. Batch 22's
  // four joined at 0.63 blind (87 threads: 0.7018); that session's rules took it to 0.7034. Batch
  // 23's five joined at 0.64 blind (92 threads: 0.6998, tp 592 fp 227 fn 281); the floor went to
  // 0.69, just under, as it did when batch 15 joined; the thirtieth session's forms took it to 0.7051
  // (tp 599 fp 227 fn 274) and the floor back to 0.70. Batch 24's five joined at 0.63 blind (97
  // threads: 0.7012, tp 629 fp 232 fn 304). The thirty-first session's drift return factor
  // (off-topic.ts DRIFT_RETURN_FACTOR, chosen on the tune half) took it to 0.7093 (tp 654 fp 257
  // fn 279): 19 held-out threads rose and 13 fell, by one or two comments each (the largest
  // blind12-pt-tarifa-onibus 0.67 → 0.56); every changed thread's floor follows its new figure.
  // Its hedged declarations ("Etwas OT, aber …", cues.ts HEDGE, chosen on the tune half) took it to
  // 0.7164 (tp 653 fp 237 fn 280): 14 threads rose, blind5-de-laubblaeser-koeniz fell 0.83 → 0.73
  // (a reply under "Etwas off-topic, aber zum Laub liegenlassen …", labelled off topic, is held).
  // Batch 25's five joined at 0.70 blind (102 threads: 0.7154, tp 690 fp 244 fn 305).
  // That session's batch 25 forms took it to 0.7161. Batch 26's nine joined at 0.68 blind (111
  // threads: 0.7125, tp 757 fp 265 fn 346; link-only 0.987 → 0.984, two missed).
  // Batch 27's five joined at 0.76 blind (116 threads: 0.7143 → 0.7165, tp 800 fp 270 fn 363).
  // That session's batch 27 forms took it to 0.7194. Batch 28's eight joined at 0.66 blind (124
  // threads: 0.7194 → 0.7155, tp 854 fp 278 fn 401).
  // Link-only: 0.95 until the twenty-sixth session's arrow captions ("notes officielles -> URL",
  // tuned on five tune threads) took the held-out half to 0.98, seven held-out threads to 1.
  // A top-level question to the readers held by one passing word of the article (off-topic.ts
  // READERS_QUESTION_FACTOR), in two blind tune threads of two writers.
  it.each([
    ['blind12-en-cup-upset', 'Anyone watching the darts tonight?'],
    ['blind11-de-blog-wanderweg', 'Weiß jemand, ob die Zugspitzbahn'],
  ])('marks a readers’ question on another subject in %s: %s', (id, opening) => {
    const thread = threads.find((t) => t.id === id);
    expect(thread).toBeDefined();
    if (!thread) return;
    const result = analyzeExtraction(threadExtraction(thread), { sensitivity: 'normal' });
    const comment = result.comments.find((c) => c.text.startsWith(opening));
    expect(comment?.marks.map((m) => m.kind)).toEqual(['off-topic']);
  });

  it('keeps the held-out half at off-topic F1 0.70 and link-only F1 0.97 or more', () => {
    const all = overall(heldOut);
    expect(rates(all.offTopic).f1).toBeGreaterThanOrEqual(0.7);
    expect(rates(all.linkOnly).f1).toBeGreaterThanOrEqual(0.97);
  });
});
