/**
 * The blind hand pages (`seeds/pages-blind/`): nine pages in markup nobody here wrote, with their
 * truth, fixed by checksum before any figure was taken on them. Read by the extension's DOM
 * readers under jsdom and matched against the truth as `npm run eval:corpus` matches the corpus
 * (by text overlap). Blind (2026-12-03, built extension in Chromium): 84 of 109 comments, 7 of 9
 * pages at F1 >= 0.9. The floors below sit at what each page gives now, so that no page silently
 * drops. bp-b1 (a 2008 blog whose only section title is "<b>11 comments so far</b>" and whose
 * items have no control and a "Posted by" line after the body) is still read as nothing: the fix
 * that was tried rested on that one page (see the README), so it has no floor yet.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchComments, sameTitle } from '../../utils/eval/match-comments';
import { extractPage, pageNames } from '../../scripts/lib/page-threads';
import { checksumEntries } from '../unit/checksums';

const DIR = fileURLToPath(new URL('../../seeds/pages-blind/', import.meta.url));
const names = pageNames(DIR);

/** Per page: the comments of the truth that must be matched, and how many may be found besides. */
const FLOORS: Record<string, { matched: number; extra: number }> = {
  'bp-a1-wexbury-footbridge': { matched: 12, extra: 0 },
  'bp-a2-stargorod-topolya': { matched: 14, extra: 0 },
  'bp-a3-maternite-saint-aubin': { matched: 11, extra: 0 },
  'bp-b1-raleigh-twenty-hub': { matched: 0, extra: 0 },
  // The note left where a moderator removed a comment is read as a comment.
  'bp-b2-freibad-talwiese': { matched: 12, extra: 1 },
  'bp-b3-peatonalizacion-casco-antiguo': { matched: 10, extra: 0 },
  'bp-c1-transit-fare-cuts': { matched: 14, extra: 0 },
  'bp-c2-repair-cafe-economics': { matched: 12, extra: 0 },
  'bp-c3-tver-old-bridge-repair': { matched: 13, extra: 0 },
};

describe('the blind hand pages', () => {
  it('are the files fixed by checksum, nine pages with their truth', () => {
    const entries = checksumEntries(resolve(DIR, 'checksums.sha256'));
    expect(entries).toHaveLength(18);
    for (const e of entries) expect(e.actual, e.file).toBe(e.expected);
    expect(Object.keys(FLOORS).sort()).toEqual(names);
  });

  it.each(names)('%s keeps its comments and finds no more than its floor allows', (name) => {
    const truth = JSON.parse(readFileSync(resolve(DIR, 'truth', `${name}.json`), 'utf8')) as { title: string; comments: string[] };
    const extraction = extractPage(resolve(DIR, 'pages', `${name}.html`), `http://127.0.0.1/${name}.html`);
    const found = extraction.comments.map((c) => c.text);
    const score = matchComments(found, truth.comments);
    const floor = FLOORS[name] ?? { matched: truth.comments.length, extra: 0 };
    expect(score.matched, found.join('\n---\n').slice(0, 2000)).toBeGreaterThanOrEqual(floor.matched);
    expect(found.length - score.matched).toBeLessThanOrEqual(floor.extra);
    expect(sameTitle(extraction.article?.title ?? '', truth.title), extraction.article?.title).toBe(true);
  });
});
