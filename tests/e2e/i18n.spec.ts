/**
 * The built extension in a German browser, in real Chromium and Firefox: the popup, the reasons
 * and the labels on the page are German (the browser picks `_locales/de`), the JSON stays
 * English with its codes, and the settings show the keyboard shortcut the browser registered
 * from the manifest's `commands` (read with `commands.getAll()`).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { ROOT, type BrowserName } from '../../scripts/lib/paths';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { AnalysisResult, type Mark } from '../../utils/schema';
import { OPEN_POPUP_SHORTCUT } from '../../wxt.config';
import { openAndAnalyse, readTabState, SEEDS_DIR } from './support';

type Messages = Record<string, { message: string }>;
const de = JSON.parse(readFileSync(resolve(ROOT, 'public/_locales/de/messages.json'), 'utf8')) as Messages;
const en = JSON.parse(readFileSync(resolve(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Messages;
/** A message with its params, as browser.i18n.getMessage gives it. */
const fill = (messages: Messages, name: string, params: readonly string[]) =>
  messages[name]!.message.replace(/\$([1-9])/g, (_, n: string) => params[Number(n) - 1] ?? '');
const germanReason = (mark: Mark) => fill(de, mark.code, mark.params);

for (const browserName of ['chromium', 'firefox'] as BrowserName[]) {
  test.describe(`${browserName}: in a German browser`, () => {
    test.describe.configure({ mode: 'serial' });
    let browser: ExtensionBrowser;
    let server: StaticServer;

    test.beforeAll(async () => {
      server = await serveDirectory(SEEDS_DIR);
      browser = await launchExtensionBrowser(browserName, { locale: 'de' });
    });
    test.afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test('popup, reasons and page labels are German; the JSON keeps English reasons and codes', async () => {
      const { page, popup, tabId, phase } = await openAndAnalyse(browser, server.url('russia-belarus-union/page.html'));
      expect(phase).toBe('ready');
      const ui = await popup.evaluate(() => {
        const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
        const api = (scope.browser ?? scope.chrome) as { i18n: { getUILanguage(): string } };
        return { language: api.i18n.getUILanguage(), lang: document.documentElement.lang };
      }, null);
      expect(ui.language, `the browser's UI language is not German${browserName === 'firefox' ? ' (Firefox needs its German language pack: apt-get install firefox-esr-l10n-de)' : ''}`).toMatch(/^de/);
      expect(ui.lang).toBe('de');

      const state = await readTabState(popup, tabId);
      const result = AnalysisResult.parse(state?.result);
      const marks = result.comments.flatMap((c) => c.marks);
      expect(marks.length).toBeGreaterThanOrEqual(4);
      // The stored result (the JSON export) is language-independent: English reasons beside codes.
      for (const mark of marks) {
        expect(en[mark.code], mark.code).toBeTruthy();
        expect(mark.reason).toBe(fill(en, mark.code, mark.params));
      }

      const shown = await popup.evaluate(
        () => ({
          reanalyse: document.querySelector('[data-action="reanalyse"]')?.textContent?.trim(),
          comments: document.querySelector('[data-count="comments"]')?.textContent,
          filters: [...document.querySelectorAll('[data-filter]')].map((f) => f.firstChild?.textContent?.trim()),
          badges: [...document.querySelectorAll('.tree .mark .badge')].map((b) => b.textContent),
          reasons: [...document.querySelectorAll('.tree .node')].map((n) => [...n.querySelectorAll('.mark .reason')].map((r) => r.textContent)),
        }),
        null,
      );
      expect(shown.reanalyse).toBe('Neu analysieren');
      expect(shown.comments).toBe('14 Kommentare');
      expect(shown.filters).toEqual(['Alle', 'Markiert', 'Themenfremd', 'Nur Link', 'Unmarkiert']);
      expect(new Set(shown.badges)).toEqual(new Set(['Themenfremd', 'Nur Link']));
      expect(shown.reasons).toEqual(result.comments.map((c) => c.marks.map(germanReason)));

      // On the page: each label names the kind and gives the reason in German.
      const labels = await page.evaluate(
        () => [...document.querySelectorAll<HTMLElement>('threadwise-label')].map((l) => ({ id: l.dataset.commentId ?? '', text: l.shadowRoot?.textContent ?? '' })),
        null,
      );
      const marked = result.comments.filter((c) => c.marks.length > 0);
      expect(labels.map((l) => l.id).sort()).toEqual(marked.map((c) => c.id).sort());
      for (const label of labels) {
        for (const mark of marked.find((c) => c.id === label.id)!.marks) {
          expect(label.text).toContain(mark.kind === 'off-topic' ? 'Themenfremd' : 'Nur Link');
          expect(label.text).toContain(germanReason(mark));
        }
      }
      await page.close();
      await popup.close();
    });

    test('the manifest declares Alt+Shift+Y for opening the popup, and the settings show it', async () => {
      const popup = await browser.openPopup(1);
      const commands = await popup.evaluate(() => {
        const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
        const api = (scope.browser ?? scope.chrome) as {
          commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
          runtime: { getManifest(): { commands?: Record<string, { suggested_key?: { default?: string } }> } };
        };
        return api.commands.getAll().then((all) => ({ all: all.map((c) => ({ name: c.name, shortcut: c.shortcut })), declared: api.runtime.getManifest().commands }));
      }, null);
      const name = browserName === 'firefox' ? '_execute_browser_action' : '_execute_action';
      expect(OPEN_POPUP_SHORTCUT).toBe('Alt+Shift+Y');
      expect(commands.declared?.[name]?.suggested_key?.default).toBe(OPEN_POPUP_SHORTCUT);
      // The browser registered it (Chromium leaves a key it reserves for itself unset).
      expect(commands.all).toContainEqual({ name, shortcut: OPEN_POPUP_SHORTCUT });

      await popup.click('[data-action="settings"]');
      await popup.waitFor(() => !!document.querySelector('.shortcut-current kbd'), null);
      const settings = await popup.evaluate(
        () => ({
          current: document.querySelector('.shortcut-current')?.textContent,
          keys: [...document.querySelectorAll('.shortcut-current kbd kbd')].map((k) => k.textContent),
          how: document.querySelector('.shortcut-settings .hint')?.textContent,
        }),
        null,
      );
      expect(settings.current).toBe('Threadwise mit Alt+Shift+Y öffnen');
      expect(settings.keys).toEqual(['Alt', 'Shift', 'Y']);
      expect(settings.how).toBe(de[browserName === 'firefox' ? 'shortcut_how_firefox' : 'shortcut_how_chrome']!.message);
      await popup.close();
    });
  });
}
