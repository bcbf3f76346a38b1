/**
 * Dev loop only: the comment pass (default time budget) on saved dragnet pages in headless
 * Chromium slowed down by CPU throttling, as on a loaded machine: the reading must not change with
 * the load (it did before the detectors left were given further budgets after a weak reading).
 *   npx tsx scripts/dev/throttle-check.ts [dragnet page ids; default 358 R979]
 */
import { resolve } from 'node:path';
import { DRAGNET_DIR } from '../lib/paths';
import { dragnetPageNames } from '../lib/dragnet-eval';
import { launchHarnessBrowser } from './profile/harness-browser';
const harness = await launchHarnessBrowser(resolve(DRAGNET_DIR, 'pages'));
const args = process.argv.slice(2);
// `--all RATE`: every dragnet page at 1x and at RATE, printing only the pages whose reading differs.
const all = args[0] === '--all';
const files = all ? dragnetPageNames(DRAGNET_DIR) : args.length ? args : ['358', 'R979'];
const rates = all ? [1, Number(args[1] ?? 6)] : [1, 4, 8, 16, 32];
const seen = new Map<string, string>();
for (const file of files) for (const rate of rates) {
  const tab = await harness.open(file);
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const t = Date.now();
  const r = await tab.evaluate(() => {
    const f = (globalThis as any).__find();
    return { platform: f.platform, comments: f.comments.length, partial: f.partial };
  });
  const key = `${r.platform}:${r.comments}`;
  if (!all) console.log(`rate ${rate} ${file}: ${JSON.stringify(r)} ${Date.now() - t} ms`);
  else if (rate === 1) seen.set(file, key);
  else if (seen.get(file) !== key) console.log(`${file}: ${seen.get(file)} at 1x, ${key} at ${rate}x (${Date.now() - t} ms)`);
  await tab.close();
}
await harness.close();
