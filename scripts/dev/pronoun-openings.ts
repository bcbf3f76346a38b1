/**
 * Dev loop only: comments whose opening refers to a person by a pronoun with no name before it
 * ("Really hope he settles quickly"), on the hand-written threads and the TUNE half of the real
 * labelled threads, with their labels: does such a comment talk about the article's subject?
 * Looks at every person pronoun, whatever the article says (the product also asks that the
 * article speak of such a person: cues.ts `articlePersonCheck`). Never prints the held-out half.
 *   npx tsx scripts/dev/pronoun-openings.ts
 */
import { threadExtraction } from '../../utils/analysis/evaluate';
import { analyzeExtraction } from '../../utils/analysis/analyze';
import { personPronouns, unresolvedPronoun } from '../../utils/analysis/cues';
import type { TextLanguage } from '../../utils/text/language';
import { loadLabelledThreads, seedThread } from '../eval-analysis';
import { tuneRealThreads } from '../lib/real-threads-eval';

const rows: string[] = [];
const tally = { on: 0, off: 0, threads: new Set<string>() };
const look = (set: string, lang: string, comments: { id: string; text: string; label: string; borderline?: boolean }[], marked: Set<string>, parents: Map<string, string | null>) => {
  for (const c of comments) {
    if (c.borderline) continue;
    const p = unresolvedPronoun(c.text, personPronouns(lang as TextLanguage), lang as TextLanguage);
    if (!p) continue;
    const off = c.label === 'off-topic';
    if (off) tally.off++;
    else tally.on++;
    tally.threads.add(set);
    rows.push(`${off ? 'OFF' : 'on '} ${marked.has(c.id) ? 'marked' : '      '} ${parents.get(c.id) ? 'reply' : 'top  '} ${set.padEnd(40)} «${p}» ${c.text.slice(0, 80).replace(/\n/g, ' ')}`);
  }
};
for (const t of [...loadLabelledThreads(), seedThread()]) {
  const r = analyzeExtraction(threadExtraction(t), { sensitivity: 'normal' });
  look(`hand ${t.id}`, t.lang, t.comments, new Set(r.comments.filter((c) => c.marks.some((m) => m.kind === 'off-topic')).map((c) => c.id)), new Map(r.comments.map((c) => [c.id, c.parentId])));
}
for (const { labels: t, extraction: ex, page } of tuneRealThreads()) {
  const r = analyzeExtraction(ex, { sensitivity: 'normal' });
  look(`real ${t.page}`, page.thread.lang, page.thread.comments, new Set(r.comments.filter((c) => c.marks.some((m) => m.kind === 'off-topic')).map((c) => c.id)), new Map(r.comments.map((c) => [c.id, c.parentId])));
}
for (const row of rows) console.log(row);
console.log(`on topic ${tally.on}, off topic ${tally.off}, in ${tally.threads.size} threads`);
