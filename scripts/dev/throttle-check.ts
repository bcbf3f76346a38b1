/**
 * Dev loop only: the comment pass (default time budget) on saved dragnet pages in headless
 * Chromium slowed down by CPU throttling, as on a loaded machine: the reading must not change with
 * the load (it did before the detectors left were given further budgets after a weak reading).
 *   npx tsx scripts/dev/throttle-check.ts [dragnet page ids; default 358 R979]
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { browserExecutable, DRAGNET_DIR, ROOT } from '../lib/paths';
import { serveDirectory } from '../lib/serve';
import { keepPlaywrightPageOn } from '../lib/extension-browser';
import { dragnetPageNames } from '../lib/dragnet-eval';
const bundle = await build({ entryPoints: [resolve(ROOT, 'scripts/dev/profile/harness.ts')], bundle: true, format: 'iife', write: false, target: 'es2022', logLevel: 'error' });
const harness = bundle.outputFiles[0]!.text;
const browser = await chromium.launch({ executablePath: browserExecutable('chromium'), headless: true, args: ['--no-sandbox', '--proxy-server=http://127.0.0.1:9'] });
const server = await serveDirectory(resolve(DRAGNET_DIR, 'pages'));
const args = process.argv.slice(2);
// `--all RATE`: every dragnet page at 1x and at RATE, printing only the pages whose reading differs.
const all = args[0] === '--all';
const files = all ? dragnetPageNames(DRAGNET_DIR) : args.length ? args : ['358', 'R979'];
const rates = all ? [1, Number(args[1] ?? 6)] : [1, 4, 8, 16, 32];
const seen = new Map<string, string>();
for (const file of files) for (const rate of rates) {
  const tab = await browser.newPage();
  await keepPlaywrightPageOn(tab, server.url(file + '.html'));
  await tab.goto(server.url(file + '.html'), { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
  await tab.addScriptTag({ content: harness });
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
await browser.close(); await server.close();
