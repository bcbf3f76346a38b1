/**
 * `npm run eval:corpus [DIR]`: runs the built extension in headless Chromium over every saved
 * real page of the corpus (default ../shared/corpus), served on 127.0.0.1 with every request
 * leaving 127.0.0.1 blocked, and scores the comments it finds against the ground truth.
 *
 * `--check` fails when the figures fall below the floors (a little under what was achieved), so
 * that a regression in detection fails `npm test`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { matchComments, sameTitle, type MatchScore } from '../utils/eval/match-comments';
import { analyseUrl } from './lib/analyse-url';
import { ensureAutomationBuild } from './lib/build';
import { launchExtensionBrowser } from './lib/extension-browser';
import { CORPUS_DIR, DRAGNET_DIR, ROOT, type BrowserName } from './lib/paths';
import { dragnetPageFloorFailures, dragnetPageNames, evaluateDragnetPage, printDragnetTable, type DragnetRow } from './lib/dragnet-eval';
import { serveDirectory } from './lib/serve';
import { summariseTokenScores } from '../utils/eval/token-score';

/** Floors for `--check`: set a little under the figures last achieved (see the README). */
export const FLOORS = {
  // Achieved on 2026-11-27: precision 1.00, recall 1.00 (700 of 701), 29/29 pages, titles 32/32.
  precision: 0.98,
  recall: 0.98,
  /** Pages with comments whose F1 is at least PAGE_F1. */
  goodPages: 28,
  /** Comments found on the pages without comments. */
  falseOnNegatives: 0,
  /** Pages whose article title was found. */
  titles: 30,
};
const PAGE_F1 = 0.9;

/**
 * Per page, the comments that must still be matched: a little under what was achieved on
 * 2026-12-01 (en-news-tomshardware-rtx from its 10/10 of 2026-11-27: that day's run could not
 * load it under the machine's load). No page with comments may drop to nothing: a total floor
 * alone would let one page of 14 comments drop to zero unnoticed.
 */
export const PAGE_FLOORS: Readonly<Record<string, number>> = {
  'de-blog-achgut-coronalage': 9,
  'de-blog-internetlaw-pseudonyme': 34,
  'de-blog-scilogs-gendersprache': 52,
  'de-blog-verfassungsblog-expertinnen': 4,
  'de-community-mtbnews-tubeless': 4,
  'de-deals-monsterdealz-leibniz': 25,
  'de-econ-oekonomenstimme-keynes': 31,
  'de-media-uebermedien-tabus': 16,
  'de-news-cicero-pandemie': 7,
  'de-news-hpd-homosexuellenhass': 9,
  'de-news-netzpolitik-abmahnungen': 71,
  'de-recipe-chefkoch-mandarinen': 8,
  'de-wayback-muffinrezept': 49,
  'de-wpcom-gormulus-sagen': 38,
  'en-blog-blisterreview-line-outline': 21,
  'en-blog-blogohblog-slideshow': 43,
  'en-blog-businessjargons-leadership': 8,
  'en-blog-wordpresscom-diverse': 12,
  'en-blog-youhadmeatgardening-lemon': 24,
  'en-blogger-luxuryhaven-hyatt': 23,
  'en-drupal-aclu-facebook': 9,
  'en-mag-thenervousbreakdown-heart': 10,
  'en-news-thepoliticalinsider-electoral': 13,
  'en-news-tomshardware-rtx': 9,
  'en-recipe-elavegan-truffles': 17,
  'en-recipe-flawlessfood-focaccia': 23,
  'en-recipe-foxyfolksy-buttercream': 76,
  'en-wp-readability-wordpress-jobs': 12,
  'fr-news-lopinion-glyphosate': 5,
};

/**
 * Floors for the dragnet set (`--set dragnet --check`), per split: token micro F1, and the most
 * pages with nothing found. A little under what was achieved (see the README), with tolerance for
 * the slow shared machine (a page that times out there reads as nothing found).
 */
export const DRAGNET_FLOORS = {
  // Achieved 2026-12-01 evening in Chromium, merged main (detect2 pass, chrome filter, author
  // class tokens): tune micro F1 0.97, nothing found on 3 of 159 pages; held-out micro F1 0.95,
  // nothing found on 2 of 136. Before the detect2 pass: 0.91 / 14 and 0.91 / 9; blind: 0.72 / 72
  // and 0.69 / 55. Floors leave a little room for the slow machine; per-page floors are in
  // scripts/dragnet-page-floors.json (see dragnetPageFloorFailures).
  tune: { microF1: 0.94, maxNothingFound: 5 },
  'held-out': { microF1: 0.92, maxNothingFound: 4 },
} as const;

interface Truth {
  title: string;
  comments: string[];
}

interface PageRow extends MatchScore {
  name: string;
  negative: boolean;
  titleOk: boolean;
  platform: string | null;
  error: string | undefined;
}

function pct(n: number): string {
  return n.toFixed(2);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      browser: { type: 'string', default: 'chromium' },
      only: { type: 'string' },
      set: { type: 'string', default: 'corpus' },
      split: { type: 'string', default: 'all' },
      'write-page-floors': { type: 'boolean', default: false },
    },
  });
  if (values.set === 'dragnet') return evalDragnet(resolve(positionals[0] ?? DRAGNET_DIR), values);
  const dir = resolve(positionals[0] ?? CORPUS_DIR);
  const pagesDir = resolve(dir, 'pages');
  if (!existsSync(pagesDir)) {
    console.log(`eval:corpus: no corpus at ${dir} (expected pages/ and truth/); nothing evaluated`);
    return values.check ? 0 : 1;
  }
  const browserName = values.browser as BrowserName;
  await ensureAutomationBuild(browserName, (...a: unknown[]) => console.error(...a));
  const names = readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => basename(f, '.html'))
    .filter((n) => !values.only || n.includes(values.only))
    .sort();
  const server = await serveDirectory(pagesDir);
  const browser = await launchExtensionBrowser(browserName);
  const rows: PageRow[] = [];
  try {
    for (const name of names) {
      const truth = JSON.parse(readFileSync(resolve(dir, 'truth', `${name}.json`), 'utf8')) as Truth;
      const result = await analyseUrl(browser, server.url(`${name}.html`), { clicks: [], waitMs: 0, timeoutMs: 30_000 });
      const score = matchComments(
        result.comments.map((c) => c.text),
        truth.comments,
      );
      rows.push({
        name,
        negative: truth.comments.length === 0,
        titleOk: sameTitle(result.article?.title, truth.title),
        platform: result.platform ?? null,
        error: result.error,
        ...score,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const positives = rows.filter((r) => !r.negative);
  const negatives = rows.filter((r) => r.negative);
  const found = positives.reduce((n, r) => n + r.found, 0);
  const expected = positives.reduce((n, r) => n + r.expected, 0);
  const matched = positives.reduce((n, r) => n + r.matched, 0);
  const overall = {
    precision: found ? matched / found : 0,
    recall: expected ? matched / expected : 0,
    goodPages: positives.filter((r) => r.f1 >= PAGE_F1).length,
    positivePages: positives.length,
    falseOnNegatives: negatives.reduce((n, r) => n + r.found, 0),
    titles: rows.filter((r) => r.titleOk).length,
    pages: rows.length,
  };

  if (values.json) {
    console.log(JSON.stringify({ rows, overall }));
  } else {
    console.log(`${'page'.padEnd(40)} ${'found/exp'.padStart(9)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}  title  platform`);
    for (const r of rows) {
      console.log(
        `${r.name.padEnd(40)} ${`${r.found}/${r.expected}`.padStart(9)} ${pct(r.precision).padStart(5)} ${pct(r.recall).padStart(5)} ${pct(r.f1).padStart(5)}  ${r.titleOk ? 'yes' : 'NO '}    ${r.platform ?? '-'}${r.error ? `  (${r.error})` : ''}`,
      );
    }
    console.log(
      `\noverall: precision ${pct(overall.precision)}, recall ${pct(overall.recall)} (${matched} matched of ${found} found, ${expected} expected); ` +
        `${overall.goodPages}/${overall.positivePages} pages with comments at F1 >= ${PAGE_F1}; ` +
        `${overall.falseOnNegatives} false comments on ${negatives.length} pages without comments; titles ${overall.titles}/${overall.pages}`,
    );
  }

  if (!values.check) return 0;
  const failures: string[] = [];
  if (overall.precision < FLOORS.precision) failures.push(`precision ${pct(overall.precision)} < ${FLOORS.precision}`);
  if (overall.recall < FLOORS.recall) failures.push(`recall ${pct(overall.recall)} < ${FLOORS.recall}`);
  if (overall.goodPages < FLOORS.goodPages) failures.push(`${overall.goodPages} good pages < ${FLOORS.goodPages}`);
  if (overall.falseOnNegatives > FLOORS.falseOnNegatives) failures.push(`${overall.falseOnNegatives} false comments on negatives`);
  if (overall.titles < FLOORS.titles) failures.push(`${overall.titles} titles found < ${FLOORS.titles}`);
  // Only when the whole corpus ran: `--only` leaves pages out on purpose.
  if (!values.only) failures.push(...pageFloorFailures(rows));
  if (failures.length) console.log(`corpus check FAILED: ${failures.join('; ')}`);
  else console.log('corpus check passed');
  return failures.length ? 1 : 0;
}

/** Pages below their floor (or missing from the run). */
export function pageFloorFailures(rows: { name: string; matched: number }[]): string[] {
  const failures: string[] = [];
  for (const [name, floor] of Object.entries(PAGE_FLOORS)) {
    const row = rows.find((r) => r.name === name);
    if (!row) failures.push(`${name}: not evaluated (floor ${floor})`);
    else if (row.matched < floor) failures.push(`${name}: ${row.matched} matched < floor ${floor}`);
  }
  return failures;
}

/**
 * Per-page floors of the dragnet set: each page's token F1 as last achieved (figures only, no
 * page text), written by `--write-page-floors`; checked by `dragnetPageFloorFailures`.
 */
export const DRAGNET_PAGE_FLOORS_FILE = resolve(ROOT, 'scripts/dragnet-page-floors.json');
function readDragnetPageFloors(): Record<string, number> {
  if (!existsSync(DRAGNET_PAGE_FLOORS_FILE)) return {};
  return JSON.parse(readFileSync(DRAGNET_PAGE_FLOORS_FILE, 'utf8')) as Record<string, number>;
}

/** The dragnet floors a run misses, per split present in it. */
export function dragnetFloorFailures(rows: DragnetRow[]): string[] {
  const failures: string[] = [];
  for (const split of ['tune', 'held-out'] as const) {
    const part = rows.filter((r) => r.split === split);
    if (part.length === 0) continue;
    const s = summariseTokenScores(part);
    const floor = DRAGNET_FLOORS[split];
    if (s.micro.f1 < floor.microF1) failures.push(`${split}: micro F1 ${s.micro.f1.toFixed(2)} < ${floor.microF1}`);
    if (s.nothingFound > floor.maxNothingFound) failures.push(`${split}: nothing found on ${s.nothingFound} pages > ${floor.maxNothingFound}`);
  }
  return failures;
}

async function evalDragnet(
  dir: string,
  values: { check?: boolean; json?: boolean; browser?: string; only?: string; split?: string; 'write-page-floors'?: boolean },
): Promise<number> {
  if (!existsSync(resolve(dir, 'pages'))) {
    console.log(`eval:corpus: no dragnet set at ${dir} (expected pages/ and truth/); nothing evaluated`);
    return values.check ? 0 : 1;
  }
  const browserName = (values.browser ?? 'chromium') as BrowserName;
  await ensureAutomationBuild(browserName, (...a: unknown[]) => console.error(...a));
  const names = dragnetPageNames(dir, values.only, values.split);
  const server = await serveDirectory(resolve(dir, 'pages'));
  const browser = await launchExtensionBrowser(browserName);
  const rows: DragnetRow[] = [];
  try {
    for (const name of names) rows.push(await evaluateDragnetPage(browser, server, dir, name));
  } finally {
    await browser.close();
    await server.close();
  }
  if (values.json) console.log(JSON.stringify({ rows }));
  else printDragnetTable(rows);
  if (values['write-page-floors']) {
    const floors = { ...readDragnetPageFloors() };
    for (const row of rows) floors[row.name] = Math.round(row.f1 * 100) / 100;
    const sorted = Object.fromEntries(Object.entries(floors).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(DRAGNET_PAGE_FLOORS_FILE, `${JSON.stringify(sorted, null, 1)}\n`);
    console.log(`wrote ${rows.length} page floors to ${DRAGNET_PAGE_FLOORS_FILE}`);
  }
  if (!values.check) return 0;
  const failures = [...(values.only ? [] : dragnetFloorFailures(rows)), ...dragnetPageFloorFailures(rows, readDragnetPageFloors())];
  if (failures.length) console.log(`dragnet check FAILED: ${failures.join('; ')}`);
  else console.log('dragnet check passed');
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval:corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
