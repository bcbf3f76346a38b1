/**
 * Dev loop only: comments that speak to someone in the second person in their opening ("You have
 * some mighty crazy stories", "Welcome back", "Hi Matt, would be nice…"), on the hand-written
 * threads and the TUNE half of the real labelled threads, with their labels and how often the
 * article speaks in the first person: on a first-person post, is "you" the writer, and is such a
 * comment on topic? Never prints the held-out half.   npx tsx scripts/dev/writer-address.ts
 */
import { threadExtraction } from '../../utils/analysis/evaluate';
import { analyzeExtraction } from '../../utils/analysis/analyze';
import { forEachWordSegment } from '../../utils/text/tokens';
import type { TextLanguage } from '../../utils/text/language';
import { loadLabelledThreads, seedThread } from '../eval-analysis';
import { tuneRealThreads } from '../lib/real-threads-eval';

const SECOND: Record<string, string[]> = {
  en: ['you', 'your', "you're", 'yours', "you've", "you'll", "you'd", 'yourself', 'ya'],
  de: ['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'euch', 'euer', 'eure', 'ihnen'],
  fr: ['vous', 'votre', 'vos', 'tu', 'toi', 'ton', 'ta', 'tes'],
  es: ['tú', 'ti', 'tu', 'tus', 'usted', 'ustedes', 'contigo', 'vosotros', 'vuestro', 'vuestra'],
  ru: ['ты', 'тебя', 'тебе', 'тобой', 'твой', 'твоя', 'твои', 'вы', 'вас', 'вам', 'вами', 'ваш', 'ваша', 'ваши', 'вашего', 'вашей'],
};
const FIRST: Record<string, string[]> = {
  en: ['i', 'my', 'me', "i'm", "i've", "i'd", "i'll", 'mine', 'myself'],
  de: ['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner'],
  fr: ['je', "j'", 'moi', 'mon', 'ma', 'mes'],
  es: ['yo', 'mi', 'mis', 'conmigo'],
  ru: ['я', 'меня', 'мне', 'мной', 'мой', 'моя', 'мои', 'моего', 'моей'],
};
const key = (s: string) => s.toLowerCase().replace(/’/g, "'");
function rate(text: string, lang: string, words: string[]): { hits: number; n: number } {
  const set = new Set(words);
  let hits = 0, n = 0;
  forEachWordSegment(text, lang as TextLanguage, (s) => { n++; if (set.has(key(s))) hits++; });
  return { hits, n };
}
function opening(text: string, lang: string): string | null {
  const set = new Set(SECOND[lang] ?? []);
  let seen = 0, found: string | null = null;
  forEachWordSegment(text.slice(0, 300), lang as TextLanguage, (s) => { if (found || ++seen > 15) return; if (set.has(key(s))) found = s; });
  // German formal "Sie"/"Ihr…" in capitals after the first word.
  if (!found && lang === 'de') { const m = /\S\s+(Sie|Ihr|Ihre|Ihren|Ihrem|Ihnen)\b/.exec(text.slice(0, 120)); if (m) found = m[1]!; }
  return found;
}
const rows: string[] = [];
const look = (set: string, lang: string, article: string, comments: { id: string; text: string; label: string; borderline?: boolean }[], marked: Map<string, string>, parents: Map<string, string | null>) => {
  const fp = rate(article, lang, FIRST[lang] ?? []);
  const perK = fp.n ? (1000 * fp.hits) / fp.n : 0;
  for (const c of comments) {
    if (c.borderline) continue;
    const p = opening(c.text, lang);
    if (!p) continue;
    rows.push(`${c.label === 'off-topic' ? 'OFF' : 'on '} ${(marked.get(c.id) ?? '').padEnd(32)} ${parents.get(c.id) ? 'reply' : 'top  '} I/1k ${perK.toFixed(0).padStart(3)} ${set.padEnd(36)} «${p}» ${c.text.slice(0, 70).replace(/\n/g, ' ')}`);
  }
};
const marksOf = (r: ReturnType<typeof analyzeExtraction>) => new Map(r.comments.flatMap((c) => c.marks.filter((m) => m.kind === 'off-topic').map((m) => [c.id, m.code ?? 'off'] as [string, string])));
for (const t of [...loadLabelledThreads(), seedThread()]) {
  const ex = threadExtraction(t);
  const r = analyzeExtraction(ex, { sensitivity: 'normal' });
  look(`hand ${t.id}`, t.lang, `${ex.article?.title ?? ''}\n${ex.article?.text ?? ''}`, t.comments, marksOf(r), new Map(r.comments.map((c) => [c.id, c.parentId])));
}
for (const { labels: t, extraction: ex, page } of tuneRealThreads()) {
  const r = analyzeExtraction(ex, { sensitivity: 'normal' });
  look(`real ${t.page}`, page.thread.lang, `${ex.article?.title ?? ''}\n${ex.article?.text ?? ''}`, page.thread.comments, marksOf(r), new Map(r.comments.map((c) => [c.id, c.parentId])));
}
for (const row of rows.sort()) console.log(row);
