/**
 * `npm run eval:analysis [-- --sensitivity strict] [-- --verbose] [-- --json]`: runs the
 * analysis over the labelled threads in `seeds/threads/` (and the seed page) and prints, per
 * thread and overall, precision, recall and F1 of the off-topic and link-only marks, and for
 * flat threads the share of true reply links recovered and of inferred links that are wrong.
 *
 * Figures, not a gate: the unit tests (tests/unit/analysis/labelled-threads.test.ts) hold the
 * floors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { analyzeExtraction } from '../utils/analysis/analyze';
import {
  overall,
  rates,
  replyRates,
  scoreThread,
  threadExtraction,
  type Counts,
  type LabelledThread,
  type ThreadScore,
} from '../utils/analysis/evaluate';
import { Sensitivity } from '../utils/schema';
import { SEED_PATH, SEED_TABLE } from '../tests/unit/analysis/seed-fixture';

export const THREADS_DIR = fileURLToPath(new URL('../seeds/threads/', import.meta.url));

const LabelledCommentFile = z.object({
  id: z.string().min(1),
  author: z.string().min(1),
  text: z.string(),
  parentId: z.string().nullable(),
  label: z.enum(['off-topic', 'link-only', 'none']),
  borderline: z.boolean().optional(),
  cue: z.enum(['mention', 'name', 'quote', 'second-person', 'shared-terms', 'none']).optional(),
  links: z.array(z.object({ href: z.string(), text: z.string() })).optional(),
});
const LabelledThreadFile = z.object({
  id: z.string().min(1),
  lang: z.string().min(2),
  flat: z.boolean(),
  article: z.object({ title: z.string(), text: z.string() }),
  comments: z.array(LabelledCommentFile),
});

/** Reads and checks every labelled thread: unique ids, parents that come earlier on the page. */
export function loadLabelledThreads(dir = THREADS_DIR): LabelledThread[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const thread = LabelledThreadFile.parse(JSON.parse(readFileSync(resolve(dir, file), 'utf8')));
      if (`${thread.id}.json` !== file) throw new Error(`${file}: id "${thread.id}" does not match the file name`);
      const seen = new Set<string>();
      for (const c of thread.comments) {
        if (seen.has(c.id)) throw new Error(`${file}: duplicate id ${c.id}`);
        if (c.parentId !== null && !seen.has(c.parentId)) throw new Error(`${file}: ${c.id} answers ${c.parentId}, not before it`);
        if (thread.flat && c.parentId !== null && c.cue === undefined) throw new Error(`${file}: ${c.id} has no cue label`);
        seen.add(c.id);
      }
      return thread;
    });
}

/** The seed page as a labelled thread, from its README table (C4 is borderline there). */
export function seedThread(): LabelledThread {
  const lines = readFileSync(SEED_PATH, 'utf8').split('\n');
  const line = (n: number): string => lines[n - 1] ?? '';
  const labels: Record<string, 'off-topic' | 'link-only'> = { C5: 'off-topic', C6: 'off-topic', C7: 'off-topic', C9: 'link-only' };
  return {
    id: 'seed-russia-belarus-union',
    lang: 'en',
    flat: false,
    article: {
      title: 'Putin says Western sanctions are speeding up Russia-Belarus “unification”',
      text: [1, 2, 3, 4, 5, 6, 7].map(line).join('\n'),
    },
    comments: SEED_TABLE.map(([id, seedLines, parentId, author]) => {
      const text = seedLines.map(line).join('\n');
      const urls = text.match(/https?:\/\/\S+/g) ?? [];
      return {
        id,
        author,
        text,
        parentId,
        label: labels[id] ?? 'none',
        ...(id === 'C4' ? { borderline: true } : {}),
        links: urls.map((u) => ({ href: u, text: u })),
      };
    }),
  };
}

export function evaluateThreads(threads: readonly LabelledThread[], sensitivity: Sensitivity): ThreadScore[] {
  return threads.map((t) => scoreThread(t, analyzeExtraction(threadExtraction(t), { sensitivity })));
}

const f2 = (x: number): string => x.toFixed(2);
const pct = (x: number): string => `${Math.round(x * 100)}%`;

function prf(c: Counts): string {
  const r = rates(c);
  if (c.tp + c.fp + c.fn === 0) return '   –    –    –  ';
  return `${f2(r.precision)} ${f2(r.recall)} ${f2(r.f1)}`;
}

function row(name: string, s: { offTopic: Counts; linkOnly: Counts; replies: ThreadScore['replies'] }, n: number | string): string {
  const r = s.replies;
  const rr = r ? replyRates(r) : null;
  const replies = r && rr
    ? `${r.recoveredCued}/${r.cued} ${pct(rr.recoveredCued)} (all ${r.recovered}/${r.links})  wrong ${r.wrong}/${r.inferred} ${pct(rr.wrong)}`
    : '';
  return `${name.padEnd(30)} ${String(n).padStart(4)}  ${prf(s.offTopic)}  ${prf(s.linkOnly)}  ${replies}`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sensitivity: { type: 'string', default: 'normal' },
      verbose: { type: 'boolean', short: 'v', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const sensitivity = Sensitivity.parse(values.sensitivity);
  const threads = loadLabelledThreads();
  const scores = evaluateThreads(threads, sensitivity);
  const [seed] = evaluateThreads([seedThread()], sensitivity);
  const all = overall(scores);
  if (values.json) {
    console.log(JSON.stringify({ sensitivity, threads: scores, seed, overall: all }, null, 2));
    return;
  }
  console.log(`eval:analysis — ${threads.length} labelled threads, sensitivity ${sensitivity}`);
  console.log(`${'thread'.padEnd(30)} ${'n'.padStart(4)}  off-topic P    R    F1    link-only P  R    F1    flat: cued links recovered, inferred wrong`);
  for (const s of scores) console.log(row(`${s.id} (${s.lang})`, s, s.comments));
  console.log(row('OVERALL (labelled set)', all, scores.reduce((n, s) => n + s.comments, 0)));
  if (seed) console.log(row(`${seed.id} (en)`, seed, seed.comments));
  const rr = replyRates(all.replies);
  console.log(
    `\ntargets: link-only F1 1.0 → ${f2(rates(all.linkOnly).f1)}; off-topic F1 ≥ 0.85 → ${f2(rates(all.offTopic).f1)}; ` +
      `cued reply links recovered ≥ 80% → ${pct(rr.recoveredCued)}; wrong inferred links ≤ 5% → ${pct(rr.wrong)}`,
  );
  if (values.verbose) {
    for (const s of [...scores, ...(seed ? [seed] : [])]) {
      if (s.errors.length === 0) continue;
      console.log(`\n${s.id}`);
      for (const e of s.errors) console.log(`  ${e}`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
