/**
 * Dev loop only: comments of the TUNE halves (blind hand threads, real threads) that carry a
 * money or contact signal short of the spam threshold, or an e-mail address, with their label, to
 * weigh a new combination of spam signals. Never prints the held-out halves.
 *   npx tsx scripts/dev/spam-scan.ts
 */
import { analyzeExtraction } from '../../utils/analysis/analyze';
import { postedHosts, spamEvidence } from '../../utils/analysis/cues';
import { threadExtraction } from '../../utils/analysis/evaluate';
import { splitOf } from '../../utils/eval/token-score';
import { findLinks } from '../../utils/text/links';
import type { Extraction } from '../../utils/schema';
import { loadLabelledThreads } from '../eval-analysis';
import { tuneRealThreads } from '../lib/real-threads-eval';

const EMAIL = /[\w.+-]+@[\w-]+\.[\p{L}.]{2,}/u;
function scan(set: string, ex: Extraction, labels: Map<string, string>): void {
  const r = analyzeExtraction(ex, { sensitivity: 'normal' });
  const articleLower = ex.article ? `${ex.article.title}\n${ex.article.text}`.toLowerCase() : '';
  for (const c of ex.comments) {
    const label = labels.get(c.id);
    if (label === undefined) continue;
    const hosts = postedHosts(c.author, [...(c.links ?? []), ...findLinks(c.text ?? '').map((l) => ({ href: l.url, text: l.url }))]);
    const s = spamEvidence(c.text, { articleLower, linkHosts: hosts });
    const money = s.evidence.some((e) => /earnings|money per|easy-money|invitation|channel/.test(e));
    if ((money && s.weight < 2) || EMAIL.test(c.text)) {
      const mark = r.comments.find((x) => x.id === c.id)?.marks.find((m) => m.kind === 'off-topic')?.code ?? '-';
      console.log(set.slice(0, 34).padEnd(34), c.id.slice(0, 6).padEnd(6), label.padEnd(9), `w${s.weight}`.padEnd(5), hosts.length ? 'LINK' : '    ', EMAIL.test(c.text) ? 'EMAIL' : '     ', mark.slice(8, 28).padEnd(20), s.evidence.join('; ').slice(0, 50).padEnd(50), '|', c.text.slice(0, 70).replace(/\s+/g, ' '));
    }
  }
}
for (const t of loadLabelledThreads('seeds/threads-blind')) {
  if (splitOf(t.id) !== 'tune') continue;
  scan(`blind ${t.id}`, threadExtraction(t), new Map(t.comments.map((c) => [c.id, c.borderline ? 'borderline' : c.label])));
}
for (const { labels: t, extraction, page } of tuneRealThreads()) {
  scan(`real ${t.page}`, extraction, new Map(page.thread.comments.map((c) => [c.id, c.borderline ? 'borderline' : c.label])));
}
