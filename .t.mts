import { readFileSync } from 'node:fs';
import { analyzeExtraction } from './utils/analysis/analyze.ts';
import { seedExtraction } from './tests/unit/analysis/seed-fixture.ts';
import { segmentWords } from './utils/text/tokens.ts';
for (const sens of ['lenient','normal','strict'] as const) {
const r0 = analyzeExtraction(seedExtraction(), {sensitivity: sens});
console.log(sens, r0.comments.map(c => c.id + (c.marks.length ? '[' + c.marks.map(m => m.kind + ' ' + m.score).join(';') + ']' : '')).join(' '));
}
const r1 = analyzeExtraction(seedExtraction(), {sensitivity: 'normal'});
for (const c of r1.comments) if (c.marks.length) console.log(c.id, c.marks[0]!.reason);
console.log(segmentWords('日本語のテキストです。Hello world','en').map(s=>s.segment));
const seed = readFileSync('/work/shared/seeds/000_19ca5700293a0b5e.txt','utf8');
const words = seed.split(/\s+/);
let s = 42; const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (n: number) => Array.from({length:n}, () => words[Math.floor(rnd()*words.length)]).join(' ');
function make(n: number) {
  const comments = [];
  for (let i=0;i<n;i++) comments.push({ id: 'c'+i, parentId: i>0 && rnd()<0.6 ? 'c'+Math.floor(rnd()*i) : null, level: null, author: 'a'+(i%50), time: null, text: pick(20+Math.floor(rnd()*60)) + (rnd()<0.05?' https://example.com/x/'+i:''), links: [], locator: '#c'+i });
  return { url: 'x', article: { title: 't', text: pick(1000), lang: 'en' }, comments, platform: null, replySource: 'parent-attribute' as const, partial: false, detectMs: 1 };
}
for (const n of [1000, 10000, 10000, 10000, 20000, 40000]) {
  const ex = make(n);
  const t = performance.now();
  const r = analyzeExtraction(ex, { sensitivity: 'normal' });
  console.log(n, (performance.now()-t).toFixed(1), 'ms', r.comments.filter(c=>c.marks.length).length, 'marked', r.error ?? '');
}
