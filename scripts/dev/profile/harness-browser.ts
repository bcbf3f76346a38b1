/**
 * Dev loop only: headless Chromium serving a folder of saved pages on 127.0.0.1 (every other
 * request sent to a dead proxy), each page opened with the comment pass of `harness.ts` in its main
 * world as `__find()`. Shared by `cpu-profile.ts` and `../throttle-check.ts`.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { browserExecutable, ROOT } from '../../lib/paths';
import { serveDirectory } from '../../lib/serve';
import { keepPlaywrightPageOn } from '../../lib/extension-browser';

export interface HarnessBrowser {
  /** A new tab on `pagesDir/NAME.html`, loaded (as far as it gets in 30 s), with the harness added. */
  open(name: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchHarnessBrowser(pagesDir: string): Promise<HarnessBrowser> {
  const bundle = await build({ entryPoints: [resolve(ROOT, 'scripts/dev/profile/harness.ts')], bundle: true, format: 'iife', write: false, target: 'es2022', logLevel: 'error' });
  const harness = bundle.outputFiles[0]!.text;
  const browser = await chromium.launch({ executablePath: browserExecutable('chromium'), headless: true, args: ['--no-sandbox', '--proxy-server=http://127.0.0.1:9'] });
  const server = await serveDirectory(pagesDir);
  return {
    async open(name) {
      const tab = await browser.newPage();
      await keepPlaywrightPageOn(tab, server.url(`${name}.html`));
      await tab.goto(server.url(`${name}.html`), { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      await tab.addScriptTag({ content: harness });
      return tab;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
