/**
 * The harness reads saved pages as a browser would, in Chromium and Firefox:
 * - a legacy page keeps its own charset (seeds/legacy-charset-latin1/page.html, ISO-8859-1);
 * - a page whose scripts navigate away (an http→https upgrade in the head, a redirect after
 *   load) is read where it was (seeds/self-navigating-page/page.html), by the command line and
 *   by the benchmark;
 * - a page with third-party frames and scripts opens in Firefox too (seeds/third-party-embeds/page.html);
 * - `--timeout` bounds the load: a page whose last resource never arrives is read as far as it got;
 * - one thread, once: a thread in a same-origin iframe[srcdoc] is counted once
 *   (seeds/srcdoc-comment-frame/page.html), and a thread in a cross-origin comment frame is read
 *   on every analysis, not only when the frame happens to answer first.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyseUrl } from '../../scripts/lib/analyse-url';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { ROOT, type BrowserName } from '../../scripts/lib/paths';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { AnalysisResult } from '../../utils/schema';
import { SEEDS_DIR } from './support';

function run(script: string, args: string[]) {
  return spawnSync('npx', ['tsx', resolve(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
}

function results(stdout: string): AnalysisResult[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => AnalysisResult.parse(JSON.parse(line)));
}

const seed = (slug: string) => resolve(SEEDS_DIR, slug, 'page.html');

for (const browserName of ['chromium', 'firefox'] as BrowserName[]) {
  test.describe(`${browserName}: saved pages through the harness`, () => {

    test('annotate keeps a legacy charset, stays on a self-navigating page, opens a page with third-party frames', () => {
      const cli = run('scripts/annotate.ts', [
        '--json',
        '--browser',
        browserName,
        seed('legacy-charset-latin1'),
        seed('self-navigating-page'),
        seed('third-party-embeds'),
      ]);
      expect(cli.status, cli.stderr).toBe(0);
      const [legacy, selfNavigating, embeds] = results(cli.stdout);

      expect(legacy!.article?.title).toBe('Le café de la gare rouvre ses portes');
      expect(legacy!.comments.map((c) => c.author)).toEqual(['Renée', 'Jürgen', 'François']);
      expect(legacy!.comments[0]!.text).toBe('Enfin un café ouvert tôt à la gare, le premier train part à six heures.');

      expect(selfNavigating!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/page\.html$/);
      expect(selfNavigating!.article?.title).toBe('Harbour wall repairs start in March');
      expect(selfNavigating!.comments.map((c) => [c.id, c.parentId])).toEqual([
        ['comment-301', null],
        ['comment-302', 'comment-301'],
        ['comment-303', null],
      ]);

      expect(embeds!.error).toBeUndefined();
      expect(embeds!.comments.map((c) => c.author)).toEqual(['shift_worker', 'village_rep']);
    });

    test('--timeout bounds the load: a page whose last resource never arrives is read as far as it got', async () => {
      // A server that accepts requests and never answers them.
      const sockets = new Set<import('node:net').Socket>();
      const hanging: Server = createServer(() => undefined);
      hanging.on('connection', (socket) => sockets.add(socket));
      await new Promise<void>((done) => hanging.listen(0, '127.0.0.1', done));
      const dir = mkdtempSync(join(tmpdir(), 'threadwise-hang-'));
      try {
        const { port } = hanging.address() as AddressInfo;
        const page = readFileSync(seed('third-party-embeds'), 'utf8').replace(
          '</body>',
          `<img src="http://127.0.0.1:${port}/never.png" alt=""></body>`,
        );
        writeFileSync(join(dir, 'page.html'), page);
        const cli = run('scripts/annotate.ts', ['--json', '--browser', browserName, '--timeout', '30000', join(dir, 'page.html')]);
        expect(cli.status, cli.stderr).toBe(0);
        const [result] = results(cli.stdout);
        expect(result!.comments.map((c) => c.author)).toEqual(['shift_worker', 'village_rep']);
      } finally {
        for (const socket of sockets) socket.destroy();
        hanging.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test.describe('frames', () => {
      let browser: ExtensionBrowser;
      let server: StaticServer;
      let otherOrigin: StaticServer;
      test.beforeAll(async () => {
        // Starting a browser with the extension is slow on a loaded machine.
        test.setTimeout(180_000);
        server = await serveDirectory(SEEDS_DIR);
        // A second port is a second origin: the comment frame is cross-origin, as Disqus is.
        otherOrigin = await serveDirectory(SEEDS_DIR);
        browser = await launchExtensionBrowser(browserName);
      });
      test.afterAll(async () => {
        await browser?.close();
        await server?.close();
        await otherOrigin?.close();
      });

      test('a thread in a same-origin iframe[srcdoc] is counted once', async () => {
        const result = await analyseUrl(browser, server.url('srcdoc-comment-frame/page.html'), { clicks: [], waitMs: 0, timeoutMs: 60_000 });
        expect(result.error).toBeUndefined();
        expect(result.comments.map((c) => c.author)).toEqual(['ferry_fan', 'lock_keeper', 'canal_walker', 'night_cyclist', 'boat_owner']);
        const byId = new Map(result.comments.map((c) => [c.id, c]));
        expect(result.comments.map((c) => (c.parentId ? byId.get(c.parentId)?.author : null))).toEqual([null, 'ferry_fan', null, 'canal_walker', null]);
      });

      test('a thread in a cross-origin comment frame is read on every analysis', async () => {
        // Five full analyses in a row: slow on a loaded machine, bounded by the analyses' own timeouts.
        test.setTimeout(360_000);
        const embed = otherOrigin.url('live-comment-frame/embed.html');
        const url = `${server.url('live-comment-frame/page.html')}?embed=${encodeURIComponent(embed)}`;
        const counts: number[] = [];
        for (let i = 0; i < 5; i++) {
          // As the command line does: open, analyse, read the result as soon as the popup settles.
          const result = await analyseUrl(browser, url, { clicks: [], waitMs: 0, timeoutMs: 60_000 });
          expect(result.error).toBeUndefined();
          counts.push(result.comments.length);
        }
        expect(counts).toEqual([3, 3, 3, 3, 3]);
      });
    });
  });
}

test('the benchmark measures a self-navigating page where it was, and goes on', () => {
  const bench = run('scripts/bench.ts', ['--only', 'extraction', '--runs', '1', '--pages', resolve(SEEDS_DIR, 'self-navigating-page')]);
  expect(bench.status, bench.stderr).toBe(0);
  expect(bench.stdout).not.toContain('skipped');
  // The page's line: its name, then the 3 comments found where it was saved.
  expect(bench.stdout).toMatch(/^\s+page\s+3\s/m);
});
