/**
 * Scores the cue probes (seeds/cue-probes/<dir>/<lang>.json, see the folder's README): each item
 * analysed as a top-level comment under its file's article, among the other items of its file.
 * Found: spam with a spam mark, a digression with its self-declared mark, a link-only comment with
 * its link-only mark, a look-alike of those with none of these; a remark on the site, another story,
 * chit-chat or a question on something else with any off-topic mark, and their look-alikes with none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { analyzeExtraction } from '../../../utils/analysis/analyze';
import { threadExtraction } from '../../../utils/analysis/evaluate';

const Kind = z.enum(['spam', 'self-declared', 'link-only', 'on-topic-lookalike', 'site', 'other-story', 'chit-chat', 'reader-question', 'lookalike']);
const ProbeFile = z.object({
  lang: z.string(),
  article: z.string().min(1),
  items: z.array(z.object({ kind: Kind, text: z.string().min(1) })).min(1),
});

export interface ProbeItem {
  lang: string;
  kind: z.infer<typeof Kind>;
  text: string;
  found: boolean;
  /** The off-topic mark's code, or "link-only". */
  mark: string | null;
  /** A look-alike's off-topic mark by word overlap (not a cue's), reported apart. */
  overlapMark: string | null;
}

/** Codes of the cue marks a probe item is for. */
const SPAM_CODES = /^offtopic_(?:spam|sales_name|copy)$/;
const DIGRESSION_CODES = /^offtopic_(?:self_declared|changes_subject)$/;

export function scoreCueProbes(dir: string): { items: ProbeItem[]; byKey: Map<string, { found: number; all: number }> } {
  const abs = resolve(dir);
  const items: ProbeItem[] = [];
  for (const file of readdirSync(abs).filter((f) => f.endsWith('.json')).sort()) {
    const probe = ProbeFile.parse(JSON.parse(readFileSync(resolve(abs, file), 'utf8')));
    // Each item a top-level comment by its own reader, as a nested thread shows it.
    const extraction = threadExtraction({
      id: file,
      lang: probe.lang,
      flat: false,
      article: { title: probe.article.split(/(?<=[.!?])\s/)[0] ?? '', text: probe.article },
      comments: probe.items.map((item, k) => ({ id: `p${k}`, parentId: null, author: `reader${k}`, text: item.text, label: 'none' })),
    });
    const result = analyzeExtraction(extraction, { sensitivity: 'normal' });
    probe.items.forEach((item, k) => {
      const marks = result.comments[k]?.marks ?? [];
      const off = marks.find((m) => m.kind === 'off-topic')?.code ?? null;
      const link = marks.some((m) => m.kind === 'link-only');
      const cueMark = off !== null && (SPAM_CODES.test(off) || DIGRESSION_CODES.test(off));
      const found =
        item.kind === 'spam' ? off !== null && SPAM_CODES.test(off)
        : item.kind === 'self-declared' ? off !== null && DIGRESSION_CODES.test(off)
        : item.kind === 'link-only' ? link
        : item.kind === 'on-topic-lookalike' ? !link && !cueMark
        // The other subjects (the site, another story, chit-chat, a question on something else) are
        // found by any off-topic mark; their look-alikes must get none.
        : item.kind === 'lookalike' ? !link && off === null
        : off !== null;
      items.push({
        lang: probe.lang,
        kind: item.kind,
        text: item.text,
        found,
        mark: link ? 'link-only' : off,
        overlapMark: item.kind === 'on-topic-lookalike' && off !== null && !cueMark ? off : null,
      });
    });
  }
  const byKey = new Map<string, { found: number; all: number }>();
  for (const item of items) {
    const key = `${item.lang} ${item.kind}`;
    const t = byKey.get(key) ?? { found: 0, all: 0 };
    t.found += item.found ? 1 : 0;
    t.all++;
    byKey.set(key, t);
  }
  return { items, byKey: new Map([...byKey].sort(([a], [b]) => a.localeCompare(b))) };
}
