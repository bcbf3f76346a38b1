/**
 * Dev loop only: where the content script's comment pass spends its time, in headless Chromium
 * on saved corpus pages (CPU profile of ten findComments runs per page): self time per function
 * (text helpers attributed to their caller), then the inclusive time of the pass's parts —
 * detectors (detectInRoots), finding shadow roots and frames, the scoring (evidenceFor,
 * statedCommentCount, hasNamedSection) and the chrome filter.
 *   [PROFILE_DIR=../shared/corpus-dragnet] npx tsx scripts/dev/profile/cpu-profile.ts [page names without .html; default: all]
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_DIR } from '../../lib/paths';
import { launchHarnessBrowser } from './harness-browser';
const DIR = process.env.PROFILE_DIR ?? CORPUS_DIR;
const harness = await launchHarnessBrowser(resolve(DIR, 'pages'));
const self = new Map<string, number>();
const incl = new Map<string, number>();
const names = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(resolve(DIR, 'pages')).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5));
for (const file of names) {
  const tab = await harness.open(file);
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await tab.evaluate(() => { const f = (globalThis as any).__find; for (let i = 0; i < 10; i++) f(); }).catch((e) => console.log(file, String(e).slice(0, 80)));
  const { profile } = await cdp.send('Profiler.stop');
  const dt = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const parentOf = new Map<number, any>();
  for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parentOf.set(c, n);
  (profile.samples ?? []).forEach((id: number, k: number) => {
    let n: any = byId.get(id); let key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
    if (/foldSpace|^walk|RegExp|trim|textLength/.test(key)) { let p = parentOf.get(n.id); let hops = 0; while (p && /foldSpace|walk|RegExp|trim|shortFolded|textLength|reduce|\(anon/.test(p.callFrame.functionName || '(anon)') && hops++ < 6) p = parentOf.get(p.id); key += ' <- ' + (p ? `${p.callFrame.functionName}:${p.callFrame.lineNumber}` : '?'); }
    self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0) / 1000);
    const seen = new Set<string>();
    for (let a: any = byId.get(id); a; a = parentOf.get(a.id)) {
      const f = a.callFrame.functionName;
      if (['findComments', 'evidenceFor', 'statedCommentCount', 'hasNamedSection', 'detectInRoots', 'collectSearchRoots', 'withoutChrome'].includes(f) && !seen.has(f)) { seen.add(f); incl.set(f, (incl.get(f) ?? 0) + (dt[k] ?? 0) / 1000); }
    }
  });
  await tab.close();
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(0).padStart(6), (100 * v / total).toFixed(1).padStart(5) + '%', k);
console.log('inclusive ms:', [...incl].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
await harness.close();
