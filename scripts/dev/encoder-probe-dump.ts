/**
 * Dev loop only (issue 10, item 5: "decide with data"): dumps, for the TUNE half of the English
 * real threads and the English hand-written threads, each labelled comment with its label and the
 * off-topic mark the analysis gives it, plus its article's title and sentences, as JSON for
 * scripts/dev/encoder-probe.mjs (run where @energetic-ai/* is installed; not a project dependency).
 *   npx tsx scripts/dev/encoder-probe-dump.ts > /tmp/probe.json
 */
import { analyzeExtraction } from '../../utils/analysis/analyze';
import { threadExtraction, type LabelledThread } from '../../utils/analysis/evaluate';
import { loadLabelledThreads, seedThread } from '../eval-analysis';
import { tuneRealThreads } from '../lib/real-threads-eval';
import type { Extraction } from '../../utils/schema';

const out: unknown[] = [];
function add(set: 'hand' | 'real', thread: LabelledThread, ex: Extraction): void {
  const r = analyzeExtraction(ex, { sensitivity: 'normal' });
  const title = ex.article?.title ?? '';
  const sentences = (ex.article?.text ?? '').split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 4).slice(0, 200);
  out.push({
    set, id: thread.id, title, sentences,
    comments: thread.comments.filter((c) => !c.borderline).map((c) => {
      const m = r.comments.find((x) => x.id === c.id)?.marks.find((k) => k.kind === 'off-topic');
      return { id: c.id, parentId: c.parentId, text: c.text.slice(0, 1500), off: c.label === 'off-topic', mark: m?.code ?? null };
    }),
  });
}
for (const t of [...loadLabelledThreads(), seedThread()]) if (t.lang === 'en') add('hand', t, threadExtraction(t));
for (const { labels, extraction, page } of tuneRealThreads()) if (labels.lang === 'en') add('real', page.thread, extraction);
console.log(JSON.stringify(out));
