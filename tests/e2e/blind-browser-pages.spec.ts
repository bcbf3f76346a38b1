/**
 * The blind hand pages that only a browser can read (`seeds/pages-blind8/`: comments built on
 * load by the page's own script, a declarative shadow root, an `<iframe srcdoc>`), read by the
 * built extension in real Chromium and Firefox. jsdom runs no page script and builds neither
 * shadow root nor frame, so `tests/seeds/blind-pages.test.ts` leaves them to this spec (the list
 * and floors: `tests/seeds/browser-only-pages.ts`).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseUrl } from '../../scripts/lib/analyse-url';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import type { BrowserName } from '../../scripts/lib/paths';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { matchComments, sameTitle } from '../../utils/eval/match-comments';
import { BROWSER_ONLY_PAGES } from '../seeds/browser-only-pages';
import { SEEDS_DIR } from './support';

for (const browserName of ['chromium', 'firefox'] as BrowserName[]) {
  test.describe(`${browserName}: blind pages only a browser can read`, () => {
    test.describe.configure({ mode: 'serial' });
    let browser: ExtensionBrowser;
    let server: StaticServer;
    test.beforeAll(async () => {
      server = await serveDirectory(SEEDS_DIR);
      browser = await launchExtensionBrowser(browserName);
    });
    test.afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const [dir, pages] of Object.entries(BROWSER_ONLY_PAGES)) for (const [name, floor] of Object.entries(pages)) {
      test(`${dir}/${name} keeps its comments and its title`, async () => {
        test.skip(floor.notIn?.browser === browserName, floor.notIn?.why);
        const truth = JSON.parse(readFileSync(resolve(SEEDS_DIR, dir, 'truth', `${name}.json`), 'utf8')) as { title: string; comments: string[] };
        const result = await analyseUrl(browser, server.url(`${dir}/pages/${name}.html`), { clicks: [], waitMs: 0, timeoutMs: 30_000 });
        const found = result.comments.map((c) => c.text);
        const score = matchComments(found, truth.comments);
        expect(score.matched, found.join('\n---\n').slice(0, 2000)).toBeGreaterThanOrEqual(floor.matched);
        expect(found.length - score.matched).toBeLessThanOrEqual(floor.extra);
        expect(sameTitle(result.article?.title, truth.title), result.article?.title ?? '').toBe(true);
      });
    }
  });
}
