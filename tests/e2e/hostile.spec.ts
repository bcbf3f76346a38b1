/**
 * Hostile pages and bad input, in real Chromium and Firefox with the built extension:
 * - the hostile seed page (markup-like text, javascript:/data: links, emoji, right-to-left,
 *   zero-width, a 60-deep chain, DOM clobbering, page scripts that throw, redefine globals,
 *   take our element name and remove elements): read, shown as text, never executed;
 * - a 150,000-character comment and a 1,000-deep reply chain;
 * - a 50,000-comment page: read within the time budget, marked partial, the tab responsive;
 * - garbage sent to the background and to the content script: rejected, analysis still works.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtensionBrowser, type ExtensionBrowser, type PageHandle } from '../../scripts/lib/extension-browser';
import { generateCommentPage } from '../../scripts/lib/generate-page';
import type { BrowserName } from '../../scripts/lib/paths';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { AnalysisResult, Extraction, LIMITS, MAX_MESSAGE_CHARS } from '../../utils/schema';
import { CHAIN_DEPTH, deepAndLongPage, LONG_COMMENT_CHARS, longCommentText } from './hostile-pages';
import { openAndAnalyse, readSeedExpectation, readTabState, SEEDS_DIR } from './support';

const hostile = readSeedExpectation('hostile-sea-wall');
/** The page's own script removes this comment 50 ms after loading. */
const REMOVED_BY_PAGE = 'comment-9008';
const idOf = (label: string) => hostile.comments.find((c) => c.label === label)!.id;

/** What the popup shows, read without trusting anything the page could have touched. */
function popupRows(popup: PageHandle) {
  return popup.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('.tree .node')].map((node) => ({
        id: node.dataset.commentId ?? '',
        depth: Number(node.dataset.depth),
        marks: node.dataset.marks ?? '',
        author: node.querySelector('.author')?.textContent ?? '',
        text: node.querySelector('.text')?.textContent ?? '',
        dir: node.querySelector('.text')?.getAttribute('dir') ?? '',
        empty: !!node.querySelector('.text .empty'),
      })),
    null,
  );
}

/** Elements in the popup that page data could have smuggled in, and links made from page data. */
function popupDanger(popup: PageHandle) {
  return popup.evaluate(
    () => ({
      foreign: document.querySelectorAll('main img, main script, main iframe, main object, main embed, .tree svg, .article svg').length,
      links: [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].map((a) => a.getAttribute('href')),
      onAttributes: [...document.querySelectorAll('main *')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
    }),
    null,
  );
}

/**
 * The page's labels, read with the DOM's own prototypes: the hostile page clobbers
 * `document.querySelectorAll` and breaks `Array.prototype.map` in its own world, where tests run.
 */
function pageLabels(page: PageHandle) {
  return page.evaluate(() => {
    const all = Document.prototype.querySelectorAll.call(document, 'threadwise-label');
    const out: Array<{ id: string; html: string; foreign: number }> = [];
    for (let i = 0; i < all.length; i++) {
      const label = all[i] as HTMLElement;
      const root = label.shadowRoot;
      out.push({
        id: label.dataset.commentId ?? '',
        html: root ? root.innerHTML : '',
        foreign: root ? DocumentFragment.prototype.querySelectorAll.call(root, 'img, script, a, iframe, svg').length : -1,
      });
    }
    return {
      labels: out,
      title: document.title,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    };
  }, null);
}

/**
 * Waits until `fn(arg)` is truthy in the hostile page. Not `page.waitFor`: Playwright's injected
 * helper for waiting uses the page's MutationObserver, which this page replaced with one that throws.
 */
async function waitInHostilePage<A>(page: PageHandle, fn: (arg: A) => unknown, arg: A, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(fn, arg))) {
    if (Date.now() > deadline) throw new Error(`the hostile page did not reach the condition within ${timeoutMs} ms`);
    await page.evaluate(() => new Promise((done) => setTimeout(done, 50)), null);
  }
}

for (const browserName of ['chromium', 'firefox'] as BrowserName[]) {
  test.describe(`${browserName}: hostile pages and bad input`, () => {
    test.describe.configure({ mode: 'serial' });
    let browser: ExtensionBrowser;
    let server: StaticServer;
    let generated: StaticServer;
    let generatedDir: string;

    test.beforeAll(async () => {
      server = await serveDirectory(SEEDS_DIR);
      generatedDir = mkdtempSync(join(tmpdir(), 'threadwise-hostile-'));
      writeFileSync(join(generatedDir, 'deep.html'), deepAndLongPage());
      writeFileSync(join(generatedDir, 'huge.html'), generateCommentPage(50_000).html);
      generated = await serveDirectory(generatedDir);
      browser = await launchExtensionBrowser(browserName);
    });
    test.afterAll(async () => {
      await browser?.close();
      await server?.close();
      await generated?.close();
      rmSync(generatedDir, { recursive: true, force: true });
    });

    test('the hostile seed page is read and labelled; its text is shown as text and nothing from it runs', async () => {
      const { page, popup, tabId, phase } = await openAndAnalyse(browser, server.url('hostile-sea-wall/page.html'));
      expect(phase).toBe('ready');
      const state = await readTabState(popup, tabId);
      const result = AnalysisResult.parse(state?.result);

      // Every comment the page still has, with its text exactly (markup-like text stays text).
      const present = hostile.comments.filter((c) => c.id !== REMOVED_BY_PAGE);
      await popup.waitFor((n: number) => document.querySelectorAll('.tree .node').length === n, present.length);
      const final = AnalysisResult.parse((await readTabState(popup, tabId))?.result);
      expect(final.comments.map((c) => c.id)).toEqual(present.map((c) => c.id));
      expect(final.comments.map((c) => c.text)).toEqual(present.map((c) => c.text));
      expect(final.comments.map((c) => c.author)).toEqual(present.map((c) => c.author));
      expect(result.article?.title).toBe(hostile.title);

      // The popup shows it as text, with no element, handler or link made from page data.
      const rows = await popupRows(popup);
      const row = (label: string) => rows.find((r) => r.id === idOf(label))!;
      expect(row('img-onerror-text').text).toContain('<img src=x onerror=');
      expect(row('script-text-markup-author').text).toContain('<script>');
      expect(row('script-text-markup-author').author).toBe('<svg onload=alert(1)>');
      expect(row('emoji-only').text).toBe('🌊🌊🧱👍🏽🇳🇱');
      expect(row('right-to-left').text).toBe(present.find((c) => c.label === 'right-to-left')!.text);
      expect(row('right-to-left').dir).toBe('auto');
      expect(row('mixed-script').text).toBe(present.find((c) => c.label === 'mixed-script')!.text);
      // Zero-width only: kept in its place, shown as empty, never marked.
      expect(row('zero-width-only').empty).toBe(true);
      expect(row('zero-width-only').marks).toBe('');
      expect(row('emoji-only').marks).toBe('');
      const danger = await popupDanger(popup);
      expect(danger.foreign).toBe(0);
      expect(danger.onAttributes).toBe(0);
      expect(danger.links.filter((href) => !/^https?:/.test(href ?? ''))).toEqual([]);
      expect(danger.pwned).toBeNull();
      expect(danger.title).toBe('Threadwise');

      // The 60-deep chain: every level in the tree, the summary says 60 deep.
      expect(row('chain-level-60').depth).toBe(60);
      expect(await popup.evaluate(() => document.querySelector('[data-count="deepest"] b')?.textContent, null)).toBe('60');

      // The page: labels for the marked comments only, built by us (no page markup inside), and
      // nothing the page's text asked for ran.
      const marked = final.comments.filter((c) => c.marks.length > 0).map((c) => c.id);
      await waitInHostilePage(page, (n: number) => Document.prototype.querySelectorAll.call(document, 'threadwise-label').length === n, marked.length);
      const onPage = await pageLabels(page);
      expect(onPage.labels.map((l) => l.id).sort()).toEqual([...marked].sort());
      for (const label of onPage.labels) {
        expect(label.foreign).toBe(0);
        expect(label.html).not.toContain('<img src=x');
      }
      expect(onPage.pwned).toBeNull();
      expect(onPage.title).toBe('Harbour town votes on a higher sea wall | The Coastal Ledger');

      // Export keeps the text exactly as the page had it.
      await popup.evaluate(() => {
        const w = window as unknown as { exported?: Blob };
        const original = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob) => ((w.exported = blob), original(blob));
      }, null);
      await popup.click('[data-action="export"]');
      const exported = AnalysisResult.parse(JSON.parse(await popup.evaluate(() => (window as unknown as { exported?: Blob }).exported?.text() ?? '', null)));
      expect(exported.comments.find((c) => c.id === idOf('img-onerror-text'))?.text).toBe(present[0]!.text);
      await popup.close();
      await page.close();
    });

    test('a 150,000-character comment is kept whole but shown short; a 1,000-deep chain displays and analyses', async () => {
      test.setTimeout(180_000);
      const { page, popup, tabId, phase } = await openAndAnalyse(browser, generated.url('deep.html'));
      expect(phase).toBe('ready');
      const result = AnalysisResult.parse((await readTabState(popup, tabId))?.result);
      expect(result.comments).toHaveLength(1 + CHAIN_DEPTH);
      expect(result.partial).toBe(false);
      expect(result.comments[0]!.text).toBe(longCommentText());
      expect(result.comments[0]!.text.length).toBe(LONG_COMMENT_CHARS);
      expect(Math.max(...result.comments.map((c) => c.depth))).toBe(CHAIN_DEPTH - 1);
      for (const [i, c] of result.comments.slice(1).entries()) expect(c.depth).toBe(i);

      // The popup: the long text cut for display, the chain all there once expanded, still usable.
      const shown = await popup.evaluate(() => document.querySelector('.tree .node .text')?.textContent ?? '', null);
      expect(shown.length).toBeLessThan(400);
      expect(shown.endsWith('…')).toBe(true);
      await popup.click('[data-action="expand-all"]');
      await popup.waitFor((n: number) => document.querySelectorAll('.tree .node').length === n, 1 + CHAIN_DEPTH, 30_000);
      expect(await popup.evaluate(() => document.querySelector('[data-count="deepest"] b')?.textContent, null)).toBe(String(CHAIN_DEPTH - 1));
      // Still answering input: the search filters at once.
      await popup.fill('input.search', 'Level 998:');
      await popup.waitFor(() => [...document.querySelectorAll('.tree .node:not(.context)')].length === 1, null);
      await popup.close();
      await page.close();
    });

    test('a 50,000-comment page is read within the time budget and marked partial; the tab stays responsive', async () => {
      test.setTimeout(300_000);
      // A page this size loads and is read slowly on a loaded machine (its load event came after
      // 30 s in both browsers while a second test run shared the 2 cores): the waits are for
      // conditions with long bounds, not the usual allowances.
      const { page, popup, tabId, phase } = await openAndAnalyse(browser, generated.url('huge.html'), { loadTimeoutMs: 180_000, settleMs: 90_000, idleFirst: true });
      expect(phase).toBe('ready');
      const state = await readTabState(popup, tabId);
      const result = AnalysisResult.parse(state?.result);
      test.info().annotations.push({
        type: 'huge page',
        description: `${browserName}: ${result.comments.length} of 50000 comments read in ${Math.round(result.timings.detectMs)} ms, partial=${result.partial}`,
      });
      expect(result.partial).toBe(true);
      // Partial, not empty: the budget goes to reading comments, up to what one report carries.
      // How many fit in the budget depends on the machine (Firefox under load: 768 in one CI
      // run, Chromium well over 1,000); speed is measured by `npm run bench`, not here.
      expect(result.comments.length).toBeGreaterThan(100);
      expect(result.comments.length).toBeLessThanOrEqual(LIMITS.commentsPerReport);
      // What the content script sent fits the schema and the background's cap.
      expect(result.comments.length).toBeLessThanOrEqual(LIMITS.comments);
      expect(JSON.stringify(result).length).toBeLessThan(MAX_MESSAGE_CHARS);
      const status = await popup.evaluate(() => document.querySelector('.status-line .partial')?.textContent ?? '', null);
      expect(status).toContain('partial');
      // The tab answers: the reading did not leave it busy. A hung tab never answers, so the
      // check is that it answers at all within a bound far above any load (not a timing test:
      // how fast is `npm run bench`'s business).
      const answer = page.evaluate(() => document.readyState, null);
      const hung = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 60_000).unref());
      expect(await Promise.race([answer, hung])).toBe('complete');
      await popup.close();
      await page.close();
    });

    test('garbage sent to the background and to the content script is rejected; analysis still works', async () => {
      const { page, popup, tabId } = await openAndAnalyse(browser, server.url('russia-belarus-union/page.html'));
      const before = await readTabState(popup, tabId);
      expect(before?.status).toBe('ready');
      const valid: Extraction = {
        url: 'http://127.0.0.1/forged',
        article: null,
        comments: [],
        platform: null,
        replySource: 'none',
        partial: false,
        detectMs: 0,
      };
      const answers = await popup.evaluate(
        async ({ id, forged, huge }: { id: number; forged: unknown; huge: number }) => {
          const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
          const api = (scope.browser ?? scope.chrome) as {
            runtime: { sendMessage(m: unknown): Promise<unknown> };
            tabs: { sendMessage(tab: number, m: unknown): Promise<unknown> };
          };
          const garbage: unknown[] = [
            null,
            42,
            'analyze-tab',
            [],
            { type: 'analyze-tab' },
            { type: 'analyze-tab', tabId: -1 },
            { type: 'analyze-tab', tabId: 'all' },
            { type: 'get-tab-state', tabId: 1.5 },
            { type: '__proto__', tabId: id },
            { type: 'page-extracted', extraction: { url: 42 } },
            // A well-formed page report, but from an extension page: only content scripts report pages.
            { type: 'page-extracted', extraction: forged },
            { type: 'page-extracted', extraction: { ...(forged as object), comments: [{ id: 'x'.repeat(10_000) }] } },
            { type: 'get-tab-state', tabId: id, extra: 'x'.repeat(huge) },
          ];
          const background: unknown[] = [];
          for (const message of garbage) background.push(await api.runtime.sendMessage(message).catch((e: unknown) => `threw: ${String(e)}`));
          const content: unknown[] = [];
          for (const message of [null, { type: 'reveal-comment' }, { type: 'reveal-comment', commentId: '' }, { type: 'show-marks', marks: 'all' }, { type: 'show-marks', marks: [{ id: 'x', marks: [{ kind: 'evil', reason: '', score: 2 }] }] }]) {
            content.push(await api.tabs.sendMessage(id, message).catch((e: unknown) => `threw: ${String(e).slice(0, 80)}`));
          }
          return { background, content };
        },
        { id: tabId, forged: valid, huge: 61_000_000 },
      );
      for (const [i, answer] of answers.background.entries()) {
        expect(answer, `garbage #${i}`).toMatchObject({ ok: false, reason: expect.any(String) });
      }
      expect((answers.background.at(-1) as { reason: string }).reason).toBe('message too large');
      // The content script ignores what it cannot parse: nobody answers.
      for (const answer of answers.content) expect(answer === undefined || String(answer).startsWith('threw')).toBe(true);

      // The tab's result is untouched, labels are still there, and a fresh analysis works.
      expect((await readTabState(popup, tabId))?.result?.comments.length).toBe(before?.result?.comments.length);
      expect(await page.evaluate(() => document.querySelectorAll('threadwise-label').length, null)).toBeGreaterThan(0);
      await popup.click('[data-action="reanalyse"]');
      await popup
        .waitFor((n: number) => document.body.dataset.phase === 'ready' && document.querySelectorAll('.tree .node').length === n, before?.result?.comments.length ?? 0)
        .catch(async (error: unknown) => {
          const shown = await popup.evaluate(async () => {
            const api = (globalThis as unknown as { chrome?: { storage: { session: { getBytesInUse?(k: null): Promise<number>; get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
            const all = await api?.storage.session.get(null).catch(() => ({}));
            const sizes = Object.entries(all ?? {}).map(([k, v]) => `${k}=${JSON.stringify(v).length}:${(v as { status?: string }).status ?? ''}`).join(' ');
            return `${document.body.dataset.phase}: ${document.querySelectorAll('.tree .node').length} rows; session: ${sizes}`;
          }, null);
          throw new Error(`re-analysis did not finish (${shown})`, { cause: error });
        });
      await popup.close();
      await page.close();
    });
  });
}
